import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Currency } from '@tildel/domain/money';
import { legacyApi, enc } from '../../../lib/api';

export type Unit = 'hour' | 'day' | 'month' | 'package';
export const UNITS: Unit[] = ['hour', 'day', 'month', 'package'];
type Names = { sv: string; da: string; en: string };

export interface Price {
  id: string;
  categoryId: string;
  categoryName: Names;
  organisationName: string;
  establishmentId: string | null;
  establishmentName: string | null;
  agreementReference: string | null;
  unit: Unit;
  amountMinor: number;
  currency: Currency;
  validFrom: string;
  validTo: string | null;
  status: 'proposed' | 'agreed';
  negotiatedOn: string | null;
  negotiatedBy: { name: string } | null;
  note: string;
  createdAt: string;
  inForce: boolean;
}

export interface Category {
  id: string;
  organisationName: string;
  name: Names;
  defaultUnit: Unit;
}

export interface PriceList {
  today: string;
  items: Price[];
  categories: Category[];
  establishments: { id: string; name: string }[];
}

export interface PriceInput {
  categoryId: string;
  establishmentId: string | null;
  unit: Unit;
  amountMinor: number;
  currency: Currency;
  validFrom: string;
  validTo: string | null;
  note: string;
}

const base = (orgId: string) => `/api/organisations/${enc(orgId)}`;
/** The supplier's own prices (supplierId null), or a supplier's as an officer sees them. */
const pricesPath = (orgId: string, supplierId: string | null) =>
  supplierId
    ? `${base(orgId)}/suppliers/${enc(supplierId)}/prices`
    : `${base(orgId)}/company/prices`;

export function usePrices(orgId: string, supplierId: string | null) {
  return useQuery({
    queryKey: ['prices', orgId, supplierId ?? 'company'],
    queryFn: ({ signal }) => legacyApi.get<PriceList>(pricesPath(orgId, supplierId), { signal }),
  });
}

/** A proposal from the supplier itself, or an agreed price recorded by an officer. */
export function useAddPrice(orgId: string, supplierId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PriceInput) =>
      legacyApi.post<{ id: string }>(pricesPath(orgId, supplierId), input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['prices', orgId] }),
  });
}
