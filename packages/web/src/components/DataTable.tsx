// The one table for lists: a caption, columns that sort (the header says how with aria-sort),
// pages with the total ("1–50 av 120"), an honest empty state, and a slot for the list's export
// buttons. The page and the sort live in the URL (lib/paging.ts), and the server cuts the pages.
import { Fragment, useEffect, useState, type ReactNode } from 'react';
import {
  Group,
  Loader,
  Pagination,
  Stack,
  Table,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PageState } from '../lib/paging';
import { EmptyState } from './EmptyState';
import { ErrorAlert } from './ErrorAlert';
import { Loading } from './Loading';

export interface DataColumn<Row, Sort extends string> {
  key: string;
  title: string;
  /** The list's sort this column's header asks for, when it sorts. */
  sort?: Sort;
  align?: 'left' | 'right' | 'center';
  /** The cell that names its row (a header cell for screen readers). */
  rowHeader?: boolean;
  /** The title is for screen readers only (a column of row actions). */
  hiddenTitle?: boolean;
  render: (row: Row) => ReactNode;
}

/** A page of rows and how many there are in all, as paged list routes answer. */
export interface ListPage<Row> {
  items: readonly Row[];
  total: number;
  /** More than `total` rows: the list stopped counting there (the catalogue's count limit). */
  totalCapped?: boolean;
}

/** What the table needs of the query behind it (a TanStack query fits). */
export interface ListSource<Row> {
  data: ListPage<Row> | undefined;
  isPending: boolean;
  isFetching?: boolean;
  error: unknown;
  refetch?: () => unknown;
}

export interface DataTableProps<Row, Sort extends string> {
  caption: string;
  columns: readonly DataColumn<Row, Sort>[];
  list: ListSource<Row>;
  state: PageState<Sort>;
  rowKey: (row: Row) => string;
  /** Said when the list has no rows at all. */
  empty: string;
  emptyHint?: ReactNode;
  /** Export buttons and the like, above the table. */
  toolbar?: ReactNode;
  minWidth?: number;
  /** What a row shows opened below it across all columns (its body, its change), or null. */
  detail?: (row: Row) => ReactNode;
  /** Rows that need attention first (overdue) get a red tint; the row's words say why too. */
  urgent?: (row: Row) => boolean;
}

export function DataTable<Row, Sort extends string>({
  caption,
  columns,
  list,
  state,
  rowKey,
  empty,
  emptyHint,
  toolbar,
  minWidth = 640,
  detail,
  urgent,
}: DataTableProps<Row, Sort>) {
  const [scroller, overflowing] = useOverflow();
  if (list.isPending) return <Loading />;
  if (list.error && !list.data)
    return <ErrorAlert error={list.error} onRetry={() => void list.refetch?.()} />;
  const { items, total } = list.data ?? { items: [], total: 0 };
  if (total === 0) return <EmptyState title={empty}>{emptyHint}</EmptyState>;

  return (
    <Stack gap="xs">
      {toolbar && <Group justify="flex-end">{toolbar}</Group>}
      {/* A table wider than the screen scrolls sideways: then its region takes the keyboard's
          focus (arrow keys scroll it) and is named by the caption. */}
      <Table.ScrollContainer
        minWidth={minWidth}
        type="native"
        ref={scroller}
        {...(overflowing ? { tabIndex: 0, role: 'region', 'aria-label': caption } : {})}
      >
        <Table
          verticalSpacing="sm"
          striped
          highlightOnHover
          aria-busy={list.isFetching || undefined}
        >
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <HeaderCell key={column.key} column={column} state={state} />
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((row) => {
              const opened = detail?.(row);
              return (
                <Fragment key={rowKey(row)}>
                  <Table.Tr bg={urgent?.(row) ? 'red.0' : undefined}>
                    {columns.map((column) =>
                      column.rowHeader ? (
                        <Table.Th key={column.key} scope="row" ta={column.align} fw="normal">
                          {column.render(row)}
                        </Table.Th>
                      ) : (
                        <Table.Td key={column.key} ta={column.align}>
                          {column.render(row)}
                        </Table.Td>
                      ),
                    )}
                  </Table.Tr>
                  {opened != null && (
                    <Table.Tr>
                      <Table.Td colSpan={columns.length}>{opened}</Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <PageFooter
        state={state}
        shown={items.length}
        total={total}
        capped={list.data?.totalCapped}
        fetching={list.isFetching}
      />
    </Stack>
  );
}

/**
 * Which rows of how many are shown ("1–50 av 120", or "av fler än 1 000" when the list stopped
 * counting) and the pages, below a list: the table's own, and a list of larger items (an
 * agreement's lots) paged the same way.
 */
export function PageFooter({
  state,
  shown,
  total,
  capped,
  fetching,
}: {
  state: Pick<PageState, 'page' | 'pageSize' | 'setPage'>;
  shown: number;
  total: number;
  capped?: boolean | undefined;
  fetching?: boolean | undefined;
}) {
  const { t } = useTranslation();
  // Past an uncounted rest one more page is offered; its answer counts further.
  const pages = Math.max(1, Math.ceil(total / state.pageSize) + (capped ? 1 : 0));
  const from = (state.page - 1) * state.pageSize + 1;
  const to = from + shown - 1;
  return (
    <Group justify="space-between" gap="sm" wrap="wrap">
      <Group gap="xs">
        <Text size="sm" c="dimmed" aria-live="polite">
          {shown > 0 ? t(capped ? 'table.rangeMore' : 'table.range', { from, to, total }) : null}
        </Text>
        {fetching && <Loader size="xs" aria-label={t('table.loading')} />}
      </Group>
      {pages > 1 && (
        <nav aria-label={t('table.pages')}>
          <Pagination
            total={pages}
            value={Math.min(state.page, pages)}
            onChange={state.setPage}
            size="sm"
            withEdges={pages > 5}
            getItemProps={(page) => ({ 'aria-label': t('table.page', { page }) })}
            getControlProps={(control) => ({ 'aria-label': t(`table.${control}`) })}
          />
        </nav>
      )}
    </Group>
  );
}

function HeaderCell<Row, Sort extends string>({
  column,
  state,
}: {
  column: DataColumn<Row, Sort>;
  state: PageState<Sort>;
}) {
  const { t } = useTranslation();
  const { sort } = column;
  if (!sort)
    return (
      <Table.Th scope="col" ta={column.align}>
        {column.hiddenTitle ? <VisuallyHidden>{column.title}</VisuallyHidden> : column.title}
      </Table.Th>
    );
  const sorted = state.sort === sort;
  const direction = state.order === 'asc' ? 'ascending' : 'descending';
  return (
    <Table.Th scope="col" ta={column.align} aria-sort={sorted ? direction : undefined}>
      <UnstyledButton
        fw={700}
        fz="sm"
        onClick={() => state.sortBy(sort)}
        title={t('table.sortBy', { column: column.title })}
      >
        {column.title}{' '}
        <Text span aria-hidden="true" fz="xs" c={sorted ? undefined : 'dimmed'}>
          {sorted ? (state.order === 'asc' ? '▲' : '▼') : '↕'}
        </Text>
      </UnstyledButton>
    </Table.Th>
  );
}

/** A ref for a scrolling box and whether its content is wider than it. */
function useOverflow(): [(node: HTMLDivElement | null) => void, boolean] {
  const [node, setNode] = useState<HTMLDivElement | null>(null);
  const [overflowing, setOverflowing] = useState(false);
  useEffect(() => {
    if (!node) return;
    const measure = () => setOverflowing(node.scrollWidth > node.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    if (node.firstElementChild) observer.observe(node.firstElementChild);
    return () => observer.disconnect();
  }, [node]);
  return [setNode, overflowing];
}
