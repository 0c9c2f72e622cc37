import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Answer, type Body } from '../../../lib/api';
import type { PageState } from '../../../lib/paging';

export type OfferPage = Answer<'/api/organisations/{orgId}/offers'>;
export type Offer = OfferPage['items'][number];
export type OfferSort = 'name' | 'confirmedAt';
export type OfferBody = Body<'/api/organisations/{orgId}/offers/{establishmentId}', 'put'>;
export type TariffBody = Body<
  '/api/organisations/{orgId}/offers/{establishmentId}/tariffs',
  'post'
>;
export type ImportReport = Answer<'/api/organisations/{orgId}/offers/import/preview', 'post'>;
export type Freshness = Answer<'/api/organisations/{orgId}/matching/freshness'>;
export type FreshnessSort = 'confirmedAt' | 'supplier';
export type MatchingSettings = Answer<'/api/organisations/{orgId}/matching/settings'>;
export type SettingsBody = Body<'/api/organisations/{orgId}/matching/settings', 'put'>;
export type MeetingNotePage =
  Answer<'/api/organisations/{orgId}/suppliers/{supplierId}/meeting-notes'>;
export type MeetingNoteBody = Body<
  '/api/organisations/{orgId}/suppliers/{supplierId}/meeting-notes',
  'post'
>;

const offersKey = (orgId: string) => ['organisations', orgId, 'offers'] as const;

export function useOffers(orgId: string, page: PageState<OfferSort>, stale?: boolean) {
  const query = { ...page.params, ...(stale ? { stale } : {}) };
  return useQuery({
    queryKey: [...offersKey(orgId), query],
    queryFn: ({ signal }) =>
      api.get('/api/organisations/{orgId}/offers', { path: { orgId }, query }, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** How many open offers are not confirmed within the limit (the home page's work list). */
export function useStaleOfferCount(orgId: string) {
  const query = { stale: true, limit: 1 };
  return useQuery({
    queryKey: [...offersKey(orgId), query],
    queryFn: ({ signal }) =>
      api.get('/api/organisations/{orgId}/offers', { path: { orgId }, query }, { signal }),
    select: (page) => page.total,
  });
}

/** After any write the offers (and the home page's count of stale ones) are read again. */
function useOfferWrite<Variables, Result>(
  orgId: string,
  write: (variables: Variables) => Promise<Result>,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => client.invalidateQueries({ queryKey: offersKey(orgId) }),
  });
}

export function useUpdateOffer(orgId: string) {
  return useOfferWrite(orgId, ({ id, ...body }: OfferBody & { id: string }) =>
    api.put('/api/organisations/{orgId}/offers/{establishmentId}', {
      path: { orgId, establishmentId: id },
      body,
    }),
  );
}

export function useAddTariff(orgId: string) {
  return useOfferWrite(orgId, ({ id, ...body }: TariffBody & { id: string }) =>
    api.post('/api/organisations/{orgId}/offers/{establishmentId}/tariffs', {
      path: { orgId, establishmentId: id },
      body,
    }),
  );
}

export type AssessmentBody = Body<
  '/api/organisations/{orgId}/offers/{establishmentId}/assessments',
  'post'
>;

export function useAddAssessment(orgId: string) {
  return useOfferWrite(orgId, ({ id, ...body }: AssessmentBody & { id: string }) =>
    api.post('/api/organisations/{orgId}/offers/{establishmentId}/assessments', {
      path: { orgId, establishmentId: id },
      body,
    }),
  );
}

export function useConfirmOffers(orgId: string) {
  return useOfferWrite(orgId, (establishmentIds?: string[]) =>
    api.post('/api/organisations/{orgId}/offers/confirm', {
      path: { orgId },
      body: establishmentIds ? { establishmentIds } : {},
    }),
  );
}

export function usePreviewOfferImport(orgId: string) {
  return useMutation({
    mutationFn: (csv: string) =>
      api.post('/api/organisations/{orgId}/offers/import/preview', {
        path: { orgId },
        body: { csv },
      }),
  });
}

export function useImportOffers(orgId: string) {
  return useOfferWrite(orgId, (csv: string) =>
    api.post('/api/organisations/{orgId}/offers/import', { path: { orgId }, body: { csv } }),
  );
}

export function useFreshness(orgId: string, page: PageState<FreshnessSort>) {
  return useQuery({
    queryKey: ['organisations', orgId, 'matching', 'freshness', page.params],
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/matching/freshness',
        { path: { orgId }, query: page.params },
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

const settingsKey = (orgId: string) => ['organisations', orgId, 'matching', 'settings'] as const;

export function useMatchingSettings(orgId: string) {
  return useQuery({
    queryKey: settingsKey(orgId),
    queryFn: ({ signal }) =>
      api.get('/api/organisations/{orgId}/matching/settings', { path: { orgId } }, { signal }),
  });
}

export function useSaveMatchingSettings(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SettingsBody) =>
      api.put('/api/organisations/{orgId}/matching/settings', { path: { orgId }, body }),
    onSuccess: (saved) => client.setQueryData(settingsKey(orgId), saved),
  });
}

const notesKey = (orgId: string, supplierId: string) =>
  ['organisations', orgId, 'suppliers', supplierId, 'meeting-notes'] as const;

export function useMeetingNotes(orgId: string, supplierId: string, page: PageState<'metOn'>) {
  return useQuery({
    queryKey: [...notesKey(orgId, supplierId), page.params],
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/suppliers/{supplierId}/meeting-notes',
        { path: { orgId, supplierId }, query: page.params },
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

export function useAddMeetingNote(orgId: string, supplierId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: MeetingNoteBody) =>
      api.post('/api/organisations/{orgId}/suppliers/{supplierId}/meeting-notes', {
        path: { orgId, supplierId },
        body,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: notesKey(orgId, supplierId) }),
  });
}
