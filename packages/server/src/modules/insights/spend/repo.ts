// The only SQL of spend and prices: sums over the orders the scope may see, grouped by one
// dimension and currency. An order's committed value is its total_minor (0014_spend.sql), an
// order's period the date it starts. Whole months are read from the summaries kept by triggers:
// spend_months per supplier and month (0015_spend_months.sql), or, where the view allows, the same
// without the supplier or without the month (0023_spend_totals.sql), or for a body's view per
// agreement or DPS without the municipality (0035); the run-rate from spend_running (each active
// order's day rate) or spend_running_months (the day rates per month of the start and end date).
// Only the days of a month a date filter cuts, and the orders starting or ending in today's
// month, are read one by one.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../../db/types.ts';
import type { Locale } from '../../../platform/i18n.ts';
import { ordersInScope, type InsightScope } from '../scope-repo.ts';
import type { Interval, SpendDimension, SpendFilters } from './schemas.ts';

const PERIOD_FORMAT: Record<Interval, string> = {
  month: 'YYYY-MM',
  quarter: 'YYYY-"Q"Q',
  year: 'YYYY',
};

/** The first day of a spend row's period; rows are grouped by it and named only once grouped. */
function periodStart(interval: Interval): RawBuilder<string> {
  return sql<string>`date_trunc(${interval}, o.month::timestamp)::date`;
}

/** The name of a grouped row's period: 2026-03, 2026-Q1 or 2026. */
function periodName(interval: Interval): RawBuilder<string> {
  return sql<string>`to_char(r.period_start, ${PERIOD_FORMAT[interval]})`;
}

function firstOfMonth(date: string, monthsLater = 0): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1 + monthsLater, 1)).toISOString().slice(0, 10);
}

/**
 * The whole months between two start dates: from the first (null: no lower bound) to the last
 * (its first day; null: no upper bound). The days outside them but inside the dates are the edges.
 */
export function wholeMonths(from?: string, to?: string) {
  const first = from === undefined ? null : from.endsWith('-01') ? from : firstOfMonth(from, 1);
  const last =
    to === undefined
      ? null
      : firstOfMonth(to, 1) === nextDay(to)
        ? firstOfMonth(to)
        : firstOfMonth(to, -1);
  return { first, last };
}

function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/**
 * Which summaries a view may read. One that neither groups, filters nor is scoped by supplier
 * reads them without the supplier (0023): far fewer rows where a municipality buys from many.
 */
interface SpendGrain {
  supplier: boolean;
  /** Grouped by month (by period, prices): not from spend_supplier_years. */
  month: boolean;
  /**
   * A body's view without the municipality or supplier: from the sums per agreement or DPS
   * (0035, their unit prices 0041), not the participating municipalities' rows one by one.
   */
  framework: boolean;
}

function spendGrain(
  scope: InsightScope,
  filters: SpendFilters,
  by: SpendDimension | 'prices',
): SpendGrain {
  const supplier =
    by === 'supplier' || filters.supplierId !== undefined || scope.kind === 'supplier';
  return {
    supplier,
    month: by === 'period' || by === 'prices',
    framework:
      scope.kind === 'procurement_body' &&
      !supplier &&
      by !== 'municipality' &&
      filters.municipalityId === undefined,
  };
}

const SUMMED = sql`category_id, agreement_id, dps_id, procedure, currency, unit`;

/**
 * The whole months' sums, from the coarsest summary the grain allows: without the supplier, or by
 * year when the months are whole years (the rows then stand at the first day of their year).
 */
function wholeMonthRows(grain: SpendGrain, first: string | null, last: string | null) {
  const between = (column: RawBuilder<unknown>) => sql`(${first}::date IS NULL
      OR ${column} >= ${first}::date) AND (${last}::date IS NULL OR ${column} <= ${last}::date)`;
  if (grain.framework) {
    return sql`SELECT NULL::uuid AS organisation_id, NULL::uuid AS supplier_id, month, ${SUMMED},
        orders, committed_minor, unit_price_sum_minor, lowest_unit_price_minor,
        highest_unit_price_minor, 0::numeric AS daily_rate_minor
      FROM spend_framework_months WHERE orders <> 0 AND ${between(sql`month`)}`;
  }
  if (!grain.supplier) {
    return sql`SELECT organisation_id, NULL::uuid AS supplier_id, month, ${SUMMED}, orders,
        committed_minor, unit_price_sum_minor, lowest_unit_price_minor, highest_unit_price_minor,
        0::numeric AS daily_rate_minor
      FROM spend_month_totals WHERE ${between(sql`month`)}`;
  }
  const wholeYears =
    (first === null || first.endsWith('-01-01')) && (last === null || last.endsWith('-12-01'));
  if (wholeYears && !grain.month) {
    return sql`SELECT organisation_id, supplier_id, year AS month, ${SUMMED}, orders,
        committed_minor, NULL::bigint AS unit_price_sum_minor, NULL::bigint AS lowest_unit_price_minor,
        NULL::bigint AS highest_unit_price_minor, 0::numeric AS daily_rate_minor
      FROM spend_supplier_years WHERE ${between(sql`year`)}`;
  }
  return sql`SELECT organisation_id, supplier_id, month, ${SUMMED}, orders, committed_minor,
      unit_price_sum_minor, lowest_unit_price_minor, highest_unit_price_minor,
      0::numeric AS daily_rate_minor
    FROM spend_months WHERE ${between(sql`month`)}`;
}

/** The orders starting from a day until (before) another, one spend row each. */
function orderRows(from: string, until: string) {
  return sql`SELECT o.organisation_id, o.supplier_id, date_trunc('month', o.start_date)::date,
      d.category_id, d.agreement_id, d.dps_id, d.procedure, o.currency, o.unit, 1::bigint,
      o.total_minor, o.unit_price_minor, o.unit_price_minor, o.unit_price_minor, 0::numeric
    FROM orders o
    JOIN order_spend_dimensions d ON d.source_id = coalesce(o.calloff_id, o.referral_id)
    WHERE o.start_date >= ${from}::date AND o.start_date < ${until}::date`;
}

/** Active orders running on a day, from spend_running, as rows of their day rate only. */
function runningOrderRows(runningOn: string, condition: RawBuilder<unknown>) {
  return sql`SELECT o.organisation_id, o.supplier_id, date_trunc('month', o.start_date)::date,
      o.category_id, o.agreement_id, o.dps_id, o.procedure, o.currency, o.unit, 0::bigint,
      0::bigint, 0::bigint, NULL::bigint, NULL::bigint, o.daily_rate_minor
    FROM spend_running o
    WHERE o.start_date <= ${runningOn}::date AND o.runs_until >= ${runningOn}::date AND ${condition}`;
}

/**
 * Spend rows `o` for the start dates: the summaries for the whole months, the orders of the edges;
 * with `runningOn`, also the orders running that day as rows of their day rate only: over all
 * dates from their sums per start month and end date (spend_running_months), less the orders
 * starting later in that day's month, read one by one.
 */
function spendRows(
  filters: SpendFilters,
  grain: SpendGrain,
  runningOn?: string,
): RawBuilder<unknown> {
  const { from, to } = filters;
  const { first, last } = wholeMonths(from, to);
  const dated = from !== undefined || to !== undefined;
  const branches = [wholeMonthRows(grain, first, last)];
  const end = to === undefined ? undefined : nextDay(to);
  if (first !== null && last !== null && first > last) {
    // Within one month, or from one into the next: no whole month, the days are one edge.
    branches.push(orderRows(from!, end!));
  } else {
    if (from !== undefined && from !== first) branches.push(orderRows(from, first!));
    if (end !== undefined && firstOfMonth(last!, 1) !== end) {
      branches.push(orderRows(firstOfMonth(last!, 1), end));
    }
  }
  if (runningOn === undefined) return sql`(${sql.join(branches, sql` UNION ALL `)})`;
  if (dated) {
    branches.push(
      runningOrderRows(
        runningOn,
        sql`(${from ?? null}::date IS NULL OR o.start_date >= ${from ?? null}::date)
          AND (${to ?? null}::date IS NULL OR o.start_date <= ${to ?? null}::date)`,
      ),
    );
  } else {
    const nextMonth = firstOfMonth(runningOn, 1);
    const running = sql`start_month <= ${firstOfMonth(runningOn)}::date
      AND runs_until >= ${runningOn}::date`;
    branches.push(
      grain.framework
        ? sql`SELECT NULL::uuid, NULL::uuid, start_month, ${SUMMED}, 0::bigint, 0::bigint,
            0::bigint, NULL::bigint, NULL::bigint, daily_rate_minor
          FROM spend_framework_running WHERE orders <> 0 AND ${running}`
        : sql`SELECT organisation_id, supplier_id, start_month, ${SUMMED}, 0::bigint, 0::bigint,
            0::bigint, NULL::bigint, NULL::bigint, daily_rate_minor
          FROM spend_running_months WHERE ${running}`,
      // Summed above with their start month, but not running yet: taken away again.
      sql`SELECT o.organisation_id, o.supplier_id, date_trunc('month', o.start_date)::date,
          o.category_id, o.agreement_id, o.dps_id, o.procedure, o.currency, o.unit, 0::bigint,
          0::bigint, 0::bigint, NULL::bigint, NULL::bigint, -o.daily_rate_minor
        FROM spend_running o
        WHERE o.start_date > ${runningOn}::date AND o.start_date < ${nextMonth}::date
          AND o.runs_until >= ${runningOn}::date`,
    );
  }
  return sql`(${sql.join(branches, sql` UNION ALL `)})`;
}

/** The scope and the filters other than dates, on spend rows `o`. */
function where(scope: InsightScope, filters: SpendFilters & { unit?: string | undefined }) {
  const conditions = [ordersInScope(scope)];
  if (filters.municipalityId) conditions.push(sql`o.organisation_id = ${filters.municipalityId}`);
  if (filters.supplierId) conditions.push(sql`o.supplier_id = ${filters.supplierId}`);
  if (filters.serviceId) conditions.push(sql`o.category_id = ${filters.serviceId}`);
  if (filters.agreementId) conditions.push(sql`o.agreement_id = ${filters.agreementId}`);
  if (filters.dpsId) conditions.push(sql`o.dps_id = ${filters.dpsId}`);
  if (filters.procedure) conditions.push(sql`o.procedure = ${filters.procedure}`);
  if (filters.unit) conditions.push(sql`o.unit = ${filters.unit}`);
  return sql.join(conditions, sql` AND `);
}

/**
 * What a row is about: the ids it is summed by (a list of `o` columns), then its key and name
 * from those ids in `r` and the named tables joined to them; procedures are named by the service.
 */
function dimension(by: SpendDimension, locale: Locale, interval: Interval) {
  switch (by) {
    case 'municipality':
      return {
        ids: sql`o.organisation_id`,
        names: sql`JOIN organisations m ON m.id = r.organisation_id`,
        key: sql`r.organisation_id::text`,
        label: sql`m.name`,
      };
    case 'supplier':
      return {
        ids: sql`o.supplier_id`,
        names: sql`JOIN organisations s ON s.id = r.supplier_id`,
        key: sql`r.supplier_id::text`,
        label: sql`s.name`,
      };
    case 'service':
      return {
        ids: sql`o.category_id`,
        names: sql`LEFT JOIN service_categories c ON c.id = r.category_id`,
        key: sql`coalesce(r.category_id::text, '')`,
        label: sql`coalesce(${sql.ref(`c.name_${locale}`)}, '')`,
      };
    case 'framework':
      return {
        ids: sql`o.agreement_id, o.dps_id`,
        names: sql`LEFT JOIN framework_agreements fa ON fa.id = r.agreement_id
          LEFT JOIN dynamic_purchasing_systems d ON d.id = r.dps_id`,
        // Which of the two it is goes with the id, so a drill-down knows what to filter by.
        key: sql`CASE WHEN r.agreement_id IS NOT NULL THEN 'agreement:' || r.agreement_id
          ELSE 'dps:' || r.dps_id END`,
        label: sql`coalesce(fa.reference || ' ' || fa.title, d.reference || ' ' || d.title)`,
      };
    case 'procedure':
      return {
        ids: sql`o.procedure`,
        names: sql``,
        key: sql`r.procedure`,
        label: sql`r.procedure`,
      };
    case 'period':
      return {
        ids: sql`${periodStart(interval)} AS period_start`,
        names: sql``,
        key: periodName(interval),
        label: periodName(interval),
      };
  }
}

/** The ids' and the currency's places in the select list. */
function groupBy(by: SpendDimension) {
  return sql.raw(by === 'framework' ? '1, 2, 3' : '1, 2');
}

/**
 * Committed spend and the day rate of the orders running today, per row and currency, summed
 * exactly (the day rates as decimals); see annualRunRateMinor.
 */
export async function spendBy(
  db: Kysely<DB>,
  scope: InsightScope,
  filters: SpendFilters,
  view: { by: SpendDimension; interval: Interval; locale: Locale; today: string },
) {
  const { ids, names, key, label } = dimension(view.by, view.locale, view.interval);
  const result = await sql<{
    key: string;
    label: string;
    currency: string;
    orders: string;
    committedMinor: string;
    dailyRateMinor: string;
  }>`SELECT ${key} AS key, ${label} AS label, r.currency, r.orders::text AS orders,
      r.committed::text AS "committedMinor", r.daily_rate::text AS "dailyRateMinor"
    FROM (
      SELECT ${ids}, o.currency, sum(o.orders) AS orders, sum(o.committed_minor) AS committed,
        sum(o.daily_rate_minor) AS daily_rate
      FROM ${spendRows(filters, spendGrain(scope, filters, view.by), view.today)} o
      WHERE ${where(scope, filters)}
      GROUP BY ${groupBy(view.by)}
    ) r ${names}
    ORDER BY r.currency, ${view.by === 'period' ? sql`1` : sql`r.committed DESC`}, 2`.execute(db);
  return result.rows;
}

/** Committed spend of orders starting in the year and in the year before, per row and currency. */
export async function spendByYear(
  db: Kysely<DB>,
  scope: InsightScope,
  view: { by: 'service' | 'supplier'; year: number; locale: Locale },
) {
  const { ids, names, key, label } = dimension(view.by, view.locale, 'year');
  const lastYear = view.year - 1;
  const yearStart = `${view.year}-01-01`;
  const period = { from: `${lastYear}-01-01`, to: `${view.year}-12-31` };
  const result = await sql<{
    key: string;
    label: string;
    currency: string;
    thisYearMinor: string;
    lastYearMinor: string;
  }>`SELECT ${key} AS key, ${label} AS label, r.currency,
      r.this_year::text AS "thisYearMinor", r.last_year::text AS "lastYearMinor"
    FROM (
      SELECT ${ids}, o.currency,
        coalesce(sum(o.committed_minor) FILTER (WHERE o.month >= ${yearStart}::date), 0) AS this_year,
        coalesce(sum(o.committed_minor) FILTER (WHERE o.month < ${yearStart}::date), 0) AS last_year
      FROM ${spendRows(period, spendGrain(scope, period, view.by))} o
      WHERE ${where(scope, {})}
      GROUP BY ${groupBy(view.by)}
    ) r ${names}
    ORDER BY r.currency, r.this_year DESC, 2`.execute(db);
  return result.rows;
}

/** The unit prices of orders per period, service and unit: mean (rounded), lowest and highest. */
export async function pricesBy(
  db: Kysely<DB>,
  scope: InsightScope,
  filters: SpendFilters & { unit?: string | undefined },
  view: { interval: Interval; locale: Locale },
) {
  const result = await sql<{
    period: string;
    serviceId: string;
    service: string;
    unit: string;
    currency: string;
    orders: string;
    averageUnitPriceMinor: string;
    lowestUnitPriceMinor: string;
    highestUnitPriceMinor: string;
  }>`SELECT ${periodName(view.interval)} AS period, r.category_id::text AS "serviceId",
      ${sql.ref(`c.name_${view.locale}`)} AS service, r.unit, r.currency,
      r.orders::text AS orders,
      round(r.price_sum::numeric / r.orders)::text AS "averageUnitPriceMinor",
      r.lowest::text AS "lowestUnitPriceMinor", r.highest::text AS "highestUnitPriceMinor"
    FROM (
      SELECT ${periodStart(view.interval)} AS period_start, o.category_id, o.unit, o.currency,
        sum(o.orders) AS orders, sum(o.unit_price_sum_minor) AS price_sum,
        min(o.lowest_unit_price_minor) AS lowest, max(o.highest_unit_price_minor) AS highest
      FROM ${spendRows(filters, spendGrain(scope, filters, 'prices'))} o
      WHERE o.category_id IS NOT NULL AND ${where(scope, filters)}
      GROUP BY 1, 2, 3, 4
    ) r
    JOIN service_categories c ON c.id = r.category_id
    ORDER BY 3, r.unit, r.currency, r.period_start`.execute(db);
  return result.rows;
}
