// The ranking cascade: the buyer's view and changes (start, skip), the supplier's own offer and
// its answer, and the agreement's deviation report.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { legacyApi, enc } from '../../../lib/api';
import type { CalloffDetail } from '../calloffs/api';

export const SKIP_REASON_CODES = [
  'continuity_for_person',
  'siblings_placed_together',
  'cannot_meet_must_requirement',
  'other',
] as const;
export type SkipReasonCode = (typeof SKIP_REASON_CODES)[number];
export const WINDOW_UNITS = ['hours', 'working_days'] as const;
export type WindowUnit = (typeof WINDOW_UNITS)[number];

export interface CascadeStepView {
  kind: 'offered' | 'passed_over' | 'skipped' | 'accepted' | 'declined' | 'expired' | 'exhausted';
  supplierId: string | null;
  supplierName: string | null;
  rank: number | null;
  at: string;
  deadline: string | null;
  standing: 'hidden' | 'terminated' | null;
  reasonCode: SkipReasonCode | null;
  reasonText: string | null;
}

export interface CascadeView {
  calloffId: string;
  status: string;
  version: number;
  country: 'SE' | 'DK';
  window: { unit: WindowUnit; amount: number } | null;
  started: boolean;
  suppliers: {
    supplierId: string;
    name: string;
    rank: number;
    status: 'active' | 'hidden' | 'terminated';
    waiting: boolean;
  }[];
  steps: CascadeStepView[];
  currentOffer: {
    supplierId: string;
    supplierName: string;
    rank: number;
    offeredAt: string;
    deadline: string;
  } | null;
  outcome: {
    kind: 'awaiting_response' | 'order' | 'no_supplier';
    supplierId: string | null;
    supplierName: string | null;
    orderId: string | null;
    orderReference: string | null;
  } | null;
}

export interface SkipInput {
  supplierId: string;
  code: SkipReasonCode;
  text: string;
}

export interface StartInput {
  version: number;
  requestText: string;
  costCentre: string | null;
  window: { unit: WindowUnit; amount: number };
  skips: SkipInput[];
}

export interface Offer {
  calloffId: string;
  title: string;
  country: 'SE' | 'DK';
  status: 'offered' | 'accepted' | 'declined' | 'expired' | 'withdrawn';
  offeredAt: string;
  deadline: string;
  deadlinePassed: boolean;
  respondedAt: string | null;
  declineReason: string | null;
  orderId: string | null;
  orderReference: string | null;
}

export interface Deviation {
  id: string;
  decidedAt: string;
  municipality: { id: string; name: string };
  calloff: { id: string; title: string };
  lot: { id: string; number: number; name: string };
  supplier: { id: string; name: string; rank: number };
  reasonCode: SkipReasonCode;
  reasonText: string;
}

const calloffsKey = (orgId: string) => ['organisations', orgId, 'calloffs'] as const;
const calloffUrl = (orgId: string, calloffId: string) =>
  `/api/organisations/${enc(orgId)}/calloffs/${enc(calloffId)}/cascade`;
const offerUrl = (orgId: string, calloffId: string) =>
  `/api/organisations/${enc(orgId)}/tenders/${enc(calloffId)}/offer`;

export function useCascade(orgId: string, calloffId: string) {
  return useQuery({
    queryKey: [...calloffsKey(orgId), 'one', calloffId, 'cascade'],
    queryFn: ({ signal }) => legacyApi.get<CascadeView>(calloffUrl(orgId, calloffId), { signal }),
  });
}

/** A change of the buyer's: the answer is the call-off, and everything about it is refreshed. */
function useCascadeChange<Input>(orgId: string, send: (input: Input) => Promise<CalloffDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (detail) => {
      client.setQueryData([...calloffsKey(orgId), 'one', detail.id], detail);
      void client.invalidateQueries({ queryKey: calloffsKey(orgId) });
      void client.invalidateQueries({ queryKey: ['organisations', orgId, 'needs'] });
    },
  });
}

export function useStartCascade(orgId: string, calloffId: string) {
  return useCascadeChange(orgId, (input: StartInput) =>
    legacyApi.post<CalloffDetail>(calloffUrl(orgId, calloffId), input),
  );
}

export function useSkipSupplier(orgId: string, calloffId: string) {
  return useCascadeChange(orgId, (input: SkipInput & { version: number }) =>
    legacyApi.post<CalloffDetail>(`${calloffUrl(orgId, calloffId)}/skip`, input),
  );
}

const offerKey = (orgId: string, calloffId: string) =>
  ['organisations', orgId, 'tenders', 'one', calloffId, 'offer'] as const;

/** The supplier's own offer; the server answers 404 when it never had one. */
export function useOffer(orgId: string, calloffId: string) {
  return useQuery({
    queryKey: offerKey(orgId, calloffId),
    queryFn: ({ signal }) => legacyApi.get<Offer>(offerUrl(orgId, calloffId), { signal }),
    retry: false,
  });
}

export function useAnswerOffer(orgId: string, calloffId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (answer: { kind: 'accept' } | { kind: 'decline'; reason: string }) =>
      answer.kind === 'accept'
        ? legacyApi.post<Offer>(`${offerUrl(orgId, calloffId)}/accept`)
        : legacyApi.post<Offer>(`${offerUrl(orgId, calloffId)}/decline`, { reason: answer.reason }),
    onSuccess: (offer) => {
      client.setQueryData(offerKey(orgId, calloffId), offer);
      void client.invalidateQueries({ queryKey: ['organisations', orgId, 'tenders'] });
      void client.invalidateQueries({ queryKey: ['organisations', orgId, 'orders'] });
    },
  });
}

export function useDeviations(orgId: string, agreementId: string) {
  return useQuery({
    queryKey: ['organisations', orgId, 'agreements', agreementId, 'deviations'],
    queryFn: ({ signal }) =>
      legacyApi.get<{
        agreement: { id: string; reference: string; title: string };
        items: Deviation[];
      }>(`/api/organisations/${enc(orgId)}/agreements/${enc(agreementId)}/deviations`, { signal }),
  });
}
