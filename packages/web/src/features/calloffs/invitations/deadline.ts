// A deadline is an instant; the buyer picks it as a date and a time on the wall clock of the
// call-off's country. Picking 23:59 means until that minute is over, so the end of a day (the
// earliest deadline the law allows) can be chosen.
import { TIME_ZONE } from '../../../lib/format';
import type { Country } from '../../../lib/types';

/** The wall clock's date ('YYYY-MM-DD') and time ('HH:MM') in the zone at an instant. */
export function wallClockOf(instant: string, country: Country): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE[country],
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    time: `${get('hour')}:${get('minute')}`,
  };
}

/** The last millisecond of the chosen minute in the zone, as an ISO instant; null if unreadable. */
export function instantOfWallClock(date: string, time: string, country: Country): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const asUtc = Date.parse(`${date}T${time}:59.999Z`);
  if (Number.isNaN(asUtc)) return null;
  // The zone's offset at that moment; a second pass settles a guess made across a DST change.
  let instant = asUtc;
  for (let i = 0; i < 2; i++) {
    const seen = wallClockOf(new Date(instant).toISOString(), country);
    const seenUtc = Date.parse(`${seen.date}T${seen.time}:59.999Z`);
    instant += asUtc - seenUtc;
  }
  return new Date(instant).toISOString();
}
