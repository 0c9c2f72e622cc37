// The supplier's inbox and one tender: the request it was invited to, its questions, declining.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { legacyApi, enc } from '../../../lib/api';
import type { RequirementView, ModelInput, Procedure } from '../calloffs/api';
import type { Need } from '../needs/api';

export type TenderStatus =
  | 'new'
  | 'read'
  | 'bid_given'
  | 'declined'
  | 'offered'
  | 'accepted'
  | 'expired'
  | 'closed'
  | 'awarded'
  | 'not_awarded'
  | 'cancelled';

export interface InboxItem {
  calloffId: string;
  title: string;
  buyerName: string;
  procedure: Procedure;
  kind: 'tender' | 'offer';
  invitedAt: string;
  deadline: string | null;
  status: TenderStatus;
  bidNeedsReview: boolean;
}

export interface TenderQuestion {
  id: string;
  question: string;
  askedAt: string;
  answer: string | null;
  answeredAt: string | null;
  own: boolean;
}

export interface Tender {
  calloffId: string;
  title: string;
  buyerName: string;
  country: 'SE' | 'DK';
  procedure: Procedure;
  kind: 'tender' | 'offer';
  calloffStatus: string;
  status: TenderStatus;
  category: { id: string; sv: string; da: string; en: string };
  need: Need;
  requestText: string;
  requirements: RequirementView[];
  model: ModelInput;
  tieRule: string[];
  expectedVolume: { quantity: number; unit: 'hour' | 'day' | 'month' | 'package' };
  currency: string;
  publishedAt: string | null;
  deadline: string | null;
  deadlinePassed: boolean;
  changes: {
    id: string;
    changedAt: string;
    summary: string;
    deadlineBefore: string;
    deadlineAfter: string;
  }[];
  questions: TenderQuestion[];
  invitation: {
    invitedAt: string;
    firstReadAt: string | null;
    declinedAt: string | null;
    declineReason: string | null;
  };
  bid: { status: string; needsReview: boolean } | null;
}

const key = (orgId: string) => ['organisations', orgId, 'tenders'] as const;
const base = (orgId: string) => `/api/organisations/${enc(orgId)}/tenders`;

export function useInbox(orgId: string) {
  return useQuery({
    queryKey: [...key(orgId), 'inbox'],
    queryFn: ({ signal }) =>
      legacyApi.get<{ items: InboxItem[]; nextBefore: string | null }>(`${base(orgId)}?limit=200`, {
        signal,
      }),
  });
}

export function useTender(orgId: string, calloffId: string) {
  return useQuery({
    queryKey: [...key(orgId), 'one', calloffId],
    queryFn: ({ signal }) => legacyApi.get<Tender>(`${base(orgId)}/${enc(calloffId)}`, { signal }),
  });
}

function useTenderAction<Input, Output>(orgId: string, send: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => void client.invalidateQueries({ queryKey: key(orgId) }),
  });
}

export function useAskQuestion(orgId: string, calloffId: string) {
  return useTenderAction(orgId, (input: { question: string }) =>
    legacyApi.post<TenderQuestion>(`${base(orgId)}/${enc(calloffId)}/questions`, input),
  );
}

export function useDecline(orgId: string, calloffId: string) {
  return useTenderAction(orgId, (input: { reason: string }) =>
    legacyApi.post<{ declinedAt: string }>(`${base(orgId)}/${enc(calloffId)}/decline`, input),
  );
}
