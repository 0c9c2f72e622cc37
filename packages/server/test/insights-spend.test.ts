// Spend and prices from orders: exact sums per dimension and currency, this year against last with
// the change in minor units and percent, the run-rate, and who sees which orders — a municipality
// its own, the joint body those under its agreements and DPSs, a supplier those it received.
import { describe, expect, it } from 'vitest';
import { expectedTotalMinor } from '../src/modules/calloffs/orders/amounts.ts';
import { call, createTestApp, type Caller } from './support/app.ts';
import { createOrganisation, createSession, createUser } from './support/factories.ts';
import { csvLines, sheetOf, sheetRows } from './support/download.ts';
import { createSpendMarket } from './support/tendering.ts';

const t = await createTestApp();
const db = t.database.db;
// The test clock stands at 23 November 2026; last year is 2025.
const { market, kristianstad, firmA, firmB, home, order } = await createSpendMarket(t);

// Kristianstad's own DPS (staffing): 2025 6 500 kr × 100 h by firm A; 2026 700 kr × 100 h by A and
// 680 kr × 50 h by B. Under the body's agreement (HVB): a 2026 placement, 3 100 kr × 30 days,
// running from 1 Jan to 30 Jan 2027 (395 days). One open-ended order in DKK that must never be
// added to SEK, and one in EUR in 2024 whose total is a half öre (rounded to even).
const year = 2026;
const last = year - 1;
await order({ kind: 'staffing', startDate: `${last}-03-01`, endDate: `${last}-06-30` });
await order({
  kind: 'staffing',
  unitPriceMinor: 70_000,
  startDate: `${year}-01-15`,
  endDate: `${year}-04-30`,
});
await order({
  kind: 'staffing',
  supplierId: firmB.id,
  consultantId: firmB.consultantId,
  unitPriceMinor: 68_000,
  expectedVolume: 50,
  startDate: `${year}-02-01`,
  endDate: `${year}-03-31`,
});
await order({
  kind: 'placement',
  supplierId: home.id,
  consultantId: null,
  establishmentId: home.establishmentId,
  unitPriceMinor: 310_000,
  unit: 'day',
  expectedVolume: 30,
  startDate: `${year}-01-01`,
  endDate: `${year + 1}-01-30`,
});
await order({
  kind: 'staffing',
  currency: 'DKK',
  unitPriceMinor: 60_000,
  startDate: `${year}-05-01`,
});
await order({
  kind: 'staffing',
  currency: 'EUR',
  unitPriceMinor: 65_001,
  expectedVolume: 112.5,
  startDate: '2024-06-01',
  endDate: '2024-12-31',
});

const bodyOfficer = await (async () => {
  const user = await createUser(db, {
    memberships: [{ organisationId: market.body.id, roles: ['procurement_officer'] }],
  });
  return createSession(db, t.clock, user.id, market.body.id);
})();
const otherMunicipality = await createOrganisation(db, { kind: 'municipality', name: 'Osby' });
const otherController = await (async () => {
  const user = await createUser(db, {
    memberships: [{ organisationId: otherMunicipality.id, roles: ['controller'] }],
  });
  return createSession(db, t.clock, user.id, otherMunicipality.id);
})();

const get = (caller: Caller, orgId: string, path: string) =>
  call(t.app, caller, { method: 'GET', url: `/api/organisations/${orgId}/insights/${path}` });

interface SpendRow {
  key: string;
  label: string;
  currency: string;
  orders: number;
  committedMinor: number;
  runRateMinor: number;
}

async function spend(caller: Caller, orgId: string, query: string) {
  const response = await get(caller, orgId, `spend?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ rows: SpendRow[] }>().rows;
}

describe('spend from orders', () => {
  it('keeps each order’s committed value as the domain rounds it, half to even', async () => {
    const rows = await db
      .selectFrom('orders')
      .select(['unit_price_minor', 'expected_volume', 'currency', 'total_minor'])
      .execute();
    for (const row of rows) {
      expect(Number(row.total_minor)).toBe(
        expectedTotalMinor(row.unit_price_minor, row.expected_volume, row.currency),
      );
    }
    // 650,01 × 112,5 = 7 312 612,5 cent → 7 312 612 (even).
    expect(rows.find((r) => r.currency === 'EUR')?.total_minor).toBe('7312612');
  });

  it('sums committed spend per supplier and currency, exactly, SEK and DKK apart', async () => {
    const rows = await spend(market.controller, kristianstad, `by=supplier&from=${last}-01-01`);
    const bySupplier = (id: string, currency = 'SEK') =>
      rows.find((r) => r.key === id && r.currency === currency);
    expect(bySupplier(firmA.id)).toMatchObject({
      orders: 2,
      committedMinor: 6_500_000 + 7_000_000,
    });
    expect(bySupplier(firmB.id)).toMatchObject({ orders: 1, committedMinor: 3_400_000 });
    expect(bySupplier(home.id)).toMatchObject({ orders: 1, committedMinor: 9_300_000 });
    expect(bySupplier(firmA.id, 'DKK')).toMatchObject({ orders: 1, committedMinor: 6_000_000 });
    expect(rows).toHaveLength(4);
  });

  it('groups by period and filters by start date, supplier and procedure', async () => {
    const years = await spend(
      market.controller,
      kristianstad,
      `by=period&interval=year&from=${last}-01-01`,
    );
    expect(years.filter((r) => r.currency === 'SEK').map((r) => [r.key, r.committedMinor])).toEqual(
      [
        [String(last), 6_500_000],
        [String(year), 7_000_000 + 3_400_000 + 9_300_000],
      ],
    );
    const quarter = await spend(
      market.controller,
      kristianstad,
      `by=period&interval=quarter&from=${year}-01-01&to=${year}-03-31&supplierId=${firmA.id}`,
    );
    expect(quarter).toEqual([
      expect.objectContaining({ key: `${year}-Q1`, committedMinor: 7_000_000 }),
    ]);
    const procedures = await spend(
      market.controller,
      kristianstad,
      'by=procedure&procedure=ranking',
    );
    expect(procedures.map((r) => r.committedMinor)).toEqual([9_300_000]);
    expect(procedures[0]!.label).toBe('Ranking');
  });

  it('gives the run-rate of the orders running today: day rate × 365', async () => {
    // On 23 November 2026 the HVB placement and the open-ended DKK order run; the staffing
    // orders have ended.
    const rows = await spend(market.controller, kristianstad, 'by=supplier');
    const runRate = (key: string, currency = 'SEK') =>
      rows.find((r) => r.key === key && r.currency === currency)?.runRateMinor;
    // 9 300 000 öre over 395 days, × 365 = 8 593 670,88… → 8 593 671.
    expect(runRate(home.id)).toBe(8_593_671);
    // Open-ended: its expected volume counts as a year's, so the run-rate is its value.
    expect(runRate(firmA.id, 'DKK')).toBe(6_000_000);
    expect(runRate(firmB.id)).toBe(0);
  });

  it('refuses a period that ends before it starts, in the reader’s language', async () => {
    const response = await get(
      market.controller,
      kristianstad,
      'spend?from=2026-05-01&to=2026-04-01',
    );
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json<{ detail: string }>().detail).toMatch(/./);
  });
});

describe('this year against last year', () => {
  it('has the change in kronor and percent per supplier and a total per currency', async () => {
    const response = await get(
      market.controller,
      kristianstad,
      `spend/years?by=supplier&year=${year}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const table = response.json<{
      totals: Record<string, unknown>[];
      rows: (Record<string, unknown> & { key: string; currency: string })[];
    }>();
    expect(table.rows.find((r) => r.key === firmA.id && r.currency === 'SEK')).toMatchObject({
      thisYearMinor: 7_000_000,
      lastYearMinor: 6_500_000,
      changeMinor: 500_000,
      changePercent: 7.7,
    });
    expect(table.rows.find((r) => r.key === firmB.id)).toMatchObject({
      lastYearMinor: 0,
      changePercent: null,
    });
    expect(table.totals).toEqual([
      {
        currency: 'DKK',
        thisYearMinor: 6_000_000,
        lastYearMinor: 0,
        changeMinor: 6_000_000,
        changePercent: null,
      },
      {
        currency: 'SEK',
        thisYearMinor: 19_700_000,
        lastYearMinor: 6_500_000,
        changeMinor: 13_200_000,
        changePercent: 203.1,
      },
    ]);
  });
});

describe('price development', () => {
  it('gives the mean, lowest and highest unit price per service, unit and period', async () => {
    const response = await get(
      market.controller,
      kristianstad,
      `prices?interval=year&unit=hour&from=${last}-01-01`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const rows = response.json<{ rows: Record<string, unknown>[] }>().rows;
    expect(rows.filter((r) => r.currency === 'SEK')).toEqual([
      expect.objectContaining({
        period: String(last),
        orders: 1,
        averageUnitPriceMinor: 65_000,
      }),
      expect.objectContaining({
        period: String(year),
        orders: 2,
        averageUnitPriceMinor: 69_000,
        lowestUnitPriceMinor: 68_000,
        highestUnitPriceMinor: 70_000,
      }),
    ]);
  });
});

describe('who sees which spend', () => {
  it('a municipality never sees another’s orders', async () => {
    expect(await spend(otherController, otherMunicipality.id, 'by=supplier')).toEqual([]);
    const foreign = await get(otherController, kristianstad, 'spend');
    expect(foreign.statusCode).toBe(403);
  });

  it('the joint body sees its participants’ orders under its agreements, not their own DPS', async () => {
    const rows = await spend(bodyOfficer, market.body.id, 'by=municipality');
    expect(rows).toEqual([
      expect.objectContaining({ key: kristianstad, orders: 1, committedMinor: 9_300_000 }),
    ]);
    const frameworks = await spend(bodyOfficer, market.body.id, 'by=framework');
    expect(frameworks.map((r) => r.key)).toEqual([`agreement:${market.agreement.id}`]);
  });

  it('a supplier sees only the orders it received', async () => {
    const rows = await spend(firmB.caller, firmB.id, 'by=municipality');
    expect(rows).toEqual([
      expect.objectContaining({ key: kristianstad, orders: 1, committedMinor: 3_400_000 }),
    ]);
    const years = await get(firmA.caller, firmA.id, `spend/years?by=service&year=${year}`);
    expect(years.json<{ totals: { currency: string; thisYearMinor: number }[] }>().totals).toEqual([
      expect.objectContaining({ currency: 'DKK', thisYearMinor: 6_000_000 }),
      expect.objectContaining({ currency: 'SEK', thisYearMinor: 7_000_000 }),
    ]);
  });
});

describe('drilling down from a figure', () => {
  it('lists exactly the orders behind a row with the same filters', async () => {
    const rows = await spend(market.controller, kristianstad, `by=service&from=${last}-01-01`);
    for (const row of rows) {
      const list = await call(t.app, market.controller, {
        method: 'GET',
        url: `/api/organisations/${kristianstad}/orders?serviceId=${row.key}&currency=${row.currency}&startFrom=${last}-01-01&limit=100`,
      });
      expect(list.statusCode, list.body).toBe(200);
      const { items, total } = list.json<{
        items: { unitPriceMinor: number; expectedVolume: string }[];
        total: number;
      }>();
      expect(items).toHaveLength(row.orders);
      expect(total).toBe(row.orders);
      const sum = items.reduce(
        (total, o) => total + expectedTotalMinor(o.unitPriceMinor, o.expectedVolume, row.currency),
        0,
      );
      expect(sum).toBe(row.committedMinor);
    }
    const bySupplier = await call(t.app, market.controller, {
      method: 'GET',
      url: `/api/organisations/${kristianstad}/orders?supplierId=${firmB.id}&startFrom=${year}-01-01&startTo=${year}-12-31`,
    });
    expect(bySupplier.json<{ total: number }>().total).toBe(1);
  });
});

describe('the tables under the charts as files', () => {
  const svController = (async () => {
    const user = await createUser(db, {
      locale: 'sv',
      memberships: [{ organisationId: kristianstad, roles: ['controller'] }],
    });
    return createSession(db, t.clock, user.id, kristianstad);
  })();

  it('downloads the spend table with the breakdown and selection of the screen', async () => {
    const query = `by=supplier&from=${last}-01-01`;
    const rows = await spend(market.controller, kristianstad, query);
    const csv = await get(market.controller, kristianstad, `spend/export?${query}&format=csv`);
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(/filename="spend-[\d-]+\.csv"/);
    const [header, ...lines] = csvLines(csv.body);
    expect(header).toBe('Supplier,Currency,Orders,Committed,Run-rate');
    expect(lines).toEqual(
      rows.map((r) =>
        [r.label, r.currency, r.orders, r.committedMinor / 100, r.runRateMinor / 100].join(','),
      ),
    );

    const xlsx = await get(market.controller, kristianstad, `spend/export?${query}&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const sheet = await sheetOf(xlsx.rawPayload);
    expect(sheet.getRow(1).getCell(1).value).toBe('Supplier');
    expect(sheetRows(sheet)).toEqual(
      rows.map((r) => [
        r.label,
        r.currency,
        r.orders,
        r.committedMinor / 100,
        r.runRateMinor / 100,
      ]),
    );
  });

  it('names a procedure as a word and writes Swedish with ; and a decimal comma', async () => {
    const caller = await svController;
    const csv = await get(caller, kristianstad, 'spend/export?by=procedure&format=csv');
    const [header, ...lines] = csvLines(csv.body);
    expect(header).toBe('Förfarande;Valuta;Avropsavtal;Avtalat belopp;Årstakt');
    expect(lines).toContain('Rangordning;SEK;1;93000;85936,71');
    expect(lines.join('\n')).not.toMatch(/ranking|renewed_competition|dps_specific/);
  });

  it('downloads this year against last and the price development', async () => {
    const years = await get(
      market.controller,
      kristianstad,
      `spend/years/export?by=supplier&year=${year}&format=xlsx`,
    );
    expect(years.statusCode, years.body).toBe(200);
    const sheet = await sheetOf(years.rawPayload);
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Supplier',
      'Currency',
      'Year',
      'This year',
      'Last year',
      'Change',
      'Change in %',
    ]);
    expect(sheetRows(sheet)).toContainEqual([firmA.name, 'SEK', year, 70_000, 65_000, 5_000, 7.7]);

    const prices = await get(
      market.controller,
      kristianstad,
      `prices/export?interval=year&unit=hour&from=${last}-01-01&format=csv`,
    );
    expect(prices.statusCode, prices.body).toBe(200);
    const [header, ...lines] = csvLines(prices.body);
    expect(header).toBe('Period,Service,Unit,Currency,Orders,Mean price,Lowest,Highest');
    expect(lines.filter((l) => l.includes(',SEK,'))).toEqual([
      expect.stringMatching(new RegExp(`^${last},.+,hour,SEK,1,650,650,650$`)),
      expect.stringMatching(new RegExp(`^${year},.+,hour,SEK,2,690,680,700$`)),
    ]);
  });

  it('keeps the scope: no municipality downloads another’s spend, a caseworker none', async () => {
    const foreign = await get(otherController, kristianstad, 'spend/export?format=csv');
    expect(foreign.statusCode).toBe(403);
    const own = await get(otherController, otherMunicipality.id, 'spend/export?format=csv');
    expect(csvLines(own.body)).toHaveLength(1);
    for (const path of ['spend', 'spend/years', 'prices']) {
      const answer = await get(market.caseworker, kristianstad, `${path}/export?format=csv`);
      expect(answer.statusCode, path).toBe(403);
    }
  });

  it('refuses a period that ends before it starts as the screen does', async () => {
    const answer = await get(
      market.controller,
      kristianstad,
      'spend/export?from=2026-05-01&to=2026-04-01&format=csv',
    );
    expect(answer.statusCode).toBe(400);
    expect(answer.headers['content-type']).toContain('application/problem+json');
  });
});
