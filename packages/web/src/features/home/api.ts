import { useQuery } from '@tanstack/react-query';
import { api, enc } from '../../lib/api';
import { queryKeys } from '../../lib/queryKeys';
import type { Invitation, ItemList, Member } from '../../lib/types';

export function useMemberCount(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.members(orgId),
    queryFn: ({ signal }) =>
      api.get<ItemList<Member>>(`/api/organisations/${enc(orgId)}/members`, { signal }),
    enabled,
    select: (data) => data.items.length,
  });
}

export function useInvitationsForCount(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.invitations(orgId),
    queryFn: ({ signal }) =>
      api.get<ItemList<Invitation>>(`/api/organisations/${enc(orgId)}/invitations`, { signal }),
    enabled,
  });
}
