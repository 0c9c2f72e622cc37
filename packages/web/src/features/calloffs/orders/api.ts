import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, enc, type Answer, type Body, type Query } from '../../../lib/api';
import { sortsOf, type PageState } from '../../../lib/paging';

const LIST = '/api/organisations/{orgId}/orders';

export type OrderSummary = Answer<typeof LIST>['items'][number];
export type OrderDetail = Answer<'/api/organisations/{orgId}/orders/{orderId}'>;
export type OrderChange = OrderDetail['adjustments'][number]['changes'][number];
export type AdjustmentInput = Body<
  '/api/organisations/{orgId}/orders/{orderId}/adjustments',
  'post'
>;
export type OrderStatus = OrderSummary['status'];
export type AdjustmentKind = AdjustmentInput['kind'];

/** The statuses and kinds in the order the filter and the dialog offer them. */
export const ORDER_STATUSES = ['active', 'ended'] as const satisfies readonly OrderStatus[];
export const ADJUSTMENT_KINDS = [
  'extension',
  'adjustment',
  'ended',
] as const satisfies readonly AdjustmentKind[];

const key = (orgId: string) => ['organisations', orgId, 'orders'] as const;
const base = (orgId: string) => `/api/organisations/${enc(orgId)}/orders`;

export type OrderSort = NonNullable<Query<typeof LIST>['sort']>;
/** The list's filters: its status, and those a figure in insights drills down with. */
export type OrderFilter = Omit<Query<typeof LIST>, 'limit' | 'offset' | 'sort' | 'order'>;

/** The filters insights links to the list with (features/insights/spend/drill-down.ts). */
export const DRILL_DOWN_FILTERS = [
  'supplierId',
  'municipalityId',
  'serviceId',
  'agreementId',
  'dpsId',
  'procedure',
  'currency',
  'startFrom',
  'startTo',
] as const satisfies readonly (keyof OrderFilter)[];
export const ORDER_SORTS = sortsOf<OrderSort>({
  created: true,
  reference: true,
  counterpart: true,
  start: true,
  status: true,
});
export const ORDER_PAGE_DEFAULTS = { sort: 'created', order: 'desc' } as const;

/** One page of the orders, as the list's URL asks. */
export function useOrders(orgId: string, filter: OrderFilter, page: PageState<OrderSort>) {
  return useQuery({
    queryKey: [...key(orgId), 'list', filter, page.params],
    queryFn: ({ signal }) =>
      api.get(LIST, { path: { orgId }, query: { ...filter, ...page.params } }, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useOrder(orgId: string, orderId: string) {
  return useQuery({
    queryKey: [...key(orgId), 'one', orderId],
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/orders/{orderId}',
        { path: { orgId, orderId } },
        { signal },
      ),
  });
}

/** Where the browser downloads the order document (the session cookie goes along). */
export function orderPdfUrl(orgId: string, orderId: string): string {
  return `${base(orgId)}/${enc(orderId)}/pdf`;
}

/** An offer survey's order documents (issue 12): the contract or the service specification. */
export function surveyOrderPdfUrl(
  orgId: string,
  orderId: string,
  document: 'contract' | 'service-specification',
  locale: string,
): string {
  return `${base(orgId)}/${enc(orderId)}/${document}.pdf?locale=${encodeURIComponent(locale)}`;
}

export function useAdjustOrder(orgId: string, orderId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AdjustmentInput) =>
      api.post('/api/organisations/{orgId}/orders/{orderId}/adjustments', {
        path: { orgId, orderId },
        body: input,
      }),
    onSuccess: (detail) => {
      client.setQueryData([...key(orgId), 'one', detail.id], detail);
      void client.invalidateQueries({ queryKey: [...key(orgId), 'list'] });
    },
  });
}
