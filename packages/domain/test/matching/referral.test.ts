import { describe, expect, it } from 'vitest';
import {
  canMoveReferral,
  referralClock,
  referralDueAt,
  referralProblems,
  type ReferralInput,
} from '../../src/matching/referral.ts';

// A CPR-shaped number (valid date) and Skatteverket's test personnummer.
const CPR = '010190-1234';
const PERSONNUMMER = '121212-1212';

const familySupport: ReferralInput = {
  kind: 'new',
  orderId: null,
  serviceKind: 'open_care',
  legalBasis: 'dk_bl_32',
  purpose: 'Støtte til forældrene i struktur og grænsesætning.',
  startOn: '2027-01-11',
  expectedDurationDays: 180,
  intensity: { kind: 'hours_per_week', hoursPerWeek: 4.5 },
  urgency: 'within_5_working_days',
  person: {
    age: 9,
    gender: 'female',
    targetGroups: ['children_0_12'],
    needs: 'Familien har brug for hjælp til hverdagens rytme.',
    languages: ['da', 'ar'],
    siblingCaseReferences: ['AAR-2026-0412'],
    homeMunicipalityCode: '751',
    preferredArea: null,
  },
  caseReference: 'AAR-2026-0411',
  cannotLiveWith: '',
};

const fieldsOf = (input: ReferralInput) =>
  referralProblems(input, 'DK').map((p) => `${p.field}:${p.code}`);

describe('referralProblems', () => {
  it('accepts a complete referral', () => {
    expect(referralProblems(familySupport, 'DK')).toEqual([]);
  });

  it('refuses identity numbers in the case reference, the sensitive text and siblings', () => {
    expect(
      fieldsOf({
        ...familySupport,
        caseReference: CPR,
        cannotLiveWith: `Ikke med faren (${CPR})`,
        person: { ...familySupport.person, siblingCaseReferences: [PERSONNUMMER] },
      }),
    ).toEqual([
      'person.siblingCaseReferences.0:personal_identity_number',
      'caseReference:personal_identity_number',
      'cannotLiveWith:personal_identity_number',
    ]);
  });

  it('asks an extension or adjustment for the order, and a new referral for none', () => {
    expect(fieldsOf({ ...familySupport, kind: 'extension' })).toEqual(['orderId:order_required']);
    expect(fieldsOf({ ...familySupport, kind: 'adjustment', orderId: 'o-1' })).toEqual([]);
    expect(fieldsOf({ ...familySupport, orderId: 'o-1' })).toEqual(['orderId:order_not_allowed']);
  });

  it('checks the home municipality in the sending country', () => {
    expect(referralProblems(familySupport, 'SE').map((p) => p.field)).toEqual([
      'person.homeMunicipalityCode',
    ]);
    expect(
      fieldsOf({
        ...familySupport,
        person: { ...familySupport.person, homeMunicipalityCode: '999' },
      }),
    ).toEqual(['person.homeMunicipalityCode:unknown_municipality']);
  });

  it('takes hours a week in quarter hours, or a place', () => {
    const hours = (hoursPerWeek: number) =>
      fieldsOf({ ...familySupport, intensity: { kind: 'hours_per_week', hoursPerWeek } });
    expect(hours(0.25)).toEqual([]);
    expect(hours(0)).toEqual(['intensity.hoursPerWeek:out_of_range']);
    expect(hours(1.1)).toEqual(['intensity.hoursPerWeek:out_of_range']);
    expect(hours(169)).toEqual(['intensity.hoursPerWeek:out_of_range']);
    expect(fieldsOf({ ...familySupport, intensity: { kind: 'place' } })).toEqual([]);
  });

  it('names each missing or wrong field', () => {
    expect(
      fieldsOf({
        ...familySupport,
        legalBasis: 'BL §32',
        purpose: ' ',
        startOn: '2027-02-30',
        expectedDurationDays: 0,
        urgency: 'soon' as never,
        person: { ...familySupport.person, targetGroups: [], needs: '', age: 130 },
      }),
    ).toEqual([
      'legalBasis:invalid_code',
      'purpose:required',
      'startOn:invalid_date',
      'expectedDurationDays:out_of_range',
      'urgency:invalid_code',
      'person.age:out_of_range',
      'person.targetGroups:required',
      'person.needs:required',
    ]);
  });
});

describe('referralDueAt', () => {
  it('gives an acute referral until the end of the local day it was sent', () => {
    // 23:30 in Copenhagen on 6 December is 22:30 UTC; the day ends an hour and a half later.
    expect(referralDueAt(new Date('2026-12-06T22:30:00Z'), 'today', 'DK').toISOString()).toBe(
      '2026-12-06T22:59:59.999Z',
    );
  });

  it('counts 5 working days past Danish Easter', () => {
    // Sent Wednesday 24 March 2027: Maundy Thursday, Good Friday, the weekend and Easter Monday
    // do not count, so the 5th working day is Monday 5 April (summer time, UTC+2).
    expect(
      referralDueAt(new Date('2027-03-24T09:00:00Z'), 'within_5_working_days', 'DK').toISOString(),
    ).toBe('2027-04-05T21:59:59.999Z');
  });

  it('counts 20 working days for a later referral, past Christmas', () => {
    // Sent Monday 7 December 2026: 25 and 26 December and 1 January are holidays in Denmark.
    // 8-11 Dec (4), 14-18 (9), 21-24 (13), 28-31 (17), 4-6 Jan (20).
    expect(referralDueAt(new Date('2026-12-07T10:00:00Z'), 'later', 'DK').toISOString()).toBe(
      '2027-01-06T22:59:59.999Z',
    );
  });
});

describe('the referral state machine', () => {
  it('moves forward, skipping steps when the work does, never back', () => {
    expect(canMoveReferral('new', 'surveying')).toBe(true);
    expect(canMoveReferral('new', 'awaiting_answers')).toBe(true);
    expect(canMoveReferral('negotiating', 'surveying')).toBe(false);
    expect(canMoveReferral('decided', 'decided')).toBe(false);
  });

  it('withdraws only an open referral', () => {
    expect(canMoveReferral('negotiating', 'withdrawn')).toBe(true);
    expect(canMoveReferral('ordered', 'withdrawn')).toBe(false);
    expect(canMoveReferral('withdrawn', 'new')).toBe(false);
  });

  it('runs the clock until the referral is closed', () => {
    const due = new Date('2026-12-07T22:59:59.999Z');
    expect(referralClock('new', due, new Date('2026-12-07T12:00:00Z'))).toBe('due');
    expect(referralClock('surveying', due, new Date('2026-12-08T00:00:00Z'))).toBe('overdue');
    expect(referralClock('ordered', due, new Date('2026-12-08T00:00:00Z'))).toBe('closed');
  });
});
