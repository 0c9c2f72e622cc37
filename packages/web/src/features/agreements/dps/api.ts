import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Body, type Query } from '../../../lib/api';
import { sortsOf, type PageState } from '../../../lib/paging';
import type { ApplicationStatus, NewDps } from './types';

/** Every dps query of an organisation starts with this key, so one change refreshes them all. */
const key = (orgId: string) => ['organisations', orgId, 'dps'] as const;

function useRefresh(orgId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: key(orgId) });
}

// ---- the owner's side ----------------------------------------------------------------------------

export type SystemSort = NonNullable<Query<'/api/organisations/{orgId}/dps'>['sort']>;
export const SYSTEM_SORTS = sortsOf<SystemSort>({
  created: true,
  title: true,
  reference: true,
  validTo: true,
});
export type ApplicationSort = NonNullable<
  Query<'/api/organisations/{orgId}/dps-applications'>['sort']
>;
export const APPLICATION_SORTS = sortsOf<ApplicationSort>({
  decisionDue: true,
  received: true,
  supplier: true,
  dps: true,
});
export type DeclarationRequestSort = NonNullable<
  Query<'/api/organisations/{orgId}/dps-declaration-requests'>['sort']
>;
export const DECLARATION_REQUEST_SORTS = sortsOf<DeclarationRequestSort>({
  requested: true,
  due: true,
  supplier: true,
  dps: true,
});

/** One page of the systems, as the page's URL asks. */
export function useDpsList(orgId: string, page: PageState<SystemSort>) {
  return useQuery({
    queryKey: [...key(orgId), 'list', page.params],
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/dps',
        { path: { orgId }, query: page.params },
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

export function useDps(orgId: string, dpsId: string) {
  return useQuery({
    queryKey: [...key(orgId), dpsId],
    queryFn: ({ signal }) =>
      api.get('/api/organisations/{orgId}/dps/{dpsId}', { path: { orgId, dpsId } }, { signal }),
  });
}

export function useSetUpChoices(orgId: string) {
  return useQuery({
    queryKey: [...key(orgId), 'setup'],
    queryFn: ({ signal }) =>
      api.get('/api/organisations/{orgId}/dps-setup', { path: { orgId } }, { signal }),
  });
}

export function useCreateDps(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (input: NewDps) =>
      api.post('/api/organisations/{orgId}/dps', { path: { orgId }, body: input }),
    onSuccess: refresh,
  });
}

export function useOpenDps(orgId: string, dpsId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (version: number) =>
      api.post('/api/organisations/{orgId}/dps/{dpsId}/open', {
        path: { orgId, dpsId },
        body: { version },
      }),
    onSuccess: refresh,
  });
}

export function useChangeValidity(orgId: string, dpsId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (input: Body<'/api/organisations/{orgId}/dps/{dpsId}/validity', 'post'>) =>
      api.post('/api/organisations/{orgId}/dps/{dpsId}/validity', {
        path: { orgId, dpsId },
        body: input,
      }),
    onSuccess: refresh,
  });
}

export function useCloseDps(orgId: string, dpsId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (input: Body<'/api/organisations/{orgId}/dps/{dpsId}/close', 'post'>) =>
      api.post('/api/organisations/{orgId}/dps/{dpsId}/close', {
        path: { orgId, dpsId },
        body: input,
      }),
    onSuccess: refresh,
  });
}

/** One page of the queue, of one status or all (null), as the page's URL asks. */
export function useQueue(
  orgId: string,
  dpsId: string,
  status: ApplicationStatus | null,
  page: PageState<ApplicationSort>,
) {
  const query = { ...page.params, status: status ?? undefined };
  return useQuery({
    queryKey: [...key(orgId), dpsId, 'queue', query],
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/dps/{dpsId}/applications',
        { path: { orgId, dpsId }, query },
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

export function useApplication(orgId: string, dpsId: string, applicationId: string) {
  return useQuery({
    queryKey: [...key(orgId), dpsId, 'application', applicationId],
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/dps/{dpsId}/applications/{applicationId}',
        { path: { orgId, dpsId, applicationId } },
        { signal },
      ),
  });
}

export type DecisionAction = 'approve' | 'reject' | 'extend' | 'exclude';

export function useDecide(orgId: string, dpsId: string, applicationId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: ({
      action,
      reason,
      version,
    }: {
      action: DecisionAction;
      reason: string;
      version: number;
    }) => {
      const path = { orgId, dpsId, applicationId };
      const body = { reason, version };
      switch (action) {
        case 'approve':
          return api.post(
            '/api/organisations/{orgId}/dps/{dpsId}/applications/{applicationId}/approve',
            { path, body: { version } },
          );
        case 'reject':
          return api.post(
            '/api/organisations/{orgId}/dps/{dpsId}/applications/{applicationId}/reject',
            { path, body },
          );
        case 'extend':
          return api.post(
            '/api/organisations/{orgId}/dps/{dpsId}/applications/{applicationId}/extend',
            { path, body },
          );
        case 'exclude':
          return api.post(
            '/api/organisations/{orgId}/dps/{dpsId}/applications/{applicationId}/exclude',
            { path, body },
          );
      }
    },
    onSuccess: refresh,
  });
}

export type AdmittedSort = NonNullable<
  Query<'/api/organisations/{orgId}/dps/{dpsId}/suppliers'>['sort']
>;
export const ADMITTED_SORTS = sortsOf<AdmittedSort>({ category: true, supplier: true });
export const ADMITTED_PAGE_DEFAULTS = { sort: 'category', order: 'asc' } as const;

/** One page of the DPS's admissions, as the page's URL asks. */
export function useAdmitted(orgId: string, dpsId: string, page: PageState<AdmittedSort>) {
  return useQuery({
    queryKey: [...key(orgId), dpsId, 'admitted', page.params],
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/dps/{dpsId}/suppliers',
        { path: { orgId, dpsId }, query: page.params },
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

/** One page of the DPS's requests for declarations, as the page's URL asks. */
export function useDeclarationRequests(
  orgId: string,
  dpsId: string,
  page: PageState<DeclarationRequestSort>,
) {
  return useQuery({
    queryKey: [...key(orgId), dpsId, 'declaration-requests', page.params],
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/dps/{dpsId}/declaration-requests',
        { path: { orgId, dpsId }, query: page.params },
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

export function useRequestDeclaration(orgId: string, dpsId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (supplierId: string) =>
      api.post('/api/organisations/{orgId}/dps/{dpsId}/declaration-requests', {
        path: { orgId, dpsId },
        body: { supplierId },
      }),
    onSuccess: refresh,
  });
}

// ---- the supplier's side -------------------------------------------------------------------------

export const MARKET_PAGE_DEFAULTS = { sort: 'title', order: 'asc' } as const;

/** One page of the open systems, with the supplier's own documents to attach. */
export function useMarket(orgId: string, page: PageState<SystemSort>) {
  return useQuery({
    queryKey: [...key(orgId), 'market', page.params],
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/dps-market',
        { path: { orgId }, query: page.params },
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

export function useApply(orgId: string, dpsId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (
      input: Body<'/api/organisations/{orgId}/dps-market/{dpsId}/applications', 'post'>,
    ) =>
      api.post('/api/organisations/{orgId}/dps-market/{dpsId}/applications', {
        path: { orgId, dpsId },
        body: input,
      }),
    onSuccess: refresh,
  });
}

/** One page of the supplier's own applications, as the page's URL asks. */
export function useOwnApplications(orgId: string, page: PageState<ApplicationSort>) {
  return useQuery({
    queryKey: [...key(orgId), 'own-applications', page.params],
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/dps-applications',
        { path: { orgId }, query: page.params },
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

export function useWithdraw(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api.post('/api/organisations/{orgId}/dps-applications/{applicationId}/withdraw', {
        path: { orgId, applicationId: id },
        body: { version },
      }),
    onSuccess: refresh,
  });
}

/** One page of the requests to the supplier, as the page's URL asks. */
export function useOwnDeclarationRequests(orgId: string, page: PageState<DeclarationRequestSort>) {
  return useQuery({
    queryKey: [...key(orgId), 'declaration-requests', page.params],
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/dps-declaration-requests',
        { path: { orgId }, query: page.params },
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

export function useAnswerDeclaration(orgId: string, requestId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (
      answers: Body<
        '/api/organisations/{orgId}/dps-declaration-requests/{requestId}/answer',
        'post'
      >['answers'],
    ) =>
      api.post('/api/organisations/{orgId}/dps-declaration-requests/{requestId}/answer', {
        path: { orgId, requestId },
        body: { answers },
      }),
    onSuccess: refresh,
  });
}

/** One page of the admissions in the supplier's own categories. */
export function usePeers(orgId: string, dpsId: string, page: PageState<AdmittedSort>) {
  return useQuery({
    queryKey: [...key(orgId), dpsId, 'peers', page.params],
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/dps-market/{dpsId}/suppliers',
        { path: { orgId, dpsId }, query: page.params },
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}
