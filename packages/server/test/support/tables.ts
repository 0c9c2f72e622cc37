// Reading a download in a test: a CSV answer's lines (its byte-order mark checked) and an XLSX
// answer's first sheet as exceljs loads it.
import ExcelJS from 'exceljs';
import { expect } from 'vitest';

/** The CSV's lines without its BOM and the last line ending. */
export function csvLines(body: string): string[] {
  expect(body.charCodeAt(0)).toBe(0xfeff);
  return body.slice(1).trimEnd().split('\r\n');
}

export async function sheetOf(raw: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(raw as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

/** The values of a sheet's rows after the header, cell by cell. */
export function sheetRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  for (let i = 2; i <= sheet.rowCount; i++) {
    const row = sheet.getRow(i);
    rows.push(Array.from({ length: sheet.columnCount }, (_, c) => row.getCell(c + 1).value));
  }
  return rows;
}
