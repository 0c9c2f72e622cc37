// The header's search: the caller's own things by name or reference, grouped by kind.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Answer } from '../../../lib/api';

const SEARCH = '/api/organisations/{orgId}/search';

export type SearchGroup = Answer<typeof SEARCH>['groups'][number];
export type SearchKind = SearchGroup['kind'];
export type SearchHit = SearchGroup['items'][number];

/** The server asks for at least this many characters that are not spaces. */
export const MIN_QUERY = 2;
export const MAX_QUERY = 100;

export const searchable = (q: string) => q.trim().length >= MIN_QUERY;

/** A few per kind in the header; more on the search page. */
export function useSearch(orgId: string, q: string, limit: number) {
  const text = q.trim();
  return useQuery({
    queryKey: ['organisations', orgId, 'search', text, limit],
    queryFn: ({ signal }) =>
      api.get(SEARCH, { path: { orgId }, query: { q: text, limit } }, { signal }),
    enabled: searchable(text),
    // While the next answer is on its way, the last one stays in view.
    placeholderData: keepPreviousData,
  });
}
