import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, type Answer } from '../../../lib/api';
import { queryKeys } from '../../../lib/queryKeys';

type AuditPage = Answer<'/api/organisations/{orgId}/audit'>;
export type AuditRecord = AuditPage['items'][number];
export type ChainVerification = Answer<'/api/organisations/{orgId}/audit/verification'>;

const PAGE_SIZE = 50;

export function useAuditTrail(orgId: string) {
  return useInfiniteQuery({
    queryKey: queryKeys.audit(orgId),
    queryFn: ({ pageParam, signal }) =>
      api.get(
        '/api/organisations/{orgId}/audit',
        { path: { orgId }, query: { before: pageParam ?? undefined, limit: PAGE_SIZE } },
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}

/** Verification runs only when asked for (it reads the whole chain). */
export function useChainVerification(orgId: string) {
  return useQuery({
    queryKey: queryKeys.auditVerification(orgId),
    queryFn: ({ signal }) =>
      api.get('/api/organisations/{orgId}/audit/verification', { path: { orgId } }, { signal }),
    enabled: false,
    gcTime: 0,
    retry: false,
  });
}
