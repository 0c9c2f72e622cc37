// The spend summary (spend_months, 0015_spend_months.sql) against the orders themselves: after
// orders are placed, extended, re-priced, ended, changed several in one statement and deleted, the
// summary holds exactly what summing the orders gives, and every view — whole months from the
// summary, the days a date filter cuts from the orders — answers what summing the orders directly
// answers.
import { sql, type RawBuilder } from 'kysely';
import { annualRunRateMinor } from '@tildel/domain/insights/spend';
import { describe, expect, it } from 'vitest';
import { call, createTestApp, type Caller } from './support/app.ts';
import { createSession, createUser } from './support/factories.ts';
import { createSpendMarket } from './support/tendering.ts';

const t = await createTestApp();
const db = t.database.db;
// The test clock stands at 23 November 2026.
const { market, kristianstad, firmA, firmB, home, order } = await createSpendMarket(t);
const asFirmB = { supplierId: firmB.id, consultantId: firmB.consultantId };

const ended = await order({ kind: 'staffing', startDate: '2026-01-15', endDate: '2026-04-30' });
const doomed = await order({
  kind: 'staffing',
  ...asFirmB,
  unitPriceMinor: 68_000,
  expectedVolume: 50,
  startDate: '2026-02-01',
  endDate: '2026-03-31',
});
const repriced = await order({
  kind: 'staffing',
  unitPriceMinor: 70_000,
  expectedVolume: 80,
  startDate: '2026-02-20',
  endDate: '2026-12-31',
});
// The lowest price of its month until it is re-priced: the month's lowest must then be read again.
const cheapest = await order({
  kind: 'staffing',
  unitPriceMinor: 100,
  startDate: '2026-02-28',
  endDate: '2026-12-31',
});
/** A placement at the home under the body's agreement, as several orders below are. */
const placement = {
  kind: 'placement',
  supplierId: home.id,
  consultantId: null,
  establishmentId: home.establishmentId,
  unitPriceMinor: 310_000,
  unit: 'day',
  expectedVolume: 30,
} as const;
const extended = await order({ ...placement, startDate: '2026-01-01', endDate: '2027-01-30' });
const cancelled = await order({
  kind: 'staffing',
  currency: 'DKK',
  unitPriceMinor: 60_000,
  startDate: '2026-05-10',
});
await order({ kind: 'staffing', ...asFirmB, expectedVolume: 10, startDate: '2025-12-31' });
// Around today (23 November): the run-rate sums orders per start month and end date
// (spend_running_months), less those starting later in today's month.
await order({ kind: 'staffing', startDate: '2026-11-05', endDate: '2026-12-20' });
await order({ kind: 'staffing', ...asFirmB, startDate: '2026-10-01', endDate: '2026-11-28' });
await order({ kind: 'staffing', ...asFirmB, startDate: '2026-10-01', endDate: '2026-11-20' });
await order({ kind: 'staffing', startDate: '2026-11-10' });
await order({ kind: 'staffing', ...asFirmB, startDate: '2026-10-10', endDate: '2026-12-01' });
await order({ kind: 'staffing', startDate: '2026-11-01', endDate: '2026-11-30' });
await order({ kind: 'staffing', startDate: '2026-11-25', endDate: '2027-02-28' });
const endsToday = await order({
  kind: 'staffing',
  ...asFirmB,
  startDate: '2026-09-15',
  endDate: '2027-01-31',
});
await order({ kind: 'staffing', ...asFirmB, expectedVolume: 12.5, startDate: '2026-02-10' });
// More placements under the body's agreement (what a body's view reads from the sums per
// agreement or DPS, 0035): one of last year, one running today, one ended by a change below.
await order({ ...placement, startDate: '2025-06-01' });
await order({ ...placement, startDate: '2026-11-02', endDate: '2027-01-31' });
const placementEnded = await order({ ...placement, startDate: '2026-03-01' });

async function adjust(orderId: string, payload: Record<string, unknown>) {
  const response = await call(t.app, market.buyer, {
    method: 'POST',
    url: `/api/organisations/${kristianstad}/orders/${orderId}/adjustments`,
    payload: { version: 1, reason: 'Ändrat behov', ...payload },
  });
  expect(response.statusCode, response.body).toBe(200);
}

await adjust(extended.id, { kind: 'extension', endDate: '2027-03-31', expectedVolume: 60 });
await adjust(repriced.id, { kind: 'adjustment', unitPriceMinor: 72_000 });
await adjust(cheapest.id, { kind: 'adjustment', unitPriceMinor: 90_000, expectedVolume: 40 });
await adjust(cancelled.id, { kind: 'ended', endDate: '2026-11-01' });
await adjust(ended.id, { kind: 'ended', endDate: '2026-03-15' });
await adjust(endsToday.id, { kind: 'ended', endDate: '2026-11-23' });
await adjust(placementEnded.id, { kind: 'ended', endDate: '2026-10-31' });
// Several orders in one statement, as a migration or a correction might.
await sql`UPDATE orders SET unit_price_minor = unit_price_minor + 150 WHERE supplier_id = ${firmB.id}`.execute(
  db,
);
await sql`DELETE FROM orders WHERE id = ${doomed.id}`.execute(db);
await sql`UPDATE orders SET unit_price_minor = unit_price_minor + 100
  WHERE supplier_id = ${home.id}`.execute(db);

// Orders from an offer survey (issue 12) come from a referral, not a call-off: procedure
// 'offer_survey', no service category, agreement or DPS. One is placed, one placed and re-priced.
async function referralOrder(reference: string, unitPriceMinor: number, startDate: string) {
  const referral = await sql<{ id: string }>`INSERT INTO referrals (organisation_id,
      case_reference, kind, service_kind, legal_basis, purpose, start_on, expected_duration_days,
      intensity_kind, urgency, person, due_at, created_by, created_at, updated_at)
    VALUES (${kristianstad}, ${reference}, 'new', 'hvb', 'se_sol', 'Placering', ${startDate}, 90,
      'place', 'later', '{}', now(), ${market.buyerUserId}, now(), now())
    RETURNING id`.execute(db);
  const referralId = referral.rows[0]!.id;
  const placed = await sql<{ id: string }>`INSERT INTO orders (organisation_id, referral_id,
      supplier_id, establishment_id, reference, unit_price_minor, currency, unit, start_date,
      end_date, expected_volume, created_by, created_at, updated_at)
    VALUES (${kristianstad}, ${referralId}, ${home.id}, ${home.establishmentId}, ${reference},
      ${unitPriceMinor}, 'SEK', 'day', ${startDate}, null, 90, ${market.buyerUserId}, now(), now())
    RETURNING id`.execute(db);
  return placed.rows[0]!.id;
}
await referralOrder('SURVEY-1', 250_000, '2026-02-12');
const surveyed = await referralOrder('SURVEY-2', 280_000, '2026-02-25');
await sql`UPDATE orders SET unit_price_minor = 265000 WHERE id = ${surveyed}`.execute(db);

/**
 * Orders with their call-off's service, agreement or DPS and procedure, read without the view; an
 * order from a referral has no call-off, and its procedure is the offer survey.
 */
const ORDERS = sql`(SELECT o.*, coalesce(c.procedure, 'offer_survey') AS procedure
    FROM orders o LEFT JOIN calloffs c ON c.id = o.calloff_id) o
  LEFT JOIN calloffs co ON co.id = o.calloff_id
  LEFT JOIN agreement_lots l ON l.id = co.lot_id`;

describe('the spend summary', () => {
  it('holds exactly the sums of the orders per month and dimension', async () => {
    const columns = sql`organisation_id::text AS org, supplier_id::text AS supplier,
      month::text, category_id::text AS category, agreement_id::text AS agreement,
      dps_id::text AS dps, procedure, currency, unit, orders::text, committed_minor::text AS committed,
      unit_price_sum_minor::text AS price_sum, lowest_unit_price_minor::text AS lowest,
      highest_unit_price_minor::text AS highest`;
    const summary =
      await sql`SELECT ${columns} FROM spend_months ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9`.execute(db);
    const fromOrders = await sql`SELECT ${columns} FROM (
        SELECT o.organisation_id, o.supplier_id, date_trunc('month', o.start_date)::date AS month,
          coalesce(co.category_id, l.category_id) AS category_id, co.agreement_id, co.dps_id,
          o.procedure, o.currency, o.unit, count(*) AS orders,
          sum(o.total_minor) AS committed_minor, sum(o.unit_price_minor) AS unit_price_sum_minor,
          min(o.unit_price_minor) AS lowest_unit_price_minor,
          max(o.unit_price_minor) AS highest_unit_price_minor
        FROM ${ORDERS} GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9) s
      ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9`.execute(db);
    expect(summary.rows.length).toBeGreaterThan(4);
    expect(summary.rows).toEqual(fromOrders.rows);
    // February's staffing from firm A: the re-priced 720 kr and the once-cheapest order, now 900 kr.
    expect(summary.rows).toContainEqual(
      expect.objectContaining({ month: '2026-02-01', supplier: firmA.id, lowest: '72000' }),
    );
    // The two surveyed placements, one re-priced, summed under the offer survey.
    expect(summary.rows).toContainEqual(
      expect.objectContaining({
        month: '2026-02-01',
        supplier: home.id,
        procedure: 'offer_survey',
        orders: '2',
        lowest: '250000',
        highest: '265000',
      }),
    );
  });

  it('holds the same sums without the supplier and per supplier and year (0023)', async () => {
    const dimensions = sql`category_id::text AS category, agreement_id::text AS agreement,
      dps_id::text AS dps, procedure, currency, unit, orders::text, committed_minor::text AS committed`;
    const withoutSupplier = sql`organisation_id::text AS org, month::text, ${dimensions},
      unit_price_sum_minor::text AS price_sum, lowest_unit_price_minor::text AS lowest,
      highest_unit_price_minor::text AS highest`;
    const monthTotals =
      await sql`SELECT ${withoutSupplier} FROM spend_month_totals ORDER BY 1, 2, 3, 4, 5, 6, 7, 8`.execute(
        db,
      );
    const monthsFromOrders = await sql`SELECT ${withoutSupplier} FROM (
        SELECT o.organisation_id, date_trunc('month', o.start_date)::date AS month,
          coalesce(co.category_id, l.category_id) AS category_id, co.agreement_id, co.dps_id,
          o.procedure, o.currency, o.unit, count(*) AS orders,
          sum(o.total_minor) AS committed_minor, sum(o.unit_price_minor) AS unit_price_sum_minor,
          min(o.unit_price_minor) AS lowest_unit_price_minor,
          max(o.unit_price_minor) AS highest_unit_price_minor
        FROM ${ORDERS} GROUP BY 1, 2, 3, 4, 5, 6, 7, 8) s
      ORDER BY 1, 2, 3, 4, 5, 6, 7, 8`.execute(db);
    expect(monthTotals.rows.length).toBeGreaterThan(4);
    expect(monthTotals.rows).toEqual(monthsFromOrders.rows);

    const byYear = sql`organisation_id::text AS org, supplier_id::text AS supplier, year::text,
      ${dimensions}`;
    const supplierYears =
      await sql`SELECT ${byYear} FROM spend_supplier_years ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9`.execute(
        db,
      );
    const suppliersFromOrders = await sql`SELECT ${byYear} FROM (
        SELECT o.organisation_id, o.supplier_id, date_trunc('year', o.start_date)::date AS year,
          coalesce(co.category_id, l.category_id) AS category_id, co.agreement_id, co.dps_id,
          o.procedure, o.currency, o.unit, count(*) AS orders, sum(o.total_minor) AS committed_minor
        FROM ${ORDERS} GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9) s
      ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9`.execute(db);
    expect(supplierYears.rows).toContainEqual(expect.objectContaining({ year: '2025-01-01' }));
    expect(supplierYears.rows).toEqual(suppliersFromOrders.rows);
  });

  it('holds the active orders day rates per month of their start and per end date (0023)', async () => {
    const columns = sql`organisation_id::text AS org, supplier_id::text AS supplier,
      start_month::text AS start,
      runs_until::text AS end, category_id::text AS category, agreement_id::text AS agreement,
      dps_id::text AS dps, procedure, currency, unit, orders::text, daily_rate_minor AS daily`;
    const summary = await sql<
      Record<string, string>
    >`SELECT ${columns} FROM spend_running_months ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10`.execute(
      db,
    );
    const fromOrders = await sql<Record<string, string>>`SELECT ${columns} FROM (
        SELECT o.organisation_id, o.supplier_id,
          date_trunc('month', o.start_date)::date AS start_month,
          coalesce(o.end_date, 'infinity') AS runs_until,
          coalesce(co.category_id, l.category_id) AS category_id, co.agreement_id, co.dps_id,
          o.procedure, o.currency, o.unit, count(*) AS orders,
          sum(o.total_minor::numeric / (coalesce(o.end_date, o.start_date + 364) - o.start_date + 1))
            AS daily_rate_minor
        FROM ${ORDERS} WHERE o.status = 'active' GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10) s
      ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10`.execute(db);
    // Open-ended orders run until 'infinity'. The day rates are compared as exact decimals
    // below, whatever their trailing zeros.
    const withoutRate = (rows: Record<string, string>[]) => rows.map(({ daily: _, ...row }) => row);
    expect(summary.rows.length).toBeGreaterThan(4);
    expect(summary.rows).toContainEqual(expect.objectContaining({ end: 'infinity' }));
    expect(withoutRate(summary.rows)).toEqual(withoutRate(fromOrders.rows));
    for (const [index, row] of summary.rows.entries()) {
      const { rows } = await sql<{ same: boolean }>`SELECT ${row.daily}::numeric =
          ${fromOrders.rows[index]!.daily}::numeric AS same`.execute(db);
      expect(rows[0]!.same, JSON.stringify(row)).toBe(true);
    }
  });
});

describe('the sums per agreement or DPS (0035)', () => {
  it('hold the month totals and running day rates of orders under an agreement or DPS, without the municipality and supplier', async () => {
    const months = sql`agreement_id::text AS agreement, dps_id::text AS dps, month::text,
      category_id::text AS category, procedure, currency, unit, orders::text,
      committed_minor::text AS committed, unit_price_sum_minor::text AS prices,
      lowest_unit_price_minor::text AS lowest, highest_unit_price_minor::text AS highest`;
    const kept = await sql`SELECT ${months} FROM spend_framework_months WHERE orders <> 0
      ORDER BY 1, 2, 3, 4, 5, 6, 7`.execute(db);
    const summed = await sql`SELECT ${months} FROM (
        SELECT agreement_id, dps_id, month, category_id, procedure, currency, unit,
          sum(orders) AS orders, sum(committed_minor) AS committed_minor,
          sum(unit_price_sum_minor) AS unit_price_sum_minor,
          min(lowest_unit_price_minor) AS lowest_unit_price_minor,
          max(highest_unit_price_minor) AS highest_unit_price_minor
        FROM spend_month_totals WHERE agreement_id IS NOT NULL OR dps_id IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5, 6, 7) s
      ORDER BY 1, 2, 3, 4, 5, 6, 7`.execute(db);
    expect(kept.rows).toContainEqual(expect.objectContaining({ agreement: market.agreement.id }));
    expect(kept.rows).toContainEqual(expect.objectContaining({ dps: market.dps.id }));
    expect(kept.rows).toEqual(summed.rows);

    // Day rates compared as exact decimals, whatever their trailing zeros.
    const running = sql`agreement_id::text AS agreement, dps_id::text AS dps,
      start_month::text AS start, runs_until::text AS end, category_id::text AS category,
      procedure, currency, unit, orders::text, daily_rate_minor::numeric::text AS daily`;
    const keptRunning = await sql<Record<string, string>>`SELECT ${running}
      FROM spend_framework_running WHERE orders <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8`.execute(db);
    const summedRunning = await sql<Record<string, string>>`SELECT ${running} FROM (
        SELECT agreement_id, dps_id, start_month, runs_until, category_id, procedure, currency,
          unit, sum(orders) AS orders, sum(daily_rate_minor) AS daily_rate_minor
        FROM spend_running_months WHERE agreement_id IS NOT NULL OR dps_id IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8) s
      ORDER BY 1, 2, 3, 4, 5, 6, 7, 8`.execute(db);
    expect(keptRunning.rows.length).toBeGreaterThan(2);
    const withoutRate = (rows: Record<string, string>[]) => rows.map(({ daily: _, ...row }) => row);
    expect(withoutRate(keptRunning.rows)).toEqual(withoutRate(summedRunning.rows));
    for (const [index, row] of keptRunning.rows.entries()) {
      const { rows } = await sql<{ same: boolean }>`SELECT ${row.daily}::numeric =
          ${summedRunning.rows[index]!.daily}::numeric AS same`.execute(db);
      expect(rows[0]!.same, JSON.stringify(row)).toBe(true);
    }
  });
});

// Whole months, months cut at either end, days inside one month, open at either end.
const PERIODS: { from?: string; to?: string }[] = [
  {},
  { from: '2026-02-01', to: '2026-03-31' },
  { from: '2026-01-20', to: '2026-02-27' },
  { from: '2026-02-10', to: '2026-02-20' },
  { from: '2025-12-31' },
  { to: '2026-02-28' },
  { to: '2026-02-27' },
];

function inPeriod(period: { from?: string; to?: string }) {
  return sql`(${period.from ?? null}::date IS NULL OR o.start_date >= ${period.from ?? null}::date)
    AND (${period.to ?? null}::date IS NULL OR o.start_date <= ${period.to ?? null}::date)`;
}

function query(period: { from?: string; to?: string }) {
  return Object.entries(period)
    .map(([name, value]) => `&${name}=${value}`)
    .join('');
}

/** Who looks, and the orders it sees (scope-repo.ts) as a condition on ORDERS. */
interface Viewer {
  name: string;
  caller: Caller;
  orgId: string;
  sees: RawBuilder<unknown>;
}

const municipality: Viewer = {
  name: 'municipality',
  caller: market.controller,
  orgId: kristianstad,
  sees: sql`o.organisation_id = ${kristianstad}`,
};
// A body's view without the municipality or supplier reads the sums per agreement or DPS (0035).
const body: Viewer = {
  name: 'body',
  caller: await createSession(
    db,
    t.clock,
    (
      await createUser(db, {
        memberships: [{ organisationId: market.body.id, roles: ['procurement_officer'] }],
      })
    ).id,
    market.body.id,
  ),
  orgId: market.body.id,
  sees: sql`(co.agreement_id IN (SELECT id FROM framework_agreements
      WHERE organisation_id = ${market.body.id})
    OR co.dps_id IN (SELECT id FROM dynamic_purchasing_systems
      WHERE organisation_id = ${market.body.id}))`,
};

async function view<T>(path: string, viewer = municipality): Promise<T> {
  const response = await call(t.app, viewer.caller, {
    method: 'GET',
    url: `/api/organisations/${viewer.orgId}/insights/${path}`,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<T>();
}

const byKey = (a: { key: string; currency: string }, b: { key: string; currency: string }) =>
  `${a.currency}${a.key}`.localeCompare(`${b.currency}${b.key}`);

describe('every view from the summary answers what the orders sum to', () => {
  it.each(PERIODS)('spend by each dimension, with the run-rate, for %o', async (period) => {
    // With the supplier (by it or filtered by it: spend_months or spend_supplier_years) and
    // without it (spend_month_totals, or a body's spend_framework_months); the run-rate from
    // spend_running_months (a body's spend_framework_running) over all dates.
    for (const viewer of [municipality, body])
      for (const [by, key, only = sql`true`] of [
        ['supplier', sql`o.supplier_id::text`],
        ['period&interval=month', sql`to_char(o.start_date, 'YYYY-MM')`],
        [
          `period&interval=quarter&supplierId=${firmB.id}`,
          sql`to_char(o.start_date, 'YYYY-"Q"Q')`,
          sql`o.supplier_id = ${firmB.id}`,
        ],
        ['service', sql`coalesce(coalesce(co.category_id, l.category_id)::text, '')`],
        ['procedure', sql`o.procedure`],
        ['municipality', sql`o.organisation_id::text`],
        [
          'framework',
          // A survey's order has neither: its key is empty.
          sql`coalesce(CASE WHEN co.agreement_id IS NOT NULL THEN 'agreement:' || co.agreement_id
          ELSE 'dps:' || co.dps_id END, '')`,
        ],
      ] as const) {
        const answer = await view<{ rows: Record<string, unknown>[] }>(
          `spend?by=${by}${query(period)}`,
          viewer,
        );
        const direct = await sql<{
          key: string;
          currency: string;
          orders: string;
          committed: string;
          daily: string;
        }>`SELECT ${key} AS key, o.currency, count(*)::text AS orders,
          sum(o.total_minor)::text AS committed,
          coalesce(sum(o.total_minor::numeric
              / (coalesce(o.end_date, o.start_date + 364) - o.start_date + 1))
            FILTER (WHERE o.status = 'active' AND o.start_date <= '2026-11-23'
              AND (o.end_date IS NULL OR o.end_date >= '2026-11-23')), 0)::text AS daily
        FROM ${ORDERS} WHERE ${viewer.sees} AND ${inPeriod(period)} AND ${only}
        GROUP BY 1, 2`.execute(db);
        const expected = direct.rows.map((row) => ({
          key: row.key,
          currency: row.currency,
          orders: Number(row.orders),
          committedMinor: Number(row.committed),
          runRateMinor: annualRunRateMinor(row.daily),
        }));
        const rows = answer.rows.map(({ key, currency, orders, committedMinor, runRateMinor }) => ({
          key: key as string,
          currency: currency as string,
          orders,
          committedMinor,
          runRateMinor,
        }));
        expect(rows.sort(byKey), `${viewer.name} by=${by}`).toEqual(expected.sort(byKey));
        if (viewer === body && by === 'framework' && !period.from && !period.to) {
          expect(rows.length).toBeGreaterThan(0);
        }
      }
  });

  it.each(PERIODS)('unit prices by month for %o', async (period) => {
    // The body's from the sums per agreement or DPS (0041), the municipality's from its own.
    for (const viewer of [municipality, body]) await unitPricesAnswer(viewer, period);
  });

  async function unitPricesAnswer(viewer: Viewer, period: (typeof PERIODS)[number]) {
    const answer = await view<{ rows: Record<string, unknown>[] }>(
      `prices?interval=month${query(period)}`,
      viewer,
    );
    const direct = await sql<Record<string, string>>`SELECT
        to_char(o.start_date, 'YYYY-MM') AS period,
        coalesce(co.category_id, l.category_id)::text AS "serviceId", o.unit, o.currency,
        count(*)::text AS orders, round(avg(o.unit_price_minor))::text AS average,
        min(o.unit_price_minor)::text AS lowest, max(o.unit_price_minor)::text AS highest
      FROM ${ORDERS} WHERE ${viewer.sees} AND ${inPeriod(period)}
        -- Price development is per service: an order without one (a survey's) is not in it.
        AND coalesce(co.category_id, l.category_id) IS NOT NULL
      GROUP BY 1, 2, 3, 4`.execute(db);
    if (!period.from && !period.to) expect(direct.rows.length, viewer.name).toBeGreaterThan(0);
    const order = (a: Record<string, unknown>, b: Record<string, unknown>) =>
      JSON.stringify(a).localeCompare(JSON.stringify(b));
    expect(
      answer.rows
        .map((row) => ({
          period: row.period,
          serviceId: row.serviceId,
          unit: row.unit,
          currency: row.currency,
          orders: row.orders,
          average: row.averageUnitPriceMinor,
          lowest: row.lowestUnitPriceMinor,
          highest: row.highestUnitPriceMinor,
        }))
        .sort(order),
    ).toEqual(
      direct.rows
        .map((row) => ({
          period: row.period,
          serviceId: row.serviceId,
          unit: row.unit,
          currency: row.currency,
          orders: Number(row.orders),
          average: Number(row.average),
          lowest: Number(row.lowest),
          highest: Number(row.highest),
        }))
        .sort(order),
    );
  }

  it.each([
    ['service', sql`coalesce(coalesce(co.category_id, l.category_id)::text, '')`],
    ['supplier', sql`o.supplier_id::text`],
  ] as const)('this year against last, by %s', async (by, key) => {
    for (const viewer of [municipality, body]) {
      const answer = await view<{
        rows: { key: string; currency: string; thisYearMinor: number; lastYearMinor: number }[];
      }>(`spend/years?by=${by}&year=2026`, viewer);
      const direct = await sql<{ key: string; currency: string; this: string; last: string }>`SELECT
        ${key} AS key, o.currency,
        coalesce(sum(o.total_minor) FILTER (WHERE o.start_date >= '2026-01-01'), 0)::text AS this,
        coalesce(sum(o.total_minor) FILTER (WHERE o.start_date < '2026-01-01'), 0)::text AS last
      FROM ${ORDERS} WHERE ${viewer.sees}
        AND o.start_date BETWEEN '2025-01-01' AND '2026-12-31'
      GROUP BY 1, 2`.execute(db);
      expect(direct.rows.length, viewer.name).toBeGreaterThan(0);
      expect(
        answer.rows
          .map(({ key, currency, thisYearMinor, lastYearMinor }) => ({
            key,
            currency,
            thisYearMinor,
            lastYearMinor,
          }))
          .sort(byKey),
      ).toEqual(
        direct.rows
          .map((row) => ({
            key: row.key,
            currency: row.currency,
            thisYearMinor: Number(row.this),
            lastYearMinor: Number(row.last),
          }))
          .sort(byKey),
      );
    }
  });
});
