import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Answer, type Query } from '../../../lib/api';
import { sortsOf, type PageState } from '../../../lib/paging';

const LIST = '/api/organisations/{orgId}/notifications';

export type Notification = Answer<typeof LIST>['items'][number];
export type NotificationSort = NonNullable<Query<typeof LIST>['sort']>;
export const NOTIFICATION_SORTS = sortsOf<NotificationSort>({ time: true, title: true });

/** The header polls the count this often (and again when the window regains focus). */
const POLL_MS = 60_000;

const keys = {
  all: (orgId: string) => ['organisations', orgId, 'notifications'] as const,
  count: (orgId: string) => ['organisations', orgId, 'notifications', 'unread-count'] as const,
  list: (orgId: string, unread: boolean, params: PageState['params']) =>
    ['organisations', orgId, 'notifications', 'list', { unread }, params] as const,
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

/** One page of the inbox (or of its unread notifications), as the page's URL asks. */
export function useNotifications(
  orgId: string,
  unread: boolean,
  page: PageState<NotificationSort>,
) {
  return useQuery({
    queryKey: keys.list(orgId, unread, page.params),
    queryFn: ({ signal }) =>
      api.get(LIST, { path: { orgId }, query: { ...page.params, unread } }, { signal }),
    placeholderData: keepPreviousData,
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
