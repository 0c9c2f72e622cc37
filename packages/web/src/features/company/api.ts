import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, enc } from '../../lib/api';
import type { Country, ItemList } from '../../lib/types';
import type { CompanyProfile, Consultant, Contact, Establishment } from './types';

const base = (orgId: string) => `/api/organisations/${enc(orgId)}/company`;
const keys = {
  all: (orgId: string) => ['organisations', orgId, 'company'] as const,
  profile: (orgId: string) => ['organisations', orgId, 'company', 'profile'] as const,
  contacts: (orgId: string) => ['organisations', orgId, 'company', 'contacts'] as const,
  establishments: (orgId: string) => ['organisations', orgId, 'company', 'establishments'] as const,
  consultants: (orgId: string) => ['organisations', orgId, 'company', 'consultants'] as const,
};

/** Every change to the company refreshes all of its views (the registry shows them together). */
function useCompanyMutation<Input, Output>(orgId: string, fn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all(orgId) }),
  });
}

export function useCompanyProfile(orgId: string) {
  return useQuery({
    queryKey: keys.profile(orgId),
    queryFn: ({ signal }) => api.get<CompanyProfile>(base(orgId), { signal }),
  });
}

export type ProfileInput = Pick<
  CompanyProfile,
  'street' | 'postalCode' | 'city' | 'municipalityCode' | 'website' | 'description' | 'version'
>;

export function useSaveProfile(orgId: string) {
  return useCompanyMutation(orgId, (input: ProfileInput) =>
    api.put<CompanyProfile>(base(orgId), input),
  );
}

export function useContacts(orgId: string) {
  return useQuery({
    queryKey: keys.contacts(orgId),
    queryFn: ({ signal }) => api.get<ItemList<Contact>>(`${base(orgId)}/contacts`, { signal }),
  });
}

export type ContactInput = Omit<Contact, 'id'>;

export function useSaveContact(orgId: string) {
  return useCompanyMutation(orgId, ({ id, input }: { id?: string; input: ContactInput }) =>
    id
      ? api.put<Contact>(`${base(orgId)}/contacts/${enc(id)}`, input)
      : api.post<Contact>(`${base(orgId)}/contacts`, input),
  );
}

export function useRemoveContact(orgId: string) {
  return useCompanyMutation(orgId, (id: string) =>
    api.delete(`${base(orgId)}/contacts/${enc(id)}`),
  );
}

export function useEstablishments(orgId: string) {
  return useQuery({
    queryKey: keys.establishments(orgId),
    queryFn: ({ signal }) =>
      api.get<ItemList<Establishment>>(`${base(orgId)}/establishments`, { signal }),
  });
}

export type EstablishmentInput = Omit<
  Establishment,
  'id' | 'country' | 'municipalityName' | 'placesUpdatedAt' | 'version' | 'closedAt'
> & { version?: number };

export function useSaveEstablishment(orgId: string) {
  return useCompanyMutation(orgId, ({ id, input }: { id?: string; input: EstablishmentInput }) =>
    id
      ? api.put<Establishment>(`${base(orgId)}/establishments/${enc(id)}`, input)
      : api.post<Establishment>(`${base(orgId)}/establishments`, input),
  );
}

export function useUpdatePlaces(orgId: string) {
  return useCompanyMutation(
    orgId,
    ({ id, placesFree, placesTotal }: { id: string; placesFree: number; placesTotal: number }) =>
      api.put<Establishment>(`${base(orgId)}/establishments/${enc(id)}/places`, {
        placesFree,
        placesTotal,
      }),
  );
}

/** Close an establishment (out of the catalogue) or reopen it, on the version read. */
export function useSetEstablishmentClosed(orgId: string) {
  return useCompanyMutation(
    orgId,
    ({ establishment, close }: { establishment: Establishment; close: boolean }) =>
      api.post<Establishment>(
        `${base(orgId)}/establishments/${enc(establishment.id)}/${close ? 'close' : 'reopen'}`,
        { version: establishment.version },
      ),
  );
}

export function useConsultants(orgId: string) {
  return useQuery({
    queryKey: keys.consultants(orgId),
    queryFn: ({ signal }) =>
      api.get<ItemList<Consultant>>(`${base(orgId)}/consultants`, { signal }),
  });
}

export type ConsultantInput = Omit<Consultant, 'id' | 'version'> & { version?: number };

export function useSaveConsultant(orgId: string) {
  return useCompanyMutation(orgId, ({ id, input }: { id?: string; input: ConsultantInput }) =>
    id
      ? api.put<Consultant>(`${base(orgId)}/consultants/${enc(id)}`, input)
      : api.post<Consultant>(`${base(orgId)}/consultants`, input),
  );
}

export function useRemoveConsultant(orgId: string) {
  return useCompanyMutation(orgId, (id: string) =>
    api.delete(`${base(orgId)}/consultants/${enc(id)}`),
  );
}

export interface ReferenceMunicipality {
  code: string;
  name: string;
}

export function useMunicipalities(country: Country) {
  return useQuery({
    queryKey: ['reference', 'municipalities', country],
    queryFn: ({ signal }) =>
      api.get<ItemList<ReferenceMunicipality>>(
        `/api/reference/municipalities?country=${enc(country)}`,
        { signal },
      ),
    staleTime: Infinity,
  });
}
