import { describe, expect, it } from 'vitest';
import { followUpDates } from '../../src/matching/follow-up.ts';
import { formatRate, INDEXATION_RATES, latestIndexation } from '../../src/matching/indexation.ts';

describe('follow-up dates of an intervention', () => {
  it('follows up three months after the start, then every six months up to the last day', () => {
    expect(followUpDates('2026-01-15', '2027-06-30')).toEqual([
      '2026-04-15',
      '2026-10-15',
      '2027-04-15',
    ]);
  });

  it('counts from the start each time, so a month end does not drift', () => {
    expect(followUpDates('2026-11-30', '2027-12-31')).toEqual(['2027-02-28', '2027-08-30']);
  });

  it('has none for an intervention shorter than three months, and the first on its last day', () => {
    expect(followUpDates('2026-03-01', '2026-05-31')).toEqual([]);
    expect(followUpDates('2026-03-01', '2026-06-01')).toEqual(['2026-06-01']);
  });

  it('lists the first dates of an open-ended order', () => {
    expect(followUpDates('2026-02-01', null, 2)).toEqual(['2026-05-01', '2026-11-01']);
  });
});

describe('tariff indexation by the latest economy agreement', () => {
  it("takes the year's own rate, or the newest before it", () => {
    expect(latestIndexation('DK', 2026)?.year).toBe(2026);
    expect(latestIndexation('DK', 2031)?.year).toBe(
      Math.max(...INDEXATION_RATES.filter((r) => r.country === 'DK').map((r) => r.year)),
    );
    expect(latestIndexation('DK', 2000)).toBeNull();
  });

  it('names a source for every rate and prints it with the decimal sign of the reader', () => {
    for (const rate of INDEXATION_RATES) expect(rate.source).toMatch(/KL|SKR/);
    const rate = { country: 'DK' as const, year: 2026, rateTenthsPercent: 26, source: 'KL' };
    expect(formatRate(rate, true)).toBe('2,6');
    expect(formatRate(rate, false)).toBe('2.6');
  });
});
