// What every paged list route must do (platform/paging.ts): cut the list into pages that neither
// repeat nor skip a row, name the total on each, sort by a column both ways, and refuse a sort or
// page it does not know with a problem.
import { expect } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { call, type Caller } from './app.ts';

interface Listed {
  items: Record<string, unknown>[];
  total: number;
  limit: number;
  offset: number;
}

export interface PagedListCheck {
  app: FastifyInstance;
  caller: Caller;
  /** The list's URL, without a query string or with its own filters (`?kind=x`). */
  url: string;
  /** A sort the route knows and what it sorts on, as the items show it. */
  sort: string;
  value: (item: Record<string, unknown>) => string;
  /** How many rows the list has at least (more than two, so there are two pages). */
  atLeast: number;
  /** The row's identity; `id` unless said otherwise. */
  key?: (item: Record<string, unknown>) => string;
}

export async function expectPagedList(check: PagedListCheck) {
  const { app, caller, url, sort, value, atLeast } = check;
  const key = check.key ?? ((item) => String(item.id));
  const join = url.includes('?') ? '&' : '?';
  const list = async (query: string) => {
    const response = await call(app, caller, { method: 'GET', url: `${url}${join}${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Listed>();
  };

  const all = await list('limit=200');
  expect(all.total).toBeGreaterThanOrEqual(atLeast);
  expect(all.items).toHaveLength(Math.min(all.total, 200));

  const first = await list('limit=2&offset=0');
  const rest = await list('limit=200&offset=2');
  expect(first).toMatchObject({ total: all.total, limit: 2, offset: 0 });
  expect(rest).toMatchObject({ total: all.total, offset: 2 });
  expect(first.items).toHaveLength(2);
  const keys = [...first.items, ...rest.items].map(key);
  expect(new Set(keys).size).toBe(Math.min(all.total, 202));

  const ascending = (await list(`limit=200&sort=${sort}&order=asc`)).items.map(value);
  const descending = (await list(`limit=200&sort=${sort}&order=desc`)).items.map(value);
  expect(new Set(ascending).size, 'the sorted values differ, so the order shows').toBeGreaterThan(
    1,
  );
  // The test cluster collates C.UTF-8: code point order, as JavaScript's default sort.
  expect(ascending).toEqual([...ascending].sort());
  expect(descending).toEqual([...ascending].reverse());

  for (const query of ['sort=nonsense', 'order=sideways', 'limit=201', 'offset=-1']) {
    const response = await call(app, caller, { method: 'GET', url: `${url}${join}${query}` });
    expect(response.statusCode, query).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  }
}
