import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Body, type Query } from '../../../lib/api';
import { sortsOf, type PageState } from '../../../lib/paging';
import type {
  AgreementInput,
  LotInput,
  LotSupplierInput,
  RequirementInput,
  StatusChangeInput,
} from './types';

const keys = {
  all: (orgId: string) => ['organisations', orgId, 'agreements'] as const,
  one: (orgId: string, id: string) => ['organisations', orgId, 'agreements', id] as const,
  choices: (orgId: string) => ['organisations', orgId, 'agreement-drafting-choices'] as const,
  timeline: (orgId: string, id: string, supplierId: string) =>
    ['organisations', orgId, 'agreements', id, 'timeline', supplierId] as const,
};

export type AgreementSort = NonNullable<Query<'/api/organisations/{orgId}/agreements'>['sort']>;
export const AGREEMENT_SORTS = sortsOf<AgreementSort>({
  startsOn: true,
  reference: true,
  title: true,
  owner: true,
});

/** One page of the agreements, as the page's URL asks. */
export function useAgreements(orgId: string, page: PageState<AgreementSort>) {
  return useQuery({
    queryKey: [...keys.all(orgId), 'list', page.params],
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/agreements',
        { path: { orgId }, query: page.params },
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

export function useAgreement(orgId: string, agreementId: string) {
  return useQuery({
    queryKey: keys.one(orgId, agreementId),
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/agreements/{agreementId}',
        { path: { orgId, agreementId } },
        { signal },
      ),
  });
}

export type LotSort = NonNullable<
  Query<'/api/organisations/{orgId}/agreements/{agreementId}/lots'>['sort']
>;
export const LOT_SORTS = sortsOf<LotSort>({ number: true });

/** What the lots are narrowed by: text in the name or the number, a municipality served. */
export interface LotFilter {
  q: string;
  municipalityCode: string;
}

/** One page of the agreement's lots with their ranked suppliers. */
export function useAgreementLots(
  orgId: string,
  agreementId: string,
  filter: LotFilter,
  page: PageState<LotSort>,
) {
  const query = {
    ...page.params,
    q: filter.q || undefined,
    municipalityCode: filter.municipalityCode || undefined,
  };
  return useQuery({
    queryKey: [...keys.one(orgId, agreementId), 'lots', query],
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/agreements/{agreementId}/lots',
        { path: { orgId, agreementId }, query },
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

/** The lots whose name or number holds the text, as choices (labelled by `label`). */
export async function findLots(
  orgId: string,
  agreementId: string,
  text: string,
  label: (lot: { number: number; name: string }) => string,
  signal: AbortSignal,
) {
  const found = await api.get(
    '/api/organisations/{orgId}/agreements/{agreementId}/lots',
    { path: { orgId, agreementId }, query: { q: text || undefined, limit: 20 } },
    { signal },
  );
  return { total: found.total, items: found.items.map((l) => ({ value: l.id, label: label(l) })) };
}

/** Status changes shown at a time in the timeline dialog. */
export const TIMELINE_PAGE_SIZE = 20;

export function useSupplierTimeline(
  orgId: string,
  agreementId: string,
  supplierId: string,
  page: number,
) {
  const offset = (page - 1) * TIMELINE_PAGE_SIZE;
  return useQuery({
    queryKey: [...keys.timeline(orgId, agreementId, supplierId), page],
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/agreements/{agreementId}/suppliers/{supplierId}/timeline',
        { path: { orgId, agreementId, supplierId }, query: { limit: TIMELINE_PAGE_SIZE, offset } },
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

/** The suppliers whose name holds the text, as choices for a lot. */
export async function findSuppliers(orgId: string, text: string, signal: AbortSignal) {
  const found = await api.get(
    '/api/organisations/{orgId}/agreements/supplier-choices',
    { path: { orgId }, query: { q: text } },
    { signal },
  );
  return { total: found.total, items: found.items.map((s) => ({ value: s.id, label: s.name })) };
}

export function useDraftingChoices(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.choices(orgId),
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/agreements/drafting-choices',
        { path: { orgId } },
        { signal },
      ),
    enabled,
  });
}

/** After any change the agreement, its list and its timelines are read again. */
function useRefresh(orgId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: keys.all(orgId) });
}

export function useCreateAgreement(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (input: AgreementInput) =>
      api.post('/api/organisations/{orgId}/agreements', { path: { orgId }, body: input }),
    onSuccess: refresh,
  });
}

export function useChangeSupplierStatus(orgId: string, agreementId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: ({ supplierId, ...input }: StatusChangeInput & { supplierId: string }) =>
      api.post(
        '/api/organisations/{orgId}/agreements/{agreementId}/suppliers/{supplierId}/status',
        { path: { orgId, agreementId, supplierId }, body: input },
      ),
    onSuccess: refresh,
  });
}

export function useActivateAgreement(orgId: string, agreementId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (version: number) =>
      api.post('/api/organisations/{orgId}/agreements/{agreementId}/activate', {
        path: { orgId, agreementId },
        body: { version },
      }),
    onSuccess: refresh,
  });
}

export function useTerminateAgreement(orgId: string, agreementId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (
      input: Body<'/api/organisations/{orgId}/agreements/{agreementId}/terminate', 'post'>,
    ) =>
      api.post('/api/organisations/{orgId}/agreements/{agreementId}/terminate', {
        path: { orgId, agreementId },
        body: input,
      }),
    onSuccess: refresh,
  });
}

/** A change of one agreement's draft content; the page reads the agreement again afterwards. */
function useAgreementChange<Input, Result = unknown>(
  orgId: string,
  send: (input: Input) => Promise<Result>,
) {
  const refresh = useRefresh(orgId);
  return useMutation({ mutationFn: send, onSuccess: refresh });
}

export function useSetMunicipalities(orgId: string, agreementId: string) {
  return useAgreementChange(orgId, (municipalityIds: string[]) =>
    api.put('/api/organisations/{orgId}/agreements/{agreementId}/municipalities', {
      path: { orgId, agreementId },
      body: { municipalityIds },
    }),
  );
}

/** Adds a lot, or edits the lot `lotId` of the draft. */
export function useSaveLot(orgId: string, agreementId: string, lotId: string | undefined) {
  return useAgreementChange(orgId, (input: LotInput) =>
    lotId
      ? api.put('/api/organisations/{orgId}/agreements/{agreementId}/lots/{lotId}', {
          path: { orgId, agreementId, lotId },
          body: input,
        })
      : api.post('/api/organisations/{orgId}/agreements/{agreementId}/lots', {
          path: { orgId, agreementId },
          body: input,
        }),
  );
}

export function useDeleteLot(orgId: string, agreementId: string) {
  return useAgreementChange(orgId, (lotId: string) =>
    api.delete('/api/organisations/{orgId}/agreements/{agreementId}/lots/{lotId}', {
      path: { orgId, agreementId, lotId },
    }),
  );
}

export function useAddLotSupplier(orgId: string, agreementId: string, lotId: string) {
  return useAgreementChange(orgId, (input: LotSupplierInput) =>
    api.post('/api/organisations/{orgId}/agreements/{agreementId}/lots/{lotId}/suppliers', {
      path: { orgId, agreementId, lotId },
      body: input,
    }),
  );
}

export function useRemoveLotSupplier(orgId: string, agreementId: string, lotId: string) {
  return useAgreementChange(orgId, (supplierId: string) =>
    api.delete(
      '/api/organisations/{orgId}/agreements/{agreementId}/lots/{lotId}/suppliers/{supplierId}',
      { path: { orgId, agreementId, lotId, supplierId } },
    ),
  );
}

export function useRerankLot(orgId: string, agreementId: string, lotId: string) {
  return useAgreementChange(orgId, (supplierIds: string[]) =>
    api.put('/api/organisations/{orgId}/agreements/{agreementId}/lots/{lotId}/ranking', {
      path: { orgId, agreementId, lotId },
      body: { supplierIds },
    }),
  );
}

export function useAddRequirement(orgId: string, agreementId: string) {
  return useAgreementChange(orgId, (input: RequirementInput) =>
    api.post('/api/organisations/{orgId}/agreements/{agreementId}/requirements', {
      path: { orgId, agreementId },
      body: input,
    }),
  );
}

export function useRemoveRequirement(orgId: string, agreementId: string) {
  return useAgreementChange(orgId, (requirementId: string) =>
    api.delete('/api/organisations/{orgId}/agreements/{agreementId}/requirements/{requirementId}', {
      path: { orgId, agreementId, requirementId },
    }),
  );
}

export function useUseExtension(orgId: string, agreementId: string) {
  return useAgreementChange(orgId, (version: number) =>
    api.post('/api/organisations/{orgId}/agreements/{agreementId}/extensions', {
      path: { orgId, agreementId },
      body: { version },
    }),
  );
}
