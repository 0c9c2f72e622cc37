// The ranking cascade: the buyer's view and changes (start, skip), the supplier's own offer and
// its answer, and the agreement's deviation report.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  RESPONSE_WINDOW_UNITS,
  SKIP_REASON_CODES,
  type SkipReasonCode,
} from '@tildel/domain/procedures/vocabulary';
import { api, type Answer, type Body, type Query } from '../../../lib/api';
import { sortsOf, type PageState } from '../../../lib/paging';

export { SKIP_REASON_CODES, type SkipReasonCode };
export const WINDOW_UNITS = RESPONSE_WINDOW_UNITS;
export type WindowUnit = (typeof WINDOW_UNITS)[number];

export type CascadeView = Answer<'/api/organisations/{orgId}/calloffs/{calloffId}/cascade'>;
export type CascadeStepView = CascadeView['steps'][number];
export type StartInput = Body<'/api/organisations/{orgId}/calloffs/{calloffId}/cascade', 'post'>;
export type SkipInput = StartInput['skips'][number];
export type SkipBody = Body<'/api/organisations/{orgId}/calloffs/{calloffId}/cascade/skip', 'post'>;
export type Offer = Answer<'/api/organisations/{orgId}/tenders/{calloffId}/offer'>;

const calloffsKey = (orgId: string) => ['organisations', orgId, 'calloffs'] as const;

export function useCascade(orgId: string, calloffId: string) {
  return useQuery({
    queryKey: [...calloffsKey(orgId), 'one', calloffId, 'cascade'],
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/calloffs/{calloffId}/cascade',
        { path: { orgId, calloffId } },
        { signal },
      ),
  });
}

/** A change of the buyer's: the answer is the call-off, and everything about it is refreshed. */
function useCascadeChange<Input, Detail extends { id: string }>(
  orgId: string,
  send: (input: Input) => Promise<Detail>,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (detail) => {
      client.setQueryData([...calloffsKey(orgId), 'one', detail.id], detail);
      void client.invalidateQueries({ queryKey: calloffsKey(orgId) });
      void client.invalidateQueries({ queryKey: ['organisations', orgId, 'needs'] });
    },
  });
}

export function useStartCascade(orgId: string, calloffId: string) {
  return useCascadeChange(orgId, (input: StartInput) =>
    api.post('/api/organisations/{orgId}/calloffs/{calloffId}/cascade', {
      path: { orgId, calloffId },
      body: input,
    }),
  );
}

export function useSkipSupplier(orgId: string, calloffId: string) {
  return useCascadeChange(orgId, (input: SkipBody) =>
    api.post('/api/organisations/{orgId}/calloffs/{calloffId}/cascade/skip', {
      path: { orgId, calloffId },
      body: input,
    }),
  );
}

const offerKey = (orgId: string, calloffId: string) =>
  ['organisations', orgId, 'tenders', 'one', calloffId, 'offer'] as const;

/** The supplier's own offer; the server answers 404 when it never had one. */
export function useOffer(orgId: string, calloffId: string) {
  return useQuery({
    queryKey: offerKey(orgId, calloffId),
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/tenders/{calloffId}/offer',
        { path: { orgId, calloffId } },
        { signal },
      ),
    retry: false,
  });
}

export function useAnswerOffer(orgId: string, calloffId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (answer: { kind: 'accept' } | { kind: 'decline'; reason: string }) =>
      answer.kind === 'accept'
        ? api.post('/api/organisations/{orgId}/tenders/{calloffId}/offer/accept', {
            path: { orgId, calloffId },
            body: {},
          })
        : api.post('/api/organisations/{orgId}/tenders/{calloffId}/offer/decline', {
            path: { orgId, calloffId },
            body: { reason: answer.reason },
          }),
    onSuccess: (offer) => {
      client.setQueryData(offerKey(orgId, calloffId), offer);
      void client.invalidateQueries({ queryKey: ['organisations', orgId, 'tenders'] });
      void client.invalidateQueries({ queryKey: ['organisations', orgId, 'orders'] });
    },
  });
}

const DEVIATIONS = '/api/organisations/{orgId}/agreements/{agreementId}/deviations';

export type Deviation = Answer<typeof DEVIATIONS>['items'][number];
export type DeviationSort = NonNullable<Query<typeof DEVIATIONS>['sort']>;
export const DEVIATION_SORTS = sortsOf<DeviationSort>({
  decided: true,
  municipality: true,
  lot: true,
  supplier: true,
  reason: true,
});
export const DEVIATION_PAGE_DEFAULTS = { sort: 'decided', order: 'desc' } as const;

/** One page of the agreement's deviation report, as the list's URL asks. */
export function useDeviations(orgId: string, agreementId: string, page: PageState<DeviationSort>) {
  return useQuery({
    queryKey: ['organisations', orgId, 'agreements', agreementId, 'deviations', page.params],
    queryFn: ({ signal }) =>
      api.get(DEVIATIONS, { path: { orgId, agreementId }, query: page.params }, { signal }),
    placeholderData: keepPreviousData,
  });
}
