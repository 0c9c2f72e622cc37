import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { legacyApi, enc, query } from '../../../lib/api';

export const ORDER_STATUSES = ['active', 'ended'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export const ADJUSTMENT_KINDS = ['extension', 'adjustment', 'ended'] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];

export interface OrderSummary {
  id: string;
  reference: string;
  status: OrderStatus;
  calloffTitle: string;
  municipality: { id: string; name: string };
  supplier: { id: string; name: string };
  consultantName: string | null;
  establishmentName: string | null;
  service: { sv: string; da: string; en: string } | null;
  /** Minor units (öre, øre, cent) as an exact integer string. */
  unitPriceMinor: string;
  currency: string;
  unit: string;
  startDate: string;
  endDate: string | null;
  /** A decimal string, exact. */
  expectedVolume: string;
  /** The municipality only. */
  costCentre: string | null;
  createdAt: string;
  version: number;
}

export interface OrderChange {
  field: string;
  before: string | null;
  after: string | null;
}

export interface OrderDetail extends OrderSummary {
  expectedTotalMinor: string;
  /** The buyer only. */
  calloffId: string | null;
  updatedAt: string;
  adjustments: {
    id: string;
    kind: AdjustmentKind;
    changes: OrderChange[];
    reason: string;
    madeBy: { name: string };
    madeAt: string;
  }[];
}

export interface AdjustmentInput {
  version: number;
  kind: AdjustmentKind;
  endDate?: string;
  expectedVolume?: number;
  unitPriceMinor?: number;
  costCentre?: string | null;
  reason: string;
}

const key = (orgId: string) => ['organisations', orgId, 'orders'] as const;
const base = (orgId: string) => `/api/organisations/${enc(orgId)}/orders`;

export function useOrders(orgId: string, filter: { status?: OrderStatus }) {
  return useQuery({
    queryKey: [...key(orgId), 'list', filter],
    queryFn: ({ signal }) =>
      legacyApi.get<{ items: OrderSummary[]; nextBefore: string | null }>(
        `${base(orgId)}${query({ status: filter.status })}`,
        { signal },
      ),
  });
}

export function useOrder(orgId: string, orderId: string) {
  return useQuery({
    queryKey: [...key(orgId), 'one', orderId],
    queryFn: ({ signal }) =>
      legacyApi.get<OrderDetail>(`${base(orgId)}/${enc(orderId)}`, { signal }),
  });
}

/** Where the browser downloads the order document (the session cookie goes along). */
export function orderPdfUrl(orgId: string, orderId: string): string {
  return `${base(orgId)}/${enc(orderId)}/pdf`;
}

export function useAdjustOrder(orgId: string, orderId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AdjustmentInput) =>
      legacyApi.post<OrderDetail>(`${base(orgId)}/${enc(orderId)}/adjustments`, input),
    onSuccess: (detail) => {
      client.setQueryData([...key(orgId), 'one', detail.id], detail);
      void client.invalidateQueries({ queryKey: [...key(orgId), 'list'] });
    },
  });
}
