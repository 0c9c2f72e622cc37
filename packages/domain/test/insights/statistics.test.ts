import { describe, expect, it } from 'vitest';
import { deadlineAfterWorkingDays, localDate } from '../../src/calendar.ts';
import {
  dayDistribution,
  daysBetween,
  decisionTimes,
  DPS_DECISION_WORKING_DAYS,
  share,
  supplierRates,
  tallyDayDistribution,
  tallyInvitations,
  tallyMedian,
} from '../../src/insights/statistics.ts';

describe('a share', () => {
  it('is part over whole to four decimals, and null when the whole is empty', () => {
    expect(share(1, 3)).toBe(0.3333);
    expect(share(2, 2)).toBe(1);
    expect(share(0, 0)).toBeNull();
  });
});

describe('the median', () => {
  const listed = (values: number[]) => tallyMedian(values.map((value) => ({ value, count: 1 })));

  it('is the middle value, the mean of the two middle ones for an even count, null for none', () => {
    expect(listed([9, 1, 5])).toBe(5);
    expect(listed([10, 2, 4, 8])).toBe(6);
    expect(listed([])).toBeNull();
    expect(tallyMedian([{ value: 3, count: 0 }])).toBeNull();
  });

  it('is the same of values counted as of the values listed', () => {
    expect(
      tallyMedian([
        { value: 9, count: 1 },
        { value: 1, count: 1 },
        { value: 5, count: 1 },
      ]),
    ).toBe(5);
    // 2, 4, 4, 4, 8, 10 → the mean of 4 and 4; 2, 4, 8, 8, 8, 10 → of 8 and 8; 2, 4, 8, 10 → 6
    expect(
      tallyMedian([
        { value: 10, count: 1 },
        { value: 2, count: 1 },
        { value: 4, count: 3 },
        { value: 8, count: 1 },
      ]),
    ).toBe(4);
    expect(
      tallyMedian([
        { value: 8, count: 3 },
        { value: 2, count: 1 },
        { value: 4, count: 1 },
        { value: 10, count: 1 },
      ]),
    ).toBe(8);
    expect(
      tallyMedian([
        { value: 2, count: 1 },
        { value: 4, count: 1 },
        { value: 8, count: 1 },
        { value: 10, count: 1 },
        { value: 99, count: 0 },
      ]),
    ).toBe(6);
    expect(tallyMedian([{ value: 3, count: 0 }])).toBeNull();
    expect(tallyMedian([])).toBeNull();
  });
});

describe('the distribution of days', () => {
  it('puts each value in the first bucket whose upper bound holds it, the rest in the open one', () => {
    const buckets = dayDistribution([0, 7, 8, 30, 31, 90, 91, 400]);
    expect(buckets.map((b) => [b.from, b.to, b.count])).toEqual([
      [0, 7, 2],
      [8, 14, 1],
      [15, 30, 1],
      [31, 60, 1],
      [61, 90, 1],
      [91, null, 2],
    ]);
  });

  it('adds a counted value’s count to its bucket', () => {
    const buckets = tallyDayDistribution([
      { value: 7, count: 3 },
      { value: 0, count: 2 },
      { value: 120, count: 5 },
    ]);
    expect(buckets.map((b) => b.count)).toEqual([5, 0, 0, 0, 0, 5]);
  });
});

describe('days between two instants', () => {
  it('counts local dates, so 23:30 UTC on 1 March is already 2 March in Stockholm', () => {
    expect(
      daysBetween(new Date('2026-03-01T23:30:00Z'), new Date('2026-03-05T08:00:00Z'), 'SE'),
    ).toBe(3);
    expect(
      daysBetween(new Date('2026-03-01T10:00:00Z'), new Date('2026-03-05T08:00:00Z'), 'SE'),
    ).toBe(4);
  });
});

describe('a supplier’s invitations', () => {
  const offer = { kind: 'offer', opened: false, bid: false, won: false } as const;
  const tender = { kind: 'tender', accepted: false } as const;

  it('count an offer at once, and a tender only once its bids are opened', () => {
    const counts = tallyInvitations([
      { ...offer, accepted: true, declined: false, won: true },
      { ...offer, accepted: false, declined: true },
      { ...offer, accepted: false, declined: false },
      { ...tender, opened: true, declined: false, bid: true, won: false },
      { ...tender, opened: false, declined: false, bid: true, won: false },
      { ...tender, opened: false, declined: true, bid: false, won: false },
    ]);
    expect(counts).toEqual({ invited: 6, settled: 4, responded: 3, declined: 1, bid: 2, won: 1 });
    expect(supplierRates(counts)).toEqual({
      responseRate: 0.75,
      declineRate: 0.25,
      bidRate: 0.5,
      winShare: 0.25,
    });
  });

  it('say nothing of bids while no tender it was invited to is opened', () => {
    const counts = tallyInvitations([
      { ...tender, opened: false, declined: false, bid: true, won: false },
    ]);
    expect(counts).toEqual({ invited: 1, settled: 0, responded: 0, declined: 0, bid: 0, won: 0 });
    expect(supplierRates(counts)).toEqual({
      responseRate: null,
      declineRate: null,
      bidRate: null,
      winShare: null,
    });
  });
});

describe('DPS decisions against their clock', () => {
  // Received Thursday 17 December 2026 in Sweden; Christmas day, Boxing day, New Year's day and
  // the weekends are not working days, so the tenth working day is Monday 4 January 2027.
  it('has its tenth working day on the due day', () => {
    const dueAt = deadlineAfterWorkingDays(
      new Date('2026-12-17T09:00:00+01:00'),
      DPS_DECISION_WORKING_DAYS,
      'SE',
    );
    expect(localDate(dueAt, 'SE')).toBe('2027-01-04');
  });

  it('counts working days from receipt to decision, holidays left out, per counted pair of days', () => {
    expect(
      decisionTimes(
        [{ receivedOn: '2026-12-17', decidedOn: '2027-01-04', decided: 3, onTime: 3 }],
        'SE',
      ),
    ).toEqual({ decided: 3, onTime: 3, late: 0, medianWorkingDays: 10 });
  });

  it('takes the median over every decision, not over the pairs; Epiphany (6 January) is not counted', () => {
    const times = decisionTimes(
      [
        { receivedOn: '2026-12-17', decidedOn: '2027-01-07', decided: 3, onTime: 0 },
        { receivedOn: '2026-12-17', decidedOn: '2026-12-18', decided: 1, onTime: 1 },
        { receivedOn: '2026-12-17', decidedOn: '2027-01-04', decided: 1, onTime: 1 },
      ],
      'SE',
    );
    // 1, 10, 12, 12, 12: listed pair by pair the middle would be 10.
    expect(times).toEqual({ decided: 5, onTime: 2, late: 3, medianWorkingDays: 12 });
  });

  it('counts in the country of the DPS: 6 January is a working day in Denmark', () => {
    expect(
      decisionTimes(
        [{ receivedOn: '2026-12-17', decidedOn: '2027-01-07', decided: 1, onTime: 1 }],
        'DK',
      ).medianWorkingDays,
    ).toBe(13);
  });

  it('has no median without a decision', () => {
    expect(decisionTimes([], 'SE')).toEqual({
      decided: 0,
      onTime: 0,
      late: 0,
      medianWorkingDays: null,
    });
  });
});
