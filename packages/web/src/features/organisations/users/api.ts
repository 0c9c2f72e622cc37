import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { legacyApi, enc } from '../../../lib/api';
import { queryKeys } from '../../../lib/queryKeys';
import type { Invitation, ItemList, Locale, Member, Role } from '../../../lib/types';

const base = (orgId: string) => `/api/organisations/${enc(orgId)}`;

export function useMembers(orgId: string) {
  return useQuery({
    queryKey: queryKeys.members(orgId),
    queryFn: ({ signal }) => legacyApi.get<ItemList<Member>>(`${base(orgId)}/members`, { signal }),
  });
}

export function useInvitations(orgId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.invitations(orgId),
    queryFn: ({ signal }) =>
      legacyApi.get<ItemList<Invitation>>(`${base(orgId)}/invitations`, { signal }),
    enabled,
  });
}

export function useAssignableRoles(orgId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.assignableRoles(orgId),
    queryFn: ({ signal }) =>
      legacyApi.get<{ roles: Role[] }>(`${base(orgId)}/assignable-roles`, { signal }),
    enabled,
    staleTime: 10 * 60_000,
  });
}

export function useUpdateMemberRoles(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, roles }: { userId: string; roles: Role[] }) =>
      legacyApi.put<Member>(`${base(orgId)}/members/${enc(userId)}`, { roles }),
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
    mutationFn: (userId: string) => legacyApi.delete(`${base(orgId)}/members/${enc(userId)}`),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.members(orgId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.audit(orgId) }),
      ]);
    },
  });
}

export interface NewInvitation {
  email: string;
  roles: Role[];
  locale: Locale;
}

export function useCreateInvitation(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewInvitation) =>
      legacyApi.post<Invitation>(`${base(orgId)}/invitations`, input),
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
      legacyApi.delete(`${base(orgId)}/invitations/${enc(invitationId)}`),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.invitations(orgId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.audit(orgId) }),
      ]);
    },
  });
}
