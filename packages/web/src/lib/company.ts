// The signed-in supplier's own establishments and consultants, and the reference municipalities:
// read by the company pages that keep them and by the call-off forms that choose among them.
import { useQuery } from '@tanstack/react-query';
import { api, type Answer } from './api';
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

export function useEstablishments(orgId: string) {
  return useQuery({
    queryKey: companyKeys.establishments(orgId),
    queryFn: ({ signal }) =>
      api.get('/api/organisations/{orgId}/company/establishments', { path: { orgId } }, { signal }),
  });
}

export function useConsultants(orgId: string) {
  return useQuery({
    queryKey: companyKeys.consultants(orgId),
    queryFn: ({ signal }) =>
      api.get('/api/organisations/{orgId}/company/consultants', { path: { orgId } }, { signal }),
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
