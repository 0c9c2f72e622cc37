import { useQuery } from '@tanstack/react-query';
import { api, type Answer } from '../../lib/api';
import { queryKeys } from '../../lib/queryKeys';

export function useMemberCount(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.members(orgId),
    queryFn: ({ signal }) =>
      api.get('/api/organisations/{orgId}/members', { path: { orgId } }, { signal }),
    enabled,
    select: (data) => data.items.length,
  });
}

export function useInvitationsForCount(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.invitations(orgId),
    queryFn: ({ signal }) =>
      api.get('/api/organisations/{orgId}/invitations', { path: { orgId } }, { signal }),
    enabled,
  });
}

/** What awaits the caller, by role (GET /worklist); a list is absent when no role calls for it. */
export type Worklist = Answer<'/api/organisations/{orgId}/worklist'>;
export type DocumentExpiring = NonNullable<Worklist['procurement']>['documentsExpiring'][number];

export function useWorklist(orgId: string) {
  return useQuery({
    queryKey: queryKeys.worklist(orgId),
    queryFn: ({ signal }) =>
      api.get('/api/organisations/{orgId}/worklist', { path: { orgId } }, { signal }),
  });
}
