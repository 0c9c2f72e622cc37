// The supplier's sealed bid (its own only) and the buyer's opening of the bids.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, enc, type Answer, type Body } from '../../../lib/api';

const BID = '/api/organisations/{orgId}/tenders/{calloffId}/bid';

export type OwnBid = Answer<typeof BID>;
export type BidResult = Answer<typeof BID, 'put'>;
export type BidReceipt = BidResult['receipt'];
export type BidInput = Body<typeof BID, 'put'>;

/** The receipt of the supplier's own bid as a PDF, in the given language. */
export const bidReceiptPdf = (orgId: string, calloffId: string, locale: string) =>
  `/api/organisations/${enc(orgId)}/tenders/${enc(calloffId)}/bid/receipt.pdf?locale=${locale}`;

const tenderKey = (orgId: string) => ['organisations', orgId, 'tenders'] as const;

/** The supplier's own bid, or null when it has none. */
export function useOwnBid(orgId: string, calloffId: string) {
  return useQuery({
    queryKey: [...tenderKey(orgId), 'one', calloffId, 'bid'],
    queryFn: async ({ signal }) => {
      try {
        return await api.get(BID, { path: { orgId, calloffId } }, { signal });
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

function useBidMutation<Input>(orgId: string, send: (input: Input) => Promise<BidResult>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => void client.invalidateQueries({ queryKey: tenderKey(orgId) }),
  });
}

export function useSubmitBid(orgId: string, calloffId: string) {
  return useBidMutation(orgId, (input: BidInput) =>
    api.put(BID, { path: { orgId, calloffId }, body: input }),
  );
}

export function useWithdrawBid(orgId: string, calloffId: string) {
  return useBidMutation(orgId, () => api.delete(BID, { path: { orgId, calloffId } }));
}

const calloffKey = (orgId: string) => ['organisations', orgId, 'calloffs'] as const;
const OPENING = '/api/organisations/{orgId}/calloffs/{calloffId}/opening';

export function useOpening(orgId: string, calloffId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...calloffKey(orgId), 'one', calloffId, 'opening'],
    queryFn: ({ signal }) => api.get(OPENING, { path: { orgId, calloffId } }, { signal }),
    enabled,
  });
}

export function useOpenBids(orgId: string, calloffId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      api.post(OPENING, { path: { orgId, calloffId }, body: { version } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: calloffKey(orgId) }),
  });
}
