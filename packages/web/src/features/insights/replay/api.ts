// The evaluation-model replay, and the call-offs, agreements and DPSs a replay can be scoped to.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Answer, type Query } from '../../../lib/api';

const REPLAY = '/api/organisations/{orgId}/insights/replay';

export type ReplayQuery = Query<typeof REPLAY>;
export type ReplayAnswer = Answer<typeof REPLAY>;
export type ReplayRow = ReplayAnswer['rows'][number];
export type AgreementTotal = ReplayAnswer['byAgreement'][number];
export type PeriodTotal = ReplayAnswer['byPeriod'][number];
export type ModelKind = ReplayQuery['model'];
export type Basis = ReplayQuery['basis'];

/** The replay for a complete query; nothing is asked while the scope is still being chosen. */
export function useReplay(orgId: string, query: ReplayQuery | null) {
  return useQuery({
    queryKey: ['organisations', orgId, 'insights', 'replay', query],
    queryFn: ({ signal }) => api.get(REPLAY, { path: { orgId }, query: query! }, { signal }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}

export interface ScopeOption {
  value: string;
  label: string;
}

/** The buyer's awarded and ordered call-offs: those a replay can compare with an award. */
export function useAwardedCalloffs(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['organisations', orgId, 'calloffs', 'awarded-for-replay'],
    enabled,
    queryFn: async ({ signal }): Promise<ScopeOption[]> => {
      const lists = await Promise.all(
        (['awarded', 'ordered'] as const).map((status) =>
          api.get(
            '/api/organisations/{orgId}/calloffs',
            { path: { orgId }, query: { status, limit: 100, sort: 'created', order: 'desc' } },
            { signal },
          ),
        ),
      );
      return lists.flatMap((l) => l.items).map((c) => ({ value: c.id, label: c.title }));
    },
  });
}

/** The framework agreements and DPSs the organisation can see. */
export function useSources(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['organisations', orgId, 'insights', 'replay-sources'],
    enabled,
    queryFn: async ({ signal }): Promise<ScopeOption[]> => {
      const page = { limit: 100, offset: 0 };
      const [agreements, systems] = await Promise.all([
        api.get(
          '/api/organisations/{orgId}/agreements',
          { path: { orgId }, query: page },
          { signal },
        ),
        api.get('/api/organisations/{orgId}/dps', { path: { orgId }, query: page }, { signal }),
      ]);
      return [...agreements.items, ...systems.items].map((s) => ({
        value: s.id,
        label: `${s.reference} – ${s.title}`,
      }));
    },
  });
}
