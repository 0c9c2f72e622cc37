import { describe, expect, it } from 'vitest';
import { wholeMonthsBetween } from '../../src/followup/months.ts';

describe('whole months between two dates', () => {
  it('counts a month complete on the same day of the month', () => {
    expect(wholeMonthsBetween('2024-07-10', '2026-09-10')).toBe(26);
    expect(wholeMonthsBetween('2024-07-10', '2026-09-09')).toBe(25);
  });

  it('does not count 31 January to 28 February as a month', () => {
    expect(wholeMonthsBetween('2026-01-31', '2026-02-28')).toBe(0);
    expect(wholeMonthsBetween('2026-01-31', '2026-03-31')).toBe(2);
  });

  it('is 0 for a later start and refuses what is not a date', () => {
    expect(wholeMonthsBetween('2026-09-15', '2026-01-01')).toBe(0);
    expect(() => wholeMonthsBetween('2026-13-01', '2026-01-01')).toThrow(RangeError);
  });
});
