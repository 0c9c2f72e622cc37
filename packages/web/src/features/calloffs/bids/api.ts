// The supplier's sealed bid (its own only) and the buyer's opening of the bids.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { legacyApi, ApiError, enc } from '../../../lib/api';
import type { CalloffDetail } from '../calloffs/api';

export interface BidReceipt {
  sha256: string;
  receivedAt: string;
}

export interface BidResult {
  bidId: string;
  status: 'submitted' | 'withdrawn';
  version: number;
  receipt: BidReceipt;
  needsReview: boolean;
}

export interface BidInput {
  version?: number;
  unitPriceMinor: number;
  answers: Record<string, boolean | number>;
  evidence: Record<string, string>;
  consultantId: string | null;
  establishmentId: string | null;
  earliestStart: string;
  validUntil: string;
  note: string;
}

export interface OwnBid extends BidResult {
  firstReceivedAt: string;
  replacements: number;
  withdrawnAt: string | null;
  content: Omit<BidInput, 'version'> & { currency: string; unit: string };
}

const tenderKey = (orgId: string) => ['organisations', orgId, 'tenders'] as const;
const bidPath = (orgId: string, calloffId: string) =>
  `/api/organisations/${enc(orgId)}/tenders/${enc(calloffId)}/bid`;

/** The supplier's own bid, or null when it has none. */
export function useOwnBid(orgId: string, calloffId: string) {
  return useQuery({
    queryKey: [...tenderKey(orgId), 'one', calloffId, 'bid'],
    queryFn: async ({ signal }) => {
      try {
        return await legacyApi.get<OwnBid>(bidPath(orgId, calloffId), { signal });
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
    legacyApi.put<BidResult>(bidPath(orgId, calloffId), input),
  );
}

export function useWithdrawBid(orgId: string, calloffId: string) {
  return useBidMutation(orgId, () => legacyApi.delete<BidResult>(bidPath(orgId, calloffId)));
}

const calloffKey = (orgId: string) => ['organisations', orgId, 'calloffs'] as const;
const openingPath = (orgId: string, calloffId: string) =>
  `/api/organisations/${enc(orgId)}/calloffs/${enc(calloffId)}/opening`;

export function useOpening(orgId: string, calloffId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...calloffKey(orgId), 'one', calloffId, 'opening'],
    queryFn: ({ signal }) =>
      legacyApi.get<{ openedAt: string | null; openedBy: string | null }>(
        openingPath(orgId, calloffId),
        {
          signal,
        },
      ),
    enabled,
  });
}

export function useOpenBids(orgId: string, calloffId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      legacyApi.post<CalloffDetail>(openingPath(orgId, calloffId), { version }),
    onSuccess: () => void client.invalidateQueries({ queryKey: calloffKey(orgId) }),
  });
}
