// The sums of a replay per agreement or DPS and per year: the figure a body quotes when it says
// what its evaluation model saved against another.
import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn } from '../../../components/DataTable';
import { useMoney } from '../../../lib/money';
import { pageLocally, usePageState } from '../../../lib/paging';
import type { AgreementTotal, PeriodTotal } from './api';

type Total = AgreementTotal | PeriodTotal;
const SORTS = ['name'] as const;

interface Props<Row extends Total> {
  caption: string;
  nameTitle: string;
  prefix: string;
  rows: readonly Row[];
  nameOf: (row: Row) => string;
}

export function ReplayTotals<Row extends Total>({
  caption,
  nameTitle,
  prefix,
  rows,
  nameOf,
}: Props<Row>) {
  const { t } = useTranslation();
  const money = useMoney();
  const state = usePageState(SORTS, { sort: 'name', order: 'asc' }, { prefix });
  const page = pageLocally(rows, state, { name: (a, b) => nameOf(a).localeCompare(nameOf(b)) });
  const columns: DataColumn<Row, 'name'>[] = [
    { key: 'name', title: nameTitle, sort: 'name', rowHeader: true, render: nameOf },
    {
      key: 'calloffs',
      title: t('replay.totals.calloffs'),
      align: 'right',
      render: (r) => r.calloffs,
    },
    {
      key: 'otherWinner',
      title: t('replay.totals.otherWinner'),
      align: 'right',
      render: (r) => r.otherWinner,
    },
    {
      key: 'actual',
      title: t('replay.totals.actual'),
      align: 'right',
      render: (r) => money(r.actualCostMinor, r.currency),
    },
    {
      key: 'replayed',
      title: t('replay.totals.replayed'),
      align: 'right',
      render: (r) => money(r.replayedCostMinor, r.currency),
    },
    {
      key: 'difference',
      title: t('replay.totals.difference'),
      align: 'right',
      render: (r) => money(r.differenceMinor, r.currency),
    },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      list={{ data: { items: page.rows, total: page.total }, isPending: false, error: null }}
      state={state}
      rowKey={(r) => `${nameOf(r)} ${r.currency}`}
      empty={t('replay.totals.empty')}
      minWidth={760}
    />
  );
}
