import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Answer } from '../../../lib/api';

export type Notification = Answer<'/api/organisations/{orgId}/notifications'>['items'][number];

/** The header polls the count this often (and again when the window regains focus). */
const POLL_MS = 60_000;

const keys = {
  all: (orgId: string) => ['organisations', orgId, 'notifications'] as const,
  count: (orgId: string) => ['organisations', orgId, 'notifications', 'unread-count'] as const,
  list: (orgId: string, unread: boolean) =>
    ['organisations', orgId, 'notifications', 'list', { unread }] as const,
};

export function useUnreadCount(orgId: string) {
  return useQuery({
    queryKey: keys.count(orgId),
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/notifications/unread-count',
        { path: { orgId } },
        { signal },
      ),
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: true,
  });
}

export function useNotifications(orgId: string, unread: boolean) {
  return useInfiniteQuery({
    queryKey: keys.list(orgId, unread),
    queryFn: ({ pageParam, signal }) =>
      api.get(
        '/api/organisations/{orgId}/notifications',
        { path: { orgId }, query: { before: pageParam ?? undefined, limit: 25, unread } },
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
    refetchOnWindowFocus: true,
  });
}

export function useMarkRead(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (notificationId: string) =>
      api.post('/api/organisations/{orgId}/notifications/{notificationId}/read', {
        path: { orgId, notificationId },
        body: {},
      }),
    onSettled: () => client.invalidateQueries({ queryKey: keys.all(orgId) }),
  });
}

export function useMarkAllRead(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api.post('/api/organisations/{orgId}/notifications/read', { path: { orgId }, body: {} }),
    onSettled: () => client.invalidateQueries({ queryKey: keys.all(orgId) }),
  });
}
