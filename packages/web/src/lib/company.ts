// The signed-in supplier's own establishments and consultants, and the reference municipalities:
// read by the company pages that keep them and by the call-off forms that choose among them.
import { useQuery } from '@tanstack/react-query';
import { legacyApi, enc } from './api';
import type { Country, ItemList } from './types';

export interface Establishment {
  id: string;
  name: string;
  serviceKind: string;
  street: string;
  postalCode: string;
  city: string;
  country: Country;
  municipalityCode: string;
  municipalityName: string | null;
  placesTotal: number;
  placesFree: number;
  placesUpdatedAt: string | null;
  targetGroups: string[];
  ageMin: number;
  ageMax: number;
  gender: 'any' | 'female' | 'male';
  methods: string[];
  languages: string[];
  description: string;
  version: number;
  /** Closed establishments are out of the catalogue; the supplier may reopen them. */
  closedAt: string | null;
}

export interface Education {
  code: string;
  year: number;
}

export interface Experience {
  area: string;
  years: number;
}

export interface Consultant {
  id: string;
  name: string;
  educations: Education[];
  experience: Experience[];
  languages: string[];
  availableFrom: string | null;
  availableExtentPercent: number | null;
  version: number;
}

export interface ReferenceMunicipality {
  code: string;
  name: string;
}

export const companyBase = (orgId: string) => `/api/organisations/${enc(orgId)}/company`;

/** Every change to the company invalidates `all`, so these reads refresh with it. */
export const companyKeys = {
  all: (orgId: string) => ['organisations', orgId, 'company'] as const,
  profile: (orgId: string) => ['organisations', orgId, 'company', 'profile'] as const,
  contacts: (orgId: string) => ['organisations', orgId, 'company', 'contacts'] as const,
  establishments: (orgId: string) => ['organisations', orgId, 'company', 'establishments'] as const,
  consultants: (orgId: string) => ['organisations', orgId, 'company', 'consultants'] as const,
};

export function useEstablishments(orgId: string) {
  return useQuery({
    queryKey: companyKeys.establishments(orgId),
    queryFn: ({ signal }) =>
      legacyApi.get<ItemList<Establishment>>(`${companyBase(orgId)}/establishments`, { signal }),
  });
}

export function useConsultants(orgId: string) {
  return useQuery({
    queryKey: companyKeys.consultants(orgId),
    queryFn: ({ signal }) =>
      legacyApi.get<ItemList<Consultant>>(`${companyBase(orgId)}/consultants`, { signal }),
  });
}

export function useMunicipalities(country: Country) {
  return useQuery({
    queryKey: ['reference', 'municipalities', country],
    queryFn: ({ signal }) =>
      legacyApi.get<ItemList<ReferenceMunicipality>>(
        `/api/reference/municipalities?country=${enc(country)}`,
        { signal },
      ),
    staleTime: Infinity,
  });
}
