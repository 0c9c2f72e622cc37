// The offer survey's API hooks: the matching team's survey of a referral, and the supplier's
// requests with its answer.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Answer, type Body, type Query } from '../../../lib/api';
import { sortsOf, type PageState } from '../../../lib/paging';

const SURVEY = '/api/organisations/{orgId}/referrals/{referralId}/survey';
const REQUESTS = '/api/organisations/{orgId}/offer-requests';
const REQUEST = '/api/organisations/{orgId}/offer-requests/{requestId}';

export type Survey = Answer<typeof SURVEY>;
export type SurveyRequest = Survey['requests'][number];
export type OfferRequestSummary = Answer<typeof REQUESTS>['items'][number];
export type OfferRequest = Answer<typeof REQUEST>;
export type AnswerInput = Body<typeof REQUEST, 'put'>;
export type NegotiationInput = Body<
  '/api/organisations/{orgId}/survey-requests/{requestId}/negotiation',
  'post'
>;
export type ChoiceInput = Body<'/api/organisations/{orgId}/referrals/{referralId}/choice', 'post'>;

export type OfferRequestSort = NonNullable<Query<typeof REQUESTS>['sort']>;
export const OFFER_REQUEST_SORTS = sortsOf<OfferRequestSort>({ reply_by: true, sent: true });
export const OFFER_REQUEST_PAGE_DEFAULTS = { sort: 'reply_by', order: 'asc' } as const;

const surveyKey = (orgId: string, referralId: string) =>
  ['organisations', orgId, 'referrals', referralId, 'survey'] as const;
const requestsKey = (orgId: string) => ['organisations', orgId, 'offer-requests'] as const;

export function useSurvey(orgId: string, referralId: string) {
  return useQuery({
    queryKey: surveyKey(orgId, referralId),
    queryFn: ({ signal }) => api.get(SURVEY, { path: { orgId, referralId } }, { signal }),
  });
}

/** A change to the survey answers the survey anew; the referral's state changes with it. */
function useSurveyChange<Variables>(
  orgId: string,
  referralId: string,
  send: (variables: Variables) => Promise<Survey>,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (survey) => {
      client.setQueryData(surveyKey(orgId, referralId), survey);
      void client.invalidateQueries({ queryKey: ['organisations', orgId, 'referrals'] });
      void client.invalidateQueries({ queryKey: ['organisations', orgId, 'orders'] });
    },
  });
}

export function useSendSurvey(orgId: string, referralId: string) {
  return useSurveyChange(orgId, referralId, (establishmentIds: string[]) =>
    api.post(SURVEY, { path: { orgId, referralId }, body: { establishmentIds } }),
  );
}

export function useSendAcute(orgId: string, referralId: string) {
  return useSurveyChange(orgId, referralId, () =>
    api.post('/api/organisations/{orgId}/referrals/{referralId}/survey/acute', {
      path: { orgId, referralId },
      body: {},
    }),
  );
}

export function useRecordRound(orgId: string, referralId: string, requestId: string) {
  return useSurveyChange(orgId, referralId, (body: NegotiationInput) =>
    api.post('/api/organisations/{orgId}/survey-requests/{requestId}/negotiation', {
      path: { orgId, requestId },
      body,
    }),
  );
}

export function useChooseOffer(orgId: string, referralId: string) {
  return useSurveyChange(orgId, referralId, (body: ChoiceInput) =>
    api.post('/api/organisations/{orgId}/referrals/{referralId}/choice', {
      path: { orgId, referralId },
      body,
    }),
  );
}

// ---- the supplier's side -----------------------------------------------------------------------

export function useOfferRequests(orgId: string, page: PageState<OfferRequestSort>) {
  return useQuery({
    queryKey: [...requestsKey(orgId), 'list', page.params],
    queryFn: ({ signal }) => api.get(REQUESTS, { path: { orgId }, query: page.params }, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useOfferRequest(orgId: string, requestId: string) {
  return useQuery({
    queryKey: [...requestsKey(orgId), 'one', requestId],
    queryFn: ({ signal }) => api.get(REQUEST, { path: { orgId, requestId } }, { signal }),
  });
}

export function useAnswerOfferRequest(orgId: string, requestId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AnswerInput) => api.put(REQUEST, { path: { orgId, requestId }, body }),
    onSuccess: (request) => {
      client.setQueryData([...requestsKey(orgId), 'one', requestId], request);
      void client.invalidateQueries({ queryKey: [...requestsKey(orgId), 'list'] });
    },
  });
}
