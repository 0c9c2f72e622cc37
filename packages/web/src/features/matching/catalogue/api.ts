import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { legacyApi, enc, query } from '../../../lib/api';

export interface Names {
  sv: string;
  da: string;
  en: string;
}

export interface CatalogueFilters {
  categories: {
    id: string;
    code: string;
    serviceKind: string;
    defaultUnit: string;
    names: Names;
    body: { id: string; name: string };
  }[];
  targetGroups: { code: string; names: Names }[];
}

export interface Municipality {
  country: 'SE' | 'DK';
  code: string;
  name: string;
}

export interface CatalogueResult {
  id: string;
  name: string;
  serviceKind: string;
  city: string;
  municipality: { code: string; name: string };
  placesTotal: number;
  placesFree: number;
  placesUpdatedAt: string | null;
  targetGroups: string[];
  ageMin: number;
  ageMax: number;
  gender: 'any' | 'female' | 'male';
  methods: string[];
  languages: string[];
  supplier: { id: string; name: string };
  distanceKm: number | null;
  permitStatus: 'valid' | 'problem' | 'none';
  price: { amountMinor: number; currency: string; unit: string } | null;
  hidden: boolean;
  terminated: boolean;
}

export interface CatalogueAnswer {
  items: CatalogueResult[];
  total: number;
  limit: number;
  offset: number;
}

/** The query parameters of a search, as the API names them. */
export type Criteria = Record<string, string | number | undefined>;

export function useCatalogueFilters(orgId: string) {
  return useQuery({
    queryKey: ['organisations', orgId, 'catalogue', 'filters'],
    queryFn: ({ signal }) =>
      legacyApi.get<CatalogueFilters>(`/api/organisations/${enc(orgId)}/catalogue/filters`, {
        signal,
      }),
    staleTime: 5 * 60_000,
  });
}

export function useMunicipalities(country: 'SE' | 'DK') {
  return useQuery({
    queryKey: ['reference', 'municipalities', country],
    queryFn: ({ signal }) =>
      legacyApi.get<{ items: Municipality[] }>(
        `/api/reference/municipalities?country=${enc(country)}`,
        {
          signal,
        },
      ),
    staleTime: Infinity,
  });
}

/** The search runs when criteria are given (after the first submit), and keeps the last page shown. */
export function useCatalogueSearch(orgId: string, criteria: Criteria | null) {
  return useQuery({
    queryKey: ['organisations', orgId, 'catalogue', criteria],
    queryFn: ({ signal }) =>
      legacyApi.get<CatalogueAnswer>(
        `/api/organisations/${enc(orgId)}/catalogue${query(criteria ?? {})}`,
        { signal },
      ),
    enabled: criteria !== null,
    placeholderData: keepPreviousData,
  });
}
