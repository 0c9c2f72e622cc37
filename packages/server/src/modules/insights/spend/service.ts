// Spend and price development from orders, for the organisation's scope (scope-repo.ts): committed
// spend and run-rate by one dimension, this year against last, and unit prices over time. Each
// table comes from one function here, so its view and its export are the same rows.
import { localDate } from '@tildel/domain/calendar';
import { annualRunRateMinor, changeBetween } from '@tildel/domain/insights/spend';
import type { Currency } from '@tildel/domain/money';
import type { Deps } from '../../../platform/deps.ts';
import { t, type Locale } from '../../../platform/i18n.ts';
import { fieldProblem } from '../../../platform/problem.ts';
import { insightScopeOf } from '../scope-repo.ts';
import * as repo from './repo.ts';
import type {
  PricesQuery,
  PricesTable,
  SpendDimension,
  SpendFilters,
  SpendQuery,
  SpendTable,
  YearsQuery,
  YearsTable,
} from './schemas.ts';

function checkPeriod(filters: SpendFilters) {
  if (filters.from && filters.to && filters.from > filters.to) {
    throw fieldProblem('to', 'insights.problem.period_order');
  }
}

/** A row's name where the data has none of its own: a procedure's, or "no service category". */
function labelOf(by: SpendDimension, label: string, locale: Locale): string {
  if (by === 'procedure') {
    return t(locale, `insights.procedure.${label as 'ranking'}`);
  }
  if (by === 'service' && label === '') return t(locale, 'insights.service.none');
  return label;
}

export async function spendTable(
  deps: Deps,
  organisationId: string,
  query: SpendQuery,
  locale: Locale,
): Promise<SpendTable> {
  const { by = 'service', interval = 'month', ...filters } = query;
  checkPeriod(filters);
  const scope = await insightScopeOf(deps.db, organisationId);
  const today = localDate(deps.clock.now(), scope.country);
  const rows = await repo.spendBy(deps.db, scope, filters, { by, interval, locale, today });
  return {
    by,
    rows: rows.map((row) => ({
      key: row.key,
      label: labelOf(by, row.label, locale),
      currency: row.currency as Currency,
      orders: Number(row.orders),
      committedMinor: Number(row.committedMinor),
      runRateMinor: annualRunRateMinor(row.dailyRateMinor),
    })),
  };
}

export async function yearsTable(
  deps: Deps,
  organisationId: string,
  query: YearsQuery,
  locale: Locale,
): Promise<YearsTable> {
  const scope = await insightScopeOf(deps.db, organisationId);
  const by = query.by ?? 'service';
  const year = query.year ?? Number(localDate(deps.clock.now(), scope.country).slice(0, 4));
  const rows = (await repo.spendByYear(deps.db, scope, { by, year, locale })).map((row) => {
    const thisYearMinor = Number(row.thisYearMinor);
    const lastYearMinor = Number(row.lastYearMinor);
    return {
      key: row.key,
      label: labelOf(by, row.label, locale),
      currency: row.currency as Currency,
      thisYearMinor,
      lastYearMinor,
      ...changeBetween(lastYearMinor, thisYearMinor),
    };
  });
  // One total per currency: kronor and kroner are never added together.
  const sums = new Map<Currency, { thisYearMinor: number; lastYearMinor: number }>();
  for (const row of rows) {
    const sum = sums.get(row.currency) ?? { thisYearMinor: 0, lastYearMinor: 0 };
    sum.thisYearMinor += row.thisYearMinor;
    sum.lastYearMinor += row.lastYearMinor;
    sums.set(row.currency, sum);
  }
  const totals = [...sums].map(([currency, sum]) => ({
    currency,
    ...sum,
    ...changeBetween(sum.lastYearMinor, sum.thisYearMinor),
  }));
  return { by, year, totals, rows };
}

export async function pricesTable(
  deps: Deps,
  organisationId: string,
  query: PricesQuery,
  locale: Locale,
): Promise<PricesTable> {
  const { interval = 'quarter', ...filters } = query;
  checkPeriod(filters);
  const scope = await insightScopeOf(deps.db, organisationId);
  const rows = await repo.pricesBy(deps.db, scope, filters, { interval, locale });
  return {
    rows: rows.map((row) => ({
      period: row.period,
      serviceId: row.serviceId,
      service: row.service,
      unit: row.unit,
      currency: row.currency as Currency,
      orders: Number(row.orders),
      averageUnitPriceMinor: Number(row.averageUnitPriceMinor),
      lowestUnitPriceMinor: Number(row.lowestUnitPriceMinor),
      highestUnitPriceMinor: Number(row.highestUnitPriceMinor),
    })),
  };
}
