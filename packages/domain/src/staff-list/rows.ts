// Reading a staff list (personallista / personaleliste) from a table of strings: the first row
// names the columns, each further row is one member of staff. The list is taken whole or not
// at all: every problem is reported with its row and column, and no rows come back with them.
// Numbers are kept exact as integer hundredths ("37,5" hours → 3750), never as floats.
import { MAX_YEARS_IN_AREA } from '../consultant.ts';
import {
  OPTIONAL_STAFF_LIST_COLUMNS,
  STAFF_LIST_COLUMNS,
  columnOfHeading,
  type StaffListColumn,
} from './columns.ts';
import {
  educationOf,
  roleOf,
  yesNoOf,
  type Shift,
  type StaffEducationCode,
  type StaffRole,
} from './vocabulary.ts';

/** A staff list for one establishment is far shorter; more is a wrong file, refused whole. */
export const STAFF_LIST_MAX_ROWS = 500;
export const STAFF_NAME_MAX_LENGTH = 200;
/** No one works more hours in a period than a leap year has. */
export const MAX_SHIFT_HOURS = 366 * 24;

export interface StaffListRow {
  /** The row as the user sees it in the file: the header is row 1. */
  row: number;
  /** Personal data: kept for the officer and the supplier, never used by the checks. */
  name: string;
  role: StaffRole;
  education: StaffEducationCode;
  /** Years of experience in the role in hundredths; null when not given (only the manager needs it). */
  yearsInRoleHundredths: number | null;
  /** Employment percentage in hundredths of a percent: full time (100 %) is 10 000. */
  employmentHundredths: number;
  /** Hours scheduled in each shift over the period, in hundredths of an hour. */
  hoursHundredths: Readonly<Record<Shift, number>>;
  /** True when the night hours are awake night (vaken natt), false for sleeping standby (sovande jour). */
  nightAwake: boolean;
}

export type StaffListProblemReason =
  | 'missing_column'
  | 'duplicate_column'
  | 'unknown_column'
  | 'too_many_rows'
  | 'no_rows'
  | 'required'
  | 'too_long'
  | 'not_a_number'
  | 'too_many_decimals'
  | 'out_of_range'
  | 'unknown_role'
  | 'unknown_education'
  | 'not_yes_or_no'
  // the per-shift section (shift-rows.ts)
  | 'not_a_date'
  | 'outside_period'
  | 'unknown_shift'
  | 'duplicate_shift';

export interface StaffListProblem {
  /** The row as the user sees it: the header is row 1. */
  row: number;
  /**
   * The column concerned: its key for known columns, the heading as typed for an unknown one,
   * null for a cell under no heading or a problem of the whole list.
   */
  column: StaffListColumn | string | null;
  reason: StaffListProblemReason;
}

export type ParsedStaffList =
  { ok: true; rows: StaffListRow[] } | { ok: false; problems: StaffListProblem[] };

export type Table = readonly (readonly string[])[];
type Hundredths = { ok: true; value: number } | { ok: false; reason: StaffListProblemReason };

const DECIMAL = /^(\d{1,7})(?:[.,](\d+))?$/;

/** A decimal as Swedes and Danes type it ("37,5") or as English does ("37.5"), in hundredths. */
export function hundredths(text: string, max: number): Hundredths {
  const match = DECIMAL.exec(text);
  if (!match) {
    return { ok: false, reason: /^-\d/.test(text) ? 'out_of_range' : 'not_a_number' };
  }
  const [, whole, fraction = ''] = match;
  if (/[^0]/.test(fraction.slice(2))) return { ok: false, reason: 'too_many_decimals' };
  const value = Number(whole) * 100 + Number(fraction.slice(0, 2).padEnd(2, '0'));
  return value > max * 100 ? { ok: false, reason: 'out_of_range' } : { ok: true, value };
}

export const blank = (cells: readonly string[] | undefined) =>
  !cells || cells.every((c) => !c.trim());

/** Where each column is, or what is wrong with the header row (row `headerRow` as the user sees it). */
export function readHeader<C extends string>(
  table: Table,
  columns: readonly C[],
  optional: readonly C[],
  columnOf: (heading: string) => C | undefined,
  headerRow = 1,
): { ok: true; at: Map<C, number> } | { ok: false; problems: StaffListProblem[] } {
  const header = table[0] ?? [];
  const width = table.reduce((widest, cells) => Math.max(widest, cells.length), 0);
  const at = new Map<C, number>();
  const problems: StaffListProblem[] = [];
  const row = headerRow;
  for (let i = 0; i < width; i += 1) {
    const heading = (header[i] ?? '').trim();
    const column = columnOf(heading);
    if (heading === '') {
      // Spreadsheets leave empty columns at the edge; only a value under no heading is wrong.
      if (table.some((cells) => (cells[i] ?? '').trim() !== ''))
        problems.push({ row, column: null, reason: 'unknown_column' });
    } else if (!column) problems.push({ row, column: heading, reason: 'unknown_column' });
    else if (at.has(column)) problems.push({ row, column, reason: 'duplicate_column' });
    else at.set(column, i);
  }
  for (const column of columns) {
    if (!at.has(column) && !optional.includes(column))
      problems.push({ row, column, reason: 'missing_column' });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, at };
}

/** One data row: the staff member, or the problems of its cells. */
function readRow(
  cells: readonly string[],
  row: number,
  at: ReadonlyMap<StaffListColumn, number>,
): { row: StaffListRow; problems: [] } | { row: null; problems: StaffListProblem[] } {
  const problems: StaffListProblem[] = [];
  const cell = (column: StaffListColumn) => {
    const i = at.get(column);
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const wrong = (column: StaffListColumn, reason: StaffListProblemReason) =>
    problems.push({ row, column, reason });
  /** A number in hundredths; an empty cell gives `empty`, or is required when there is none. */
  const number = (column: StaffListColumn, max: number, empty?: number | null) => {
    const text = column === 'employmentPercent' ? cell(column).replace(/\s*%$/, '') : cell(column);
    if (text === '') {
      if (empty === undefined) wrong(column, 'required');
      return empty ?? null;
    }
    const read = hundredths(text, max);
    if (!read.ok) wrong(column, read.reason);
    return read.ok ? read.value : null;
  };

  const name = cell('name');
  if (name === '') wrong('name', 'required');
  else if (name.length > STAFF_NAME_MAX_LENGTH) wrong('name', 'too_long');
  const role = roleOf(cell('role'));
  if (!role) wrong('role', cell('role') === '' ? 'required' : 'unknown_role');
  const education = educationOf(cell('education'));
  if (!education) wrong('education', cell('education') === '' ? 'required' : 'unknown_education');
  const years = number('yearsInRole', MAX_YEARS_IN_AREA, null);
  if (years === null && role === 'manager' && cell('yearsInRole') === '')
    wrong('yearsInRole', 'required');
  const employment = number('employmentPercent', 100);
  const day = number('dayHours', MAX_SHIFT_HOURS, 0);
  const evening = number('eveningHours', MAX_SHIFT_HOURS, 0);
  const night = number('nightHours', MAX_SHIFT_HOURS, 0);
  const awakeText = cell('nightAwake');
  const awake = awakeText === '' ? undefined : yesNoOf(awakeText);
  if (awakeText !== '' && !awake) wrong('nightAwake', 'not_yes_or_no');
  // Whether night hours are awake decides the awake-night check, so it may not be guessed.
  else if (!awake && night !== null && night > 0) wrong('nightAwake', 'required');

  if (problems.length > 0 || !role || !education || employment === null)
    return { row: null, problems };
  return {
    row: {
      row,
      name,
      role,
      education,
      yearsInRoleHundredths: years,
      employmentHundredths: employment,
      hoursHundredths: { day: day ?? 0, evening: evening ?? 0, night: night ?? 0 },
      nightAwake: awake === 'yes',
    },
    problems: [],
  };
}

/**
 * Reads a staff list from a table whose first row holds the headings (Swedish, Danish or English).
 * Empty rows are skipped but keep their place, so row numbers match the file.
 */
export function parseStaffList(table: Table): ParsedStaffList {
  const header = readHeader(
    table,
    STAFF_LIST_COLUMNS,
    OPTIONAL_STAFF_LIST_COLUMNS,
    columnOfHeading,
  );
  if (!header.ok) return header;
  const data = table
    .map((cells, index) => ({ cells, row: index + 1 }))
    .slice(1)
    .filter(({ cells }) => !blank(cells));
  if (data.length === 0)
    return { ok: false, problems: [{ row: 2, column: null, reason: 'no_rows' }] };
  if (data.length > STAFF_LIST_MAX_ROWS) {
    const first = data[STAFF_LIST_MAX_ROWS]!;
    return { ok: false, problems: [{ row: first.row, column: null, reason: 'too_many_rows' }] };
  }
  const rows: StaffListRow[] = [];
  const problems: StaffListProblem[] = [];
  for (const { cells, row } of data) {
    const read = readRow(cells, row, header.at);
    if (read.row) rows.push(read.row);
    problems.push(...read.problems);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}
