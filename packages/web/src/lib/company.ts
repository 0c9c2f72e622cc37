// The signed-in supplier's own establishments and consultants, and the reference municipalities:
// read by the company pages that keep them and by the call-off forms that choose among them.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Answer, type Query } from './api';
import { sortsOf, type PageState } from './paging';
import type { Country } from './types';

export type Establishment =
  Answer<'/api/organisations/{orgId}/company/establishments'>['items'][number];

export type Consultant = Answer<'/api/organisations/{orgId}/company/consultants'>['items'][number];
export type Education = Consultant['educations'][number];
export type Experience = Consultant['experience'][number];

export type ReferenceMunicipality = Answer<'/api/reference/municipalities'>['items'][number];

/** Every change to the company invalidates `all`, so these reads refresh with it. */
export const companyKeys = {
  all: (orgId: string) => ['organisations', orgId, 'company'] as const,
  profile: (orgId: string) => ['organisations', orgId, 'company', 'profile'] as const,
  contacts: (orgId: string) => ['organisations', orgId, 'company', 'contacts'] as const,
  establishments: (orgId: string) => ['organisations', orgId, 'company', 'establishments'] as const,
  consultants: (orgId: string) => ['organisations', orgId, 'company', 'consultants'] as const,
};

const ESTABLISHMENTS = '/api/organisations/{orgId}/company/establishments';
const CONSULTANTS = '/api/organisations/{orgId}/company/consultants';

export type EstablishmentSort = NonNullable<Query<typeof ESTABLISHMENTS>['sort']>;
export const ESTABLISHMENT_SORTS = sortsOf<EstablishmentSort>({
  name: true,
  serviceKind: true,
  placesFree: true,
  placesUpdated: true,
});
export type ConsultantSort = NonNullable<Query<typeof CONSULTANTS>['sort']>;
export const CONSULTANT_SORTS = sortsOf<ConsultantSort>({ name: true, availableFrom: true });

/** The largest page the server gives: enough for a company's own choices in a form. */
const CHOICES = { limit: 200 } as const;

/** The establishments to choose among in a form (the company page pages them instead). */
export function useEstablishments(orgId: string) {
  return useQuery({
    queryKey: [...companyKeys.establishments(orgId), CHOICES],
    queryFn: ({ signal }) =>
      api.get(ESTABLISHMENTS, { path: { orgId }, query: CHOICES }, { signal }),
  });
}

/** The consultants to choose among in a form (the company page pages them instead). */
export function useConsultants(orgId: string) {
  return useQuery({
    queryKey: [...companyKeys.consultants(orgId), CHOICES],
    queryFn: ({ signal }) => api.get(CONSULTANTS, { path: { orgId }, query: CHOICES }, { signal }),
  });
}

/** One page of the company's establishments, as the page's URL asks. */
export function useEstablishmentPage(orgId: string, page: PageState<EstablishmentSort>) {
  return useQuery({
    queryKey: [...companyKeys.establishments(orgId), page.params],
    queryFn: ({ signal }) =>
      api.get(ESTABLISHMENTS, { path: { orgId }, query: page.params }, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** One page of the company's consultants, as the page's URL asks. */
export function useConsultantPage(orgId: string, page: PageState<ConsultantSort>) {
  return useQuery({
    queryKey: [...companyKeys.consultants(orgId), page.params],
    queryFn: ({ signal }) =>
      api.get(CONSULTANTS, { path: { orgId }, query: page.params }, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useMunicipalities(country: Country) {
  return useQuery({
    queryKey: ['reference', 'municipalities', country],
    queryFn: ({ signal }) =>
      api.get('/api/reference/municipalities', { query: { country } }, { signal }),
    staleTime: Infinity,
  });
}
