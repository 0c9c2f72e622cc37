// One row per call-off: the bid awarded, the bid the other model would pick, and the difference
// in cost over the expected volume; a call-off that cannot be replayed says why.
import type { ReactNode } from 'react';
import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn } from '../../../components/DataTable';
import { useMoney } from '../../../lib/money';
import { pageLocally, usePageState } from '../../../lib/paging';
import type { ReplayRow } from './api';

const SORTS = ['deadline', 'difference'] as const;
/** The setup problems a replay can meet; the others are the buyer's to fix before inviting. */
const PROBLEMS = ['no_quality_points_possible', 'expected_quantity_required', 'invalid_weights'];
const isKnownProblem = (code: string) => PROBLEMS.includes(code);
type Sort = (typeof SORTS)[number];

interface Props {
  rows: readonly ReplayRow[];
  isFetching: boolean;
  /** Above the table: its download. */
  toolbar?: ReactNode;
}

export function ReplayTable({ rows, isFetching, toolbar }: Props) {
  const { t } = useTranslation();
  const money = useMoney();
  const state = usePageState(SORTS, { sort: 'deadline', order: 'desc' }, { prefix: 'rows' });
  const page = pageLocally(rows, state, {
    deadline: (a, b) => a.tenderDeadline.localeCompare(b.tenderDeadline),
    difference: (a, b) => (a.differenceMinor ?? 0) - (b.differenceMinor ?? 0),
  });
  const winner = (w: ReplayRow['actual'], row: ReplayRow) =>
    w && t('replay.winner', { name: w.supplierName, price: money(w.unitPriceMinor, row.currency) });
  const refusal = (row: ReplayRow) =>
    [
      t(`replay.refusals.${row.refusal ?? 'not_awarded'}`),
      ...row.problems.filter(isKnownProblem).map((p) => t(`replay.problems.${p}`)),
    ].join(' ');
  const columns: DataColumn<ReplayRow, Sort>[] = [
    {
      key: 'calloff',
      title: t('replay.columns.calloff'),
      rowHeader: true,
      render: (row) => (
        <Anchor component={Link} to={`/calloffs/${row.calloffId}`}>
          {row.title}
        </Anchor>
      ),
    },
    {
      key: 'municipality',
      title: t('replay.columns.municipality'),
      render: (r) => r.municipalityName,
    },
    {
      key: 'source',
      title: t('replay.columns.source'),
      render: (r) => r.source?.reference ?? '–',
    },
    {
      key: 'deadline',
      title: t('replay.columns.deadline'),
      sort: 'deadline',
      render: (r) => r.tenderDeadline.slice(0, 10),
    },
    { key: 'actual', title: t('replay.columns.actual'), render: (r) => winner(r.actual, r) ?? '–' },
    {
      key: 'replayed',
      title: t('replay.columns.replayed'),
      render: (r) =>
        r.outcome === 'replayed' ? (
          winner(r.replayed, r)
        ) : (
          <Text size="sm" c="dimmed">
            {refusal(r)}
          </Text>
        ),
    },
    {
      key: 'difference',
      title: t('replay.columns.difference'),
      sort: 'difference',
      align: 'right',
      render: (r) => (r.differenceMinor === null ? '–' : money(r.differenceMinor, r.currency)),
    },
  ];
  return (
    <DataTable
      caption={t('replay.rowsCaption')}
      columns={columns}
      list={{
        data: { items: page.rows, total: page.total },
        isPending: false,
        isFetching,
        error: null,
      }}
      state={state}
      rowKey={(r) => r.calloffId}
      empty={t('replay.empty')}
      emptyHint={t('replay.emptyHint')}
      minWidth={1000}
      toolbar={toolbar}
    />
  );
}
