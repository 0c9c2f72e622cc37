// When an intervention bought through an offer survey is followed up (opfølgning): the service
// specification lists the dates. Barnets lov § 157 and serviceloven § 148 ask for follow-up
// within three months of the start and then at least every six months; Tildel prints the first
// date three months after the start and then every six months, up to the order's last day.
import { addMonths } from '../agreement-period.ts';
import { dayNumber, type PlainDate } from '../plain-date.ts';

export const FIRST_FOLLOW_UP_MONTHS = 3;
export const FOLLOW_UP_EVERY_MONTHS = 6;

/**
 * The follow-up dates of an intervention from `startOn` to `lastDay` (inclusive): start + 3
 * months, then every 6 months after that. An open-ended order (lastDay null) lists the first
 * `openEndedCount` dates.
 */
export function followUpDates(
  startOn: PlainDate,
  lastDay: PlainDate | null,
  openEndedCount = 3,
): PlainDate[] {
  const dates: PlainDate[] = [];
  // Counted from the start each time, so 31 January does not drift to the 28th and stay there.
  for (let months = FIRST_FOLLOW_UP_MONTHS; ; months += FOLLOW_UP_EVERY_MONTHS) {
    const date = addMonths(startOn, months);
    if (lastDay === null ? dates.length >= openEndedCount : dayNumber(date) > dayNumber(lastDay))
      return dates;
    dates.push(date);
  }
}
