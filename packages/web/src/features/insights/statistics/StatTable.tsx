// A statistics view's rows (all of them already here) through the shared DataTable, cut into
// pages in the browser; its page is kept in the URL under the table's own prefix.
import type { ReactNode } from 'react';
import { DataTable, type DataColumn } from '../../../components/DataTable';
import { pageLocally, usePageState } from '../../../lib/paging';

const AS_GIVEN = ['given'] as const;

export function StatTable<Row>(props: {
  prefix: string;
  caption: string;
  columns: readonly DataColumn<Row, 'given'>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  empty: string;
  emptyHint?: ReactNode;
}) {
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
    />
  );
}
