import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Answer, type Query } from '../../../lib/api';
import { sortsOf, type PageState } from '../../../lib/paging';
import { queryKeys } from '../../../lib/queryKeys';

const LIST = '/api/organisations/{orgId}/messages';

export type OutgoingMessage = Answer<typeof LIST>['items'][number];
export type MessageSort = NonNullable<Query<typeof LIST>['sort']>;
export const MESSAGE_SORTS = sortsOf<MessageSort>({
  time: true,
  to: true,
  subject: true,
  status: true,
});

/** One page of the sent messages, as the page's URL asks. */
export function useMessages(orgId: string, page: PageState<MessageSort>) {
  return useQuery({
    queryKey: [...queryKeys.messages(orgId), page.params],
    queryFn: ({ signal }) => api.get(LIST, { path: { orgId }, query: page.params }, { signal }),
    placeholderData: keepPreviousData,
  });
}
