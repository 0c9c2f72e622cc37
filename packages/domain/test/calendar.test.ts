import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addWorkingDays,
  CalendarError,
  deadlineAfterWorkingDays,
  endOfLocalDay,
  holidaysInYear,
  isPlainDate,
  isWorkingDay,
  localDate,
  midsummerEve,
  startOfLocalDay,
  workingDaysBetween,
} from '../src/calendar.ts';

const statutory = { statutory: true } as const;
/** The calendars a count is checked in: Sweden's (with and without its statutory days off), Denmark's. */
const CALENDARS = [
  ['SE', {}],
  ['SE', statutory],
  ['DK', {}],
] as const;

/** The wall-clock time of an instant in a zone, 'YYYY-MM-DD HH:MM:SS'. */
function wallClock(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(instant);
}

describe('weekends are never working days', () => {
  it('in Sweden and Denmark, statutory or not', () => {
    for (const country of ['SE', 'DK'] as const) {
      expect(isWorkingDay('2026-06-13', country)).toBe(false); // Saturday
      expect(isWorkingDay('2026-06-14', country, statutory)).toBe(false); // Sunday
      expect(isWorkingDay('2026-06-15', country)).toBe(true); // Monday
    }
  });
});

describe('national public holidays come from date-holidays', () => {
  it('lists the Danish public holidays of 2026 (no Store Bededag, no Grundlovsdag, no eves)', () => {
    expect(holidaysInYear(2026, 'DK')).toEqual([
      '2026-01-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-05',
      '2026-04-06',
      '2026-05-14',
      '2026-05-24',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('lists the Swedish public holidays of 2026, and the statutory eves only when asked', () => {
    const publicHolidays = [
      '2026-01-01',
      '2026-01-06',
      '2026-04-03',
      '2026-04-05',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-24',
      '2026-06-06',
      '2026-06-20',
      '2026-10-31',
      '2026-12-25',
      '2026-12-26',
    ];
    expect(holidaysInYear(2026, 'SE')).toEqual(publicHolidays);
    expect(holidaysInYear(2026, 'SE', statutory)).toEqual(
      [...publicHolidays, '2026-06-19', '2026-12-24', '2026-12-31'].sort(),
    );
  });

  it('Store Bededag was a Danish holiday in 2023 and was abolished from 2024', () => {
    expect(isWorkingDay('2023-05-05', 'DK')).toBe(false);
    expect(isWorkingDay('2024-04-26', 'DK')).toBe(true); // where it would have fallen
    expect(isWorkingDay('2023-05-05', 'SE')).toBe(true);
  });

  it('Grundlovsdag (5 June) is not a public holiday in date-holidays, so it counts as working', () => {
    // Many Danish workplaces close on it by agreement, but it is no helligdag in law.
    expect(isWorkingDay('2026-06-05', 'DK')).toBe(true);
  });

  it('the Swedish national day is a holiday in Sweden only', () => {
    expect(isWorkingDay('2025-06-06', 'SE')).toBe(false); // a Friday
    expect(isWorkingDay('2025-06-06', 'DK')).toBe(true);
  });

  it('Epiphany is a holiday in Sweden, not in Denmark', () => {
    expect(isWorkingDay('2027-01-06', 'SE')).toBe(false);
    expect(isWorkingDay('2027-01-06', 'DK')).toBe(true);
  });

  it('Maundy Thursday is a holiday in Denmark, not in Sweden', () => {
    expect(isWorkingDay('2027-03-25', 'DK')).toBe(false);
    expect(isWorkingDay('2027-03-25', 'SE')).toBe(true);
  });
});

describe('Swedish statutory time limits (lag 1930:173) also skip the eves', () => {
  it('Christmas eve and New Year’s eve are working days unless the limit is statutory', () => {
    for (const eve of ['2026-12-24', '2026-12-31']) {
      expect(isWorkingDay(eve, 'SE')).toBe(true);
      expect(isWorkingDay(eve, 'SE', statutory)).toBe(false);
    }
  });

  it('midsummer eve is the Friday from 19 to 25 June', () => {
    expect(midsummerEve(2024)).toBe('2024-06-21');
    expect(midsummerEve(2025)).toBe('2025-06-20');
    expect(midsummerEve(2026)).toBe('2026-06-19');
    expect(midsummerEve(2027)).toBe('2027-06-25');
    expect(midsummerEve(2028)).toBe('2028-06-23');
  });

  it('agrees with date-holidays on midsummer eve for many years', () => {
    for (let year = 2020; year <= 2040; year += 1) {
      const eve = midsummerEve(year);
      expect(holidaysInYear(year, 'SE', statutory)).toContain(eve);
      expect(holidaysInYear(year, 'SE')).not.toContain(eve);
    }
  });

  it('the statutory option changes nothing in Denmark', () => {
    expect(holidaysInYear(2026, 'DK', statutory)).toEqual(holidaysInYear(2026, 'DK'));
    expect(isWorkingDay('2026-12-24', 'DK', statutory)).toBe(true);
  });
});

describe('counting N working days after a date: the day after is day 1', () => {
  it('10 working days after Thursday 17 December 2026 in Sweden, statutory: 7 January 2027', () => {
    // 18, 21, 22, 23 Dec; not 24 (Christmas eve), 25, 26; 28, 29, 30 Dec; not 31 (New Year's
    // eve), 1 Jan; 4, 5 Jan; not 6 Jan (Epiphany); 7 Jan is the tenth.
    expect(addWorkingDays('2026-12-17', 10, 'SE', statutory)).toBe('2027-01-07');
  });

  it('the same without the statutory rule ends on 4 January 2027, the eves being working days', () => {
    expect(addWorkingDays('2026-12-17', 10, 'SE')).toBe('2027-01-04');
  });

  it('the same in Denmark ends on 4 January 2027: Christmas eve is no public holiday there', () => {
    expect(addWorkingDays('2026-12-17', 10, 'DK')).toBe('2027-01-04');
  });

  it('12 working days differ: Denmark works on Epiphany, Sweden does not', () => {
    expect(addWorkingDays('2026-12-17', 12, 'DK')).toBe('2027-01-06');
    expect(addWorkingDays('2026-12-17', 12, 'SE')).toBe('2027-01-07');
  });

  it('Easter 2027: the day after Wednesday 24 March is Thursday in Sweden, Tuesday in Denmark', () => {
    expect(addWorkingDays('2027-03-24', 1, 'SE')).toBe('2027-03-25');
    expect(addWorkingDays('2027-03-24', 2, 'SE')).toBe('2027-03-30'); // Good Friday, Easter Monday
    expect(addWorkingDays('2027-03-24', 1, 'DK')).toBe('2027-03-30');
  });

  it('Swedish midsummer 2027: a statutory limit skips Friday 25 June', () => {
    expect(addWorkingDays('2027-06-24', 1, 'SE', statutory)).toBe('2027-06-28');
    expect(addWorkingDays('2027-06-24', 1, 'SE')).toBe('2027-06-25');
    expect(addWorkingDays('2027-06-24', 1, 'DK', statutory)).toBe('2027-06-25');
  });

  it('Ascension day 2027 (Thursday 6 May) is a holiday in both countries', () => {
    for (const country of ['SE', 'DK'] as const) {
      expect(isWorkingDay('2027-05-06', country)).toBe(false);
      expect(addWorkingDays('2027-05-05', 1, country)).toBe('2027-05-07');
    }
  });

  it('a receipt on a holiday still counts from the next working day', () => {
    expect(addWorkingDays('2026-12-25', 1, 'SE')).toBe('2026-12-28');
    expect(addWorkingDays('2026-12-26', 1, 'SE')).toBe('2026-12-28'); // a Saturday and holiday
  });

  it('zero working days is the date itself', () => {
    expect(addWorkingDays('2026-12-25', 0, 'SE')).toBe('2026-12-25');
  });

  it('counts backwards for a negative n', () => {
    expect(addWorkingDays('2027-01-07', -10, 'SE', statutory)).toBe('2026-12-17');
    expect(addWorkingDays('2027-03-30', -1, 'DK')).toBe('2027-03-24');
  });

  it('refuses a fractional count', () => {
    expect(() => addWorkingDays('2026-12-17', 1.5, 'SE')).toThrow(CalendarError);
  });
});

describe('working days between two dates count those after the first, up to the second', () => {
  it('counts the statutory Christmas example as 10', () => {
    expect(workingDaysBetween('2026-12-17', '2027-01-07', 'SE', statutory)).toBe(10);
    expect(workingDaysBetween('2026-12-17', '2027-01-07', 'SE')).toBe(12);
  });

  it('counts Easter week 2027 differently in the two countries', () => {
    expect(workingDaysBetween('2027-03-24', '2027-03-31', 'SE')).toBe(3);
    expect(workingDaysBetween('2027-03-24', '2027-03-31', 'DK')).toBe(2);
  });

  it('is zero for the same date and negative when the dates are reversed', () => {
    expect(workingDaysBetween('2026-12-17', '2026-12-17', 'SE')).toBe(0);
    expect(workingDaysBetween('2027-01-07', '2026-12-17', 'SE', statutory)).toBe(-10);
  });

  it('counts what isWorkingDay says day by day, over spans from a day to several years', () => {
    for (const [country, opts] of CALENDARS) {
      // Working days from 2025-12-01 up to each date after it, counted day by day.
      const first = '2025-12-01';
      const upTo = new Map<string, number>([[first, 0]]);
      for (let date = first, count = 0; date < '2030-12-31';) {
        date = addCalendarDays(date, 1);
        if (isWorkingDay(date, country, opts)) count += 1;
        upTo.set(date, count);
      }
      for (let date = first; date < '2027-02-01'; date = addCalendarDays(date, 1)) {
        for (const days of [0, 1, 6, 7, 8, 13, 14, 15, 40, 400, 1200]) {
          const end = addCalendarDays(date, days);
          expect(workingDaysBetween(date, end, country, opts)).toBe(
            upTo.get(end)! - upTo.get(date)!,
          );
        }
      }
    }
  });

  it('is the inverse of addWorkingDays, landing on a working day, for every date of 2026-2027', () => {
    for (const [country, opts] of CALENDARS) {
      for (let date = '2026-01-01'; date < '2028-01-01'; date = addCalendarDays(date, 1)) {
        for (const n of [1, 5, 10]) {
          const end = addWorkingDays(date, n, country, opts);
          expect(isWorkingDay(end, country, opts)).toBe(true);
          expect(workingDaysBetween(date, end, country, opts)).toBe(n);
        }
      }
    }
  });
});

describe('plain dates', () => {
  it('refuses what is not a real YYYY-MM-DD date', () => {
    for (const bad of [
      '2026-02-30',
      '2026-2-3',
      '20260203',
      '2026-13-01',
      '',
      '2026-12-17T00:00',
    ]) {
      expect(isPlainDate(bad)).toBe(false);
      expect(() => isWorkingDay(bad, 'SE')).toThrow(CalendarError);
    }
    expect(isPlainDate('2024-02-29')).toBe(true);
    expect(isPlainDate('2025-02-29')).toBe(false);
  });

  it('adds calendar days across month and year ends', () => {
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});

describe('local dates and days are those of the country’s time zone', () => {
  it('half past midnight in Stockholm is still the evening before in UTC', () => {
    expect(localDate(new Date('2026-12-17T23:30:00Z'), 'SE')).toBe('2026-12-18');
    expect(localDate(new Date('2026-12-17T22:59:59Z'), 'SE')).toBe('2026-12-17');
    expect(localDate(new Date('2026-07-01T22:00:00Z'), 'DK')).toBe('2026-07-02'); // summer time
    expect(localDate(new Date('2026-07-01T21:59:59Z'), 'DK')).toBe('2026-07-01');
  });

  it('reads the local date of every instant as the zone has it, across both clock changes', () => {
    // The offset is read once an hour and kept: instants on either side of each change, and the
    // same hours again, must still read as Intl reads each one.
    const days = ['2026-03-28', '2026-10-24', '2026-12-31', '1980-04-05'];
    for (const [country, zone] of [
      ['SE', 'Europe/Stockholm'],
      ['DK', 'Europe/Copenhagen'],
    ] as const) {
      for (const pass of [1, 2])
        for (const day of days) {
          const from = Date.parse(`${day}T20:00:00Z`);
          for (let ms = from; ms < from + 2 * 86_400_000; ms += 7 * 60_000 + 13_001 * pass) {
            const instant = new Date(ms);
            expect(localDate(instant, country)).toBe(wallClock(instant, zone).slice(0, 10));
          }
        }
    }
    expect(startOfLocalDay('2026-03-30', 'SE').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfLocalDay('2026-10-26', 'DK').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('a local day ends at 23:59:59.999 local time, in winter and in summer', () => {
    expect(endOfLocalDay('2026-01-15', 'SE').toISOString()).toBe('2026-01-15T22:59:59.999Z');
    expect(endOfLocalDay('2026-07-15', 'DK').toISOString()).toBe('2026-07-15T21:59:59.999Z');
  });

  it('the day clocks go forward (29 March 2026) lasts 23 hours', () => {
    const start = startOfLocalDay('2026-03-29', 'SE');
    const end = endOfLocalDay('2026-03-29', 'SE');
    expect(start.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(end.toISOString()).toBe('2026-03-29T21:59:59.999Z');
    expect(end.getTime() + 1 - start.getTime()).toBe(23 * 3_600_000);
  });

  it('the day clocks go back (25 October 2026) lasts 25 hours', () => {
    const start = startOfLocalDay('2026-10-25', 'DK');
    const end = endOfLocalDay('2026-10-25', 'DK');
    expect(start.toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(end.toISOString()).toBe('2026-10-25T22:59:59.999Z');
    expect(end.getTime() + 1 - start.getTime()).toBe(25 * 3_600_000);
  });

  it('refuses an invalid Date', () => {
    expect(() => localDate(new Date('not a date'), 'SE')).toThrow(CalendarError);
  });
});

describe('a deadline is the end of the Nth working day after receipt, in local time', () => {
  it('10 working days after a receipt on 17 December 2026 in Sweden ends 7 January 2027 23:59:59', () => {
    const deadline = deadlineAfterWorkingDays(
      new Date('2026-12-17T09:15:00Z'),
      10,
      'SE',
      statutory,
    );
    expect(deadline.toISOString()).toBe('2027-01-07T22:59:59.999Z');
    expect(wallClock(deadline, 'Europe/Stockholm')).toBe('2027-01-07 23:59:59');
  });

  it('the day of receipt is the local one: 00:30 on 18 December counts from the 18th', () => {
    const deadline = deadlineAfterWorkingDays(
      new Date('2026-12-17T23:30:00Z'),
      10,
      'SE',
      statutory,
    );
    expect(deadline.toISOString()).toBe('2027-01-08T22:59:59.999Z');
  });

  it('across the end of summer time (Sunday 25 October 2026) the deadline moves an hour in UTC', () => {
    // Received Thursday 22 October at 12:00 summer time; day 5 is Thursday 29 October, winter time.
    const deadline = deadlineAfterWorkingDays(new Date('2026-10-22T10:00:00Z'), 5, 'SE');
    expect(deadline.toISOString()).toBe('2026-10-29T22:59:59.999Z');
    expect(wallClock(deadline, 'Europe/Stockholm')).toBe('2026-10-29 23:59:59');
  });

  it('across the start of summer time (Sunday 29 March 2026) likewise', () => {
    // Received Thursday 26 March at 12:00 winter time; day 2 is Monday 30 March, summer time.
    const deadline = deadlineAfterWorkingDays(new Date('2026-03-26T11:00:00Z'), 2, 'DK');
    expect(deadline.toISOString()).toBe('2026-03-30T21:59:59.999Z');
    expect(wallClock(deadline, 'Europe/Copenhagen')).toBe('2026-03-30 23:59:59');
  });

  it('across Easter and summer time together (28 March 2027) in Denmark', () => {
    // Wednesday 24 March; Maundy Thursday, Good Friday and Easter Monday are holidays.
    const deadline = deadlineAfterWorkingDays(new Date('2027-03-24T08:00:00Z'), 2, 'DK');
    expect(deadline.toISOString()).toBe('2027-03-31T21:59:59.999Z');
  });
});
