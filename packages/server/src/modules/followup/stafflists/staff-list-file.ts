// Reading an uploaded staff list into a table of strings, whatever the supplier saved it as: CSV
// (';' or ',', UTF-8 with or without BOM, or the Windows-1252 that Swedish and Danish Excel
// writes) or XLSX (the first worksheet). The per-shift section follows the staff rows under its
// own heading row, or in XLSX is a worksheet of its own. The tables are then read by the domain's
// parseStaffList and parseShiftRows; row numbers are kept, so a problem names the row the supplier
// sees. The templates to fill in are written here too.
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../../../platform/excel.ts';
import { readCsvRecords } from '@tildel/domain/permit-csv';
import {
  SHIFT_ROW_COLUMNS,
  SHIFT_ROW_HEADINGS,
  SHIFT_SECTION_TITLE,
  STAFF_LIST_COLUMNS,
  STAFF_LIST_HEADINGS,
  isShiftHeader,
  splitShiftSection,
  type HeadingLanguage,
} from '@tildel/domain/staff-list/index';

/** A staff list is a few hundred rows; anything larger is the wrong file (or a zip bomb). */
export const STAFF_LIST_FILE_MAX_BYTES = 2 * 1024 * 1024;

export type StaffListFileProblem =
  'empty_file' | 'too_large' | 'not_csv_or_xlsx' | 'unreadable_xlsx' | 'no_worksheet';

/** The per-shift section: its table from the heading row, that row's number, and its worksheet. */
export interface ShiftSection {
  table: string[][];
  firstRow: number;
  /** The worksheet's name when the section is one of its own, else null. */
  sheet: string | null;
}

export type StaffListFile =
  | { ok: true; format: 'csv' | 'xlsx'; table: string[][]; shifts?: ShiftSection }
  | { ok: false; problem: StaffListFileProblem };

/** The staff rows and, when the table holds one, the per-shift section after them. */
function withSection(format: 'csv' | 'xlsx', table: string[][]): StaffListFile & { ok: true } {
  const { staff, shifts } = splitShiftSection(table);
  return shifts
    ? {
        ok: true,
        format,
        table: staff as string[][],
        shifts: { table: shifts.table as string[][], firstRow: shifts.firstRow, sheet: null },
      }
    : { ok: true, format, table };
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Control characters other than tab and line breaks mean a binary file, not text. */
const BINARY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Each row at its own number (row n at index n − 1), holes as empty rows, none trailing. */
function tableOf(rows: { number: number; cells: string[] }[]): string[][] {
  const table: string[][] = [];
  for (const { number, cells } of rows) table[number - 1] = cells;
  const filled = Array.from(table, (cells) => cells ?? []);
  while (filled.length > 0 && filled.at(-1)!.every((c) => c.trim() === '')) filled.pop();
  return filled;
}

function textOf(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function readCsv(bytes: Uint8Array): StaffListFile {
  const text = textOf(bytes);
  if (BINARY.test(text)) return { ok: false, problem: 'not_csv_or_xlsx' };
  const rows = readCsvRecords(text).map(({ line, fields }) => ({ number: line, cells: fields }));
  return withSection('csv', tableOf(rows));
}

/** A number as the spreadsheet shows it, without binary noise (0.1 + 0.2 is "0.3"). */
function numberText(value: number): string {
  return String(Number(value.toPrecision(15)));
}

/** 0.8 shown with a '%' format is "80%": the decimal point moved in the text, not by multiplying. */
function percentText(value: number): string {
  const text = numberText(value);
  if (text.includes('e')) return text;
  const [whole = '', fraction = ''] = text.split('.');
  const digits = fraction.padEnd(2, '0');
  const rest = digits.slice(2);
  const shifted = `${whole}${digits.slice(0, 2)}`.replace(/^(-?)0+(?=\d)/, '$1');
  return `${shifted}${rest ? `.${rest}` : ''}%`;
}

function cellText(cell: ExcelJS.Cell, formula: ExcelJS.ValueType): string {
  const value = cell.type === formula ? cell.result : cell.value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number')
    return cell.numFmt?.includes('%') ? percentText(value) : numberText(value);
  if (typeof value === 'boolean') return String(value);
  return cell.text;
}

async function readXlsx(bytes: Uint8Array): Promise<StaffListFile> {
  const { Workbook, ValueType } = await loadExcelJS();
  const workbook = new Workbook();
  try {
    // A copy, so the zip reader gets exactly these bytes and not a pooled buffer around them.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch {
    return { ok: false, problem: 'unreadable_xlsx' };
  }
  const [first, ...others] = workbook.worksheets;
  if (!first) return { ok: false, problem: 'no_worksheet' };
  const read = withSection('xlsx', sheetTable(first, ValueType.Formula));
  if (read.shifts) return read;
  // Other worksheets are the supplier's own (notes, sums) unless they begin with the headings.
  for (const sheet of others) {
    const table = sheetTable(sheet, ValueType.Formula);
    if (table[0] && isShiftHeader(table[0]))
      return { ...read, shifts: { table, firstRow: 1, sheet: sheet.name } };
  }
  return read;
}

function sheetTable(sheet: ExcelJS.Worksheet, formula: ExcelJS.ValueType): string[][] {
  const rows: { number: number; cells: string[] }[] = [];
  sheet.eachRow((row, number) => {
    const cells = Array.from({ length: row.cellCount }, (_, i) =>
      cellText(row.getCell(i + 1), formula),
    );
    rows.push({ number, cells });
  });
  return tableOf(rows);
}

/** Reads an uploaded file: XLSX when it is a zip (its first bytes are "PK\x03\x04"), else CSV text. */
export async function readStaffListFile(bytes: Uint8Array): Promise<StaffListFile> {
  if (bytes.length === 0) return { ok: false, problem: 'empty_file' };
  if (bytes.length > STAFF_LIST_FILE_MAX_BYTES) return { ok: false, problem: 'too_large' };
  if (ZIP.every((b, i) => bytes[i] === b)) return readXlsx(bytes);
  return readCsv(bytes);
}

const staffHeadings = (language: HeadingLanguage) =>
  STAFF_LIST_COLUMNS.map((c) => STAFF_LIST_HEADINGS[c][language]);
const shiftHeadings = (language: HeadingLanguage) =>
  SHIFT_ROW_COLUMNS.map((c) => SHIFT_ROW_HEADINGS[c][language]);

/**
 * An empty list for Excel (';' and a BOM), headings in the reader's language: the staff rows,
 * then after an empty line the per-shift section, which may be left as it is.
 */
export function templateCsv(language: HeadingLanguage): string {
  const line = (cells: string[]) => `${cells.join(';')}\r\n`;
  return `\uFEFF${line(staffHeadings(language))}\r\n${line(shiftHeadings(language))}`;
}

const STAFF_SHEET_TITLE: Readonly<Record<HeadingLanguage, string>> = {
  sv: 'Personallista',
  da: 'Personaleliste',
  en: 'Staff list',
};

/**
 * The same as an XLSX workbook: the staff rows on the first worksheet, the shifts on the second.
 * Made `at` the server's clock, so the workbook's own dates are the server's, not the machine's.
 */
export async function templateXlsx(language: HeadingLanguage, at: Date): Promise<Buffer> {
  const { Workbook } = await loadExcelJS();
  const workbook = new Workbook();
  workbook.created = workbook.modified = at;
  const sheets = [
    [STAFF_SHEET_TITLE[language], staffHeadings(language)],
    [SHIFT_SECTION_TITLE[language], shiftHeadings(language)],
  ] as const;
  for (const [title, headings] of sheets) {
    const sheet = workbook.addWorksheet(title);
    sheet.addRow(headings).font = { bold: true };
    headings.forEach(
      (heading, i) => (sheet.getColumn(i + 1).width = Math.max(12, heading.length + 2)),
    );
  }
  // Dates typed in the first column stay text as typed, not Excel serial numbers.
  workbook.worksheets[1]!.getColumn(1).numFmt = '@';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
