import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { queryKeys } from '../../../lib/queryKeys';

const PUBLISHING = '/api/organisations/{orgId}/ocds/publishing';
const publishingKey = (orgId: string) => ['organisations', orgId, 'ocds-publishing'] as const;

/** Whether the organisation publishes its awarded procurements as open OCDS data. */
export function usePublishing(orgId: string) {
  return useQuery({
    queryKey: publishingKey(orgId),
    queryFn: ({ signal }) => api.get(PUBLISHING, { path: { orgId } }, { signal }),
  });
}

export function useChangePublishing(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (published: boolean) =>
      api.put(PUBLISHING, { path: { orgId }, body: { published } }),
    onSuccess: async (answer) => {
      queryClient.setQueryData(publishingKey(orgId), answer);
      // The change is in the audit trail.
      await queryClient.invalidateQueries({ queryKey: queryKeys.audit(orgId) });
    },
  });
}
