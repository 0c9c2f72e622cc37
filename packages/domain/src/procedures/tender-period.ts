// The minimum tender period of a call-off (LOU 9 kap. / udbudsloven § 68, directive 2014/24
// art. 34(7)): at least 10 days for a DPS specific contract, shorter only when the DPS records an
// agreed shorter period and its owner is not a central purchasing body. After a change of the
// request during the tender period the deadline must again leave the minimum from the change.
//
// How "days" are counted — decided here, once: calendar days under Regulation 1182/71, which the
// directive (recital 106) makes the rule for its time limits, so the same count holds in Sweden
// and Denmark:
// - the day of the invitation (or change) does not count; day 1 is the next day (art. 3(1));
// - the period ends at the end of its last day, local time in the DPS's country (art. 3(2)(b));
// - Saturdays, Sundays and holidays count (art. 3(3)), but a period whose last day is one ends at
//   the end of the next working day (art. 3(4)), and a period of two days or more holds at least
//   two working days (art. 3(5)). Holidays are the country's public holidays (calendar.ts).
// So a deadline at the same hour ten days later is one day short: the invitation day is not a
// whole day. Local days make DST and the Stockholm/Copenhagen zones come out right.
import {
  addCalendarDays,
  addWorkingDays,
  endOfLocalDay,
  isWorkingDay,
  localDate,
  workingDaysBetween,
  type PlainDate,
} from '../calendar.ts';
import type { Country } from '../country.ts';
import { MIN_TENDER_PERIOD_DAYS } from '../qualification.ts';
import type { CallOffProcedure } from './derive.ts';

/** The DPS terms the minimum depends on. */
export interface TenderPeriodTerms {
  ownerIsCentralPurchasingBody: boolean;
  agreedTenderPeriodDays: number | null;
}

export type MinimumTenderPeriod =
  | { days: number; basis: 'dps_statutory' | 'dps_agreed_shorter' }
  // Renewed competition: a time the buyer judges sufficient (art. 33(5)(b)); no fixed number.
  | { days: 0; basis: 'set_by_buyer' };

/**
 * The minimum for a procedure. An agreed shorter period counts only for an owner that is not a
 * central purchasing body, and only when it is really shorter (1 to 9 whole days).
 */
export function minimumTenderPeriod(
  procedure: Exclude<CallOffProcedure, 'ranking'>,
  dps: TenderPeriodTerms | null,
): MinimumTenderPeriod {
  if (procedure === 'renewed_competition') return { days: 0, basis: 'set_by_buyer' };
  const agreed = dps?.agreedTenderPeriodDays ?? null;
  if (
    dps !== null &&
    !dps.ownerIsCentralPurchasingBody &&
    agreed !== null &&
    Number.isInteger(agreed) &&
    agreed >= 1 &&
    agreed < MIN_TENDER_PERIOD_DAYS
  )
    return { days: agreed, basis: 'dps_agreed_shorter' };
  return { days: MIN_TENDER_PERIOD_DAYS, basis: 'dps_statutory' };
}

/** The earliest deadline a period of `days` allows from an instant: its last day and its end. */
export function earliestDeadline(
  from: Date,
  days: number,
  country: Country,
): { lastDay: PlainDate; at: Date } {
  if (days === 0) return { lastDay: localDate(from, country), at: from };
  const startDay = localDate(from, country);
  let lastDay = addCalendarDays(startDay, days);
  if (!isWorkingDay(lastDay, country)) lastDay = addWorkingDays(lastDay, 1, country);
  while (days >= 2 && workingDaysBetween(startDay, lastDay, country) < 2)
    lastDay = addWorkingDays(lastDay, 1, country);
  return { lastDay, at: endOfLocalDay(lastDay, country) };
}

export type DeadlineCheck =
  | { ok: true }
  | { ok: false; problem: 'not_after_start' }
  | {
      ok: false;
      problem: 'too_short';
      params: { minimumDays: number; lastDay: PlainDate; earliest: Date };
    };

/**
 * Does the deadline leave at least the minimum from `from` (the invitation, or the latest change
 * of the request)? It must also lie after `from`, whatever the minimum.
 */
export function checkDeadline(
  from: Date,
  deadline: Date,
  minimum: MinimumTenderPeriod,
  country: Country,
): DeadlineCheck {
  if (deadline.getTime() <= from.getTime()) return { ok: false, problem: 'not_after_start' };
  const earliest = earliestDeadline(from, minimum.days, country);
  if (deadline.getTime() >= earliest.at.getTime()) return { ok: true };
  return {
    ok: false,
    problem: 'too_short',
    params: { minimumDays: minimum.days, lastDay: earliest.lastDay, earliest: earliest.at },
  };
}

export type ChangeOutcome =
  | { ok: false; problem: 'tender_period_over' }
  | {
      ok: true;
      /** The earliest deadline the changed request allows. */
      earliest: Date;
      lastDay: PlainDate;
      /** Whether the deadline already set still leaves the minimum from the change. */
      currentDeadlineHolds: boolean;
    };

/**
 * A change of the request during the tender period: only before the deadline, and afterwards the
 * deadline must again leave the minimum from the change — the earliest allowed is returned so the
 * buyer can be offered it.
 */
export function deadlineAfterChange(
  changedAt: Date,
  currentDeadline: Date,
  minimum: MinimumTenderPeriod,
  country: Country,
): ChangeOutcome {
  if (changedAt.getTime() >= currentDeadline.getTime())
    return { ok: false, problem: 'tender_period_over' };
  const earliest = earliestDeadline(changedAt, minimum.days, country);
  return {
    ok: true,
    earliest: earliest.at,
    lastDay: earliest.lastDay,
    currentDeadlineHolds: currentDeadline.getTime() >= earliest.at.getTime(),
  };
}
