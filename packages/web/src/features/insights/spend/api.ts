// Spend and price tables of the organisation's scope, as the server sums them.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Answer, type Query } from '../../../lib/api';

const SPEND = '/api/organisations/{orgId}/insights/spend';
const YEARS = '/api/organisations/{orgId}/insights/spend/years';
const PRICES = '/api/organisations/{orgId}/insights/prices';

export type SpendQuery = Query<typeof SPEND>;
export type SpendRow = Answer<typeof SPEND>['rows'][number];
export type SpendDimension = NonNullable<SpendQuery['by']>;
export type Interval = NonNullable<SpendQuery['interval']>;
export type YearsBy = NonNullable<Query<typeof YEARS>['by']>;
export type YearRow = Answer<typeof YEARS>['rows'][number];
export type PricesQuery = Query<typeof PRICES>;
export type PriceRow = Answer<typeof PRICES>['rows'][number];

export const SPEND_DIMENSIONS = [
  'service',
  'supplier',
  'municipality',
  'framework',
  'procedure',
  'period',
] as const satisfies readonly SpendDimension[];
export const INTERVALS = ['month', 'quarter', 'year'] as const satisfies readonly Interval[];

const key = (orgId: string) => ['organisations', orgId, 'insights'] as const;

export function useSpend(orgId: string, query: SpendQuery) {
  return useQuery({
    queryKey: [...key(orgId), 'spend', query],
    queryFn: ({ signal }) => api.get(SPEND, { path: { orgId }, query }, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useSpendYears(orgId: string, by: YearsBy) {
  return useQuery({
    queryKey: [...key(orgId), 'years', by],
    queryFn: ({ signal }) => api.get(YEARS, { path: { orgId }, query: { by } }, { signal }),
  });
}

export function usePrices(orgId: string, query: PricesQuery) {
  return useQuery({
    queryKey: [...key(orgId), 'prices', query],
    queryFn: ({ signal }) => api.get(PRICES, { path: { orgId }, query }, { signal }),
    placeholderData: keepPreviousData,
  });
}
