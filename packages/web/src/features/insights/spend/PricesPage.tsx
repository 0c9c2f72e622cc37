// Price development: the mean, lowest and highest unit price of the orders starting in each
// period, per service and unit; a chart per currency and unit and the table of the same rows.
import { NativeSelect, Stack } from '@mantine/core';
import type { Currency } from '@tildel/domain/money';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn } from '../../../components/DataTable';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ExportLinks } from '../../../components/ExportLinks';
import { Page } from '../../../components/Page';
import { useAuth } from '../../../lib/auth';
import { useMoney } from '../../../lib/money';
import { pageLocally, sortsOf, usePageState } from '../../../lib/paging';
import { usePrices, type Interval, type PriceRow } from './api';
import { useUrlFilters } from './filters';
import { PriceChart } from './PriceChart';
import { SpendFilters } from './SpendFilters';

type Sort = 'period' | 'service' | 'average';
const SORTS = sortsOf<Sort>({ period: true, service: true, average: true });
const COMPARE: Record<Sort, (a: PriceRow, b: PriceRow) => number> = {
  period: (a, b) => a.period.localeCompare(b.period) || a.service.localeCompare(b.service),
  service: (a, b) => a.service.localeCompare(b.service) || a.period.localeCompare(b.period),
  average: (a, b) => a.averageUnitPriceMinor - b.averageUnitPriceMinor,
};
const UNITS = ['hour', 'day', 'month', 'package'] as const;

export function PricesPage() {
  const { t } = useTranslation();
  const { activeMembership } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const filters = useUrlFilters();
  const { values, set } = filters;
  const query = {
    interval: (values.interval ?? 'quarter') as Interval,
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
    ...(values.unit ? { unit: values.unit } : {}),
    ...(values.serviceId ? { serviceId: values.serviceId } : {}),
  };
  const prices = usePrices(orgId, query);
  const page = usePageState(SORTS, { sort: 'period', order: 'asc' });
  const money = useMoney();
  const rows = prices.data?.rows ?? [];
  const groups = [...new Set(rows.map((r) => `${r.currency}|${r.unit}`))];
  const shown = pageLocally(rows, page, COMPARE);
  const unitName = (unit: string) => t(`spend.units.${unit}`, unit);

  const columns: DataColumn<PriceRow, Sort>[] = [
    { key: 'period', title: t('spend.columns.period'), sort: 'period', render: (r) => r.period },
    {
      key: 'service',
      title: t('spend.service'),
      sort: 'service',
      rowHeader: true,
      render: (r) => r.service,
    },
    { key: 'unit', title: t('spend.columns.unit'), render: (r) => unitName(r.unit) },
    { key: 'orders', title: t('spend.columns.orders'), align: 'right', render: (r) => r.orders },
    {
      key: 'average',
      title: t('spend.columns.average'),
      sort: 'average',
      align: 'right',
      render: (r) => money(r.averageUnitPriceMinor, r.currency),
    },
    {
      key: 'lowest',
      title: t('spend.columns.lowest'),
      align: 'right',
      render: (r) => money(r.lowestUnitPriceMinor, r.currency),
    },
    {
      key: 'highest',
      title: t('spend.columns.highest'),
      align: 'right',
      render: (r) => money(r.highestUnitPriceMinor, r.currency),
    },
  ];

  return (
    <Page title={t('spend.pricesTitle')} description={t('spend.pricesIntro')}>
      <SpendFilters
        filters={filters}
        showBy={false}
        extra={
          <NativeSelect
            label={t('spend.unit')}
            value={values.unit ?? ''}
            onChange={(e) => set({ unit: e.currentTarget.value })}
            data={[
              { value: '', label: t('spend.allUnits') },
              ...UNITS.map((u) => ({ value: u, label: unitName(u) })),
            ]}
          />
        }
      />
      {prices.isError && <ErrorAlert error={prices.error} />}
      <Stack gap="lg">
        {groups.map((group) => {
          const [currency, unit] = group.split('|') as [Currency, string];
          return (
            <PriceChart
              key={group}
              currency={currency}
              rows={rows.filter((r) => r.currency === currency && r.unit === unit)}
              caption={`${t('spend.pricesChartLabel', { currency })} (${unitName(unit)})`}
            />
          );
        })}
      </Stack>
      <DataTable
        caption={t('spend.pricesCaption')}
        columns={columns}
        list={{
          data: prices.data ? { items: shown.rows, total: shown.total } : undefined,
          isPending: prices.isPending,
          error: prices.error,
        }}
        state={page}
        rowKey={(r) => `${r.period}|${r.serviceId}|${r.unit}|${r.currency}`}
        empty={t('spend.empty')}
        emptyHint={t('spend.emptyHint')}
        minWidth={800}
        toolbar={
          <ExportLinks path={`/api/organisations/${orgId}/insights/prices/export`} params={query} />
        }
      />
    </Page>
  );
}
