import ExcelJS from 'exceljs';
import { parseStaffList } from '@tildel/domain/staff-list/index';
import { describe, expect, it } from 'vitest';
import {
  STAFF_LIST_FILE_MAX_BYTES,
  readStaffListFile,
  templateCsv,
  templateXlsx,
} from '../src/modules/followup/stafflists/staff-list-file.ts';

const HEADINGS = [
  'Namn',
  'Roll',
  'Utbildning',
  'År i rollen',
  'Tjänstgöringsgrad %',
  'Timmar dag',
  'Timmar kväll',
  'Timmar natt',
  'Vaken natt',
];

async function xlsx(fill: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void) {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('Personal'), workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('reading an uploaded staff list file', () => {
  it('reads the first worksheet of an XLSX, numbers as shown, keeping row numbers', async () => {
    const bytes = await xlsx((sheet, workbook) => {
      sheet.addRow(HEADINGS);
      sheet.addRow(['Anna Berg', 'Föreståndare', 'Socionom', 4.5, 1, 160, 0, 0, '']);
      sheet.getCell('E2').numFmt = '0%';
      // Row 3 left empty; row 4 has a sum formula, a decimal and a yes/no as a boolean.
      sheet.getRow(4).values = [
        'Omar Said',
        'Behandlingsassistent',
        'Behandlingspedagog',
        null,
        0.755,
        { formula: 'F2/4', result: 40 },
        37.5,
        0.1 + 0.2,
        true,
      ];
      sheet.getCell('E4').numFmt = '0.0%';
      sheet.getCell('A7').numFmt = '0'; // styled but empty: a trailing row to drop
      workbook.addWorksheet('Anteckningar').addRow(['not read']);
    });
    const file = await readStaffListFile(bytes);
    expect(file).toEqual({
      ok: true,
      format: 'xlsx',
      table: [
        HEADINGS,
        ['Anna Berg', 'Föreståndare', 'Socionom', '4.5', '100%', '160', '0', '0', ''],
        [],
        [
          'Omar Said',
          'Behandlingsassistent',
          'Behandlingspedagog',
          '',
          '75.5%',
          '40',
          '37.5',
          '0.3',
          'true',
        ],
      ],
    });
    const parsed = parseStaffList(file.ok ? file.table : []);
    expect(
      parsed.ok && parsed.rows.map((r) => [r.row, r.employmentHundredths, r.nightAwake]),
    ).toEqual([
      [2, 10000, false],
      [4, 7550, true],
    ]);
  });

  it('reads dates in a worksheet as ISO dates', async () => {
    const bytes = await xlsx((sheet) => {
      sheet.addRow(['Period från', new Date(Date.UTC(2026, 0, 31))]);
    });
    expect(await readStaffListFile(bytes)).toMatchObject({
      table: [['Period från', '2026-01-31']],
    });
  });

  it('reads semicolon CSV with a BOM and quoted fields, as Swedish Excel saves it', async () => {
    const text =
      '\uFEFFNamn;Roll;Utbildning;Tjänstgöringsgrad %;Timmar dag;Timmar kväll;Timmar natt\r\n' +
      '"Berg; Anna";Föreståndare;Socionom;100;160;0;0\r\n' +
      '\r\n' +
      '"Said, ""Omar""";Behandlingsassistent;Behandlingspedagog;75;37,5;80;0\r\n\r\n';
    expect(await readStaffListFile(utf8(text))).toEqual({
      ok: true,
      format: 'csv',
      table: [
        [
          'Namn',
          'Roll',
          'Utbildning',
          'Tjänstgöringsgrad %',
          'Timmar dag',
          'Timmar kväll',
          'Timmar natt',
        ],
        ['Berg; Anna', 'Föreståndare', 'Socionom', '100', '160', '0', '0'],
        [],
        ['Said, "Omar"', 'Behandlingsassistent', 'Behandlingspedagog', '75', '37,5', '80', '0'],
      ],
    });
  });

  it('reads comma CSV without a BOM, and Windows-1252 text from older Excel', async () => {
    expect(await readStaffListFile(utf8('Name,Role\nAnna,manager\n'))).toMatchObject({
      ok: true,
      table: [
        ['Name', 'Role'],
        ['Anna', 'manager'],
      ],
    });
    // "Kväll;Övrigt" with ä = 0xE4 and Ö = 0xD6: not UTF-8.
    const latin = new Uint8Array([
      0x4b, 0x76, 0xe4, 0x6c, 0x6c, 0x3b, 0xd6, 0x76, 0x72, 0x69, 0x67, 0x74,
    ]);
    expect(await readStaffListFile(latin)).toMatchObject({ table: [['Kväll', 'Övrigt']] });
  });

  it('refuses what is neither CSV nor XLSX, an empty file and one too large, with a reason', async () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0x01]);
    expect(await readStaffListFile(pdf)).toEqual({ ok: false, problem: 'not_csv_or_xlsx' });
    const notXlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0xff, 0xff]);
    expect(await readStaffListFile(notXlsx)).toEqual({ ok: false, problem: 'unreadable_xlsx' });
    expect(await readStaffListFile(new Uint8Array())).toEqual({ ok: false, problem: 'empty_file' });
    expect(
      await readStaffListFile(new Uint8Array(STAFF_LIST_FILE_MAX_BYTES + 1).fill(0x41)),
    ).toEqual({ ok: false, problem: 'too_large' });
  });

  it('refuses a workbook without a worksheet', async () => {
    const bytes = new Uint8Array(await new ExcelJS.Workbook().xlsx.writeBuffer());
    expect(await readStaffListFile(bytes)).toEqual({ ok: false, problem: 'no_worksheet' });
  });

  it('splits a CSV at the heading row of the per-shift section, keeping line numbers', async () => {
    const text =
      'Namn;Roll\r\nAnna;föreståndare\r\n\r\nDatum;Pass;Timmar vaken personal\r\n2026-11-14;natt;9\r\n';
    expect(await readStaffListFile(utf8(text))).toEqual({
      ok: true,
      format: 'csv',
      table: [['Namn', 'Roll'], ['Anna', 'föreståndare'], []],
      shifts: {
        table: [
          ['Datum', 'Pass', 'Timmar vaken personal'],
          ['2026-11-14', 'natt', '9'],
        ],
        firstRow: 4,
        sheet: null,
      },
    });
  });

  it('reads the per-shift section from a worksheet of its own, dates as ISO, and leaves notes alone', async () => {
    const bytes = await xlsx((sheet, workbook) => {
      sheet.addRow(HEADINGS);
      workbook.addWorksheet('Anteckningar').addRow(['Datum', 'not a section']);
      const nights = workbook.addWorksheet('Nätter');
      nights.addRow(['Dato', 'Vagt', 'Timer vågen personale']);
      nights.addRow([new Date(Date.UTC(2026, 10, 14)), 'nat', 8.5]);
    });
    expect(await readStaffListFile(bytes)).toMatchObject({
      table: [HEADINGS],
      shifts: {
        table: [
          ['Dato', 'Vagt', 'Timer vågen personale'],
          ['2026-11-14', 'nat', '8.5'],
        ],
        firstRow: 1,
        sheet: 'Nätter',
      },
    });
  });

  it('writes templates that read back as an empty list with an empty per-shift section', async () => {
    const csv = await readStaffListFile(utf8(templateCsv('sv')));
    expect(csv).toMatchObject({ table: [HEADINGS, []], shifts: { firstRow: 3 } });
    const xlsxTemplate = await readStaffListFile(
      await templateXlsx('sv', new Date('2026-11-23T09:00:00Z')),
    );
    expect(xlsxTemplate).toMatchObject({
      format: 'xlsx',
      table: [HEADINGS],
      shifts: {
        table: [['Datum', 'Pass', 'Timmar vaken personal']],
        sheet: 'Vaken personal per pass',
      },
    });
  });
});
