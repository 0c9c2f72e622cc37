import { describe, expect, it } from 'vitest';
import {
  CONSTRAINT_CODES,
  ageConstraint,
  approvalConstraint,
  capacityConstraint,
  constraintFailures,
  failureCount,
  genderConstraint,
  languagesConstraint,
  legalBasisConstraint,
  notBlockedConstraint,
  referralNeeds,
  routeConstraint,
  serviceKindConstraint,
  tariffConstraint,
  tariffFor,
  targetGroupConstraint,
  type Constraint,
} from '../../src/matching/constraints.ts';
import type { MatchContext, MatchOffer, MatchReferral } from '../../src/matching/types.ts';
import { money } from '../../src/money.ts';
import { context, offer, referral } from '../support/matching.ts';

function check(
  constraint: Constraint,
  o: Partial<MatchOffer>,
  r: MatchReferral = referral(),
  c: MatchContext = context(),
) {
  return constraint(offer('x', o), referralNeeds(r, c));
}

describe('service kind', () => {
  it('passes the same kind and fails another, naming both', () => {
    expect(check(serviceKindConstraint, {})).toBeNull();
    expect(check(serviceKindConstraint, { serviceKind: 'botilbud' })).toEqual({
      code: 'service_kind',
      params: { wanted: 'open_care', offered: 'botilbud' },
    });
  });
});

describe('legal basis', () => {
  it("passes when the offer is given under the referral's legal basis", () => {
    expect(check(legalBasisConstraint, { legalBases: ['dk_sel_85', 'dk_bl_32'] })).toBeNull();
    expect(check(legalBasisConstraint, { legalBases: ['dk_sel_107'] })).toEqual({
      code: 'legal_basis',
      params: { wanted: 'dk_bl_32' },
    });
  });
});

describe('target group', () => {
  const r = referral({}, { targetGroups: ['youth_13_17', 'addiction'] });
  it("passes when at least one of the person's groups is served", () => {
    expect(check(targetGroupConstraint, { targetGroups: ['addiction'] }, r)).toBeNull();
  });
  it('fails when none is, naming the groups wanted', () => {
    expect(check(targetGroupConstraint, { targetGroups: ['children_0_12'] }, r)).toEqual({
      code: 'target_group',
      params: { wanted: 'youth_13_17, addiction' },
    });
  });
  it('passes any offer when the referral names no group', () => {
    const none = referral({}, { targetGroups: [] });
    expect(check(targetGroupConstraint, { targetGroups: [] }, none)).toBeNull();
  });
});

describe('age', () => {
  it('includes both ends of the range', () => {
    expect(check(ageConstraint, { ageMin: 10, ageMax: 12 })).toBeNull();
    expect(check(ageConstraint, { ageMin: 6, ageMax: 10 })).toBeNull();
  });
  it('fails outside it with the age and range', () => {
    expect(check(ageConstraint, { ageMin: 11, ageMax: 17 })).toEqual({
      code: 'age',
      params: { age: 10, min: 11, max: 17 },
    });
  });
});

describe('gender', () => {
  it("'any' fits everyone, a girls' offer fits a girl", () => {
    expect(check(genderConstraint, { gender: 'any' })).toBeNull();
    expect(check(genderConstraint, { gender: 'female' })).toBeNull();
  });
  it("a boys' offer does not fit a girl", () => {
    expect(check(genderConstraint, { gender: 'male' })).toEqual({
      code: 'gender',
      params: { person: 'female', offered: 'male' },
    });
  });
  it("a person recorded as 'other' or 'not_stated' fits only 'any'", () => {
    for (const gender of ['other', 'not_stated'] as const) {
      const r = referral({}, { gender });
      expect(check(genderConstraint, { gender: 'any' }, r)).toBeNull();
      expect(check(genderConstraint, { gender: 'female' }, r)).toEqual({
        code: 'gender',
        params: { person: gender, offered: 'female' },
      });
    }
  });
});

describe('capacity on the start date (2027-01-11)', () => {
  const place = referral({ serviceKind: 'botilbud', intensity: { kind: 'place' } });
  it('a place referral passes a free place', () => {
    expect(check(capacityConstraint, { placesTotal: 8, placesFree: 1 }, place)).toBeNull();
  });
  it('passes when a place is free on or before the start', () => {
    const full = { placesTotal: 8, placesFree: 0 };
    expect(check(capacityConstraint, { ...full, nextFreeOn: '2027-01-11' }, place)).toBeNull();
    expect(check(capacityConstraint, { ...full, nextFreeOn: '2027-01-05' }, place)).toBeNull();
  });
  it('fails with the date a place is free when that is after the start', () => {
    expect(
      check(capacityConstraint, { placesTotal: 8, placesFree: 0, nextFreeOn: '2027-01-15' }, place),
    ).toEqual({ code: 'capacity', params: { placesFree: 0, until: '2027-01-15' } });
  });
  it('fails without a date when none is known', () => {
    expect(check(capacityConstraint, { placesTotal: 8, placesFree: 0 }, place)).toEqual({
      code: 'capacity',
      params: { placesFree: 0 },
    });
  });
  it('a team without places fits an hours referral unless full until after the start', () => {
    expect(check(capacityConstraint, { placesTotal: 0, placesFree: 0 })).toBeNull();
    expect(check(capacityConstraint, { nextFreeOn: '2027-02-01' })).toEqual({
      code: 'capacity',
      params: { placesFree: 0, until: '2027-02-01' },
    });
  });
  it('a place referral fails a team that has no places', () => {
    expect(check(capacityConstraint, { placesTotal: 0, placesFree: 0 }, place)).toEqual({
      code: 'capacity',
      params: { placesFree: 0 },
    });
  });
});

describe("languages: the person's first language must be offered", () => {
  const arabic = referral({}, { languages: ['ar', 'da'] });
  it('passes when it is', () => {
    expect(check(languagesConstraint, { languages: ['da', 'ar'] }, arabic)).toBeNull();
  });
  it('fails when only a later one is, naming the first', () => {
    expect(check(languagesConstraint, { languages: ['da'] }, arabic)).toEqual({
      code: 'languages',
      params: { language: 'ar' },
    });
  });
  it('passes when the referral lists none', () => {
    expect(
      check(languagesConstraint, { languages: [] }, referral({}, { languages: [] })),
    ).toBeNull();
  });
  it("passes the country's own language, listed or not", () => {
    const danish = referral({}, { languages: ['da'] });
    expect(check(languagesConstraint, { languages: [] }, danish)).toBeNull();
    expect(check(languagesConstraint, { country: 'SE', languages: [] }, danish)).toEqual({
      code: 'languages',
      params: { language: 'da' },
    });
  });
});

describe('approval', () => {
  it('passes an approved offer', () => {
    expect(check(approvalConstraint, { approval: 'approved' })).toBeNull();
  });
  it('fails a pending or not-approved offer for a referral that is not acute', () => {
    for (const approval of ['pending', 'not_approved'] as const) {
      for (const urgency of ['later', 'within_5_working_days'] as const) {
        expect(check(approvalConstraint, { approval }, referral({ urgency }))).toEqual({
          code: 'approval',
          params: { status: approval, authority: 'Socialtilsyn' },
        });
      }
    }
  });
  it('passes a not-approved offer for an acute Danish referral (the 3+3-week rule)', () => {
    const acute = referral({ urgency: 'today' });
    expect(check(approvalConstraint, { approval: 'not_approved' }, acute)).toBeNull();
  });
  it('never passes one in Sweden, where IVO approves', () => {
    const swedish = referral({ urgency: 'today', country: 'SE', currency: 'SEK' });
    expect(check(approvalConstraint, { approval: 'not_approved' }, swedish)).toEqual({
      code: 'approval',
      params: { status: 'not_approved', authority: 'IVO' },
    });
  });
});

describe('not blocked', () => {
  it('passes an offer that is not hidden, terminated, excluded or closed', () => {
    expect(check(notBlockedConstraint, { blocked: null })).toBeNull();
  });
  it('fails each with its reason', () => {
    for (const blocked of ['hidden', 'terminated', 'excluded', 'closed'] as const) {
      expect(check(notBlockedConstraint, { blocked })).toEqual({
        code: 'not_blocked',
        params: { reason: blocked },
      });
    }
  });
});

describe('route', () => {
  it('passes an offer on an agreement or a DPS', () => {
    expect(check(routeConstraint, {})).toBeNull();
    expect(
      check(routeConstraint, { routes: [{ kind: 'dps', dpsId: 'd', name: 'DPS Familie' }] }),
    ).toBeNull();
  });
  it('fails an offer outside agreements, unless the municipality allows those', () => {
    const outside = { routes: [{ kind: 'outside_agreements' as const }] };
    expect(check(routeConstraint, outside)).toEqual({
      code: 'route',
      params: { reason: 'no_agreement' },
    });
    expect(
      check(routeConstraint, outside, referral(), context({ allowOutsideAgreements: true })),
    ).toBeNull();
  });
});

describe('tariff in force for the unit', () => {
  const hour = (price: number, validFrom: string) =>
    ({ unit: 'hour', price: money(price, 'DKK'), validFrom }) as const;
  it('hours a week need an hour tariff in force on the start date', () => {
    expect(check(tariffConstraint, { tariffs: [hour(65_000, '2027-01-11')] })).toBeNull();
    expect(check(tariffConstraint, { tariffs: [hour(65_000, '2027-01-12')] })).toEqual({
      code: 'tariff',
      params: { unit: 'hour', currency: 'DKK', startOn: '2027-01-11' },
    });
  });
  it('a day or month tariff does not price hours', () => {
    const day = { unit: 'day', price: money(250_000, 'DKK'), validFrom: '2026-01-01' } as const;
    expect(check(tariffConstraint, { tariffs: [day] })?.code).toBe('tariff');
  });
  it('a place is priced per day, else per month', () => {
    const place = referral({ serviceKind: 'botilbud', intensity: { kind: 'place' } });
    const day = { unit: 'day', price: money(250_000, 'DKK'), validFrom: '2026-01-01' } as const;
    const month = {
      unit: 'month',
      price: money(7_000_000, 'DKK'),
      validFrom: '2026-01-01',
    } as const;
    const needs = referralNeeds(place, context());
    expect(tariffFor(offer('x', { tariffs: [month, day] }), needs)).toBe(day);
    expect(tariffFor(offer('x', { tariffs: [month] }), needs)).toBe(month);
    expect(check(tariffConstraint, { tariffs: [hour(65_000, '2026-01-01')] }, place)).toEqual({
      code: 'tariff',
      params: { unit: 'day/month', currency: 'DKK', startOn: '2027-01-11' },
    });
  });
  it('of several, the latest in force on the start date; another currency does not count', () => {
    const older = hour(60_000, '2026-01-01');
    const inForce = hour(65_000, '2027-01-01');
    const future = hour(70_000, '2027-02-01');
    const sek = { unit: 'hour', price: money(60_000, 'SEK'), validFrom: '2027-01-05' } as const;
    const needs = referralNeeds(referral(), context());
    expect(tariffFor(offer('x', { tariffs: [older, future, inForce, sek] }), needs)).toBe(inForce);
    expect(tariffFor(offer('x', { tariffs: [sek] }), needs)).toBeNull();
  });
});

describe('every failure of an excluded offer', () => {
  const bad = offer('x', {
    serviceKind: 'hvb',
    legalBases: ['se_sol'],
    targetGroups: ['addiction'],
    ageMin: 18,
    ageMax: 25,
    gender: 'male',
    nextFreeOn: '2027-03-01',
    languages: ['sv'],
    approval: 'not_approved',
    blocked: 'terminated',
    routes: [],
    tariffs: [],
  });
  // English first: a Danish offer speaks Danish without listing it, so Danish would always pass.
  const needs = referralNeeds(referral({}, { languages: ['en'] }), context());
  it('lists all eleven constraints in order, not only the first', () => {
    expect(constraintFailures(bad, needs).map((f) => f.code)).toEqual(CONSTRAINT_CODES);
    expect(failureCount(bad, needs)).toBe(11);
  });
  it('lists nothing for an offer that fits', () => {
    const good = offer('y');
    expect(constraintFailures(good, needs)).toEqual([]);
    expect(failureCount(good, needs)).toBe(0);
  });
  it('counts each failing constraint alone the same as it lists it', () => {
    const variants: Partial<MatchOffer>[] = [
      { serviceKind: 'hvb' },
      { legalBases: [] },
      { targetGroups: [] },
      { ageMin: 11 },
      { gender: 'male' },
      { nextFreeOn: '2027-12-01' },
      { languages: [] },
      { approval: 'pending' },
      { blocked: 'hidden' },
      { routes: [] },
      { tariffs: [] },
    ];
    variants.forEach((v, i) => {
      const o = offer('v', v);
      expect(constraintFailures(o, needs).map((f) => f.code)).toEqual([CONSTRAINT_CODES[i]]);
      expect(failureCount(o, needs)).toBe(1);
    });
  });
});
