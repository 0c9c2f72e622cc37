import { describe, expect, it } from 'vitest';
import type { ContractRequirement } from '../../src/contract-requirements.ts';
import {
  checkRequirement,
  nightsWithoutAwakeStaff,
  parseShiftRows,
  splitShiftSection,
  type ShiftRow,
  type StaffListRow,
} from '../../src/staff-list/index.ts';

// 2026-11-12 to 2026-11-15: four nights, each beginning on its date.
const PERIOD = { from: '2026-11-12', to: '2026-11-15' };
const DAYS = ['2026-11-12', '2026-11-13', '2026-11-14', '2026-11-15'];
const night = (date: string, awakeHundredths: number, row = 0): ShiftRow => ({
  row,
  date,
  shift: 'night',
  awakeHundredths,
});
/** Every night of the period with the same awake hours (in hundredths). */
const everyNight = (awakeHundredths: number) =>
  DAYS.map((d, i) => night(d, awakeHundredths, i + 2));

describe('nights without awake staff (minAwake × 9 awake staff hours each night)', () => {
  it('names no night when every night is exactly at the limit: 9 hours for one awake', () => {
    expect(nightsWithoutAwakeStaff(PERIOD, everyNight(900), 1)).toEqual([]);
    expect(nightsWithoutAwakeStaff(PERIOD, everyNight(1800), 2)).toEqual([]);
  });

  it('names the one night a hundredth of an hour short, with what it had and needed', () => {
    const rows = everyNight(900).map((r) =>
      r.date === '2026-11-14' ? { ...r, awakeHundredths: 899 } : r,
    );
    expect(nightsWithoutAwakeStaff(PERIOD, rows, 1)).toEqual([
      { date: '2026-11-14', awakeHundredths: 899, requiredHundredths: 900, reason: 'too_few' },
    ]);
  });

  it('names a night with no one awake and a night missing from the rows, in date order', () => {
    const rows = [night('2026-11-15', 900), night('2026-11-12', 900), night('2026-11-14', 0)];
    expect(nightsWithoutAwakeStaff(PERIOD, rows, 1)).toEqual([
      { date: '2026-11-13', awakeHundredths: 0, requiredHundredths: 900, reason: 'none' },
      { date: '2026-11-14', awakeHundredths: 0, requiredHundredths: 900, reason: 'none' },
    ]);
  });

  it('counts only night rows: day and evening hours do not keep a night awake', () => {
    const rows: ShiftRow[] = DAYS.flatMap((date) => [
      { row: 0, date, shift: 'day', awakeHundredths: 2400 },
      { row: 0, date, shift: 'evening', awakeHundredths: 2100 },
    ]);
    expect(nightsWithoutAwakeStaff(PERIOD, rows, 1).map((n) => n.date)).toEqual(DAYS);
  });

  it('asks two awake the whole night for minAwake 2: 17.99 hours is too few', () => {
    const rows = everyNight(1800).map((r) =>
      r.date === '2026-11-12' ? { ...r, awakeHundredths: 1799 } : r,
    );
    expect(nightsWithoutAwakeStaff(PERIOD, rows, 2)).toEqual([
      { date: '2026-11-12', awakeHundredths: 1799, requiredHundredths: 1800, reason: 'too_few' },
    ]);
  });
});

describe('the awake night staff check with night rows', () => {
  const AWAKE: ContractRequirement = { kind: 'awake_night_staff', required: true, minAwake: 1 };
  /** One awake night worker whose 36 hours over 4 nights meet the average. */
  const staff: StaffListRow[] = [
    {
      row: 2,
      name: 'Nina Natt',
      role: 'night_staff',
      education: 'other',
      yearsInRoleHundredths: null,
      employmentHundredths: 10000,
      hoursHundredths: { day: 0, evening: 0, night: 3600 },
      nightAwake: true,
    },
  ];
  const period = { placedResidents: 4, days: 4, dates: PERIOD };

  it('is met at the limit: the worst night has one awake, and no night is named', () => {
    expect(checkRequirement(staff, AWAKE, period, everyNight(900))).toMatchObject({
      outcome: 'met',
      measure: { measured: 100, required: 100, shortfall: 0 },
      nights: [],
    });
  });

  it('is not met with one night short though the average is met, and names that night', () => {
    const rows = [
      ...everyNight(900).filter((r) => r.date !== '2026-11-14'),
      night('2026-11-14', 0),
    ];
    rows.push(night('2026-11-13', 0, 9)); // another shift row the same night adds nothing
    const check = checkRequirement(staff, AWAKE, period, rows);
    expect(check).toMatchObject({
      outcome: 'not_met',
      measure: { measured: 0, required: 100, shortfall: 100 },
    });
    expect(check.nights?.map((n) => [n.date, n.reason])).toEqual([['2026-11-14', 'none']]);
  });

  it('checks the average as before when the list has no night rows (totals only)', () => {
    const check = checkRequirement(staff, AWAKE, period, []);
    expect(check.outcome).toBe('met');
    expect(check).not.toHaveProperty('nights');
  });
});

describe('reading the per-shift section', () => {
  const HEAD = ['Datum', 'Pass', 'Timmar vaken personal'];

  it('reads ISO and day-first dates, Swedish, Danish and English shifts and decimal hours', () => {
    const parsed = parseShiftRows(
      [
        HEAD,
        ['2026-11-12', 'natt', '9'],
        ['13.11.2026', 'Nat', '8,5'],
        [],
        ['14-11-2026', 'evening', '7.25'],
      ],
      PERIOD,
      10,
    );
    expect(parsed).toEqual({
      ok: true,
      rows: [
        { row: 11, date: '2026-11-12', shift: 'night', awakeHundredths: 900 },
        { row: 12, date: '2026-11-13', shift: 'night', awakeHundredths: 850 },
        { row: 14, date: '2026-11-14', shift: 'evening', awakeHundredths: 725 },
      ],
    });
  });

  it('gives no rows for a section of headings only', () => {
    expect(parseShiftRows([['Date', 'Shift', 'Awake staff hours']], PERIOD)).toEqual({
      ok: true,
      rows: [],
    });
  });

  it('refuses a date outside the period, negative hours and a date and shift twice, whole', () => {
    const parsed = parseShiftRows(
      [
        HEAD,
        ['2026-11-11', 'natt', '9'],
        ['2026-11-12', 'natt', '-1'],
        ['2026-11-13', 'natt', '9'],
        ['2026-11-13', 'natt', '9'],
        ['2026-02-30', 'förmiddag', ''],
      ],
      PERIOD,
    );
    expect(parsed).toEqual({
      ok: false,
      problems: [
        { row: 2, column: 'date', reason: 'outside_period' },
        { row: 3, column: 'awakeHours', reason: 'out_of_range' },
        { row: 5, column: 'shift', reason: 'duplicate_shift' },
        { row: 6, column: 'date', reason: 'not_a_date' },
        { row: 6, column: 'shift', reason: 'unknown_shift' },
        { row: 6, column: 'awakeHours', reason: 'required' },
      ],
    });
  });

  it('names a missing column of the section at its heading row', () => {
    expect(parseShiftRows([['Dato', 'Vagt']], PERIOD, 7)).toEqual({
      ok: false,
      problems: [{ row: 7, column: 'awakeHours', reason: 'missing_column' }],
    });
  });

  it('finds the section after the staff rows of one table, keeping row numbers', () => {
    const table = [
      ['Namn'],
      ['Anna'],
      [],
      ['Date', 'Shift', 'Awake staff hours', ''],
      ['2026-11-12', 'night', '9'],
    ];
    expect(splitShiftSection(table)).toEqual({
      staff: [['Namn'], ['Anna'], []],
      shifts: { table: table.slice(3), firstRow: 4 },
    });
    expect(splitShiftSection([['Namn'], ['Anna']]).shifts).toBeNull();
  });
});
