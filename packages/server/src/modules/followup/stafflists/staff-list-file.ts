// Reading an uploaded staff list into a table of strings, whatever the supplier saved it as: CSV
// (';' or ',', UTF-8 with or without BOM, or the Windows-1252 that Swedish and Danish Excel
// writes) or XLSX (the first worksheet). The table is then read by parseStaffList in the domain;
// row numbers are kept, so a problem names the row the supplier sees.
import ExcelJS from 'exceljs';
import { readCsvRecords } from '@tildel/domain/permit-csv';

/** A staff list is a few hundred rows; anything larger is the wrong file (or a zip bomb). */
export const STAFF_LIST_FILE_MAX_BYTES = 2 * 1024 * 1024;

export type StaffListFileProblem =
  'empty_file' | 'too_large' | 'not_csv_or_xlsx' | 'unreadable_xlsx' | 'no_worksheet';

export type StaffListFile =
  | { ok: true; format: 'csv' | 'xlsx'; table: string[][] }
  | { ok: false; problem: StaffListFileProblem };

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
  return { ok: true, format: 'csv', table: tableOf(rows) };
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

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number')
    return cell.numFmt?.includes('%') ? percentText(value) : numberText(value);
  if (typeof value === 'boolean') return String(value);
  return cell.text;
}

async function readXlsx(bytes: Uint8Array): Promise<StaffListFile> {
  const workbook = new ExcelJS.Workbook();
  try {
    // A copy, so the zip reader gets exactly these bytes and not a pooled buffer around them.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch {
    return { ok: false, problem: 'unreadable_xlsx' };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, problem: 'no_worksheet' };
  const rows: { number: number; cells: string[] }[] = [];
  sheet.eachRow((row, number) => {
    const cells = Array.from({ length: row.cellCount }, (_, i) => cellText(row.getCell(i + 1)));
    rows.push({ number, cells });
  });
  return { ok: true, format: 'xlsx', table: tableOf(rows) };
}

/** Reads an uploaded file: XLSX when it is a zip (its first bytes are "PK\x03\x04"), else CSV text. */
export async function readStaffListFile(bytes: Uint8Array): Promise<StaffListFile> {
  if (bytes.length === 0) return { ok: false, problem: 'empty_file' };
  if (bytes.length > STAFF_LIST_FILE_MAX_BYTES) return { ok: false, problem: 'too_large' };
  if (ZIP.every((b, i) => bytes[i] === b)) return readXlsx(bytes);
  return readCsv(bytes);
}
