import { describe, expect, it } from 'vitest';
import { notApprovedUse } from '../../src/matching/not-approved.ts';

const acute = { acute: true, reasonGiven: true, consent: false, country: 'DK' } as const;

describe('the 3+3-week rule for an offer not approved by Socialtilsyn', () => {
  it('3 weeks: the last day is start + 20 days, reminders 5 and 1 working days before', () => {
    // Monday 1 February 2027 → Sunday 21 February; 5 working days back: Monday 15 February.
    expect(notApprovedUse({ ...acute, start: '2027-02-01' })).toEqual({
      allowed: true,
      lastDay: '2027-02-21',
      extended: false,
      reminders: ['2027-02-15', '2027-02-19'],
      notifySupervisor: true,
      reportingFlag: true,
    });
  });
  it("3 more weeks with Socialtilsyn's consent recorded", () => {
    const use = notApprovedUse({ ...acute, start: '2027-02-01', consent: true });
    expect(use).toMatchObject({ allowed: true, lastDay: '2027-03-14', extended: true });
  });
  it('counts the reminders back across Easter (Maundy Thursday to Easter Monday are holidays)', () => {
    // Last day Sunday 4 April 2027. Back: Fri 2, Thu 1, Wed 31 Mar, Tue 30 (Mon 29 Easter Monday,
    // Fri 26 Good Friday, Thu 25 Maundy Thursday are holidays), Wed 24: 5 working days.
    const use = notApprovedUse({ ...acute, start: '2027-03-15' });
    expect(use).toMatchObject({ lastDay: '2027-04-04', reminders: ['2027-03-24', '2027-04-02'] });
  });
  it('and across Christmas (25 and 26 December, 1 January)', () => {
    // Start Monday 14 December 2026 → last day Sunday 3 January 2027. Back: Fri 1 Jan is a
    // holiday; Thu 31, Wed 30, Tue 29, Mon 28 Dec, Fri 25 is a holiday, Thu 24 (a working day in
    // Denmark's calendar of public holidays).
    const use = notApprovedUse({ ...acute, start: '2026-12-14' });
    expect(use).toMatchObject({ lastDay: '2027-01-03', reminders: ['2026-12-24', '2026-12-31'] });
  });
  it('only for an acute need', () => {
    expect(notApprovedUse({ ...acute, acute: false, start: '2027-02-01' })).toEqual({
      allowed: false,
      refusal: 'not_acute',
    });
  });
  it('only with the reason that no approved offer fits recorded', () => {
    expect(notApprovedUse({ ...acute, reasonGiven: false, start: '2027-02-01' })).toEqual({
      allowed: false,
      refusal: 'reason_missing',
    });
  });
  it('not in Sweden', () => {
    expect(notApprovedUse({ ...acute, country: 'SE', start: '2027-02-01' })).toEqual({
      allowed: false,
      refusal: 'not_danish',
    });
  });
});
