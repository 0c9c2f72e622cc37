// Call-offs per procedure and what became of them: a stacked bar per procedure and the counts
// in a table. A municipality's counts open its call-off list filtered to them.
import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { query } from '../../../lib/api';
import type { ViewAnswer } from './api';
import { StatChart } from './StatChart';
import { StatTable } from './StatTable';
import { useStatFormat } from './format';

type Row = ViewAnswer<'procedures'>['items'][number];
const OUTCOMES = [
  'open',
  'offering',
  'evaluation',
  'awarded',
  'ordered',
  'unfulfilled',
  'cancelled',
] as const;
const COLOURS = ['blue.6', 'cyan.6', 'grape.6', 'teal.6', 'green.7', 'orange.7', 'gray.6'];

export function ProceduresView({
  data,
  ownCalloffs,
}: {
  data: ViewAnswer<'procedures'>;
  ownCalloffs: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useStatFormat();
  const procedure = (p: Row['procedure']) => t(`needs.calloff.procedures.${p}`);
  const count = (row: Row, status?: (typeof OUTCOMES)[number]) => {
    const n = status ? row[status] : row.total;
    if (!ownCalloffs || n === 0) return fmt.number(n);
    return (
      <Anchor component={Link} to={`/calloffs${query({ procedure: row.procedure, status })}`}>
        {fmt.number(n)}
      </Anchor>
    );
  };
  return (
    <>
      <StatChart
        label={t('statistics.procedures.chart')}
        data={data.items.map((row) => ({ ...row, procedure: procedure(row.procedure) }))}
        dataKey="procedure"
        type="stacked"
        series={OUTCOMES.map((o, i) => ({
          name: o,
          label: t(`calloffs.status.${o}`),
          color: COLOURS[i]!,
        }))}
      />
      <StatTable
        prefix="procedures"
        download="procedures"
        caption={t('statistics.procedures.caption')}
        rows={data.items}
        rowKey={(row) => row.procedure}
        empty={t('statistics.empty')}
        columns={[
          {
            key: 'procedure',
            title: t('statistics.procedures.procedure'),
            rowHeader: true,
            render: (row) => procedure(row.procedure),
          },
          ...OUTCOMES.map((o) => ({
            key: o,
            title: t(`calloffs.status.${o}`),
            align: 'right' as const,
            render: (row: Row) => count(row, o),
          })),
          {
            key: 'total',
            title: t('statistics.total'),
            align: 'right',
            render: (row) => count(row),
          },
        ]}
      />
    </>
  );
}
