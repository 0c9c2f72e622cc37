// A list's download read back: the CSV's header and rows as cells (the byte-order mark checked and
// RFC 4180 quoting undone), and the XLSX's first sheet as exceljs reads it.
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { call, type Caller } from './app.ts';

/** The cells of a CSV text, quoted fields (with delimiters, quotes, line breaks) undone. */
export function csvCells(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted) {
      cell += c;
    } else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** The CSV download at the address (the list's `/export` with `format=csv`), as cells. */
export async function csvDownload(
  app: FastifyInstance,
  caller: Caller,
  url: string,
  delimiter = ',',
) {
  const answer = await call(app, caller, { method: 'GET', url });
  expect(answer.statusCode, answer.body).toBe(200);
  expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8');
  expect(answer.body.charCodeAt(0)).toBe(0xfeff);
  const [header, ...rows] = csvCells(answer.body.slice(1), delimiter);
  return { header: header!, rows };
}

/** The XLSX download at the address, its first sheet. */
export async function xlsxDownload(app: FastifyInstance, caller: Caller, url: string) {
  const answer = await call(app, caller, { method: 'GET', url });
  expect(answer.statusCode, answer.body).toBe(200);
  return sheetOf(answer.rawPayload);
}

/** The CSV's lines without its byte-order mark (checked) and the last line ending. */
export function csvLines(body: string): string[] {
  expect(body.charCodeAt(0)).toBe(0xfeff);
  return body.slice(1).trimEnd().split('\r\n');
}

/** An XLSX file's first sheet. */
export async function sheetOf(raw: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(raw as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

/** The values of a sheet's data rows (below the header), column by column from 1. */
export function sheetRows(sheet: ExcelJS.Worksheet) {
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value));
  }
  return rows;
}
