// A statistics view's rows (all of them already here) through the shared DataTable, cut into
// pages in the browser; its page is kept in the URL under the table's own prefix.
import type { ReactNode } from 'react';
import { DataTable, type DataColumn } from '../../../components/DataTable';
import { ExportLinks } from '../../../components/ExportLinks';
import { useAuth } from '../../../lib/auth';
import { pageLocally, usePageState } from '../../../lib/paging';
import { useStatisticsFilter } from './filters';

const AS_GIVEN = ['given'] as const;

export function StatTable<Row>(props: {
  prefix: string;
  caption: string;
  columns: readonly DataColumn<Row, 'given'>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  empty: string;
  emptyHint?: ReactNode;
  /** The table's download under the statistics' address, e.g. "deviations/reasons". */
  download: string;
}) {
  const { activeMembership } = useAuth();
  const { filter } = useStatisticsFilter();
  const state = usePageState(AS_GIVEN, { sort: 'given', order: 'asc' }, { prefix: props.prefix });
  const { rows, total } = pageLocally(props.rows, state, { given: () => 0 });
  return (
    <DataTable
      caption={props.caption}
      columns={props.columns}
      list={{ data: { items: rows, total }, isPending: false, error: null }}
      state={state}
      rowKey={props.rowKey}
      empty={props.empty}
      emptyHint={props.emptyHint}
      minWidth={720}
      toolbar={
        <ExportLinks
          path={`/api/organisations/${activeMembership!.organisation.id}/insights/statistics/${props.download}/export`}
          params={filter}
        />
      }
    />
  );
}
