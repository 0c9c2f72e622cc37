// Plain dates ('YYYY-MM-DD', no time or zone) as day numbers: checking them and counting days.
// Apart from calendar.ts so that what needs only dates (the web among them) does not load the
// holiday tables.

/** A calendar date without time or zone, 'YYYY-MM-DD'. */
export type PlainDate = string;

export class CalendarError extends Error {
  readonly code: 'invalid_date' | 'invalid_argument';
  constructor(code: 'invalid_date' | 'invalid_argument', message: string) {
    super(message);
    this.name = 'CalendarError';
    this.code = code;
  }
}

export const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a valid 'YYYY-MM-DD'; refuses 2026-02-30 and the like. */
export function dayNumber(date: PlainDate): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match) {
    const [, y, m, d] = match.map(Number) as [number, number, number, number];
    const ms = Date.UTC(y, m - 1, d);
    const back = new Date(ms);
    if (back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d) {
      return ms / DAY_MS;
    }
  }
  throw new CalendarError('invalid_date', `"${date}" is not a date in the form YYYY-MM-DD`);
}

export function fromDayNumber(day: number): PlainDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function requireSafeInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new CalendarError('invalid_argument', `${what} must be an integer`);
  }
}

export function isPlainDate(value: unknown): value is PlainDate {
  if (typeof value !== 'string') return false;
  try {
    dayNumber(value);
    return true;
  } catch {
    return false;
  }
}

export function addCalendarDays(date: PlainDate, days: number): PlainDate {
  requireSafeInteger(days, 'days');
  return fromDayNumber(dayNumber(date) + days);
}
