// The buyer's side of publishing: who would be invited, publishing, questions, changes.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { legacyApi, enc } from '../../../lib/api';
import type { CalloffDetail } from '../calloffs/api';

export type LeftOutReason =
  'terminated' | 'hidden' | 'excluded' | 'not_in_category' | 'not_admitted';

export interface Publication {
  calloffId: string;
  status: string;
  procedure: string;
  country: 'SE' | 'DK';
  tieRule: string[];
  minimum: { days: number; basis: 'dps_statutory' | 'dps_agreed_shorter' | 'set_by_buyer' } | null;
  earliestDeadline: string | null;
  preview: {
    invited: { supplierId: string; name: string }[];
    leftOut: { supplierId: string; name: string; reason: LeftOutReason }[];
    setupProblems: { code: string }[];
    canPublish: boolean;
  } | null;
  invitations: {
    supplierId: string;
    supplierName: string;
    invitedAt: string;
    firstReadAt: string | null;
    declinedAt: string | null;
    declineReason: string | null;
  }[];
}

export interface BuyerQuestion {
  id: string;
  question: string;
  askedAt: string;
  answer: string | null;
  answeredAt: string | null;
  supplierName: string;
  askedByName: string;
}

const calloffsKey = (orgId: string) => ['organisations', orgId, 'calloffs'] as const;
const url = (orgId: string, calloffId: string, rest: string) =>
  `/api/organisations/${enc(orgId)}/calloffs/${enc(calloffId)}${rest}`;

export function usePublication(orgId: string, calloffId: string) {
  return useQuery({
    queryKey: [...calloffsKey(orgId), 'one', calloffId, 'publication'],
    queryFn: ({ signal }) =>
      legacyApi.get<Publication>(url(orgId, calloffId, '/publication'), { signal }),
  });
}

export function useQuestions(orgId: string, calloffId: string) {
  return useQuery({
    queryKey: [...calloffsKey(orgId), 'one', calloffId, 'questions'],
    queryFn: ({ signal }) =>
      legacyApi.get<{ items: BuyerQuestion[] }>(url(orgId, calloffId, '/questions'), { signal }),
  });
}

/** A change to the call-off: the answer replaces it and every view of it is read again. */
function useCalloffChange<Input, Output>(orgId: string, send: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => void client.invalidateQueries({ queryKey: calloffsKey(orgId) }),
  });
}

export function usePublish(orgId: string, calloffId: string) {
  return useCalloffChange(
    orgId,
    (input: { version: number; requestText: string; tenderDeadline: string; costCentre: string }) =>
      legacyApi.post<CalloffDetail>(url(orgId, calloffId, '/publish'), input),
  );
}

export function useChangeRequest(orgId: string, calloffId: string) {
  return useCalloffChange(
    orgId,
    (input: { version: number; summary: string; requestText: string; tenderDeadline: string }) =>
      legacyApi.post<CalloffDetail>(url(orgId, calloffId, '/changes'), input),
  );
}

export function useAnswer(orgId: string, calloffId: string) {
  return useCalloffChange(orgId, (input: { questionId: string; answer: string }) =>
    legacyApi.post<BuyerQuestion>(
      url(orgId, calloffId, `/questions/${enc(input.questionId)}/answer`),
      {
        answer: input.answer,
      },
    ),
  );
}
