import { useMutation, useQuery } from '@tanstack/react-query';
import { legacyApi, enc } from '../../../lib/api';
import { queryKeys } from '../../../lib/queryKeys';
import type { Me, Role } from '../../../lib/types';

export interface PublicInvitation {
  organisationName: string;
  email: string;
  roles: Role[];
  existingUser: boolean;
  expiresAt: string;
}

export function usePublicInvitation(token: string) {
  return useQuery({
    queryKey: queryKeys.invitationByToken(token),
    queryFn: ({ signal }) =>
      legacyApi.get<PublicInvitation>(`/api/invitations/${enc(token)}`, {
        signal,
        allowUnauthorized: true,
      }),
    retry: false,
  });
}

export type AcceptInput = { name: string; password: string } | { password: string };

export function useAcceptInvitation(token: string) {
  return useMutation({
    mutationFn: (input: AcceptInput) =>
      legacyApi.post<Me>(`/api/invitations/${enc(token)}/accept`, input, {
        allowUnauthorized: true,
      }),
  });
}
