// Spend from orders broken down by one dimension: a chart per currency (kronor and kroner are
// never added up), the table of the same rows under it, and from each row its orders.
import { Anchor, Stack } from '@mantine/core';
import type { Currency } from '@tildel/domain/money';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn } from '../../../components/DataTable';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ExportLinks } from '../../../components/ExportLinks';
import { Page } from '../../../components/Page';
import { useAuth } from '../../../lib/auth';
import { useMoney } from '../../../lib/money';
import { pageLocally, sortsOf, usePageState } from '../../../lib/paging';
import { PERMISSIONS } from '../../../lib/types';
import {
  useSpend,
  type Interval,
  type SpendDimension,
  type SpendQuery,
  type SpendRow,
} from './api';
import { ordersBehind } from './drill-down';
import { useUrlFilters } from './filters';
import { SpendChart } from './SpendChart';
import { SpendFilters } from './SpendFilters';

type Sort = 'label' | 'committed' | 'runRate' | 'orders';
const SORTS = sortsOf<Sort>({ label: true, committed: true, runRate: true, orders: true });

const COMPARE: Record<Sort, (a: SpendRow, b: SpendRow) => number> = {
  label: (a, b) => a.label.localeCompare(b.label) || a.currency.localeCompare(b.currency),
  committed: (a, b) => a.committedMinor - b.committedMinor,
  runRate: (a, b) => a.runRateMinor - b.runRateMinor,
  orders: (a, b) => a.orders - b.orders,
};

export function SpendPage() {
  const { t } = useTranslation();
  const { activeMembership, hasPermission } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const filters = useUrlFilters();
  const { values } = filters;
  const by = (values.by ?? 'service') as SpendDimension;
  // Every filter in the address goes to the server; the orders list takes the same ones.
  const { unit: _unit, ...selection } = values;
  const query = {
    ...selection,
    by,
    interval: (values.interval ?? 'month') as Interval,
  } as SpendQuery;
  const spend = useSpend(orgId, query);
  const page = usePageState(
    SORTS,
    by === 'period' ? { sort: 'label', order: 'asc' } : { sort: 'committed', order: 'desc' },
  );
  const money = useMoney();
  const canOrders = hasPermission(PERMISSIONS.ordersRead);
  const byName = t(`spend.byOption.${by}`).toLowerCase();
  const rows = spend.data?.rows ?? [];
  const currencies = [...new Set(rows.map((r) => r.currency))] as Currency[];
  const shown = pageLocally(rows, page, COMPARE);
  const label = (row: SpendRow) => row.label || t('spend.unnamed');

  const columns: DataColumn<SpendRow, Sort>[] = [
    {
      key: 'label',
      title: t(`spend.byOption.${by}`),
      sort: 'label',
      rowHeader: true,
      render: (row) => {
        const to = canOrders ? ordersBehind(values, { by, ...row }) : null;
        return to ? (
          <Anchor component={Link} to={to} aria-label={t('spend.seeOrders', { label: label(row) })}>
            {label(row)}
          </Anchor>
        ) : (
          label(row)
        );
      },
    },
    { key: 'currency', title: t('spend.columns.currency'), render: (row) => row.currency },
    {
      key: 'orders',
      title: t('spend.columns.orders'),
      sort: 'orders',
      align: 'right',
      render: (row) => row.orders,
    },
    {
      key: 'committed',
      title: t('spend.columns.committed'),
      sort: 'committed',
      align: 'right',
      render: (row) => money(row.committedMinor, row.currency),
    },
    {
      key: 'runRate',
      title: t('spend.columns.runRate'),
      sort: 'runRate',
      align: 'right',
      render: (row) => money(row.runRateMinor, row.currency),
    },
  ];

  return (
    <Page title={t('spend.title')} description={t('spend.intro')}>
      <SpendFilters filters={filters} showBy />
      {spend.isError && <ErrorAlert error={spend.error} />}
      <Stack gap="lg">
        {currencies.map((currency) => (
          <SpendChart
            key={currency}
            currency={currency}
            caption={t('spend.chartLabel', { currency, by: byName })}
            bars={rows
              .filter((r) => r.currency === currency)
              .slice(0, 20)
              .map((r) => ({ label: label(r), committed: r.committedMinor }))}
          />
        ))}
      </Stack>
      <DataTable
        caption={t('spend.caption', { by: byName })}
        columns={columns}
        list={{
          data: spend.data ? { items: shown.rows, total: shown.total } : undefined,
          isPending: spend.isPending,
          error: spend.error,
        }}
        state={page}
        rowKey={(row) => `${row.key}|${row.currency}`}
        empty={t('spend.empty')}
        emptyHint={t('spend.emptyHint')}
        toolbar={
          <ExportLinks path={`/api/organisations/${orgId}/insights/spend/export`} params={query} />
        }
      />
    </Page>
  );
}
