// The not-approved rule's follow-through (issue 12): an offer Socialtilsyn has not approved may
// be used for an acute need for at most 3 weeks; 3 more weeks only with the authority's consent,
// recorded once. The matching team is reminded before the end of use, on working days, so the
// last reminder is not lost on a weekend or a holiday.
import { addWorkingDays } from '../calendar.ts';
import type { Country } from '../country.ts';
import { addCalendarDays, dayNumber, type PlainDate } from '../plain-date.ts';

/** The weeks a not-approved offer may be used, and the weeks consent adds (once). */
export const NOT_APPROVED_WEEKS = 3;
export const CONSENT_WEEKS = 3;

/** The last day of use after the authority's consent: three weeks after the current last day. */
export function lastDayAfterConsent(lastDay: PlainDate): PlainDate {
  return addCalendarDays(lastDay, CONSENT_WEEKS * 7);
}

export type ConsentRefusal = 'already_consented' | 'after_end' | 'in_future';

/** Whether consent given on `consentOn` may be recorded for a use ending on `lastDay`. */
export function consentRefusal(
  lastDay: PlainDate,
  consentOn: PlainDate,
  today: PlainDate,
  alreadyConsented: boolean,
): ConsentRefusal | null {
  if (alreadyConsented) return 'already_consented';
  if (dayNumber(consentOn) > dayNumber(today)) return 'in_future';
  if (dayNumber(consentOn) > dayNumber(lastDay)) return 'after_end';
  return null;
}

/** The working days before the end of use on which the matching team is reminded. */
export const REMINDER_WORKING_DAYS_BEFORE = [5, 1] as const;

/** The reminder dates of a use ending on `lastDay`, earliest first. */
export function reminderDates(lastDay: PlainDate, country: Country): PlainDate[] {
  return REMINDER_WORKING_DAYS_BEFORE.map((n) => addWorkingDays(lastDay, -n, country));
}

/**
 * The reminder due today, if any: the latest reminder date on or before today that is later than
 * the last reminder sent (so a job that did not run on the day still reminds, once).
 */
export function reminderDue(
  lastDay: PlainDate,
  country: Country,
  today: PlainDate,
  lastReminded: PlainDate | null,
): PlainDate | null {
  if (dayNumber(today) > dayNumber(lastDay)) return null;
  const due = reminderDates(lastDay, country).filter((d) => dayNumber(d) <= dayNumber(today));
  const latest = due.at(-1);
  if (latest === undefined) return null;
  return lastReminded !== null && dayNumber(lastReminded) >= dayNumber(latest) ? null : latest;
}
