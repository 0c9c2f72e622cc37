import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CatalogueSort } from '@tildel/domain/catalogue';
import { api, type Answer, type Query } from '../../../lib/api';
import type { PageState } from '../../../lib/paging';

export type CatalogueFilters = Answer<'/api/organisations/{orgId}/catalogue/filters'>;
export type Names = CatalogueFilters['categories'][number]['names'];

export type Municipality = Answer<'/api/reference/municipalities'>['items'][number];

export type CatalogueAnswer = Answer<'/api/organisations/{orgId}/catalogue'>;
export type CatalogueResult = CatalogueAnswer['items'][number];

/** The query parameters of a search, as the API names them. */
export type Criteria = Query<'/api/organisations/{orgId}/catalogue'>;

export function useCatalogueFilters(orgId: string) {
  return useQuery({
    queryKey: ['organisations', orgId, 'catalogue', 'filters'],
    queryFn: ({ signal }) =>
      api.get('/api/organisations/{orgId}/catalogue/filters', { path: { orgId } }, { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useMunicipalities(country: 'SE' | 'DK') {
  return useQuery({
    queryKey: ['reference', 'municipalities', country],
    queryFn: ({ signal }) =>
      api.get('/api/reference/municipalities', { query: { country } }, { signal }),
    staleTime: Infinity,
  });
}

/**
 * The search runs when criteria are given (after the first submit), one page at a time, and keeps
 * the last page shown while the next one comes. The criteria hold the sort: each of the
 * catalogue's sorts runs one way (by name, the cheapest or the nearest first).
 */
export function useCatalogueSearch(
  orgId: string,
  criteria: Criteria | null,
  page: PageState<CatalogueSort>,
) {
  const query = { ...criteria, limit: page.params.limit, offset: page.params.offset };
  return useQuery({
    queryKey: ['organisations', orgId, 'catalogue', query],
    queryFn: ({ signal }) =>
      api.get('/api/organisations/{orgId}/catalogue', { path: { orgId }, query }, { signal }),
    enabled: criteria !== null,
    placeholderData: keepPreviousData,
  });
}
