// DPS decision times against the clock: per DPS the applications decided on time and late, the
// median working days, and those still waiting (overdue or not). The reference opens the DPS.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ViewAnswer } from './api';
import { DrillLink } from './DrillLink';
import { StatChart } from './StatChart';
import { StatTable } from './StatTable';
import { useStatFormat } from './format';

type Row = ViewAnswer<'dps-decisions'>['items'][number];
const COUNTS = ['decided', 'onTime', 'late', 'pending', 'pendingOverdue'] as const;

export function DpsDecisionsView({
  data,
  linkDps,
}: {
  data: ViewAnswer<'dps-decisions'>;
  linkDps: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useStatFormat();
  return (
    <>
      <Text size="sm">{t('statistics.dps.clock', { days: data.clockWorkingDays })}</Text>
      <StatChart
        label={t('statistics.dps.chart')}
        data={data.items.map((row) => ({
          dps: row.dps.reference,
          onTime: row.onTime,
          late: row.late,
          pending: row.pending,
        }))}
        dataKey="dps"
        type="stacked"
        series={[
          { name: 'onTime', label: t('statistics.dps.onTime'), color: 'green.7' },
          { name: 'late', label: t('statistics.dps.late'), color: 'red.7' },
          { name: 'pending', label: t('statistics.dps.pending'), color: 'gray.6' },
        ]}
      />
      <StatTable
        prefix="dps"
        download="dps-decisions"
        caption={t('statistics.dps.caption')}
        rows={data.items}
        rowKey={(row) => row.dps.id}
        empty={t('statistics.dps.none')}
        columns={[
          {
            key: 'dps',
            title: t('statistics.dps.dps'),
            rowHeader: true,
            render: (row: Row) => (
              <DrillLink to={linkDps ? `/dps/${row.dps.id}` : null}>{row.dps.reference}</DrillLink>
            ),
          },
          ...COUNTS.map((c) => ({
            key: c,
            title: t(`statistics.dps.${c}`),
            align: 'right' as const,
            render: (row: Row) => fmt.number(row[c]),
          })),
          {
            key: 'median',
            title: t('statistics.dps.medianWorkingDays'),
            align: 'right',
            render: (row) => fmt.days(row.medianWorkingDays),
          },
        ]}
      />
    </>
  );
}
