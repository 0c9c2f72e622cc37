import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Answer, type Query } from '../../../lib/api';
import { sortsOf, type PageState } from '../../../lib/paging';
import { queryKeys } from '../../../lib/queryKeys';

type AuditPage = Answer<'/api/organisations/{orgId}/audit'>;
export type AuditRecord = AuditPage['items'][number];
export type ChainVerification = Answer<'/api/organisations/{orgId}/audit/verification'>;

const TRAIL = '/api/organisations/{orgId}/audit';

export type AuditSort = NonNullable<Query<typeof TRAIL>['sort']>;
export const AUDIT_SORTS = sortsOf<AuditSort>({ seq: true, actor: true, action: true });

/** One page of the trail, as the page's URL asks. */
export function useAuditTrail(orgId: string, page: PageState<AuditSort>) {
  return useQuery({
    queryKey: [...queryKeys.audit(orgId), page.params],
    queryFn: ({ signal }) => api.get(TRAIL, { path: { orgId }, query: page.params }, { signal }),
    placeholderData: keepPreviousData,
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
