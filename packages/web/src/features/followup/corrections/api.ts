import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { legacyApi, enc, query } from '../../../lib/api';
import type { ItemList } from '../../../lib/types';

export type CorrectionState = 'open' | 'answered' | 'accepted' | 'rejected' | 'overdue';

export interface CorrectionSummary {
  id: string;
  body: { id: string; name: string };
  agreement: { id: string; reference: string; title: string };
  supplier: { id: string; name: string };
  establishment: { id: string; name: string } | null;
  description: string;
  sentOn: string;
  deadline: string;
  state: CorrectionState;
  overdueFlaggedAt: string | null;
  createdAt: string;
  version: number;
}

export interface CorrectionAnswer {
  id: string;
  actionPlan: string;
  answeredBy: string;
  answeredAt: string;
  evidence: { id: string; fileName: string; contentType: string; sizeBytes: number }[];
  decision: 'accepted' | 'rejected' | null;
  decisionReason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
}

export interface CorrectionDetail extends CorrectionSummary {
  requirements: { id: string; kind: string; text: string }[];
  answers: CorrectionAnswer[];
}

export interface CorrectionChoices {
  agreements: {
    id: string;
    reference: string;
    title: string;
    country: 'SE' | 'DK';
    suppliers: { id: string; name: string; establishments: { id: string; name: string }[] }[];
    requirements: { id: string; kind: string; text: string }[];
  }[];
}

export interface NewCorrection {
  agreementId: string;
  supplierId: string;
  establishmentId: string | null;
  requirementIds: string[];
  description: string;
  deadline: string | null;
}

export interface Evidence {
  fileName: string;
  contentBase64: string;
}

/** Which side the caller is on: the body's officers, or the supplier answering. */
export type Side = 'officer' | 'supplier';

const org = (orgId: string) => `/api/organisations/${enc(orgId)}`;
export const correctionsBase = (orgId: string, side: Side) =>
  `${org(orgId)}/${side === 'officer' ? 'corrections' : 'supplier-corrections'}`;
const key = (orgId: string) => ['organisations', orgId, 'corrections'] as const;

export const letterUrl = (orgId: string, side: Side, id: string, locale?: string) =>
  `${correctionsBase(orgId, side)}/${enc(id)}/letter.pdf${query({ locale })}`;
export const evidenceUrl = (orgId: string, side: Side, id: string, fileId: string) =>
  `${correctionsBase(orgId, side)}/${enc(id)}/evidence/${enc(fileId)}`;

function useRefresh(orgId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: key(orgId) }),
      // The summary beside suppliers counts open requests.
      queryClient.invalidateQueries({ queryKey: ['organisations', orgId, 'logbook'] }),
    ]);
}

export function useCorrections(orgId: string, side: Side) {
  return useQuery({
    queryKey: [...key(orgId), side, 'list'],
    queryFn: ({ signal }) =>
      legacyApi.get<ItemList<CorrectionSummary>>(correctionsBase(orgId, side), { signal }),
  });
}

export function useCorrection(orgId: string, side: Side, id: string) {
  return useQuery({
    queryKey: [...key(orgId), side, id],
    queryFn: ({ signal }) =>
      legacyApi.get<CorrectionDetail>(`${correctionsBase(orgId, side)}/${enc(id)}`, { signal }),
  });
}

export function useCorrectionChoices(orgId: string) {
  return useQuery({
    queryKey: [...key(orgId), 'choices'],
    queryFn: ({ signal }) =>
      legacyApi.get<CorrectionChoices>(`${org(orgId)}/corrections/choices`, { signal }),
  });
}

export function useCreateCorrection(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (input: NewCorrection) =>
      legacyApi.post<CorrectionDetail>(`${org(orgId)}/corrections`, input),
    onSuccess: refresh,
  });
}

export function useDecide(orgId: string, id: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (input: { version: number; decision: 'accepted' | 'rejected'; reason: string }) =>
      legacyApi.post<CorrectionDetail>(`${org(orgId)}/corrections/${enc(id)}/decision`, input),
    onSuccess: refresh,
  });
}

export function useAnswer(orgId: string, id: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (input: { version: number; actionPlan: string; evidence: Evidence[] }) =>
      legacyApi.post<CorrectionDetail>(
        `${correctionsBase(orgId, 'supplier')}/${enc(id)}/answer`,
        input,
      ),
    onSuccess: refresh,
  });
}
