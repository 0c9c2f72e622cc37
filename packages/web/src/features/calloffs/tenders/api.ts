// The supplier's inbox and one tender: the request it was invited to, its questions, declining.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Answer, type Body } from '../../../lib/api';
import { withNeed, type Need } from '../needs/api';

const TENDER = '/api/organisations/{orgId}/tenders/{calloffId}';

export type InboxItem = Answer<'/api/organisations/{orgId}/tenders'>['items'][number];
export type TenderStatus = InboxItem['status'];
/** The pseudonymised request; its need is the domain's Need as the caseworker wrote it. */
export type Tender = Omit<Answer<typeof TENDER>, 'need'> & { need: Need };
export type TenderQuestion = Tender['questions'][number];

const key = (orgId: string) => ['organisations', orgId, 'tenders'] as const;

export function useInbox(orgId: string) {
  return useQuery({
    queryKey: [...key(orgId), 'inbox'],
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/tenders',
        { path: { orgId }, query: { limit: 200 } },
        { signal },
      ),
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
