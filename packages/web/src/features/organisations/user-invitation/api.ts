import { useMutation, useQuery } from '@tanstack/react-query';
import { api, type Answer, type Body } from '../../../lib/api';
import { queryKeys } from '../../../lib/queryKeys';

export type PublicInvitation = Answer<'/api/invitations/{token}'>;

export function usePublicInvitation(token: string) {
  return useQuery({
    queryKey: queryKeys.invitationByToken(token),
    queryFn: ({ signal }) =>
      api.get('/api/invitations/{token}', { path: { token } }, { signal, allowUnauthorized: true }),
    retry: false,
  });
}

export type AcceptInput = Body<'/api/invitations/{token}/accept', 'post'>;

export function useAcceptInvitation(token: string) {
  return useMutation({
    mutationFn: (input: AcceptInput) =>
      api.post(
        '/api/invitations/{token}/accept',
        { path: { token }, body: input },
        { allowUnauthorized: true },
      ),
  });
}
