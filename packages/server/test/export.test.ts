// Lists as downloads: the orders and the supplier registry as CSV and XLSX, read back. The files
// hold the same rows as the list with the same filter and sort, headers and statuses in the
// reader's language, CSV that Excel opens right (BOM, `;` and a decimal comma in sv and da, RFC 4180
// quoting), typed XLSX cells, every row of a list longer than one batch, and nobody else's rows.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { NewOrder } from '../src/modules/calloffs/orders/create-order.ts';
import { loadWorkbookWriter } from '../src/platform/excel.ts';
import {
  csvCell,
  EXPORT_BATCH,
  EXPORT_COLLECT_EVERY,
  inBatches,
  tableStream,
  zipInputsOf,
} from '../src/platform/export.ts';
import { seedScaleMarket } from '../src/seed/scale.ts';
import { call, createTestApp, type Caller } from './support/app.ts';
import { createOrganisation, createSession, createUser } from './support/factories.ts';
import { orderFor as makeOrder } from './support/orders.ts';
import { createDraftCalloff, createMarket } from './support/tendering.ts';

const t = await createTestApp();
const db = t.database.db;
const market = await createMarket(t, { staffingFirms: 2, hvbHomes: 1 });
const org = market.kristianstad.id;
const [firm, otherFirm] = market.staffingFirms as [
  (typeof market.staffingFirms)[0],
  (typeof market.staffingFirms)[0],
];

/** An order at 650,50 kr an hour with a cost centre that needs quoting in CSV. */
const orderFor = (overrides: Partial<NewOrder> = {}) =>
  makeOrder(t, market, {
    unitPriceMinor: 65_050,
    costCentre: 'KS;4410 "barn"\nvuxen',
    ...overrides,
  });

async function memberIn(orgId: string, locale: 'sv' | 'da' | 'en', roles: ['buyer']) {
  const user = await createUser(db, { locale, memberships: [{ organisationId: orgId, roles }] });
  return createSession(db, t.clock, user.id, orgId);
}

const get = (caller: Caller, url: string) => call(t.app, caller, { method: 'GET', url });

/** The lines of a CSV answer without its BOM (no field of these lists spans lines but one). */
function csvOf(body: string) {
  expect(body.charCodeAt(0)).toBe(0xfeff);
  return body.slice(1);
}

async function workbookOf(raw: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(raw as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

const first = await orderFor();
const second = await orderFor({ endDate: null, costCentre: '=SUM(A1)' });
const svBuyer = await memberIn(org, 'sv', ['buyer']);
const daBuyer = await memberIn(org, 'da', ['buyer']);
const ordersUrl = `/api/organisations/${org}/orders`;

describe('a CSV cell', () => {
  it('quotes the delimiter, quotes and line breaks, and writes decimals as the language does', () => {
    expect(csvCell('a;b', 'sv', ';')).toBe('"a;b"');
    expect(csvCell('a;b', 'en', ',')).toBe('a;b');
    expect(csvCell('a,b', 'en', ',')).toBe('"a,b"');
    expect(csvCell('say "hi"', 'en', ',')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines', 'da', ';')).toBe('"two\nlines"');
    expect(csvCell(650.5, 'sv', ';')).toBe('650,5');
    expect(csvCell(650.5, 'en', ',')).toBe('650.5');
    expect(csvCell(null, 'sv', ';')).toBe('');
  });

  it('keeps a text a spreadsheet would run as a formula a text', () => {
    expect(csvCell('=SUM(A1)', 'en', ',')).toBe("'=SUM(A1)");
    expect(csvCell('-1', 'en', ',')).toBe("'-1");
  });

  it('writes an instant as the wall clock of the reader’s country', () => {
    expect(csvCell(new Date('2026-07-01T10:05:09Z'), 'sv', ';')).toBe('2026-07-01 12:05:09');
    expect(csvCell(new Date('2026-12-01T10:05:09Z'), 'da', ';')).toBe('2026-12-01 11:05:09');
  });
});

describe('rows completed a batch at a time', () => {
  it('completes each full batch and the rest once, in order, one batch in hand', async () => {
    async function* numbers() {
      for (let n = 1; n <= 5; n++) yield n;
    }
    const batches: number[][] = [];
    const rows: string[] = [];
    for await (const row of inBatches(
      numbers(),
      async (batch) => {
        batches.push([...batch]);
        return batch.map((n) => `row ${n}`);
      },
      2,
    ))
      rows.push(row);
    expect(batches).toEqual([[1, 2], [3, 4], [5]]);
    expect(rows).toEqual(['row 1', 'row 2', 'row 3', 'row 4', 'row 5']);
  });
});

describe('the orders as CSV', () => {
  it('in Swedish: BOM, semicolons, Swedish headers and statuses, the rows of the list in its order', async () => {
    const answer = await get(svBuyer, `${ordersUrl}/export?format=csv&sort=reference&order=asc`);
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(answer.headers['content-disposition']).toMatch(
      /^attachment; filename="avropsavtal-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const text = csvOf(answer.body);
    const [header, ...rest] = text.split('\r\n');
    expect(header).toBe(
      'Referens;Avrop;Kommun;Leverantör;Konsult eller verksamhet;Tjänst;Styckpris;Valuta;Enhet;' +
        'Startdatum;Slutdatum;Förväntad volym;Kostnadsställe;Status;Skapat',
    );
    const list = await get(svBuyer, `${ordersUrl}?sort=reference&order=asc`);
    const references = list
      .json<{ items: { reference: string }[] }>()
      .items.map((o) => o.reference);
    expect(references).toEqual([first.reference, second.reference].sort());
    // The quoted cost centre holds a line break, so the first order spans two physical lines.
    expect(text).toContain(`;"KS;4410 ""barn""\nvuxen";Pågående;`);
    expect(text).toContain(`;'=SUM(A1);Pågående;`);
    expect(text).toContain(';650,5;SEK;timmar;2026-11-02;2027-01-31;112,5;');
    expect(text).toContain(';650,5;SEK;timmar;2026-11-02;;112,5;');
    expect(rest.at(-1)).toBe('');
    const starts = rest.filter((l) => /^[A-Z0-9-]+;/.test(l)).map((l) => l.split(';')[0]);
    expect(starts).toEqual(references);
  });

  it('in English: commas, English headers, a decimal point', async () => {
    const answer = await get(market.buyer, `${ordersUrl}/export?format=csv`);
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.headers['content-disposition']).toContain('filename="orders-');
    const text = csvOf(answer.body);
    expect(text.startsWith('Reference,Call-off,Municipality,Supplier,')).toBe(true);
    expect(text).toContain(',650.5,SEK,hours,2026-11-02,2027-01-31,112.5,');
    expect(text).toContain(',Active,');
  });

  it('in Danish: semicolons and Danish headers', async () => {
    const answer = await get(daBuyer, `${ordersUrl}/export?format=csv`);
    const text = csvOf(answer.body);
    expect(text.startsWith('Reference;Afrop;Kommune;Leverandør;')).toBe(true);
    expect(text).toContain(';650,5;SEK;timer;');
    expect(answer.headers['content-disposition']).toContain('filename="kontrakter-');
  });

  it('keeps the list’s filter: no ended orders, only the header', async () => {
    const answer = await get(market.buyer, `${ordersUrl}/export?format=csv&status=ended`);
    expect(answer.statusCode).toBe(200);
    expect(csvOf(answer.body).split('\r\n')).toEqual([expect.stringMatching(/^Reference,/), '']);
  });

  it('refuses an unknown format and the page parameters in the reader’s language', async () => {
    for (const query of ['format=pdf', 'format=csv&limit=10', '']) {
      const answer = await get(svBuyer, `${ordersUrl}/export?${query}`);
      expect(answer.statusCode, query).toBe(400);
      expect(answer.headers['content-type']).toContain('application/problem+json');
      expect(answer.json<{ title: string }>().title).toBe('Uppgifterna behöver rättas');
    }
  });
});

describe('the orders as XLSX', () => {
  it('has a bold frozen header, numbers as numbers and dates as dates', async () => {
    const answer = await get(
      market.buyer,
      `${ordersUrl}/export?format=xlsx&sort=reference&order=asc`,
    );
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(answer.headers['content-disposition']).toMatch(/filename="orders-[\d-]+\.xlsx"/);
    const sheet = await workbookOf(answer.rawPayload);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = sheet.getRow(1);
    expect(header.getCell(1).value).toBe('Reference');
    expect(header.getCell(7).value).toBe('Unit price');
    expect(header.font?.bold ?? header.getCell(1).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(3);
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe([first.reference, second.reference].sort()[0]);
    expect(row.getCell(7).value).toBe(650.5);
    expect(row.getCell(8).value).toBe('SEK');
    expect(row.getCell(10).value).toEqual(new Date('2026-11-02T00:00:00Z'));
    expect(row.getCell(10).numFmt).toBe('yyyy-mm-dd');
    expect(row.getCell(12).value).toBe(112.5);
    expect(row.getCell(14).value).toBe('Active');
    expect(row.getCell(15).value).toBeInstanceOf(Date);
  });
});

describe('who may download the orders', () => {
  it('gives another supplier and another municipality none of Kristianstad’s orders', async () => {
    const other = await createOrganisation(db, { kind: 'municipality', name: 'Hässleholm' });
    const otherBuyer = await memberIn(other.id, 'en', ['buyer']);
    for (const [caller, orgId] of [
      [otherFirm.caller, otherFirm.id],
      [otherBuyer, other.id],
    ] as const) {
      const answer = await get(caller, `/api/organisations/${orgId}/orders/export?format=csv`);
      expect(answer.statusCode).toBe(200);
      expect(csvOf(answer.body).split('\r\n').filter(Boolean)).toHaveLength(1);
    }
  });

  it('gives the supplier the orders it received, without the cost centre', async () => {
    const answer = await get(firm.caller, `/api/organisations/${firm.id}/orders/export?format=csv`);
    const text = csvOf(answer.body);
    expect(text).toContain(first.reference);
    expect(text).not.toContain('KS;4410');
  });

  it('turns away a supplier asking for the municipality’s orders as the list does', async () => {
    const url = `/api/organisations/${org}/orders`;
    expect((await get(firm.caller, url)).statusCode).toBe(403);
    expect((await get(firm.caller, `${url}/export?format=xlsx`)).statusCode).toBe(403);
  });
});

describe('the call-offs', () => {
  it('download with the list’s filter, statuses and procedures in the reader’s language', async () => {
    await createDraftCalloff(t, market, { kind: 'staffing' });
    const url = `/api/organisations/${org}/calloffs`;
    const list = await get(svBuyer, `${url}?status=ordered`);
    const ordered = list.json<{ items: { title: string }[] }>().items;
    expect(ordered.length).toBeGreaterThan(0);
    const answer = await get(svBuyer, `${url}/export?format=csv&status=ordered`);
    expect(answer.statusCode, answer.body).toBe(200);
    const [header, ...rows] = csvOf(answer.body).split('\r\n').slice(0, -1);
    expect(header).toBe('Avrop;Behov;Tjänst;Status;Förfarande;Avtal eller DIS;Delområde;Skapat');
    expect(rows).toHaveLength(ordered.length);
    for (const row of rows) expect(row).toContain(';Avropsavtal klart;');
    const everything = await get(svBuyer, `${url}/export?format=csv`);
    expect(csvOf(everything.body)).toContain(';Utkast;Särskilt kontrakt inom DIS;KS-DIS-');
  });
});

describe('the supplier registry, longer than one batch', () => {
  it('downloads every row of the filtered list in the list’s order', async () => {
    await seedScaleMarket(db, t.clock, {
      suppliers: EXPORT_BATCH + 150,
      establishmentsPerSupplier: 1,
      label: 'export',
    });
    const registry = `/api/organisations/${org}/suppliers`;
    const filter = 'country=SE&sort=name&order=desc';
    const list = await get(market.buyer, `${registry}?${filter}&limit=200`);
    const { total, items } = list.json<{ total: number; items: { name: string }[] }>();
    expect(total).toBeGreaterThan(EXPORT_BATCH);

    const csv = await get(market.buyer, `${registry}/export?format=csv&${filter}`);
    expect(csv.statusCode, csv.body).toBe(200);
    const lines = csvOf(csv.body).split('\r\n').slice(1, -1);
    expect(lines).toHaveLength(total);
    expect(lines.slice(0, items.length).map((l) => l.split(',')[0])).toEqual(
      items.map((s) => (s.name.includes(',') ? `"${s.name}"` : s.name)),
    );

    const xlsx = await get(market.buyer, `${registry}/export?format=xlsx&${filter}`);
    const sheet = await workbookOf(xlsx.rawPayload);
    expect(sheet.rowCount).toBe(total + 1);
    expect(sheet.getRow(1).getCell(6).value).toBe('Establishments');
    expect(typeof sheet.getRow(2).getCell(6).value).toBe('number');
  });
});

describe('an XLSX download waits for the zip', () => {
  it('finds the stream through which exceljs hands rows to the zip, and sees it fill', async () => {
    // Rows written while nothing reads the file: the zip's input must say it is full, which
    // is what xlsxStream waits on. Should exceljs stop exposing it, this fails first.
    const WorkbookWriter = await loadWorkbookWriter();
    const out = new PassThrough();
    const workbook = new WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet('rows');
    for (let n = 0; n < 5_000; n++) sheet.addRow([`Leverantör ${n}`, n, new Date()]).commit();
    const inputs = zipInputsOf(sheet);
    expect(inputs.length).toBeGreaterThan(0);
    expect(inputs.some((input) => input._writableState?.needDrain === true)).toBe(true);
    out.destroy();
  });
});

describe('a long download', () => {
  // npm start exposes V8's `gc`; the test process does not, so it stands in for it here.
  const scope = globalThis as { gc?: (options: unknown) => Promise<void> };

  it.each(['csv', 'xlsx'] as const)(
    'asks for a concurrent full collection every EXPORT_COLLECT_EVERY rows (%s)',
    async (format) => {
      const asked: unknown[] = [];
      const exposed = scope.gc;
      scope.gc = async (options) => {
        asked.push(options);
      };
      try {
        async function* rows() {
          for (let n = 0; n < 2 * EXPORT_COLLECT_EVERY + 1; n++) yield { n };
        }
        const stream = tableStream({
          format,
          locale: 'sv',
          fileName: 'rader',
          columns: [{ header: 'n', value: (row: { n: number }) => row.n }],
          rows: rows(),
        });
        let bytes = 0;
        for await (const chunk of stream) bytes += (chunk as Buffer).length;
        expect(bytes).toBeGreaterThan(0);
        expect(asked).toEqual([
          { type: 'major', execution: 'async' },
          { type: 'major', execution: 'async' },
        ]);
      } finally {
        scope.gc = exposed;
      }
    },
  );
});
