import { useQuery } from '@tanstack/react-query';
import { api, type Answer, type Query } from '../../../lib/api';

export type ProposalsAnswer = Answer<'/api/organisations/{orgId}/referrals/{referralId}/proposals'>;
export type ProposalRow = ProposalsAnswer['proposals']['items'][number];
export type ExclusionRow = ProposalsAnswer['exclusions']['items'][number];
export type Failure = ExclusionRow['failures'][number];
export type CorridorQuery = Query<'/api/organisations/{orgId}/matching/price-corridor'>;
export type CorridorItem =
  Answer<'/api/organisations/{orgId}/matching/price-corridor'>['items'][number];

export function useProposals(orgId: string, referralId: string) {
  return useQuery({
    queryKey: ['organisations', orgId, 'referrals', referralId, 'proposals'],
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/referrals/{referralId}/proposals',
        { path: { orgId, referralId } },
        { signal },
      ),
  });
}

export function usePriceCorridor(orgId: string, query: CorridorQuery | null) {
  return useQuery({
    queryKey: ['organisations', orgId, 'matching', 'price-corridor', query],
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/matching/price-corridor',
        { path: { orgId }, query: query ?? {} },
        { signal },
      ),
    enabled: query !== null,
    staleTime: 5 * 60_000,
  });
}
