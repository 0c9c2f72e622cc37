import { useQuery } from '@tanstack/react-query';
import { api, type Answer } from '../../lib/api';
import { queryKeys } from '../../lib/queryKeys';
import { platformKeys } from '../../features/organisations/platform-admin/api';

// The counts ask for one row: the answer names how many there are in all.
export function useMemberCount(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...queryKeys.members(orgId), 'count'],
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/members',
        { path: { orgId }, query: { limit: 1 } },
        { signal },
      ),
    enabled,
    select: (data) => data.total,
  });
}

export function useOpenInvitationCount(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...queryKeys.invitations(orgId), 'open-count'],
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/invitations',
        { path: { orgId }, query: { open: true, limit: 1 } },
        { signal },
      ),
    enabled,
    select: (data) => data.total,
  });
}

export function useOrganisationCount() {
  return useQuery({
    queryKey: [...platformKeys.organisations, 'count'],
    queryFn: ({ signal }) =>
      api.get('/api/platform/organisations', { query: { limit: 1 } }, { signal }),
    select: (data) => data.total,
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
