import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { legacyApi, enc } from '../../../lib/api';

export interface EstablishmentHiding {
  id: string;
  establishmentId: string;
  establishmentName: string;
  supplierId: string;
  supplierName: string;
  reason: string;
  hiddenFrom: string;
  hiddenTo: string | null;
  createdAt: string;
}

export interface EstablishmentHidings {
  items: EstablishmentHiding[];
  establishments: { id: string; name: string; supplierId: string }[];
}

export type TimelineKind =
  | 'supplier_hidden'
  | 'supplier_hiding_lifted'
  | 'supplier_terminated'
  | 'establishment_hidden'
  | 'establishment_hiding_lifted'
  | 'permit_checked'
  | 'staff_list_requested'
  | 'staff_list_submitted'
  | 'visit'
  | 'logbook_note'
  | 'correction_requested'
  | 'correction_answered'
  | 'correction_decided'
  | 'orders';

export interface TimelineItem {
  at: string;
  kind: TimelineKind;
  actor: string | null;
  link: string | null;
  detail: Record<string, string | number | boolean | null>;
}

const agreementBase = (orgId: string, agreementId: string) =>
  `/api/organisations/${enc(orgId)}/agreements/${enc(agreementId)}`;
const keys = {
  hidings: (orgId: string, agreementId: string) =>
    ['organisations', orgId, 'agreements', agreementId, 'establishment-hidings'] as const,
  timeline: (orgId: string, supplierId: string) =>
    ['organisations', orgId, 'supplier-timeline', supplierId] as const,
};

export function useEstablishmentHidings(orgId: string, agreementId: string) {
  return useQuery({
    queryKey: keys.hidings(orgId, agreementId),
    queryFn: ({ signal }) =>
      legacyApi.get<EstablishmentHidings>(
        `${agreementBase(orgId, agreementId)}/establishment-hidings`,
        {
          signal,
        },
      ),
  });
}

/** Hide or lift one establishment; the agreement's hidings and every timeline are read again. */
export function useEstablishmentHidingChange(orgId: string, agreementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      establishmentId,
      action,
      ...body
    }: {
      establishmentId: string;
      action: 'hide' | 'lift';
      reason: string;
      hiddenFrom?: string;
      hiddenTo?: string | null;
    }) =>
      legacyApi.post<EstablishmentHidings>(
        `${agreementBase(orgId, agreementId)}/establishments/${enc(establishmentId)}/${action}`,
        body,
      ),
    onSuccess: (data) => {
      queryClient.setQueryData(keys.hidings(orgId, agreementId), data);
      void queryClient.invalidateQueries({
        queryKey: ['organisations', orgId, 'supplier-timeline'],
      });
    },
  });
}

export function useSupplierFollowupTimeline(orgId: string, supplierId: string) {
  return useQuery({
    queryKey: keys.timeline(orgId, supplierId),
    queryFn: ({ signal }) =>
      legacyApi.get<{ supplierId: string; name: string; items: TimelineItem[] }>(
        `/api/organisations/${enc(orgId)}/suppliers/${enc(supplierId)}/timeline`,
        { signal },
      ),
  });
}
