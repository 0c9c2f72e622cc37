import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { PRICE_UNITS } from '@tildel/domain/taxonomy';
import { api, type Answer, type Body, type Query } from '../../../lib/api';
import { sortsOf, type PageState } from '../../../lib/paging';

export type PriceList = Answer<'/api/organisations/{orgId}/company/prices'>;
export type Price = PriceList['items'][number];
export type Category = PriceList['categories'][number];
export type Unit = Price['unit'];
export const UNITS: readonly Unit[] = PRICE_UNITS;

/** A price as the dialog sends it: a proposal, or (to a supplier's prices) an agreed price. */
export type PriceInput = Body<'/api/organisations/{orgId}/company/prices', 'post'>;

export type PriceSort = NonNullable<Query<'/api/organisations/{orgId}/company/prices'>['sort']>;
export const PRICE_SORTS = sortsOf<PriceSort>({ category: true, created: true, validFrom: true });

/** One page of the price history, as the page's URL asks. */
export function usePrices(orgId: string, supplierId: string | null, page: PageState<PriceSort>) {
  return useQuery({
    queryKey: ['prices', orgId, supplierId ?? 'company', page.params],
    queryFn: ({ signal }) =>
      supplierId
        ? api.get(
            '/api/organisations/{orgId}/suppliers/{supplierId}/prices',
            { path: { orgId, supplierId }, query: page.params },
            { signal },
          )
        : api.get(
            '/api/organisations/{orgId}/company/prices',
            { path: { orgId }, query: page.params },
            { signal },
          ),
    placeholderData: keepPreviousData,
  });
}

/** A proposal from the supplier itself, or an agreed price recorded by an officer. */
export function useAddPrice(orgId: string, supplierId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PriceInput) =>
      supplierId
        ? api.post('/api/organisations/{orgId}/suppliers/{supplierId}/prices', {
            path: { orgId, supplierId },
            body: input,
          })
        : api.post('/api/organisations/{orgId}/company/prices', { path: { orgId }, body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['prices', orgId] }),
  });
}
