// The only SQL of spend and prices: sums over the orders the scope may see, grouped by one
// dimension and currency. An order's committed value is its total_minor (0014_spend.sql), an
// order's period the date it starts.
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

const serviceId = sql<string>`coalesce(co.category_id, l.category_id)`;

function period(interval: Interval): RawBuilder<string> {
  return sql<string>`to_char(o.start_date, ${PERIOD_FORMAT[interval]})`;
}

/** What a row is about and its name; procedures are named by the service from their code. */
function dimension(by: SpendDimension, locale: Locale, interval: Interval) {
  switch (by) {
    case 'municipality':
      return { key: sql<string>`o.organisation_id::text`, label: sql<string>`m.name` };
    case 'supplier':
      return { key: sql<string>`o.supplier_id::text`, label: sql<string>`s.name` };
    case 'service':
      return {
        key: sql<string>`coalesce(c.id::text, '')`,
        label: sql<string>`coalesce(${sql.ref(`c.name_${locale}`)}, '')`,
      };
    case 'framework':
      return {
        // Which of the two it is goes with the id, so a drill-down knows what to filter by.
        key: sql<string>`CASE WHEN co.agreement_id IS NOT NULL THEN 'agreement:' || co.agreement_id
          ELSE 'dps:' || co.dps_id END`,
        label: sql<string>`coalesce(fa.reference || ' ' || fa.title, d.reference || ' ' || d.title)`,
      };
    case 'procedure':
      return { key: sql<string>`co.procedure`, label: sql<string>`co.procedure` };
    case 'period':
      return { key: period(interval), label: period(interval) };
  }
}

/** The orders in scope with every name a dimension may show; unused joins are dropped by the planner. */
function scopedOrders(db: Kysely<DB>, scope: InsightScope, filters: SpendFilters) {
  let query = db
    .selectFrom('orders as o')
    .innerJoin('calloffs as co', 'co.id', 'o.calloff_id')
    .leftJoin('agreement_lots as l', 'l.id', 'co.lot_id')
    .leftJoin('service_categories as c', (join) => join.on(sql`c.id`, '=', serviceId))
    .innerJoin('organisations as m', 'm.id', 'o.organisation_id')
    .innerJoin('organisations as s', 's.id', 'o.supplier_id')
    .leftJoin('framework_agreements as fa', 'fa.id', 'co.agreement_id')
    .leftJoin('dynamic_purchasing_systems as d', 'd.id', 'co.dps_id')
    .where(ordersInScope(scope));
  if (filters.from) query = query.where('o.start_date', '>=', filters.from);
  if (filters.to) query = query.where('o.start_date', '<=', filters.to);
  if (filters.municipalityId) query = query.where('o.organisation_id', '=', filters.municipalityId);
  if (filters.supplierId) query = query.where('o.supplier_id', '=', filters.supplierId);
  if (filters.serviceId) query = query.where(serviceId, '=', filters.serviceId);
  if (filters.agreementId) query = query.where('co.agreement_id', '=', filters.agreementId);
  if (filters.dpsId) query = query.where('co.dps_id', '=', filters.dpsId);
  if (filters.procedure) query = query.where('co.procedure', '=', filters.procedure);
  return query;
}

/**
 * Committed spend and the day rate of the orders running today, per row and currency. The day
 * rate is each running order's committed value ÷ the days of its period (an open-ended order's
 * expected volume counted as one year's), summed exactly as a decimal; see annualRunRateMinor.
 */
export function spendBy(
  db: Kysely<DB>,
  scope: InsightScope,
  filters: SpendFilters,
  view: { by: SpendDimension; interval: Interval; locale: Locale; today: string },
) {
  const { key, label } = dimension(view.by, view.locale, view.interval);
  return scopedOrders(db, scope, filters)
    .select([
      key.as('key'),
      label.as('label'),
      'o.currency',
      sql<string>`count(*)`.as('orders'),
      sql<string>`sum(o.total_minor)`.as('committedMinor'),
      sql<string>`coalesce(sum(o.total_minor::numeric
          / (coalesce(o.end_date, o.start_date + 364) - o.start_date + 1))
        FILTER (WHERE o.status = 'active' AND o.start_date <= ${view.today}::date
          AND (o.end_date IS NULL OR o.end_date >= ${view.today}::date)), 0)::text`.as(
        'dailyRateMinor',
      ),
    ])
    .groupBy([sql`1`, sql`2`, sql`3`])
    .orderBy('o.currency')
    .orderBy(view.by === 'period' ? sql`1` : sql`sum(o.total_minor) DESC`)
    .orderBy(sql`2`)
    .execute();
}

/** Committed spend of orders starting in the year and in the year before, per row and currency. */
export function spendByYear(
  db: Kysely<DB>,
  scope: InsightScope,
  view: { by: 'service' | 'supplier'; year: number; locale: Locale },
) {
  const { key, label } = dimension(view.by, view.locale, 'year');
  const lastYear = view.year - 1;
  return scopedOrders(db, scope, {
    from: `${lastYear}-01-01`,
    to: `${view.year}-12-31`,
  })
    .select([
      key.as('key'),
      label.as('label'),
      'o.currency',
      sql<string>`coalesce(sum(o.total_minor) FILTER (WHERE o.start_date >= ${`${view.year}-01-01`}::date), 0)`.as(
        'thisYearMinor',
      ),
      sql<string>`coalesce(sum(o.total_minor) FILTER (WHERE o.start_date < ${`${view.year}-01-01`}::date), 0)`.as(
        'lastYearMinor',
      ),
    ])
    .groupBy([sql`1`, sql`2`, sql`3`])
    .orderBy('o.currency')
    .orderBy(sql`4 DESC`)
    .orderBy(sql`2`)
    .execute();
}

/** The unit prices of orders per period, service and unit: mean (rounded), lowest and highest. */
export function pricesBy(
  db: Kysely<DB>,
  scope: InsightScope,
  filters: SpendFilters & { unit?: string | undefined },
  view: { interval: Interval; locale: Locale },
) {
  let query = scopedOrders(db, scope, filters).where(serviceId, 'is not', null);
  if (filters.unit) query = query.where('o.unit', '=', filters.unit);
  return query
    .select([
      period(view.interval).as('period'),
      sql<string>`c.id::text`.as('serviceId'),
      sql<string>`${sql.ref(`c.name_${view.locale}`)}`.as('service'),
      'o.unit',
      'o.currency',
      sql<string>`count(*)`.as('orders'),
      sql<string>`round(avg(o.unit_price_minor))`.as('averageUnitPriceMinor'),
      sql<string>`min(o.unit_price_minor)`.as('lowestUnitPriceMinor'),
      sql<string>`max(o.unit_price_minor)`.as('highestUnitPriceMinor'),
    ])
    .groupBy([sql`1`, sql`2`, sql`3`, sql`4`, sql`5`])
    .orderBy(sql`3`)
    .orderBy('o.unit')
    .orderBy('o.currency')
    .orderBy(sql`1`)
    .execute();
}
