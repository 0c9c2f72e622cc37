// Working days and deadlines in the body's country: national public holidays from date-holidays,
// weekends, and for Swedish statutory time limits also the eves named in lag (1930:173).
// Dates are plain 'YYYY-MM-DD' strings; instants are Dates; the zone is the country's.
import Holidays from 'date-holidays';
import type { Country } from './country.ts';
import {
  CalendarError,
  DAY_MS,
  dayNumber,
  fromDayNumber,
  requireSafeInteger,
  type PlainDate,
} from './plain-date.ts';

export { COUNTRIES, type Country } from './country.ts';
export { CalendarError, addCalendarDays, isPlainDate, type PlainDate } from './plain-date.ts';

export type WorkingDayOptions = {
  /**
   * Count a Swedish statutory time limit (lag 1930:173 om beräkning av lagstadgad tid): Saturdays,
   * midsummer eve, Christmas eve and New Year's eve are treated as holidays too. No effect for DK.
   */
  readonly statutory?: boolean;
};

export const TIME_ZONES: Readonly<Record<Country, string>> = {
  SE: 'Europe/Stockholm',
  DK: 'Europe/Copenhagen',
};

export function timeZoneOf(country: Country): string {
  const zone = TIME_ZONES[country];
  if (zone === undefined) {
    throw new CalendarError('invalid_argument', `Unknown country ${String(country)}`);
  }
  return zone;
}

/** 0 Sunday … 6 Saturday. */
function weekday(day: number): number {
  return new Date(day * DAY_MS).getUTCDay();
}

// ---- holidays ---------------------------------------------------------------------------------

const holidayLibraries = new Map<Country, Holidays>();
const holidaySets = new Map<string, ReadonlySet<PlainDate>>();

function library(country: Country): Holidays {
  let hd = holidayLibraries.get(country);
  if (hd === undefined) {
    hd = new Holidays(country, { timezone: timeZoneOf(country) });
    holidayLibraries.set(country, hd);
  }
  return hd;
}

// The eves that lag 1930:173 §2 treats as holidays. date-holidays lists them for Sweden as 'bank'
// days under these rules; should a future version drop or rename one, the date is computed instead
// so that a statutory deadline never silently shortens.
const STATUTORY_EVES: readonly { rule: string; compute: (year: number) => PlainDate }[] = [
  { rule: 'friday after 06-19', compute: midsummerEve },
  { rule: '12-24', compute: (year) => `${year}-12-24` },
  { rule: '12-31', compute: (year) => `${year}-12-31` },
];

/** Midsummer eve is the Friday from 19 to 25 June (midsummer day is the Saturday after it). */
export function midsummerEve(year: number): PlainDate {
  const june19 = dayNumber(`${String(year).padStart(4, '0')}-06-19`);
  return fromDayNumber(june19 + ((5 - weekday(june19) + 7) % 7));
}

function holidaysOf(country: Country, year: number, statutory: boolean): ReadonlySet<PlainDate> {
  const key = `${country}:${year}:${statutory}`;
  const cached = holidaySets.get(key);
  if (cached !== undefined) return cached;

  const listed = library(country).getHolidays(year);
  // h.date is the local date and time, "YYYY-MM-DD hh:mm:ss".
  const days = new Set(listed.filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
  if (statutory && country === 'SE') {
    for (const eve of STATUTORY_EVES) {
      const fromLibrary = listed.find((h) => h.rule === eve.rule);
      days.add(fromLibrary ? fromLibrary.date.slice(0, 10) : eve.compute(year));
    }
  }
  holidaySets.set(key, days);
  return days;
}

/** The national public holidays of a year (and the statutory eves when asked), sorted. */
export function holidaysInYear(
  year: number,
  country: Country,
  opts: WorkingDayOptions = {},
): PlainDate[] {
  requireSafeInteger(year, 'year');
  return [...holidaysOf(country, year, opts.statutory === true)].sort();
}

function isWorkingDayNumber(day: number, country: Country, statutory: boolean): boolean {
  const wd = weekday(day);
  // Weekends are never working days; that covers the Saturdays of lag 1930:173 as well.
  if (wd === 0 || wd === 6) return false;
  const date = fromDayNumber(day);
  return !holidaysOf(country, Number(date.slice(0, 4)), statutory).has(date);
}

function isStatutory(country: Country, opts: WorkingDayOptions | undefined): boolean {
  timeZoneOf(country); // refuses an unknown country early
  return opts?.statutory === true;
}

// ---- working days -----------------------------------------------------------------------------

export function isWorkingDay(date: PlainDate, country: Country, opts?: WorkingDayOptions): boolean {
  return isWorkingDayNumber(dayNumber(date), country, isStatutory(country, opts));
}

/**
 * The date n working days after fromDate: the first working day after fromDate is day 1, and
 * fromDate itself never counts. n = 0 gives fromDate; a negative n counts back to the nth working
 * day before fromDate (for reminders before a deadline).
 */
export function addWorkingDays(
  fromDate: PlainDate,
  n: number,
  country: Country,
  opts?: WorkingDayOptions,
): PlainDate {
  requireSafeInteger(n, 'n');
  const statutory = isStatutory(country, opts);
  const step = n < 0 ? -1 : 1;
  let day = dayNumber(fromDate);
  for (let left = Math.abs(n); left > 0;) {
    day += step;
    if (isWorkingDayNumber(day, country, statutory)) left -= 1;
  }
  return fromDayNumber(day);
}

/**
 * Working days in (a, b]: after a, up to and including b. Thus
 * workingDaysBetween(a, addWorkingDays(a, n)) === n. Negative when b is before a.
 */
export function workingDaysBetween(
  a: PlainDate,
  b: PlainDate,
  country: Country,
  opts?: WorkingDayOptions,
): number {
  const statutory = isStatutory(country, opts);
  const from = dayNumber(a);
  const to = dayNumber(b);
  if (to < from) return -workingDaysBetween(b, a, country, opts);
  // The weekdays, less the holidays on a weekday: not day by day, as the statistics count
  // thousands of spans (a DPS's decisions), each a string and a holiday lookup per day.
  let count = weekdaysAfter(from, to);
  for (let year = yearOf(from + 1); year <= yearOf(to); year += 1) {
    for (const day of weekdayHolidaysOf(country, year, statutory)) {
      if (day > from && day <= to) count -= 1;
    }
  }
  return count;
}

/** Monday to Friday among the days after `from` up to `to`: five in each whole week. */
function weekdaysAfter(from: number, to: number): number {
  const weeks = Math.floor((to - from) / 7);
  let count = weeks * 5;
  for (let day = from + weeks * 7 + 1; day <= to; day += 1) {
    const wd = weekday(day);
    if (wd !== 0 && wd !== 6) count += 1;
  }
  return count;
}

function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

const weekdayHolidaySets = new Map<string, readonly number[]>();

/** The year's holidays (as isWorkingDay has them) that fall on a weekday, as day numbers. */
function weekdayHolidaysOf(country: Country, year: number, statutory: boolean): readonly number[] {
  const key = `${country}:${year}:${statutory}`;
  const cached = weekdayHolidaySets.get(key);
  if (cached !== undefined) return cached;
  const days = [...holidaysOf(country, year, statutory)]
    .map(dayNumber)
    .filter((day) => yearOf(day) === year && weekday(day) !== 0 && weekday(day) !== 6);
  weekdayHolidaySets.set(key, days);
  return days;
}

// ---- instants and local days ------------------------------------------------------------------

const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = zoneFormatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    zoneFormatters.set(timeZone, f);
  }
  return f;
}

const HOUR_MS = 3_600_000;
/** Per zone, the offset of each UTC hour already read in which the offset did not change. */
const hourOffsets = new Map<string, Map<number, number>>();
const MAX_CACHED_HOURS = 100_000;

/**
 * The wall-clock reading in a zone, as if it were UTC, to whole seconds. Reading the clock through
 * Intl costs microseconds, and a statistic reads thousands of instants: the zone's offset is read
 * once per UTC hour, when it is the same at the hour's first and last second (a zone changes its
 * offset at most once an hour), else the instant itself is read.
 */
function wallClockMs(instantMs: number, timeZone: string): number {
  const hour = Math.floor(instantMs / HOUR_MS);
  let offsets = hourOffsets.get(timeZone);
  if (offsets === undefined) hourOffsets.set(timeZone, (offsets = new Map()));
  let offset = offsets.get(hour);
  if (offset === undefined) {
    const first = hour * HOUR_MS;
    const last = first + HOUR_MS - 1000;
    offset = readWallClockMs(first, timeZone) - first;
    if (readWallClockMs(last, timeZone) - last !== offset)
      return readWallClockMs(instantMs, timeZone);
    if (offsets.size >= MAX_CACHED_HOURS) offsets.clear();
    offsets.set(hour, offset);
  }
  return Math.floor(instantMs / 1000) * 1000 + offset;
}

function readWallClockMs(instantMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of zoneFormatter(timeZone).formatToParts(new Date(instantMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

function offsetMs(instantMs: number, timeZone: string): number {
  const wholeSeconds = Math.floor(instantMs / 1000) * 1000;
  return wallClockMs(wholeSeconds, timeZone) - wholeSeconds;
}

/**
 * The instant a wall-clock time occurs in a zone. Two passes settle the offset on either side of
 * a DST change; the times asked for here (midnight, 23:59:59.999) never fall in a DST gap in
 * Stockholm or Copenhagen, where clocks change at 02:00/03:00.
 */
function instantOfWallClock(wallMs: number, timeZone: string): Date {
  let guess = wallMs - offsetMs(wallMs, timeZone);
  guess = wallMs - offsetMs(guess, timeZone);
  return new Date(guess);
}

function requireInstant(instant: Date): number {
  const ms = instant instanceof Date ? instant.getTime() : NaN;
  if (Number.isNaN(ms)) throw new CalendarError('invalid_argument', 'Expected a valid Date');
  return ms;
}

/** The date it is in the country at that instant. */
export function localDate(instant: Date, country: Country): PlainDate {
  const wall = wallClockMs(requireInstant(instant), timeZoneOf(country));
  return new Date(wall).toISOString().slice(0, 10);
}

/** The first instant of the local day (00:00 local time). */
export function startOfLocalDay(date: PlainDate, country: Country): Date {
  return instantOfWallClock(dayNumber(date) * DAY_MS, timeZoneOf(country));
}

/** The last millisecond of the local day (23:59:59.999 local time), whatever DST does that day. */
export function endOfLocalDay(date: PlainDate, country: Country): Date {
  return instantOfWallClock((dayNumber(date) + 1) * DAY_MS - 1, timeZoneOf(country));
}

/**
 * The deadline for something received at an instant: the end of the nth working day after the
 * day of receipt, where the day of receipt is taken in the country's own time zone.
 */
export function deadlineAfterWorkingDays(
  receivedAt: Date,
  n: number,
  country: Country,
  opts?: WorkingDayOptions,
): Date {
  const received = localDate(receivedAt, country);
  return endOfLocalDay(addWorkingDays(received, n, country, opts), country);
}
