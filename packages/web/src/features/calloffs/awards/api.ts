// The awards area's API: the evaluation report, set-asides, the award, the order, the timeline
// and the bidder's decision. After a change the call-off's queries are refreshed.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, enc, type Answer, type Body } from '../../../lib/api';

export type Evaluation = Answer<'/api/organisations/{orgId}/calloffs/{calloffId}/evaluation'>;
export type EvaluatedBid = Evaluation['bids'][number];
export type ComparisonValueView = NonNullable<EvaluatedBid['comparisonValue']>;
export type SetAsideReasonView = EvaluatedBid['setAsideReasons'][number];
export type AwardDecisionView = NonNullable<Evaluation['decision']>;
export type TimelineEvent =
  Answer<'/api/organisations/{orgId}/calloffs/{calloffId}/timeline'>['items'][number];
export type BidderDecision =
  Answer<'/api/organisations/{orgId}/tenders/{calloffId}/award-decision'>;
export type AwardInput = Body<'/api/organisations/{orgId}/calloffs/{calloffId}/award', 'post'>;
export type OrderInput = Body<'/api/organisations/{orgId}/calloffs/{calloffId}/order', 'post'>;

const calloffsKey = (orgId: string) => ['organisations', orgId, 'calloffs'] as const;
const calloffPath = (orgId: string, calloffId: string) =>
  `/api/organisations/${enc(orgId)}/calloffs/${enc(calloffId)}`;
const tenderPath = (orgId: string, calloffId: string) =>
  `/api/organisations/${enc(orgId)}/tenders/${enc(calloffId)}`;

export const buyerDecisionPdf = (orgId: string, calloffId: string, locale: string) =>
  `${calloffPath(orgId, calloffId)}/award-decision.pdf?locale=${locale}`;
export const bidderDecisionPdf = (orgId: string, calloffId: string, locale: string) =>
  `${tenderPath(orgId, calloffId)}/award-decision.pdf?locale=${locale}`;

export function useEvaluation(orgId: string, calloffId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...calloffsKey(orgId), 'one', calloffId, 'evaluation'],
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/calloffs/{calloffId}/evaluation',
        { path: { orgId, calloffId } },
        { signal },
      ),
    enabled,
  });
}

export function useTimeline(orgId: string, calloffId: string) {
  return useQuery({
    queryKey: [...calloffsKey(orgId), 'one', calloffId, 'timeline'],
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/calloffs/{calloffId}/timeline',
        { path: { orgId, calloffId } },
        { signal },
      ),
  });
}

/** Any change here moves the call-off on: refresh it, its evaluation and its timeline. */
function useAwardMutation<Input, Output>(orgId: string, send: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: calloffsKey(orgId) });
      void client.invalidateQueries({ queryKey: ['organisations', orgId, 'needs'] });
      void client.invalidateQueries({ queryKey: ['organisations', orgId, 'orders'] });
    },
  });
}

export function useSetAside(orgId: string, calloffId: string) {
  return useAwardMutation(orgId, (input: { bidId: string; reason: string }) =>
    api.put('/api/organisations/{orgId}/calloffs/{calloffId}/bids/{bidId}/set-aside', {
      path: { orgId, calloffId, bidId: input.bidId },
      body: { reason: input.reason },
    }),
  );
}

export function useRemoveSetAside(orgId: string, calloffId: string) {
  return useAwardMutation(orgId, (bidId: string) =>
    api.delete('/api/organisations/{orgId}/calloffs/{calloffId}/bids/{bidId}/set-aside', {
      path: { orgId, calloffId, bidId },
    }),
  );
}

export function useAward(orgId: string, calloffId: string) {
  return useAwardMutation(orgId, (input: AwardInput) =>
    api.post('/api/organisations/{orgId}/calloffs/{calloffId}/award', {
      path: { orgId, calloffId },
      body: input,
    }),
  );
}

export function useOrder(orgId: string, calloffId: string) {
  return useAwardMutation(orgId, (input: OrderInput) =>
    api.post('/api/organisations/{orgId}/calloffs/{calloffId}/order', {
      path: { orgId, calloffId },
      body: input,
    }),
  );
}

export function useBidderDecision(orgId: string, calloffId: string) {
  return useQuery({
    queryKey: ['organisations', orgId, 'tenders', calloffId, 'award-decision'],
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/tenders/{calloffId}/award-decision',
        { path: { orgId, calloffId } },
        { signal },
      ),
    retry: false,
  });
}
