// Deviations from ranking: the reasons counted in a chart, and each skipped supplier listed
// with its agreement, whose deviation report the reference opens.
import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ViewAnswer } from './api';
import { StatChart } from './StatChart';
import { StatTable } from './StatTable';
import { useStatFormat } from './format';

export function DeviationsView({ data }: { data: ViewAnswer<'deviations'> }) {
  const { t } = useTranslation();
  const fmt = useStatFormat();
  const reasons = data.reasons.map((r) => ({
    reason: t(`cascade.reasons.${r.reason}`),
    count: r.count,
  }));
  return (
    <>
      <StatChart
        label={t('statistics.deviations.chart')}
        data={reasons}
        dataKey="reason"
        series={[{ name: 'count', label: t('statistics.deviations.count'), color: 'orange.7' }]}
      />
      <StatTable
        prefix="reasons"
        download="deviations/reasons"
        caption={t('statistics.deviations.reasonsCaption')}
        rows={reasons}
        rowKey={(r) => r.reason}
        empty={t('statistics.empty')}
        columns={[
          {
            key: 'reason',
            title: t('statistics.deviations.reason'),
            rowHeader: true,
            render: (r) => r.reason,
          },
          {
            key: 'count',
            title: t('statistics.deviations.count'),
            align: 'right',
            render: (r) => fmt.number(r.count),
          },
        ]}
      />
      {data.truncated && <Text size="sm">{t('statistics.deviations.truncated')}</Text>}
      <StatTable
        prefix="deviations"
        download="deviations"
        caption={t('statistics.deviations.listCaption')}
        rows={data.items}
        rowKey={(d) => d.id}
        empty={t('statistics.deviations.none')}
        columns={[
          {
            key: 'date',
            title: t('statistics.deviations.date'),
            render: (d) => fmt.date(d.decidedAt),
          },
          {
            key: 'municipality',
            title: t('statistics.municipality'),
            render: (d) => d.municipality.name,
          },
          {
            key: 'agreement',
            title: t('statistics.agreement'),
            render: (d) => (
              <Anchor component={Link} to={`/agreements/${d.agreement.id}/deviations`}>
                {d.agreement.reference}
              </Anchor>
            ),
          },
          {
            key: 'supplier',
            title: t('statistics.supplier'),
            rowHeader: true,
            render: (d) =>
              t('statistics.deviations.supplierRank', { name: d.supplier.name, rank: d.rank }),
          },
          {
            key: 'reason',
            title: t('statistics.deviations.reason'),
            render: (d) => t(`cascade.reasons.${d.reason}`),
          },
        ]}
      />
    </>
  );
}
