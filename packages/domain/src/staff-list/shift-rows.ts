// The per-shift section of a staff list: one row per date and shift with the hours that awake
// staff worked in it ("2026-11-14; natt; 9"), so a single night without awake staff can be seen.
// It is optional: a list of totals alone is read as before. In a CSV file (or one worksheet) the
// section follows the staff rows and begins at its own heading row; in an XLSX file it may also be
// a worksheet of its own. Like the staff rows, the section is taken whole or not at all, and hours
// are kept exact in hundredths ("8,5" → 850).
import { addCalendarDays, isPlainDate } from '../plain-date.ts';
import { SHIFT_ROW_COLUMNS, shiftColumnOfHeading, type ShiftRowColumn } from './columns.ts';
import {
  blank,
  hundredths,
  readHeader,
  type StaffListProblem,
  type StaffListProblemReason,
  type Table,
} from './rows.ts';
import { shiftOf, type Shift } from './vocabulary.ts';

/** A hundred staff awake around the clock: more in one shift is a mistyped number. */
export const MAX_AWAKE_HOURS_PER_SHIFT = 2400;
/** One row per shift and day of the longest period (a leap year). */
export const SHIFT_ROWS_MAX = 366 * 3;

export interface ShiftRow {
  /** The row as the user sees it (the line of the file, the row of the form). */
  row: number;
  /** The day the shift begins: the night of 2026-11-14 runs from 22:00 that day to 07:00 the next. */
  date: string;
  shift: Shift;
  /** Hours worked by awake staff in the shift, summed over them, in hundredths of an hour. */
  awakeHundredths: number;
}

export interface ReportedPeriod {
  /** First and last day of the period, both included (YYYY-MM-DD). */
  from: string;
  to: string;
}

export type ParsedShiftRows =
  { ok: true; rows: ShiftRow[] } | { ok: false; problems: StaffListProblem[] };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** Danish and Swedish hand-typed dates: 14.11.2026, 14-11-2026, 14/11/2026 (day first). */
const DAY_FIRST = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;

/** A date as ISO (2026-11-14) or day first (14.11.2026), as YYYY-MM-DD; undefined if none. */
export function dateOf(text: string): string | undefined {
  const iso = ISO.exec(text);
  const dayFirst = iso ? null : DAY_FIRST.exec(text);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : dayFirst
      ? [dayFirst[3], dayFirst[2], dayFirst[1]]
      : [];
  if (!year || !month || !day) return undefined;
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isPlainDate(date) ? date : undefined;
}

/** Every day of the period in order: the nights a per-night check expects. */
export function daysOf({ from, to }: ReportedPeriod): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addCalendarDays(day, 1)) days.push(day);
  return days;
}

/** Whether a row is the heading row of the per-shift section: only its headings, date among them. */
export function isShiftHeader(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  const columns = filled.map(shiftColumnOfHeading);
  return columns.includes('date') && columns.every((c) => c !== undefined);
}

/**
 * Splits one table (a CSV file, a worksheet) into the staff rows and the per-shift section that
 * begins at its heading row, if any. Row numbers are kept: `firstRow` is the section's heading row
 * as the user sees it.
 */
export function splitShiftSection(table: Table): {
  staff: Table;
  shifts: { table: Table; firstRow: number } | null;
} {
  const at = table.findIndex((cells, index) => index > 0 && isShiftHeader(cells));
  if (at < 0) return { staff: table, shifts: null };
  return { staff: table.slice(0, at), shifts: { table: table.slice(at), firstRow: at + 1 } };
}

/**
 * Reads the per-shift section: the first row holds its headings and is row `firstRow` as the
 * user sees it; every further row is one date and shift. The date must lie in the period, and a
 * date and shift may come once. A section with headings and no rows gives no rows.
 */
export function parseShiftRows(
  table: Table,
  period: ReportedPeriod,
  firstRow = 1,
): ParsedShiftRows {
  const header = readHeader(table, SHIFT_ROW_COLUMNS, [], shiftColumnOfHeading, firstRow);
  if (!header.ok) return header;
  const data = table
    .map((cells, index) => ({ cells, row: firstRow + index }))
    .slice(1)
    .filter(({ cells }) => !blank(cells));
  if (data.length > SHIFT_ROWS_MAX) {
    const first = data[SHIFT_ROWS_MAX]!;
    return { ok: false, problems: [{ row: first.row, column: null, reason: 'too_many_rows' }] };
  }
  const rows: ShiftRow[] = [];
  const problems: StaffListProblem[] = [];
  const seen = new Set<string>();
  for (const { cells, row } of data) {
    const cell = (column: ShiftRowColumn) => (cells[header.at.get(column)!] ?? '').trim();
    const wrong = (column: ShiftRowColumn, reason: StaffListProblemReason) =>
      problems.push({ row, column, reason });
    const date = dateOf(cell('date'));
    if (!date) wrong('date', cell('date') === '' ? 'required' : 'not_a_date');
    else if (date < period.from || date > period.to) wrong('date', 'outside_period');
    const shift = shiftOf(cell('shift'));
    if (!shift) wrong('shift', cell('shift') === '' ? 'required' : 'unknown_shift');
    const hoursText = cell('awakeHours');
    const hours = hoursText === '' ? null : hundredths(hoursText, MAX_AWAKE_HOURS_PER_SHIFT);
    if (!hours) wrong('awakeHours', 'required');
    else if (!hours.ok) wrong('awakeHours', hours.reason);
    if (date && shift) {
      const key = `${date}|${shift}`;
      if (seen.has(key)) wrong('shift', 'duplicate_shift');
      seen.add(key);
    }
    if (date && shift && hours?.ok) rows.push({ row, date, shift, awakeHundredths: hours.value });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}
