import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Body } from '../../../lib/api';
import { companyKeys as keys, type Establishment } from '../../../lib/company';

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
    queryFn: ({ signal }) =>
      api.get('/api/organisations/{orgId}/company', { path: { orgId } }, { signal }),
  });
}

export type ProfileInput = Body<'/api/organisations/{orgId}/company', 'put'>;

export function useSaveProfile(orgId: string) {
  return useCompanyMutation(orgId, (input: ProfileInput) =>
    api.put('/api/organisations/{orgId}/company', { path: { orgId }, body: input }),
  );
}

export function useContacts(orgId: string) {
  return useQuery({
    queryKey: keys.contacts(orgId),
    queryFn: ({ signal }) =>
      api.get('/api/organisations/{orgId}/company/contacts', { path: { orgId } }, { signal }),
  });
}

export type ContactInput = Body<'/api/organisations/{orgId}/company/contacts', 'post'>;

export function useSaveContact(orgId: string) {
  return useCompanyMutation(orgId, ({ id, input }: { id?: string; input: ContactInput }) =>
    id
      ? api.put('/api/organisations/{orgId}/company/contacts/{contactId}', {
          path: { orgId, contactId: id },
          body: input,
        })
      : api.post('/api/organisations/{orgId}/company/contacts', { path: { orgId }, body: input }),
  );
}

export function useRemoveContact(orgId: string) {
  return useCompanyMutation(orgId, (id: string) =>
    api.delete('/api/organisations/{orgId}/company/contacts/{contactId}', {
      path: { orgId, contactId: id },
    }),
  );
}

export type EstablishmentInput = Body<'/api/organisations/{orgId}/company/establishments', 'post'>;
export type EstablishmentChange = Body<
  '/api/organisations/{orgId}/company/establishments/{establishmentId}',
  'put'
>;

/** A new establishment, or a change to one on the version read. */
export type EstablishmentSave =
  { id?: undefined; input: EstablishmentInput } | { id: string; input: EstablishmentChange };

export function useSaveEstablishment(orgId: string) {
  return useCompanyMutation(orgId, (save: EstablishmentSave) =>
    save.id
      ? api.put('/api/organisations/{orgId}/company/establishments/{establishmentId}', {
          path: { orgId, establishmentId: save.id },
          body: save.input,
        })
      : api.post('/api/organisations/{orgId}/company/establishments', {
          path: { orgId },
          body: save.input,
        }),
  );
}

export function useUpdatePlaces(orgId: string) {
  return useCompanyMutation(
    orgId,
    ({ id, placesFree, placesTotal }: { id: string; placesFree: number; placesTotal: number }) =>
      api.put('/api/organisations/{orgId}/company/establishments/{establishmentId}/places', {
        path: { orgId, establishmentId: id },
        body: { placesFree, placesTotal },
      }),
  );
}

/** Close an establishment (out of the catalogue) or reopen it, on the version read. */
export function useSetEstablishmentClosed(orgId: string) {
  return useCompanyMutation(
    orgId,
    ({ establishment, close }: { establishment: Establishment; close: boolean }) => {
      const params = {
        path: { orgId, establishmentId: establishment.id },
        body: { version: establishment.version },
      };
      return close
        ? api.post(
            '/api/organisations/{orgId}/company/establishments/{establishmentId}/close',
            params,
          )
        : api.post(
            '/api/organisations/{orgId}/company/establishments/{establishmentId}/reopen',
            params,
          );
    },
  );
}

export type ConsultantInput = Body<'/api/organisations/{orgId}/company/consultants', 'post'>;
export type ConsultantChange = Body<
  '/api/organisations/{orgId}/company/consultants/{consultantId}',
  'put'
>;

/** A new consultant, or a change to one on the version read. */
export type ConsultantSave =
  { id?: undefined; input: ConsultantInput } | { id: string; input: ConsultantChange };

export function useSaveConsultant(orgId: string) {
  return useCompanyMutation(orgId, (save: ConsultantSave) =>
    save.id
      ? api.put('/api/organisations/{orgId}/company/consultants/{consultantId}', {
          path: { orgId, consultantId: save.id },
          body: save.input,
        })
      : api.post('/api/organisations/{orgId}/company/consultants', {
          path: { orgId },
          body: save.input,
        }),
  );
}

export function useRemoveConsultant(orgId: string) {
  return useCompanyMutation(orgId, (id: string) =>
    api.delete('/api/organisations/{orgId}/company/consultants/{consultantId}', {
      path: { orgId, consultantId: id },
    }),
  );
}
