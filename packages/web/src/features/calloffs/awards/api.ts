// The awards area's API: the evaluation report, set-asides, the award, the order, the timeline
// and the bidder's decision. After a change the call-off's queries are refreshed.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { legacyApi, enc } from '../../../lib/api';
import type { CalloffDetail } from '../calloffs/api';

export interface ComparisonValueView {
  kind:
    | 'price'
    | 'comparison_price'
    | 'price_per_quality_point'
    | 'no_quality_points'
    | 'weighted_score';
  amountMinor: number | null;
  qualityPoints: number | null;
  exact: { numerator: string; denominator: string } | null;
  decimal: string | null;
  priceScore: string | null;
  qualityScore: string | null;
}

export interface SetAsideReasonView {
  kind: 'must_requirement_failed' | 'set_aside_by_buyer';
  requirementId: string | null;
  title: string | null;
  failure: string | null;
  minimum: number | null;
  answered: number | null;
  reason: string | null;
}

export interface EvaluatedBid {
  bidId: string;
  supplierId: string;
  supplierName: string;
  outcome: 'ranked' | 'set_aside';
  rank: number | null;
  unitPriceMinor: number;
  priceMinor: number;
  deductions: { requirementId: string; title: string; amountMinor: number }[];
  points: { requirementId: string; title: string; points: number }[];
  comparisonValue: ComparisonValueView | null;
  tieDecidedBy: string | null;
  setAsideReasons: SetAsideReasonView[];
  receivedAt: string;
  receiptVerified: boolean;
  consultant: { id: string; name: string } | null;
  establishment: { id: string; name: string } | null;
  earliestStart: string;
  validUntil: string;
}

export interface AwardDecisionView {
  id: string;
  bidId: string;
  supplierId: string;
  supplierName: string;
  reasons: string;
  decidedAt: string;
  decidedBy: string;
  standstillUntil: string | null;
  orderAllowed: boolean;
  order: { id: string; reference: string } | null;
}

export interface Evaluation {
  calloffId: string;
  status: string;
  version: number;
  currency: string;
  unitsOnBasis: number;
  tieRule: string[];
  warnings: string[];
  bids: EvaluatedBid[];
  decision: AwardDecisionView | null;
}

export interface TimelineEvent {
  id: string;
  kind: 'calloff' | 'bid';
  action: string;
  at: string;
  actorName: string | null;
}

export interface BidderDecision {
  calloffId: string;
  calloffTitle: string;
  buyerName: string;
  won: boolean;
  winnerName: string;
  ownRank: number | null;
  rankedCount: number;
  position: string;
  reasons: string;
  standstillUntil: string | null;
  decidedAt: string;
}

const calloffsKey = (orgId: string) => ['organisations', orgId, 'calloffs'] as const;
const calloffPath = (orgId: string, calloffId: string) =>
  `/api/organisations/${enc(orgId)}/calloffs/${enc(calloffId)}`;
const tenderPath = (orgId: string, calloffId: string) =>
  `/api/organisations/${enc(orgId)}/tenders/${enc(calloffId)}`;

export const buyerDecisionPdf = (orgId: string, calloffId: string, locale: string) =>
  `${calloffPath(orgId, calloffId)}/award-decision.pdf?locale=${locale}`;
export const bidderDecisionPdf = (orgId: string, calloffId: string, locale: string) =>
  `${tenderPath(orgId, calloffId)}/award-decision.pdf?locale=${locale}`;

export function useEvaluation(orgId: string, calloffId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...calloffsKey(orgId), 'one', calloffId, 'evaluation'],
    queryFn: ({ signal }) =>
      legacyApi.get<Evaluation>(`${calloffPath(orgId, calloffId)}/evaluation`, { signal }),
    enabled,
  });
}

export function useTimeline(orgId: string, calloffId: string) {
  return useQuery({
    queryKey: [...calloffsKey(orgId), 'one', calloffId, 'timeline'],
    queryFn: ({ signal }) =>
      legacyApi.get<{ items: TimelineEvent[] }>(`${calloffPath(orgId, calloffId)}/timeline`, {
        signal,
      }),
  });
}

/** Any change here moves the call-off on: refresh it, its evaluation and its timeline. */
function useAwardMutation<Input, Output>(orgId: string, send: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: calloffsKey(orgId) });
      void client.invalidateQueries({ queryKey: ['organisations', orgId, 'needs'] });
      void client.invalidateQueries({ queryKey: ['organisations', orgId, 'orders'] });
    },
  });
}

export function useSetAside(orgId: string, calloffId: string) {
  return useAwardMutation(orgId, (input: { bidId: string; reason: string }) =>
    legacyApi.put<Evaluation>(
      `${calloffPath(orgId, calloffId)}/bids/${enc(input.bidId)}/set-aside`,
      {
        reason: input.reason,
      },
    ),
  );
}

export function useRemoveSetAside(orgId: string, calloffId: string) {
  return useAwardMutation(orgId, (bidId: string) =>
    legacyApi.delete<Evaluation>(`${calloffPath(orgId, calloffId)}/bids/${enc(bidId)}/set-aside`),
  );
}

export function useAward(orgId: string, calloffId: string) {
  return useAwardMutation(
    orgId,
    (input: { version: number; bidId: string; reasons: string; standstill: boolean }) =>
      legacyApi.post<CalloffDetail>(`${calloffPath(orgId, calloffId)}/award`, input),
  );
}

export function useOrder(orgId: string, calloffId: string) {
  return useAwardMutation(orgId, (input: { version: number; startDate: string; endDate: string }) =>
    legacyApi.post<CalloffDetail & { order: { id: string; reference: string } }>(
      `${calloffPath(orgId, calloffId)}/order`,
      input,
    ),
  );
}

export function useBidderDecision(orgId: string, calloffId: string) {
  return useQuery({
    queryKey: ['organisations', orgId, 'tenders', calloffId, 'award-decision'],
    queryFn: ({ signal }) =>
      legacyApi.get<BidderDecision>(`${tenderPath(orgId, calloffId)}/award-decision`, { signal }),
    retry: false,
  });
}
