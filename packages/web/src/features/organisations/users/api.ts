import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Body, type Query } from '../../../lib/api';
import { sortsOf, type PageState } from '../../../lib/paging';
import { queryKeys } from '../../../lib/queryKeys';
import type { KnownRole } from '../../../lib/types';

const MEMBERS = '/api/organisations/{orgId}/members';
const INVITATIONS = '/api/organisations/{orgId}/invitations';

export type MemberSort = NonNullable<Query<typeof MEMBERS>['sort']>;
export const MEMBER_SORTS = sortsOf<MemberSort>({ name: true, email: true, joined: true });
export type InvitationSort = NonNullable<Query<typeof INVITATIONS>['sort']>;
export const INVITATION_SORTS = sortsOf<InvitationSort>({ sent: true, email: true, expires: true });

/** One page of the members, as the page's URL asks. */
export function useMembers(orgId: string, page: PageState<MemberSort>) {
  return useQuery({
    queryKey: [...queryKeys.members(orgId), page.params],
    queryFn: ({ signal }) => api.get(MEMBERS, { path: { orgId }, query: page.params }, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** One page of the invitations, as the page's URL asks. */
export function useInvitations(orgId: string, page: PageState<InvitationSort>) {
  return useQuery({
    queryKey: [...queryKeys.invitations(orgId), page.params],
    queryFn: ({ signal }) =>
      api.get(INVITATIONS, { path: { orgId }, query: page.params }, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useAssignableRoles(orgId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.assignableRoles(orgId),
    queryFn: ({ signal }) =>
      api.get('/api/organisations/{orgId}/assignable-roles', { path: { orgId } }, { signal }),
    enabled,
    staleTime: 10 * 60_000,
  });
}

export function useUpdateMemberRoles(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, roles }: { userId: string; roles: KnownRole[] }) =>
      api.put('/api/organisations/{orgId}/members/{userId}', {
        path: { orgId, userId },
        body: { roles },
      }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.members(orgId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.me }),
        queryClient.invalidateQueries({ queryKey: queryKeys.audit(orgId) }),
      ]);
    },
  });
}

export function useRemoveMember(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      api.delete('/api/organisations/{orgId}/members/{userId}', { path: { orgId, userId } }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.members(orgId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.audit(orgId) }),
      ]);
    },
  });
}

export type NewInvitation = Body<'/api/organisations/{orgId}/invitations', 'post'>;

export function useCreateInvitation(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewInvitation) =>
      api.post('/api/organisations/{orgId}/invitations', { path: { orgId }, body: input }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.invitations(orgId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.messages(orgId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.audit(orgId) }),
      ]);
    },
  });
}

export function useRevokeInvitation(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) =>
      api.delete('/api/organisations/{orgId}/invitations/{invitationId}', {
        path: { orgId, invitationId },
      }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.invitations(orgId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.audit(orgId) }),
      ]);
    },
  });
}
