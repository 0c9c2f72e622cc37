import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Answer, type Body } from '../../../lib/api';
import { queryKeys } from '../../../lib/queryKeys';

const PROVIDER = '/api/organisations/{orgId}/identity-provider';

export type IdentityProviderAnswer = Answer<typeof PROVIDER>;
export type IdentityProviderSettings = NonNullable<IdentityProviderAnswer['provider']>;
export type IdentityProviderBody = Body<typeof PROVIDER, 'put'>;

const key = (orgId: string) => ['organisations', orgId, 'identity-provider'] as const;

export function useIdentityProvider(orgId: string) {
  return useQuery({
    queryKey: key(orgId),
    queryFn: ({ signal }) => api.get(PROVIDER, { path: { orgId } }, { signal }),
  });
}

function useRefreshAfter(orgId: string) {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: key(orgId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.audit(orgId) }),
    ]);
  };
}

export function useSaveIdentityProvider(orgId: string) {
  const refresh = useRefreshAfter(orgId);
  return useMutation({
    mutationFn: (body: IdentityProviderBody) => api.put(PROVIDER, { path: { orgId }, body }),
    onSuccess: refresh,
  });
}

export function useRemoveIdentityProvider(orgId: string) {
  const refresh = useRefreshAfter(orgId);
  return useMutation({
    mutationFn: () => api.delete(PROVIDER, { path: { orgId } }),
    onSuccess: refresh,
  });
}
