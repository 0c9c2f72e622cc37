// Whole calendar months between two dates, for "not visited for 26 months" and "permit last
// checked 13 months ago". A month is complete on the same day of the month (31 January to
// 28 February is not yet a month), so the count never overstates how long it has been.
import { isPlainDate, type PlainDate } from '../plain-date.ts';

/** Whole months from `from` to `to` (0 when `to` is earlier or within the first month). */
export function wholeMonthsBetween(from: PlainDate, to: PlainDate): number {
  if (!isPlainDate(from) || !isPlainDate(to)) {
    throw new RangeError(`Expected dates in the form YYYY-MM-DD, got "${from}" and "${to}"`);
  }
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  return Math.max(0, months);
}
