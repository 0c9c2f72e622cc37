// Which page of a list is shown and how it is sorted, kept in the URL so that a view can be
// shared, reloaded and returned to with the back button. A page with two lists gives each a prefix.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type SortOrder = 'asc' | 'desc';

export const PAGE_SIZE = 50;

/** A list route's sorts, each named once: the record's type fails when the route gains one. */
export function sortsOf<Sort extends string>(sorts: Record<Sort, true>): readonly Sort[] {
  return Object.keys(sorts) as Sort[];
}

export interface PageState<Sort extends string = string> {
  /** 1-based. */
  page: number;
  pageSize: number;
  sort: Sort;
  order: SortOrder;
  setPage: (page: number) => void;
  /** Sorts by the column; the sorted column again turns the order. */
  sortBy: (sort: Sort) => void;
  /** The query parameters of a paged list route. */
  params: { limit: number; offset: number; sort: Sort; order: SortOrder };
}

export function usePageState<const Sort extends string>(
  sorts: readonly Sort[],
  defaults: { sort: Sort; order: SortOrder },
  options: { prefix?: string; pageSize?: number } = {},
): PageState<Sort> {
  const [search, setSearch] = useSearchParams();
  const prefix = options.prefix ?? '';
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const named = (key: string) => (prefix ? `${prefix}.${key}` : key);

  const givenPage = Number(search.get(named('page')));
  const page = Number.isInteger(givenPage) && givenPage > 0 ? givenPage : 1;
  const givenSort = search.get(named('sort'));
  const sort = sorts.find((s) => s === givenSort) ?? defaults.sort;
  const givenOrder = search.get(named('order'));
  const order: SortOrder =
    givenOrder === 'asc' || givenOrder === 'desc' ? givenOrder : defaults.order;

  const update = useCallback(
    (changes: Record<string, string | null>) =>
      setSearch(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            const name = prefix ? `${prefix}.${key}` : key;
            if (value === null) next.delete(name);
            else next.set(name, value);
          }
          return next;
        },
        { replace: true },
      ),
    [setSearch, prefix],
  );

  return useMemo(
    () => ({
      page,
      pageSize,
      sort,
      order,
      setPage: (next: number) => update({ page: next > 1 ? String(next) : null }),
      sortBy: (next: Sort) =>
        update({
          sort: next,
          order: next === sort && order === 'asc' ? 'desc' : 'asc',
          page: null,
        }),
      params: { limit: pageSize, offset: (page - 1) * pageSize, sort, order },
    }),
    [page, pageSize, sort, order, update],
  );
}

/**
 * A list the page already holds in full (a few rows of one case), shown through the same table:
 * sorted and cut into pages here instead of by the server.
 */
export function pageLocally<Row, Sort extends string>(
  rows: readonly Row[],
  state: PageState<Sort>,
  compare: Record<Sort, (a: Row, b: Row) => number>,
): { rows: Row[]; total: number } {
  const sign = state.order === 'asc' ? 1 : -1;
  const sorted = [...rows].sort((a, b) => sign * compare[state.sort](a, b));
  const start = (state.page - 1) * state.pageSize;
  return { rows: sorted.slice(start, start + state.pageSize), total: rows.length };
}
