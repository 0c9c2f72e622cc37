import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Need, NeedKind } from '@tildel/domain/need';
import { api, type Answer, type Body, type Query } from '../../../lib/api';
import { sortsOf, type PageState } from '../../../lib/paging';

export type { Need, NeedKind };

/**
 * The need travels as the domain's Need both ways: the server checks it by its kind (a JSON
 * schema if/then/else) and answers it as stored, which the generated types cannot follow.
 */
type WithNeed<T> = Omit<T, 'need'> & { need: Need };
/** An answer whose need is read as the domain's Need (see WithNeed). */
export const withNeed = <T extends { need: unknown }>(answer: Promise<T>) =>
  answer as Promise<WithNeed<T>>;

const LIST = '/api/organisations/{orgId}/needs';

export type NeedSummary = Answer<typeof LIST>['items'][number];
export type NeedStatus = NeedSummary['status'];
export type NeedDetail = WithNeed<Answer<'/api/organisations/{orgId}/needs/{needId}'>>;
export type NeedInput = WithNeed<Body<'/api/organisations/{orgId}/needs', 'post'>>;

/** The statuses in the order the filter lists them. */
export const NEED_STATUSES = [
  'draft',
  'submitted',
  'in_calloff',
  'fulfilled',
  'withdrawn',
] as const satisfies readonly NeedStatus[];

const needsKey = (orgId: string) => ['organisations', orgId, 'needs'] as const;

export type NeedSort = NonNullable<Query<typeof LIST>['sort']>;
export const NEED_SORTS = sortsOf<NeedSort>({
  created: true,
  updated: true,
  title: true,
  status: true,
});
export const NEED_PAGE_DEFAULTS = { sort: 'created', order: 'desc' } as const;

/** The first needs of a home work list, newest first; the needs page holds them all. */
export const FIRST_NEEDS = {
  params: { limit: 10, offset: 0, ...NEED_PAGE_DEFAULTS },
} as const satisfies Pick<PageState<NeedSort>, 'params'>;

/** One page of the needs, as the list's URL asks. */
export function useNeeds(
  orgId: string,
  filter: { status?: NeedStatus | undefined; mine?: boolean },
  page: Pick<PageState<NeedSort>, 'params'>,
) {
  return useQuery({
    queryKey: [...needsKey(orgId), 'list', filter, page.params],
    queryFn: ({ signal }) =>
      api.get(
        LIST,
        {
          path: { orgId },
          query: { status: filter.status, mine: filter.mine ? true : undefined, ...page.params },
        },
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

export function useNeed(orgId: string, needId: string) {
  return useQuery({
    queryKey: [...needsKey(orgId), 'one', needId],
    queryFn: ({ signal }) =>
      withNeed(
        api.get(
          '/api/organisations/{orgId}/needs/{needId}',
          { path: { orgId, needId } },
          { signal },
        ),
      ),
  });
}

export function useSaveNeed(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, input }: { id?: string; version?: number; input: NeedInput }) =>
      withNeed(
        id
          ? api.put('/api/organisations/{orgId}/needs/{needId}', {
              path: { orgId, needId: id },
              // A change carries the version the caller read; a new need has none.
              body: { ...input, version: version! },
            })
          : api.post('/api/organisations/{orgId}/needs', { path: { orgId }, body: input }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: needsKey(orgId) }),
  });
}

export function useNeedStep(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      step,
      version,
    }: {
      id: string;
      step: 'submit' | 'withdraw';
      version: number;
    }) =>
      withNeed(
        step === 'submit'
          ? api.post('/api/organisations/{orgId}/needs/{needId}/submit', {
              path: { orgId, needId: id },
              body: { version },
            })
          : api.post('/api/organisations/{orgId}/needs/{needId}/withdraw', {
              path: { orgId, needId: id },
              body: { version },
            }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: needsKey(orgId) }),
  });
}

/** The lots and DPS categories that fit a need, with the procedure a call-off would follow. */
export type CallOffOptions = Answer<'/api/organisations/{orgId}/needs/{needId}/calloff-options'>;
/** A lot or DPS category that fits the need; `procedure` null when it cannot be used now. */
export type CallOffOption = CallOffOptions['options'][number];
export type CallOffProcedure = NonNullable<CallOffOption['procedure']>;
export type VolumeUnit = CallOffOptions['expectedVolume']['unit'];

export function useCallOffOptions(orgId: string, needId: string) {
  return useQuery({
    queryKey: [...needsKey(orgId), 'one', needId, 'calloff-options'],
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/needs/{needId}/calloff-options',
        { path: { orgId, needId } },
        { signal },
      ),
  });
}
