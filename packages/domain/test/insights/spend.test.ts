import { describe, expect, it } from 'vitest';
import { annualRunRateMinor, changeBetween } from '../../src/insights/spend.ts';

describe('the change from last year', () => {
  it('is this year minus last year, in minor units and in percent with one decimal', () => {
    // 708 290 kr against 650 000 kr: +58 290 kr, +8.967… % → 9.0 %.
    expect(changeBetween(65_000_000, 70_829_000)).toEqual({
      changeMinor: 5_829_000,
      changePercent: 9,
    });
    // 1 000 kr → 1 234,56 kr: +23.456 % → 23.5 %.
    expect(changeBetween(100_000, 123_456)).toEqual({ changeMinor: 23_456, changePercent: 23.5 });
  });

  it('goes down as a negative change', () => {
    expect(changeBetween(300_000, 200_000)).toEqual({
      changeMinor: -100_000,
      changePercent: -33.3,
    });
  });

  it('rounds a half tenth to the even tenth', () => {
    // 0.25 % and 0.35 %: half a tenth each, to 0.2 and 0.4.
    expect(changeBetween(400_000, 401_000).changePercent).toBe(0.2);
    expect(changeBetween(400_000, 401_400).changePercent).toBe(0.4);
  });

  it('has no percent when there was nothing last year', () => {
    expect(changeBetween(0, 50_000)).toEqual({ changeMinor: 50_000, changePercent: null });
  });
});

describe('the run-rate', () => {
  it('is the daily rate of the running orders times 365, half to even', () => {
    // An order of 36 500 kr over 365 days runs at 100 kr a day: 36 500 kr a year.
    expect(annualRunRateMinor('10000')).toBe(3_650_000);
    // 1 000 kr over 30 days: 3 333,33… öre a day, 1 216 666,66… öre a year → 1 216 667 öre.
    expect(annualRunRateMinor('3333.3333333333333333')).toBe(1_216_667);
    // 0.1 öre a day × 365 = 36.5 öre → 36 (even).
    expect(annualRunRateMinor('0.1')).toBe(36);
  });

  it('refuses what is not a decimal', () => {
    expect(() => annualRunRateMinor('-1')).toThrow();
    expect(() => annualRunRateMinor('abc')).toThrow();
  });
});
