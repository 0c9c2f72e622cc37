import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Answer, type Body, type Query } from '../../../lib/api';
import { sortsOf, type PageState } from '../../../lib/paging';

const HIDINGS = '/api/organisations/{orgId}/agreements/{agreementId}/establishment-hidings';
const TO_HIDE = '/api/organisations/{orgId}/agreements/{agreementId}/establishment-hidings/choices';
const HIDE =
  '/api/organisations/{orgId}/agreements/{agreementId}/establishments/{establishmentId}/hide';
const LIFT =
  '/api/organisations/{orgId}/agreements/{agreementId}/establishments/{establishmentId}/lift';
const TIMELINE = '/api/organisations/{orgId}/suppliers/{supplierId}/timeline';

export type EstablishmentHidings = Answer<typeof HIDINGS>;
export type EstablishmentHiding = EstablishmentHidings['items'][number];

export type SupplierTimeline = Answer<typeof TIMELINE>;
export type TimelineItem = SupplierTimeline['items'][number];
export type TimelineKind = TimelineItem['kind'];

/** Hide an establishment (with its dates) or lift its hiding, with a reason. */
export type HidingChange = { establishmentId: string } & (
  | ({ action: 'hide' } & Body<typeof HIDE, 'post'>)
  | ({ action: 'lift' } & Body<typeof LIFT, 'post'>)
);

const keys = {
  hidings: (orgId: string, agreementId: string) =>
    ['organisations', orgId, 'agreements', agreementId, 'establishment-hidings'] as const,
  timeline: (orgId: string, supplierId: string) =>
    ['organisations', orgId, 'supplier-timeline', supplierId] as const,
};

export function useEstablishmentHidings(orgId: string, agreementId: string) {
  return useQuery({
    queryKey: keys.hidings(orgId, agreementId),
    queryFn: ({ signal }) => api.get(HIDINGS, { path: { orgId, agreementId } }, { signal }),
  });
}

/** The agreement's establishments whose name holds the text, as choices for hiding one. */
export async function findEstablishmentsToHide(
  orgId: string,
  agreementId: string,
  text: string,
  signal: AbortSignal,
) {
  const found = await api.get(
    TO_HIDE,
    { path: { orgId, agreementId }, query: { q: text } },
    { signal },
  );
  return {
    total: found.total,
    items: found.items.map((e) => ({ value: e.id, label: `${e.name} (${e.supplierName})` })),
  };
}

/** Hide or lift one establishment; the agreement's hidings and every timeline are read again. */
export function useEstablishmentHidingChange(orgId: string, agreementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ establishmentId, ...change }: HidingChange) => {
      const path = { orgId, agreementId, establishmentId };
      if (change.action === 'hide') {
        const { action: _, ...body } = change;
        return api.post(HIDE, { path, body });
      }
      const { action: _, ...body } = change;
      return api.post(LIFT, { path, body });
    },
    onSuccess: (data) => {
      queryClient.setQueryData(keys.hidings(orgId, agreementId), data);
      void queryClient.invalidateQueries({
        queryKey: ['organisations', orgId, 'supplier-timeline'],
      });
    },
  });
}

export type TimelineSort = NonNullable<Query<typeof TIMELINE>['sort']>;
export const TIMELINE_SORTS = sortsOf<TimelineSort>({ at: true });

/** One page of the supplier's follow-up timeline, as the page's URL asks. */
export function useSupplierFollowupTimeline(
  orgId: string,
  supplierId: string,
  page: PageState<TimelineSort>,
) {
  return useQuery({
    queryKey: [...keys.timeline(orgId, supplierId), page.params],
    queryFn: ({ signal }) =>
      api.get(TIMELINE, { path: { orgId, supplierId }, query: page.params }, { signal }),
    placeholderData: keepPreviousData,
  });
}
