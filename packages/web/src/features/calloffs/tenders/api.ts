// The supplier's inbox and one tender: the request it was invited to, its questions, declining.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Answer, type Body, type Query } from '../../../lib/api';
import { sortsOf, type PageState } from '../../../lib/paging';
import { withNeed, type Need } from '../needs/api';

const INBOX = '/api/organisations/{orgId}/tenders';
const TENDER = '/api/organisations/{orgId}/tenders/{calloffId}';

export type InboxItem = Answer<typeof INBOX>['items'][number];
export type TenderStatus = InboxItem['status'];
/** The pseudonymised request; its need is the domain's Need as the caseworker wrote it. */
export type Tender = Omit<Answer<typeof TENDER>, 'need'> & { need: Need };
export type TenderQuestion = Tender['questions'][number];

const key = (orgId: string) => ['organisations', orgId, 'tenders'] as const;

export type InboxSort = NonNullable<Query<typeof INBOX>['sort']>;
export const INBOX_SORTS = sortsOf<InboxSort>({
  invited: true,
  deadline: true,
  title: true,
  buyer: true,
});
export const INBOX_PAGE_DEFAULTS = { sort: 'invited', order: 'desc' } as const;

/** One page of the inbox, as the list's URL asks. */
export function useInbox(orgId: string, page: Pick<PageState<InboxSort>, 'params'>) {
  return useQuery({
    queryKey: [...key(orgId), 'inbox', page.params],
    queryFn: ({ signal }) => api.get(INBOX, { path: { orgId }, query: page.params }, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useTender(orgId: string, calloffId: string) {
  return useQuery({
    queryKey: [...key(orgId), 'one', calloffId],
    queryFn: ({ signal }) => withNeed(api.get(TENDER, { path: { orgId, calloffId } }, { signal })),
  });
}

function useTenderAction<Input, Output>(orgId: string, send: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => void client.invalidateQueries({ queryKey: key(orgId) }),
  });
}

export function useAskQuestion(orgId: string, calloffId: string) {
  return useTenderAction(
    orgId,
    (input: Body<'/api/organisations/{orgId}/tenders/{calloffId}/questions', 'post'>) =>
      api.post('/api/organisations/{orgId}/tenders/{calloffId}/questions', {
        path: { orgId, calloffId },
        body: input,
      }),
  );
}

export function useDecline(orgId: string, calloffId: string) {
  return useTenderAction(
    orgId,
    (input: Body<'/api/organisations/{orgId}/tenders/{calloffId}/decline', 'post'>) =>
      api.post('/api/organisations/{orgId}/tenders/{calloffId}/decline', {
        path: { orgId, calloffId },
        body: input,
      }),
  );
}
