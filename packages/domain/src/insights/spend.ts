// The figures of spend insights, exactly: the change from one year to the next in minor units and
// in percent, and the run-rate. Sums themselves are made by the database over orders' committed
// values (unit price × expected volume, priceTimesVolume); these rules turn sums into figures.
import { divideHalfEven } from '../money.ts';

export interface Change {
  /** This year minus last year, in minor units of the same currency. */
  changeMinor: number;
  /** The change as a percent of last year with one decimal (half to even); null when last year was 0. */
  changePercent: number | null;
}

/** How this year's sum compares to last year's (both in minor units of one currency). */
export function changeBetween(lastYearMinor: number, thisYearMinor: number): Change {
  const changeMinor = thisYearMinor - lastYearMinor;
  if (lastYearMinor === 0) return { changeMinor, changePercent: null };
  // Tenths of a percent: change × 1000 ÷ last year, rounded once, in integers.
  const tenths = divideHalfEven(BigInt(changeMinor) * 1000n, BigInt(lastYearMinor));
  return { changeMinor, changePercent: Number(tenths) / 10 };
}

/** Days in a year for the run-rate: a calendar year of 365 days, as budgets are written. */
export const RUN_RATE_DAYS = 365;

/**
 * The run-rate: what the orders running today cost over a year at their current pace. Each order
 * runs at its committed value ÷ the days of its period (an open-ended order's expected volume is
 * taken as one year's); the day rates are summed by the database as an exact decimal, and the
 * run-rate is that daily rate × 365 in whole minor units, half to even.
 */
export function annualRunRateMinor(dailyRateMinor: string): number {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(dailyRateMinor.trim());
  if (!match) throw new Error(`Daily rate ${dailyRateMinor} is not a non-negative decimal`);
  const fraction = match[2] ?? '';
  return Number(
    divideHalfEven(
      BigInt(match[1]! + fraction) * BigInt(RUN_RATE_DAYS),
      10n ** BigInt(fraction.length),
    ),
  );
}
