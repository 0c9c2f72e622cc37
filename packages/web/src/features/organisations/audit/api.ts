import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { legacyApi, enc, query } from '../../../lib/api';
import { queryKeys } from '../../../lib/queryKeys';
import type { Page } from '../../../lib/types';

export interface AuditRecord {
  id: string;
  seq: number;
  at: string;
  actor: { id: string; name: string; email: string } | null;
  action: string;
  objectType: string;
  objectId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  firstProblem: null | {
    seq: number;
    id: string;
    reason: 'tampered' | 'missing' | 'broken_link' | (string & {});
  };
}

const PAGE_SIZE = 50;

export function useAuditTrail(orgId: string) {
  return useInfiniteQuery({
    queryKey: queryKeys.audit(orgId),
    queryFn: ({ pageParam, signal }) =>
      legacyApi.get<Page<AuditRecord>>(
        `/api/organisations/${enc(orgId)}/audit${query({ before: pageParam, limit: PAGE_SIZE })}`,
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
      legacyApi.get<ChainVerification>(`/api/organisations/${enc(orgId)}/audit/verification`, {
        signal,
      }),
    enabled: false,
    gcTime: 0,
    retry: false,
  });
}
