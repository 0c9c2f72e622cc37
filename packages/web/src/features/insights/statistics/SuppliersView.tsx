// Per supplier: invited, answered, declined, bid and won, and the rates over the invitations
// whose answers may be known (a sealed competition's only once its bids are opened).
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ViewAnswer } from './api';
import { DrillLink } from './DrillLink';
import { StatChart } from './StatChart';
import { StatTable } from './StatTable';
import { useStatFormat } from './format';

type Row = ViewAnswer<'suppliers'>['items'][number];
const RATES = [
  ['responseRate', 'blue.6'],
  ['declineRate', 'orange.7'],
  ['bidRate', 'teal.6'],
  ['winShare', 'green.7'],
] as const;
const COUNTS = ['invited', 'settled', 'responded', 'declined', 'bid', 'won'] as const;

export function SuppliersView({
  data,
  linkSuppliers,
}: {
  data: ViewAnswer<'suppliers'>;
  linkSuppliers: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useStatFormat();
  return (
    <>
      <Text size="sm">{t('statistics.suppliers.sealed')}</Text>
      <StatChart
        label={t('statistics.suppliers.chart')}
        data={data.items.map((row) => ({
          supplier: row.supplier.name,
          ...Object.fromEntries(RATES.map(([rate]) => [rate, Math.round((row[rate] ?? 0) * 100)])),
        }))}
        dataKey="supplier"
        unit=" %"
        series={RATES.map(([rate, color]) => ({
          name: rate,
          label: t(`statistics.suppliers.${rate}`),
          color,
        }))}
      />
      <StatTable
        prefix="suppliers"
        download="suppliers"
        caption={t('statistics.suppliers.caption')}
        rows={data.items}
        rowKey={(row) => row.supplier.id}
        empty={t('statistics.empty')}
        columns={[
          {
            key: 'supplier',
            title: t('statistics.supplier'),
            rowHeader: true,
            render: (row: Row) => (
              <DrillLink to={linkSuppliers ? `/suppliers/${row.supplier.id}` : null}>
                {row.supplier.name}
              </DrillLink>
            ),
          },
          ...COUNTS.map((c) => ({
            key: c,
            title: t(`statistics.suppliers.${c}`),
            align: 'right' as const,
            render: (row: Row) => fmt.number(row[c]),
          })),
          ...RATES.map(([rate]) => ({
            key: rate,
            title: t(`statistics.suppliers.${rate}`),
            align: 'right' as const,
            render: (row: Row) => fmt.share(row[rate]),
          })),
        ]}
      />
    </>
  );
}
