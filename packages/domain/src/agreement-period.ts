// The four-year rule for framework agreements (LOU 7:3, directive 2014/24/EU art. 33): the
// period including every extension option may be at most four years unless a reason is recorded.
// The light regime for social services may justify a longer period, so this is a checked rule
// with a recorded exception rather than a hard wall.
import { addCalendarDays, type PlainDate } from './plain-date.ts';

export const MAX_YEARS_WITHOUT_REASON = 4;

/** The date `months` calendar months after `date`, clamped to the month's last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: PlainDate, months: number): PlainDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The last day the agreement can run if every extension option is used. */
export function latestPossibleEnd(
  endsOn: PlainDate,
  extensionMonths: readonly number[],
): PlainDate {
  const months = extensionMonths.reduce((sum, m) => sum + m, 0);
  return addMonths(endsOn, months);
}

/**
 * The last day a period starting on `startsOn` may end without a recorded reason: the day before
 * the fourth anniversary (1 Jan 2026 – 31 Dec 2029 is exactly four years).
 */
export function lastDayWithinFourYears(startsOn: PlainDate): PlainDate {
  return addCalendarDays(addMonths(startsOn, MAX_YEARS_WITHOUT_REASON * 12), -1);
}

export interface AgreementPeriod {
  startsOn: PlainDate;
  endsOn: PlainDate;
  extensionMonths: readonly number[];
}

/** Whether the period with all extension options exceeds four years, so a reason is required. */
export function needsLongPeriodReason(period: AgreementPeriod): boolean {
  return (
    latestPossibleEnd(period.endsOn, period.extensionMonths) >
    lastDayWithinFourYears(period.startsOn)
  );
}

export type PeriodProblem = 'ends_before_start' | 'long_period_reason_required';

/** What is wrong with a period and its reason, if anything. */
export function checkAgreementPeriod(
  period: AgreementPeriod,
  longPeriodReason: string | null | undefined,
): PeriodProblem | null {
  if (period.endsOn < period.startsOn) return 'ends_before_start';
  if (needsLongPeriodReason(period) && !longPeriodReason?.trim())
    return 'long_period_reason_required';
  return null;
}
