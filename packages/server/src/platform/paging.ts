// Paged lists: every list route takes `limit`, `offset`, `sort` and `order` and answers the page
// with the total, so no list is silently cut at some number of rows.
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import { Type, type TSchema } from 'typebox';
import { enumOf } from './schemas.ts';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;
export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** The query parameters of a paged list, to spread into the route's querystring schema. */
export function pageParams<const Sorts extends readonly [string, ...string[]]>(
  sorts: Sorts,
  defaults: { sort: Sorts[number]; order: SortOrder },
) {
  return {
    limit: Type.Optional(
      Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE }),
    ),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
    sort: Type.Optional(enumOf(sorts, { default: defaults.sort })),
    order: Type.Optional(enumOf(SORT_ORDERS, { default: defaults.order })),
  };
}

/** The answer of a paged list: one page of items and how many there are in all. */
export function paged<Item extends TSchema>(item: Item) {
  return Type.Object({
    items: Type.Array(item),
    total: Type.Integer({ minimum: 0 }),
    limit: Type.Integer({ minimum: 1 }),
    offset: Type.Integer({ minimum: 0 }),
  });
}

export interface Page<Sort extends string = string> {
  limit: number;
  offset: number;
  sort: Sort;
  order: SortOrder;
}

export interface Paged<Item> {
  items: Item[];
  total: number;
  limit: number;
  offset: number;
}

/** The page a query asks for, with the defaults filled in (the schema fills them too). */
export function pageOf<Sort extends string>(
  query: { limit?: number; offset?: number; sort?: Sort; order?: SortOrder },
  defaults: { sort: Sort; order: SortOrder },
): Page<Sort> {
  return {
    limit: query.limit ?? DEFAULT_PAGE_SIZE,
    offset: query.offset ?? 0,
    sort: query.sort ?? defaults.sort,
    order: query.order ?? defaults.order,
  };
}

/** One page of rows a domain rule ordered in memory (a ranking), with how many there are in all. */
export function pageOfRows<Row>(
  rows: readonly Row[],
  page: Pick<Page, 'limit' | 'offset'>,
): Paged<Row> {
  return {
    items: rows.slice(page.offset, page.offset + page.limit),
    total: rows.length,
    limit: page.limit,
    offset: page.offset,
  };
}

/**
 * A column of a fixed vocabulary (a status) as its place in the vocabulary, so a list sorts by the
 * order things happen in rather than alphabetically. A value outside the vocabulary sorts last.
 */
export function inOrderOf(column: string, vocabulary: readonly string[]) {
  return sql<number>`array_position(ARRAY[${sql.join(vocabulary)}]::text[], ${sql.ref(column)})`;
}

/**
 * Runs an ordered query for one page and counts all its rows. The caller orders the query (by the
 * page's sort and a unique tie-breaker, so pages neither repeat nor skip a row). `rowsToCount`,
 * when given, is the same rows without the joins that only add columns to each (its constraints
 * guarantee one joined row per row): counting it spares joining every row of the list only to
 * count it.
 */
export async function fetchPage<Row>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any database or transaction
  db: Kysely<any>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any query of that database
  query: SelectQueryBuilder<any, any, Row>,
  page: Pick<Page, 'limit' | 'offset'>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any query of that database
  rowsToCount: SelectQueryBuilder<any, any, unknown> = query.clearOrderBy(),
): Promise<Paged<Row>> {
  const [items, counted] = await Promise.all([
    query.limit(page.limit).offset(page.offset).execute(),
    sql<{
      total: string;
    }>`SELECT count(*) AS total FROM (${rowsToCount}) AS listed`.execute(db),
  ]);
  return {
    items,
    total: Number(counted.rows[0]?.total ?? 0),
    limit: page.limit,
    offset: page.offset,
  };
}
