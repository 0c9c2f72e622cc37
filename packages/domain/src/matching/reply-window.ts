// How long a supplier has to answer a survey request (tilbudsafdækning), from the referral's
// urgency. An acute referral ("today") is answered within hours: 4 hours, but not past the end of
// the working day (16:00 local) when that still leaves an hour; an acute need sent late or on a day
// off keeps the plain 4 hours, since it cannot wait for the next working day. Within 5 working days:
// the end of the 2nd working day after sending; later: the end of the 5th.
import { deadlineAfterWorkingDays, isWorkingDay, localDate, startOfLocalDay } from '../calendar.ts';
import type { Country } from '../country.ts';
import type { Urgency } from './types.ts';

export const ACUTE_REPLY_HOURS = 4;
/** The working day ends at 16:00 local time for an acute reply window. */
export const WORKING_DAY_ENDS_AT_HOUR = 16;
/** An acute window capped by the end of the working day must still leave this long. */
export const ACUTE_MINIMUM_MINUTES = 60;
export const REPLY_WORKING_DAYS: Readonly<Record<Exclude<Urgency, 'today'>, number>> = {
  within_5_working_days: 2,
  later: 5,
};

const HOUR_MS = 3_600_000;

/** The instant by which a request sent at `sentAt` must be answered. */
export function replyBy(sentAt: Date, urgency: Urgency, country: Country): Date {
  if (urgency !== 'today')
    return deadlineAfterWorkingDays(sentAt, REPLY_WORKING_DAYS[urgency], country);
  const plain = new Date(sentAt.getTime() + ACUTE_REPLY_HOURS * HOUR_MS);
  const today = localDate(sentAt, country);
  if (!isWorkingDay(today, country)) return plain;
  // 16:00 local: local midnight plus 16 hours (no DST change happens between 03:00 and 16:00).
  const dayEnds = new Date(
    startOfLocalDay(today, country).getTime() + WORKING_DAY_ENDS_AT_HOUR * HOUR_MS,
  );
  if (dayEnds.getTime() - sentAt.getTime() < ACUTE_MINIMUM_MINUTES * 60_000) return plain;
  return dayEnds < plain ? dayEnds : plain;
}
