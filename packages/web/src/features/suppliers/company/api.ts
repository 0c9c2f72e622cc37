import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { legacyApi, enc } from '../../../lib/api';
import {
  companyBase as base,
  companyKeys as keys,
  type Consultant,
  type Establishment,
} from '../../../lib/company';
import type { ItemList } from '../../../lib/types';
import type { CompanyProfile, Contact } from './types';

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
    queryFn: ({ signal }) => legacyApi.get<CompanyProfile>(base(orgId), { signal }),
  });
}

export type ProfileInput = Pick<
  CompanyProfile,
  'street' | 'postalCode' | 'city' | 'municipalityCode' | 'website' | 'description' | 'version'
>;

export function useSaveProfile(orgId: string) {
  return useCompanyMutation(orgId, (input: ProfileInput) =>
    legacyApi.put<CompanyProfile>(base(orgId), input),
  );
}

export function useContacts(orgId: string) {
  return useQuery({
    queryKey: keys.contacts(orgId),
    queryFn: ({ signal }) =>
      legacyApi.get<ItemList<Contact>>(`${base(orgId)}/contacts`, { signal }),
  });
}

export type ContactInput = Omit<Contact, 'id'>;

export function useSaveContact(orgId: string) {
  return useCompanyMutation(orgId, ({ id, input }: { id?: string; input: ContactInput }) =>
    id
      ? legacyApi.put<Contact>(`${base(orgId)}/contacts/${enc(id)}`, input)
      : legacyApi.post<Contact>(`${base(orgId)}/contacts`, input),
  );
}

export function useRemoveContact(orgId: string) {
  return useCompanyMutation(orgId, (id: string) =>
    legacyApi.delete(`${base(orgId)}/contacts/${enc(id)}`),
  );
}

export type EstablishmentInput = Omit<
  Establishment,
  'id' | 'country' | 'municipalityName' | 'placesUpdatedAt' | 'version' | 'closedAt'
> & { version?: number };

export function useSaveEstablishment(orgId: string) {
  return useCompanyMutation(orgId, ({ id, input }: { id?: string; input: EstablishmentInput }) =>
    id
      ? legacyApi.put<Establishment>(`${base(orgId)}/establishments/${enc(id)}`, input)
      : legacyApi.post<Establishment>(`${base(orgId)}/establishments`, input),
  );
}

export function useUpdatePlaces(orgId: string) {
  return useCompanyMutation(
    orgId,
    ({ id, placesFree, placesTotal }: { id: string; placesFree: number; placesTotal: number }) =>
      legacyApi.put<Establishment>(`${base(orgId)}/establishments/${enc(id)}/places`, {
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
      legacyApi.post<Establishment>(
        `${base(orgId)}/establishments/${enc(establishment.id)}/${close ? 'close' : 'reopen'}`,
        { version: establishment.version },
      ),
  );
}

export type ConsultantInput = Omit<Consultant, 'id' | 'version'> & { version?: number };

export function useSaveConsultant(orgId: string) {
  return useCompanyMutation(orgId, ({ id, input }: { id?: string; input: ConsultantInput }) =>
    id
      ? legacyApi.put<Consultant>(`${base(orgId)}/consultants/${enc(id)}`, input)
      : legacyApi.post<Consultant>(`${base(orgId)}/consultants`, input),
  );
}

export function useRemoveConsultant(orgId: string) {
  return useCompanyMutation(orgId, (id: string) =>
    legacyApi.delete(`${base(orgId)}/consultants/${enc(id)}`),
  );
}
