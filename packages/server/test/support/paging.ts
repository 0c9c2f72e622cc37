// The checks every paged list route must pass (platform/paging.ts): each row once across the pages,
// the total right, a sort both ways, and a sort or page it does not know refused as problem+json.
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { call, type Caller } from './app.ts';

interface Listed<Item> {
  items: Item[];
  total: number;
  limit: number;
  offset: number;
}

export interface PagedList<Item> {
  app: FastifyInstance;
  caller: Caller;
  /** The list's address; the paging parameters are added to its query. */
  url: string;
  /** A row's unique id. */
  id: (item: Item) => string;
}

const MAX_PAGE = 200;

function withQuery(url: string, query: string) {
  return `${url}${url.includes('?') ? '&' : '?'}${query}`;
}

async function listOf<Item>(list: PagedList<Item>, query: string) {
  const response = await call(list.app, list.caller, {
    method: 'GET',
    url: withQuery(list.url, query),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Listed<Item>>();
}

/**
 * Two pages that neither repeat nor skip a row, and the total of all (a list of more than the
 * largest page is checked over its first 202 rows). Answers the whole list's first page.
 */
export async function expectPages<Item>(list: PagedList<Item>) {
  const all = await listOf(list, `limit=${MAX_PAGE}`);
  expect(all.total, 'the list needs at least three rows to page').toBeGreaterThanOrEqual(3);
  expect(all.items).toHaveLength(Math.min(all.total, MAX_PAGE));
  const first = await listOf(list, 'limit=2&offset=0');
  const rest = await listOf(list, `limit=${MAX_PAGE}&offset=2`);
  expect(first).toMatchObject({ total: all.total, limit: 2, offset: 0 });
  expect(rest).toMatchObject({ total: all.total, offset: 2 });
  expect(first.items).toHaveLength(2);
  expect(rest.items).toHaveLength(Math.min(all.total - 2, MAX_PAGE));
  const ids = [...first.items, ...rest.items].map(list.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.slice(0, all.items.length)).toEqual(all.items.map(list.id));
  return all;
}

/**
 * The list sorted by `sort` both ways: ascending in the order `compare` says, descending the
 * reverse. The rows must differ in the sorted value, or the check would say nothing.
 */
export async function expectSorted<Item, Value>(
  list: PagedList<Item>,
  sort: string,
  value: (item: Item) => Value,
  compare: (a: Value, b: Value) => number,
) {
  const ascending = (await listOf(list, `limit=${MAX_PAGE}&sort=${sort}&order=asc`)).items.map(
    value,
  );
  expect(new Set(ascending).size, `rows differing in ${sort}`).toBeGreaterThan(1);
  expect(ascending).toEqual([...ascending].sort(compare));
  const descending = (await listOf(list, `limit=${MAX_PAGE}&sort=${sort}&order=desc`)).items.map(
    value,
  );
  expect(descending).toEqual([...ascending].reverse());
}

/** A sort it does not know, a page larger than the largest and a negative offset: 400s. */
export async function expectBadPagesRefused(list: Omit<PagedList<unknown>, 'id'>) {
  for (const query of ['sort=nonsense', 'order=sideways', 'limit=100000', 'offset=-1']) {
    const response = await call(list.app, list.caller, {
      method: 'GET',
      url: withQuery(list.url, query),
    });
    expect(response.statusCode, query).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json<{ detail: string }>().detail).not.toBe('');
  }
}

/**
 * Everything a paged list must do, in one call: pages, a total of at least `atLeast`, the sort
 * `sort` both ways in code point order (the test cluster collates C.UTF-8) and bad pages refused.
 */
export async function expectPagedList(check: {
  app: FastifyInstance;
  caller: Caller;
  url: string;
  sort: string;
  value: (item: Record<string, unknown>) => string;
  atLeast: number;
  /** The row's identity; `id` unless said otherwise. */
  key?: (item: Record<string, unknown>) => string;
}) {
  const list = { ...check, id: check.key ?? ((item: Record<string, unknown>) => String(item.id)) };
  const all = await expectPages(list);
  expect(all.total).toBeGreaterThanOrEqual(check.atLeast);
  await expectSorted(list, check.sort, check.value, byText);
  await expectBadPagesRefused(list);
}

/** Comparing names as the database's collation does for plain names. */
export const byName = (a: string, b: string) => a.localeCompare(b, 'sv');
/** Comparing ISO dates and times, and codes, by their characters. */
export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
