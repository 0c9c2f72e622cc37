import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Answer, type Body, type Query } from '../../../lib/api';

const LIST = '/api/organisations/{orgId}/referrals';
const ONE = '/api/organisations/{orgId}/referrals/{referralId}';
const ORDER_CHOICES = '/api/organisations/{orgId}/referrals/order-choices';

export type ReferralSummary = Answer<typeof LIST>['items'][number];
export type ReferralDetail = Answer<typeof ONE>;
export type ReferralInput = Body<typeof LIST, 'post'>;
export type ReferralChange = Omit<Body<typeof ONE, 'patch'>, 'version'>;
export type ReferralState = ReferralSummary['state'];
export type ReferralView = NonNullable<Query<typeof LIST>['view']>;

const referralsKey = (orgId: string) => ['organisations', orgId, 'referrals'] as const;

/** The query key of the search for an order to extend or adjust. */
export const orderChoicesKey = (orgId: string) => [...referralsKey(orgId), 'orders'] as const;

/**
 * The municipality's active orders whose number, supplier or offer holds the text, as choices for
 * an extension or adjustment: "ORD-2026-0042 · Supplier · Offer (from 2026-12-07)".
 */
export async function findOrdersToChange(orgId: string, text: string, signal: AbortSignal) {
  const found = await api.get(ORDER_CHOICES, { path: { orgId }, query: { q: text } }, { signal });
  return {
    total: found.total,
    items: found.items.map((o) => ({
      value: o.id,
      label: [o.reference, o.supplierName, o.offerName].filter(Boolean).join(' · '),
    })),
  };
}

/** The caller's referrals (mine) or the matching team's queue, one page at a time. */
export function useReferrals(
  orgId: string,
  filter: { view: ReferralView; state?: ReferralState | undefined; overdueFirst?: boolean },
  page: { limit: number; offset: number },
) {
  const query = {
    view: filter.view,
    state: filter.state,
    overdueFirst: filter.overdueFirst ? true : undefined,
    limit: page.limit,
    offset: page.offset,
  };
  return useQuery({
    queryKey: [...referralsKey(orgId), 'list', query],
    queryFn: ({ signal }) => api.get(LIST, { path: { orgId }, query }, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useReferral(orgId: string, referralId: string) {
  return useQuery({
    queryKey: [...referralsKey(orgId), 'one', referralId],
    queryFn: ({ signal }) => api.get(ONE, { path: { orgId, referralId } }, { signal }),
  });
}

export function useSendReferral(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ReferralInput) => api.post(LIST, { path: { orgId }, body }),
    onSuccess: () => client.invalidateQueries({ queryKey: referralsKey(orgId) }),
  });
}

/** Assigns, moves or withdraws a referral, carrying the version the caller read. */
export function useChangeReferral(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      referralId,
      version,
      change,
    }: {
      referralId: string;
      version: number;
      change: ReferralChange;
    }) => api.patch(ONE, { path: { orgId, referralId }, body: { ...change, version } }),
    onSuccess: () => client.invalidateQueries({ queryKey: referralsKey(orgId) }),
  });
}

/** Who the person cannot live with: asked for on purpose, since every read is logged. */
export function useReadCannotLiveWith(orgId: string, referralId: string) {
  return useMutation({
    mutationFn: () =>
      api.get('/api/organisations/{orgId}/referrals/{referralId}/cannot-live-with', {
        path: { orgId, referralId },
      }),
  });
}
