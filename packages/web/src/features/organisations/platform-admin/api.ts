import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Answer, type Body } from '../../../lib/api';

/** One organisation as the platform administrator sees it. */
export type PlatformOrganisation = Answer<'/api/platform/organisations'>['items'][number];
export type NewOrganisation = Body<'/api/platform/organisations', 'post'>;
export type RegisteredOrganisation = Answer<'/api/platform/organisations', 'post'>;

export const platformKeys = {
  organisations: ['platform', 'organisations'] as const,
};

export function usePlatformOrganisations() {
  return useQuery({
    queryKey: platformKeys.organisations,
    queryFn: ({ signal }) => api.get('/api/platform/organisations', {}, { signal }),
  });
}

export function useRegisterOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewOrganisation) =>
      api.post('/api/platform/organisations', { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: platformKeys.organisations }),
  });
}
