import { useInfiniteQuery } from '@tanstack/react-query';
import { api, type Answer } from '../../../lib/api';
import { queryKeys } from '../../../lib/queryKeys';

export type OutgoingMessage = Answer<'/api/organisations/{orgId}/messages'>['items'][number];

export function useMessages(orgId: string) {
  return useInfiniteQuery({
    queryKey: queryKeys.messages(orgId),
    queryFn: ({ pageParam, signal }) =>
      api.get(
        '/api/organisations/{orgId}/messages',
        { path: { orgId }, query: { before: pageParam ?? undefined, limit: 50 } },
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}
