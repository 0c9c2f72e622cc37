import { describe, expect, it } from 'vitest';
import {
  checkDeadline,
  deadlineAfterChange,
  minimumTenderPeriod,
  type MinimumTenderPeriod,
} from '../../src/procedures/tender-period.ts';

const STATUTORY: MinimumTenderPeriod = { days: 10, basis: 'dps_statutory' };
// Stockholm is UTC+1 until the clocks go forward on 2027-03-28.
const INVITED = new Date('2027-03-01T08:00:00Z'); // Monday 09:00 in Stockholm

describe('the minimum tender period', () => {
  it('is 10 days for a DPS specific contract without an agreed shorter period', () => {
    const dps = { ownerIsCentralPurchasingBody: false, agreedTenderPeriodDays: null };
    expect(minimumTenderPeriod('dps_specific_contract', dps)).toEqual(STATUTORY);
  });

  it('is the agreed shorter period when the owner is not a central purchasing body', () => {
    const dps = { ownerIsCentralPurchasingBody: false, agreedTenderPeriodDays: 5 };
    expect(minimumTenderPeriod('dps_specific_contract', dps)).toEqual({
      days: 5,
      basis: 'dps_agreed_shorter',
    });
  });

  it('stays 10 days for a central purchasing body, whatever it recorded as agreed', () => {
    const dps = { ownerIsCentralPurchasingBody: true, agreedTenderPeriodDays: 5 };
    expect(minimumTenderPeriod('dps_specific_contract', dps)).toEqual(STATUTORY);
  });

  it('is never lengthened or shortened to nothing by an "agreed" period that is not shorter', () => {
    for (const agreed of [0, 10, 12, 4.5]) {
      const dps = { ownerIsCentralPurchasingBody: false, agreedTenderPeriodDays: agreed };
      expect(minimumTenderPeriod('dps_specific_contract', dps)).toEqual(STATUTORY);
    }
  });

  it('has no fixed number of days in a renewed competition: the buyer sets a sufficient time', () => {
    expect(minimumTenderPeriod('renewed_competition', null)).toEqual({
      days: 0,
      basis: 'set_by_buyer',
    });
  });
});

describe('a deadline leaves the minimum from the invitation (calendar days, Regulation 1182/71)', () => {
  it('exactly 10 days: the end of the 10th day after the invitation day is accepted', () => {
    // Invited Monday 1 March, day 1 is 2 March, day 10 is Thursday 11 March, ending 23:59:59.999.
    const endOfDay10 = new Date('2027-03-11T22:59:59.999Z');
    expect(checkDeadline(INVITED, endOfDay10, STATUTORY, 'SE')).toEqual({ ok: true });
    expect(checkDeadline(INVITED, new Date('2027-03-12T11:00:00Z'), STATUTORY, 'SE')).toEqual({
      ok: true,
    });
  });

  it('9 days 23 hours is refused, with the earliest deadline allowed', () => {
    const short = new Date(INVITED.getTime() + (9 * 24 + 23) * 3_600_000);
    expect(checkDeadline(INVITED, short, STATUTORY, 'SE')).toEqual({
      ok: false,
      problem: 'too_short',
      params: {
        minimumDays: 10,
        lastDay: '2027-03-11',
        earliest: new Date('2027-03-11T22:59:59.999Z'),
      },
    });
  });

  it('the same hour ten days later is a day short: the invitation day is not a whole day', () => {
    const sameHour = new Date('2027-03-11T08:00:00Z');
    expect(checkDeadline(INVITED, sameHour, STATUTORY, 'SE').ok).toBe(false);
  });

  it('a period whose last day is a Sunday ends with the next working day', () => {
    const thursday = new Date('2027-03-11T10:00:00Z'); // day 10 is Sunday 21 March
    const result = checkDeadline(thursday, new Date('2027-03-21T22:00:00Z'), STATUTORY, 'SE');
    expect(result).toMatchObject({ ok: false, params: { lastDay: '2027-03-22' } });
  });

  it('over Easter and the change to summer time: Good Friday to Easter Monday do not end a period', () => {
    const tuesday = new Date('2027-03-16T10:00:00Z'); // day 10 is Good Friday 26 March
    const result = checkDeadline(tuesday, new Date('2027-03-29T12:00:00Z'), STATUTORY, 'SE');
    // Tuesday 30 March, 23:59:59.999 in Stockholm summer time (UTC+2).
    expect(result).toMatchObject({
      ok: false,
      params: { lastDay: '2027-03-30', earliest: new Date('2027-03-30T21:59:59.999Z') },
    });
  });

  it('counts the invitation day in the DPS country: 00:30 in Copenhagen is the next day', () => {
    const invited = new Date('2027-03-01T23:30:00Z'); // Tuesday 2 March 00:30 in Copenhagen
    const endOf11March = new Date('2027-03-11T22:59:59.999Z');
    expect(checkDeadline(invited, endOf11March, STATUTORY, 'DK')).toMatchObject({
      ok: false,
      params: { lastDay: '2027-03-12', earliest: new Date('2027-03-12T22:59:59.999Z') },
    });
  });

  it('an agreed shorter period is allowed only for a body that is not a central purchasing body', () => {
    const endOfMonday8 = new Date('2027-03-08T22:59:59.999Z'); // 5 days end Saturday → Monday
    const agreed = minimumTenderPeriod('dps_specific_contract', {
      ownerIsCentralPurchasingBody: false,
      agreedTenderPeriodDays: 5,
    });
    const cpb = minimumTenderPeriod('dps_specific_contract', {
      ownerIsCentralPurchasingBody: true,
      agreedTenderPeriodDays: 5,
    });
    expect(checkDeadline(INVITED, endOfMonday8, agreed, 'SE')).toEqual({ ok: true });
    expect(checkDeadline(INVITED, endOfMonday8, cpb, 'SE').ok).toBe(false);
  });

  it('a period of two days or more holds at least two working days', () => {
    const friday = new Date('2027-03-05T10:00:00Z'); // 2 days end Sunday → Monday: one working day
    const twoDays: MinimumTenderPeriod = { days: 2, basis: 'dps_agreed_shorter' };
    expect(
      checkDeadline(friday, new Date('2027-03-08T22:59:59.999Z'), twoDays, 'SE'),
    ).toMatchObject({ ok: false, params: { lastDay: '2027-03-09' } });
  });

  it('a deadline must lie after the invitation, even without a fixed minimum', () => {
    const none: MinimumTenderPeriod = { days: 0, basis: 'set_by_buyer' };
    expect(checkDeadline(INVITED, INVITED, none, 'SE')).toEqual({
      ok: false,
      problem: 'not_after_start',
    });
    expect(checkDeadline(INVITED, new Date('2027-03-02T08:00:00Z'), none, 'SE')).toEqual({
      ok: true,
    });
  });
});

describe('a change of the request during the tender period', () => {
  const deadline = new Date('2027-03-11T22:59:59.999Z');

  it('needs the minimum again from the change, and says the earliest new deadline', () => {
    const changedAt = new Date('2027-03-05T09:00:00Z'); // Friday; day 10 is Monday 15 March
    expect(deadlineAfterChange(changedAt, deadline, STATUTORY, 'SE')).toEqual({
      ok: true,
      earliest: new Date('2027-03-15T22:59:59.999Z'),
      lastDay: '2027-03-15',
      currentDeadlineHolds: false,
    });
    expect(checkDeadline(changedAt, new Date('2027-03-15T22:59:59.999Z'), STATUTORY, 'SE')).toEqual(
      { ok: true },
    );
  });

  it('keeps a deadline that already leaves the minimum from the change', () => {
    const late = new Date('2027-03-31T10:00:00Z');
    const changedAt = new Date('2027-03-05T09:00:00Z');
    expect(deadlineAfterChange(changedAt, late, STATUTORY, 'SE')).toMatchObject({
      ok: true,
      currentDeadlineHolds: true,
    });
  });

  it('cannot be made once the deadline has passed', () => {
    expect(deadlineAfterChange(deadline, deadline, STATUTORY, 'SE')).toEqual({
      ok: false,
      problem: 'tender_period_over',
    });
  });
});
