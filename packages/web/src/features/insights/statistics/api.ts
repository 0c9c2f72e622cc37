// The statistics views of insights: one query per view, with the filters from the URL.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Answer, type Query } from '../../../lib/api';

/** The views in the order the page lists them; each is a route of its own. */
export const VIEWS = [
  'procedures',
  'deviations',
  'suppliers',
  'lead-times',
  'dps-decisions',
  'followup',
] as const;
export type View = (typeof VIEWS)[number];

type PathOf<V extends View> = `/api/organisations/{orgId}/insights/statistics/${V}`;
export type ViewAnswer<V extends View> = Answer<PathOf<V>>;
export type StatisticsFilter = Query<PathOf<'procedures'>>;

export function useStatistics<V extends View>(orgId: string, view: V, filter: StatisticsFilter) {
  const path = `/api/organisations/{orgId}/insights/statistics/${view}` as PathOf<View>;
  return useQuery({
    queryKey: ['organisations', orgId, 'insights', 'statistics', view, filter],
    queryFn: ({ signal }) =>
      api.get(path, { path: { orgId }, query: filter }, { signal }) as Promise<ViewAnswer<V>>,
    placeholderData: keepPreviousData,
  });
}
