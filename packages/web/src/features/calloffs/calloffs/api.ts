import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { CALLOFF_PROCEDURES } from '@tildel/domain/procedures/vocabulary';
import { api, type Answer, type Body, type Query } from '../../../lib/api';
import { sortsOf, type PageState } from '../../../lib/paging';

const LIST = '/api/organisations/{orgId}/calloffs';

export type CalloffSummary = Answer<typeof LIST>['items'][number];
export type CalloffStatus = CalloffSummary['status'];
export type Procedure = CalloffSummary['procedure'];
export type CalloffDetail = Answer<'/api/organisations/{orgId}/calloffs/{calloffId}'>;
export type RequirementView = CalloffDetail['requirements'][number];

type EvaluationInput = Body<'/api/organisations/{orgId}/calloffs/{calloffId}/evaluation', 'put'>;
export type RequirementInput = EvaluationInput['requirements'][number];
export type ModelInput = EvaluationInput['model'];

/** The statuses in the order the filter lists them. */
export const CALLOFF_STATUSES = [
  'draft',
  'open',
  'offering',
  'evaluation',
  'awarded',
  'ordered',
  'unfulfilled',
  'cancelled',
] as const satisfies readonly CalloffStatus[];
export const PROCEDURES = CALLOFF_PROCEDURES;

const key = (orgId: string) => ['organisations', orgId, 'calloffs'] as const;

export type CalloffSort = NonNullable<Query<typeof LIST>['sort']>;
export const CALLOFF_SORTS = sortsOf<CalloffSort>({
  created: true,
  need: true,
  status: true,
  procedure: true,
});
export const CALLOFF_PAGE_DEFAULTS = { sort: 'created', order: 'desc' } as const;

/** One page of the call-offs, as the list's URL asks (the home page asks for its first few). */
export function useCalloffs(
  orgId: string,
  filter: { status?: CalloffStatus | undefined; procedure?: Procedure | undefined },
  page: Pick<PageState<CalloffSort>, 'params'>,
) {
  return useQuery({
    queryKey: [...key(orgId), 'list', filter, page.params],
    queryFn: ({ signal }) =>
      api.get(LIST, { path: { orgId }, query: { ...filter, ...page.params } }, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCalloff(orgId: string, calloffId: string) {
  return useQuery({
    queryKey: [...key(orgId), 'one', calloffId],
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/calloffs/{calloffId}',
        { path: { orgId, calloffId } },
        { signal },
      ),
  });
}

function useCalloffMutation<Input>(orgId: string, send: (input: Input) => Promise<CalloffDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (detail) => {
      client.setQueryData([...key(orgId), 'one', detail.id], detail);
      void client.invalidateQueries({ queryKey: key(orgId) });
      void client.invalidateQueries({ queryKey: ['organisations', orgId, 'needs'] });
    },
  });
}

export function useStartCalloff(orgId: string) {
  return useCalloffMutation(orgId, (input: Body<'/api/organisations/{orgId}/calloffs', 'post'>) =>
    api.post('/api/organisations/{orgId}/calloffs', { path: { orgId }, body: input }),
  );
}

export function useSaveEvaluation(orgId: string, calloffId: string) {
  return useCalloffMutation(orgId, (input: EvaluationInput) =>
    api.put('/api/organisations/{orgId}/calloffs/{calloffId}/evaluation', {
      path: { orgId, calloffId },
      body: input,
    }),
  );
}

export function useCancelCalloff(orgId: string, calloffId: string) {
  return useCalloffMutation(
    orgId,
    (input: Body<'/api/organisations/{orgId}/calloffs/{calloffId}/cancel', 'post'>) =>
      api.post('/api/organisations/{orgId}/calloffs/{calloffId}/cancel', {
        path: { orgId, calloffId },
        body: input,
      }),
  );
}
