import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { legacyApi, enc, query } from '../../../lib/api';
import type { ItemList } from '../../../lib/types';
import type {
  AdmittedCategory,
  Answer,
  Application,
  ApplicationDetail,
  ApplicationStatus,
  DeclarationRequest,
  DpsDetail,
  DpsSummary,
  MarketItem,
  NewDps,
  OwnDocument,
  SetUpChoices,
} from './types';

const org = (orgId: string) => `/api/organisations/${enc(orgId)}`;
const dpsBase = (orgId: string, dpsId: string) => `${org(orgId)}/dps/${enc(dpsId)}`;

/** Every dps query of an organisation starts with this key, so one change refreshes them all. */
const key = (orgId: string) => ['organisations', orgId, 'dps'] as const;

function useRefresh(orgId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: key(orgId) });
}

// ---- the owner's side ----------------------------------------------------------------------------

export function useDpsList(orgId: string) {
  return useQuery({
    queryKey: [...key(orgId), 'list'],
    queryFn: ({ signal }) => legacyApi.get<ItemList<DpsSummary>>(`${org(orgId)}/dps`, { signal }),
  });
}

export function useDps(orgId: string, dpsId: string) {
  return useQuery({
    queryKey: [...key(orgId), dpsId],
    queryFn: ({ signal }) => legacyApi.get<DpsDetail>(dpsBase(orgId, dpsId), { signal }),
  });
}

export function useSetUpChoices(orgId: string) {
  return useQuery({
    queryKey: [...key(orgId), 'setup'],
    queryFn: ({ signal }) => legacyApi.get<SetUpChoices>(`${org(orgId)}/dps-setup`, { signal }),
  });
}

export function useCreateDps(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (input: NewDps) => legacyApi.post<DpsDetail>(`${org(orgId)}/dps`, input),
    onSuccess: refresh,
  });
}

export function useOpenDps(orgId: string, dpsId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (version: number) =>
      legacyApi.post<DpsDetail>(`${dpsBase(orgId, dpsId)}/open`, { version }),
    onSuccess: refresh,
  });
}

export function useChangeValidity(orgId: string, dpsId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (input: { validTo: string; reason: string; version: number }) =>
      legacyApi.post<DpsDetail>(`${dpsBase(orgId, dpsId)}/validity`, input),
    onSuccess: refresh,
  });
}

export function useCloseDps(orgId: string, dpsId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (input: { reason: string; version: number }) =>
      legacyApi.post<DpsDetail>(`${dpsBase(orgId, dpsId)}/close`, input),
    onSuccess: refresh,
  });
}

export function useQueue(
  orgId: string,
  dpsId: string,
  status: ApplicationStatus | null,
  enabled: boolean,
) {
  return useQuery({
    queryKey: [...key(orgId), dpsId, 'queue', status],
    queryFn: ({ signal }) =>
      legacyApi.get<ItemList<Application>>(
        `${dpsBase(orgId, dpsId)}/applications${query({ status })}`,
        {
          signal,
        },
      ),
    enabled,
  });
}

export function useApplication(orgId: string, dpsId: string, applicationId: string) {
  return useQuery({
    queryKey: [...key(orgId), dpsId, 'application', applicationId],
    queryFn: ({ signal }) =>
      legacyApi.get<ApplicationDetail>(
        `${dpsBase(orgId, dpsId)}/applications/${enc(applicationId)}`,
        {
          signal,
        },
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
    }) =>
      legacyApi.post<ApplicationDetail>(
        `${dpsBase(orgId, dpsId)}/applications/${enc(applicationId)}/${action}`,
        action === 'approve' ? { version } : { reason, version },
      ),
    onSuccess: refresh,
  });
}

export function useAdmitted(orgId: string, dpsId: string) {
  return useQuery({
    queryKey: [...key(orgId), dpsId, 'admitted'],
    queryFn: ({ signal }) =>
      legacyApi.get<ItemList<AdmittedCategory>>(`${dpsBase(orgId, dpsId)}/suppliers`, { signal }),
  });
}

export function useDeclarationRequests(orgId: string, dpsId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...key(orgId), dpsId, 'declaration-requests'],
    queryFn: ({ signal }) =>
      legacyApi.get<ItemList<DeclarationRequest>>(`${dpsBase(orgId, dpsId)}/declaration-requests`, {
        signal,
      }),
    enabled,
  });
}

export function useRequestDeclaration(orgId: string, dpsId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (supplierId: string) =>
      legacyApi.post<DeclarationRequest>(`${dpsBase(orgId, dpsId)}/declaration-requests`, {
        supplierId,
      }),
    onSuccess: refresh,
  });
}

// ---- the supplier's side -------------------------------------------------------------------------

export function useMarket(orgId: string) {
  return useQuery({
    queryKey: [...key(orgId), 'market'],
    queryFn: ({ signal }) =>
      legacyApi.get<ItemList<MarketItem> & { documents: OwnDocument[] }>(
        `${org(orgId)}/dps-market`,
        {
          signal,
        },
      ),
  });
}

export function useApply(orgId: string, dpsId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (input: { categoryIds: string[]; answers: Answer[] }) =>
      legacyApi.post<ApplicationDetail>(
        `${org(orgId)}/dps-market/${enc(dpsId)}/applications`,
        input,
      ),
    onSuccess: refresh,
  });
}

export function useOwnApplications(orgId: string) {
  return useQuery({
    queryKey: [...key(orgId), 'own-applications'],
    queryFn: ({ signal }) =>
      legacyApi.get<ItemList<Application>>(`${org(orgId)}/dps-applications`, { signal }),
  });
}

export function useWithdraw(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      legacyApi.post<ApplicationDetail>(`${org(orgId)}/dps-applications/${enc(id)}/withdraw`, {
        version,
      }),
    onSuccess: refresh,
  });
}

export function useOwnDeclarationRequests(orgId: string) {
  return useQuery({
    queryKey: [...key(orgId), 'declaration-requests'],
    queryFn: ({ signal }) =>
      legacyApi.get<ItemList<DeclarationRequest>>(`${org(orgId)}/dps-declaration-requests`, {
        signal,
      }),
  });
}

export function useAnswerDeclaration(orgId: string, requestId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (answers: { requirementId: string; declared: boolean }[]) =>
      legacyApi.post<DeclarationRequest>(
        `${org(orgId)}/dps-declaration-requests/${enc(requestId)}/answer`,
        { answers },
      ),
    onSuccess: refresh,
  });
}

export function usePeers(orgId: string, dpsId: string) {
  return useQuery({
    queryKey: [...key(orgId), dpsId, 'peers'],
    queryFn: ({ signal }) =>
      legacyApi.get<ItemList<AdmittedCategory>>(
        `${org(orgId)}/dps-market/${enc(dpsId)}/suppliers`,
        {
          signal,
        },
      ),
  });
}
