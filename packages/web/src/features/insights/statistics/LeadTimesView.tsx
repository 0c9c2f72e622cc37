// Time from need to order: how many orders fell in each span of days, the median overall and
// per procedure. The orders behind the figures are on the order list.
import { Anchor, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ViewAnswer } from './api';
import { StatChart } from './StatChart';
import { StatTable } from './StatTable';
import { useStatFormat } from './format';

export function LeadTimesView({
  data,
  linkOrders,
}: {
  data: ViewAnswer<'lead-times'>;
  linkOrders: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useStatFormat();
  const span = (b: { from: number; to: number | null }) =>
    b.to === null
      ? t('statistics.leadTimes.over', { from: b.from })
      : t('statistics.leadTimes.span', { from: b.from, to: b.to });
  const buckets = data.buckets.map((b) => ({ span: span(b), count: b.count }));
  return (
    <>
      <Group gap="lg">
        <Text>
          {t('statistics.leadTimes.median', {
            days: fmt.days(data.medianDays),
            orders: data.orders,
          })}
        </Text>
        {linkOrders && (
          <Anchor component={Link} to="/orders">
            {t('statistics.leadTimes.toOrders')}
          </Anchor>
        )}
      </Group>
      <StatChart
        label={t('statistics.leadTimes.chart')}
        data={buckets}
        dataKey="span"
        series={[{ name: 'count', label: t('statistics.leadTimes.orders'), color: 'blue.6' }]}
      />
      <StatTable
        prefix="spans"
        download="lead-times"
        caption={t('statistics.leadTimes.spansCaption')}
        rows={buckets}
        rowKey={(b) => b.span}
        empty={t('statistics.empty')}
        columns={[
          {
            key: 'span',
            title: t('statistics.leadTimes.days'),
            rowHeader: true,
            render: (b) => b.span,
          },
          {
            key: 'count',
            title: t('statistics.leadTimes.orders'),
            align: 'right',
            render: (b) => fmt.number(b.count),
          },
        ]}
      />
      <StatTable
        prefix="byProcedure"
        download="lead-times/procedures"
        caption={t('statistics.leadTimes.procedureCaption')}
        rows={data.byProcedure}
        rowKey={(p) => p.procedure}
        empty={t('statistics.empty')}
        columns={[
          {
            key: 'procedure',
            title: t('statistics.procedures.procedure'),
            rowHeader: true,
            render: (p) => t(`needs.calloff.procedures.${p.procedure}`),
          },
          {
            key: 'orders',
            title: t('statistics.leadTimes.orders'),
            align: 'right',
            render: (p) => fmt.number(p.orders),
          },
          {
            key: 'median',
            title: t('statistics.leadTimes.medianDays'),
            align: 'right',
            render: (p) => fmt.days(p.medianDays),
          },
        ]}
      />
    </>
  );
}
