// The buyer's side of publishing: who would be invited, publishing, questions, changes.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Answer, type Body } from '../../../lib/api';

export type Publication = Answer<'/api/organisations/{orgId}/calloffs/{calloffId}/publication'>;
export type LeftOutReason = NonNullable<Publication['preview']>['leftOut'][number]['reason'];
export type BuyerQuestion = Answer<
  '/api/organisations/{orgId}/calloffs/{calloffId}/questions/{questionId}/answer',
  'post'
>;

const calloffsKey = (orgId: string) => ['organisations', orgId, 'calloffs'] as const;

export function usePublication(orgId: string, calloffId: string) {
  return useQuery({
    queryKey: [...calloffsKey(orgId), 'one', calloffId, 'publication'],
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/calloffs/{calloffId}/publication',
        { path: { orgId, calloffId } },
        { signal },
      ),
  });
}

export function useQuestions(orgId: string, calloffId: string) {
  return useQuery({
    queryKey: [...calloffsKey(orgId), 'one', calloffId, 'questions'],
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/calloffs/{calloffId}/questions',
        { path: { orgId, calloffId } },
        { signal },
      ),
  });
}

/** A change to the call-off: the answer replaces it and every view of it is read again. */
function useCalloffChange<Input, Output>(orgId: string, send: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => void client.invalidateQueries({ queryKey: calloffsKey(orgId) }),
  });
}

export function usePublish(orgId: string, calloffId: string) {
  return useCalloffChange(
    orgId,
    (input: Body<'/api/organisations/{orgId}/calloffs/{calloffId}/publish', 'post'>) =>
      api.post('/api/organisations/{orgId}/calloffs/{calloffId}/publish', {
        path: { orgId, calloffId },
        body: input,
      }),
  );
}

export function useChangeRequest(orgId: string, calloffId: string) {
  return useCalloffChange(
    orgId,
    (input: Body<'/api/organisations/{orgId}/calloffs/{calloffId}/changes', 'post'>) =>
      api.post('/api/organisations/{orgId}/calloffs/{calloffId}/changes', {
        path: { orgId, calloffId },
        body: input,
      }),
  );
}

export function useAnswer(orgId: string, calloffId: string) {
  type Input = { questionId: string } & Body<
    '/api/organisations/{orgId}/calloffs/{calloffId}/questions/{questionId}/answer',
    'post'
  >;
  return useCalloffChange(orgId, (input: Input) =>
    api.post('/api/organisations/{orgId}/calloffs/{calloffId}/questions/{questionId}/answer', {
      path: { orgId, calloffId, questionId: input.questionId },
      body: { answer: input.answer },
    }),
  );
}
