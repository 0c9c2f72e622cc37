// The follow-up API: the year's plan and progress, the risk order, the pre-visit checklist with
// the permit check, and visit records.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { legacyApi, enc, query } from '../../../lib/api';
import type { ItemList } from '../../../lib/types';

export type PlannedStatus = 'planned' | 'done' | 'cancelled';
export type Outcome = 'met' | 'partly_met' | 'not_met';
export type Seen = 'valid' | 'changed' | 'revoked' | 'open_case';

interface Named {
  id: string;
  name: string;
}
interface AgreementRef {
  id: string;
  reference: string;
  title: string;
}

export interface PlannedVisit {
  id: string;
  agreement: AgreementRef;
  supplier: Named;
  establishment: Named & { city: string };
  plannedOn: string | null;
  status: PlannedStatus;
  version: number;
}

export interface PlanOfYear {
  year: number;
  plan: { id: string; targetVisits: number; version: number } | null;
  visits: PlannedVisit[];
  progress: {
    done: number;
    target: number;
    expectedByToday: number;
    pace: 'ahead' | 'on_pace' | 'behind';
    upcoming: number;
    unscheduled: number;
    overdue: string[];
  } | null;
}

export interface RiskReason {
  code: string;
  points: number;
  count?: number;
  months?: number | null;
  sharePercent?: number;
}

export interface Candidate {
  rank: number;
  score: number;
  reasons: RiskReason[];
  agreement: AgreementRef;
  supplier: Named;
  establishment: Named & { city: string };
  openDeviations: number;
  permit: { status: string; openCases: number; lastCheckedOn: string | null } | null;
  lastVisitOn: string | null;
  bought: { amountMinor: string; currency: string } | null;
  concernNotes: number;
  plannedVisitId: string | null;
  doneThisYear: boolean;
}

export interface Requirement {
  id: string;
  kind: string;
  description: string;
}

export interface Checklist {
  establishment: Named & {
    serviceKind: string;
    street: string;
    postalCode: string;
    city: string;
    country: string;
  };
  supplier: Named;
  permits: {
    id: string;
    authority: string;
    reference: string;
    scope: string;
    status: string;
    validFrom: string | null;
    validTo: string | null;
    openCases: number;
    decisions: string;
    lastCheckedOn: string | null;
    lastCheckedByName: string | null;
  }[];
  freshness: { stale: boolean; monthsSince: number | null };
  permitChecks: {
    id: string;
    permitReference: string | null;
    seen: Seen;
    note: string;
    decisionReference: string | null;
    checkedOn: string;
    checkedBy: string;
  }[];
  corrections: {
    id: string;
    agreementReference: string;
    description: string;
    deadline: string;
    status: string;
  }[];
  agreements: (AgreementRef & { status: string; requirements: Requirement[] })[];
  staffList: {
    requestId: string;
    periodFrom: string;
    periodTo: string;
    status: string;
    submittedAt: string | null;
    result: { met: number; notMet: number; notApplicable: number } | null;
  } | null;
  plannedVisits: PlannedVisit[];
}

export interface Finding {
  requirementId: string;
  kind: string;
  description: string;
  outcome: Outcome;
  text: string;
}

export interface VisitSummary {
  id: string;
  agreement: AgreementRef;
  supplier: Named;
  establishment: Named;
  plannedVisitId: string | null;
  visitedOn: string;
  participants: string[];
  summary: string;
  createdBy: string;
  outcomes: { met: number; partlyMet: number; notMet: number };
}

export interface VisitDetail extends VisitSummary {
  findings: Finding[];
  callingForCorrection: Finding[];
  documents: { id: string; fileName: string; contentType: string; sizeBytes: number }[];
  logbookNotes: { id: string; text: string; sensitive: boolean; concern: boolean }[];
  corrections: { id: string; status: string; requirementIds: string[] }[];
}

export interface NewVisit {
  agreementId: string;
  establishmentId: string;
  plannedVisitId: string | null;
  visitedOn: string;
  participants: string[];
  summary: string;
  findings: { requirementId: string; outcome: string; text: string }[];
  logbookNote: { text: string; sensitive: boolean; concern: boolean } | null;
  documents: { fileName: string; contentBase64: string }[];
}

const base = (orgId: string) => `/api/organisations/${enc(orgId)}/followup`;
const key = (orgId: string) => ['organisations', orgId, 'followup'] as const;

export const documentUrl = (orgId: string, visitId: string, fileId: string) =>
  `${base(orgId)}/visits/${enc(visitId)}/documents/${enc(fileId)}`;

function useRefresh(orgId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: key(orgId) });
}

export function usePlan(orgId: string, year: number) {
  return useQuery({
    queryKey: [...key(orgId), 'plan', year],
    queryFn: ({ signal }) => legacyApi.get<PlanOfYear>(`${base(orgId)}/plans/${year}`, { signal }),
  });
}

export function useCandidates(orgId: string, year: number) {
  return useQuery({
    queryKey: [...key(orgId), 'candidates', year],
    queryFn: ({ signal }) =>
      legacyApi.get<{ items: Candidate[] }>(`${base(orgId)}/candidates${query({ year })}`, {
        signal,
      }),
  });
}

export function useSavePlan(orgId: string, year: number) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (input: { version?: number; targetVisits: number }) =>
      legacyApi.put<PlanOfYear>(`${base(orgId)}/plans/${year}`, input),
    onSuccess: refresh,
  });
}

export function useAddToPlan(orgId: string, year: number) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (input: {
      agreementId: string;
      establishmentId: string;
      plannedOn: string | null;
    }) => legacyApi.post<PlannedVisit>(`${base(orgId)}/plans/${year}/visits`, input),
    onSuccess: refresh,
  });
}

export function useChecklist(orgId: string, establishmentId: string) {
  return useQuery({
    queryKey: [...key(orgId), 'checklist', establishmentId],
    queryFn: ({ signal }) =>
      legacyApi.get<Checklist>(`${base(orgId)}/establishments/${enc(establishmentId)}/checklist`, {
        signal,
      }),
  });
}

export function usePermitCheck(orgId: string, establishmentId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (input: {
      permitId: string | null;
      seen: string | null;
      note: string;
      decisionReference: string | null;
    }) =>
      legacyApi.post<Checklist>(
        `${base(orgId)}/establishments/${enc(establishmentId)}/permit-checks`,
        input,
      ),
    onSuccess: refresh,
  });
}

export function useVisits(orgId: string, establishmentId: string) {
  return useQuery({
    queryKey: [...key(orgId), 'visits', establishmentId],
    queryFn: ({ signal }) =>
      legacyApi.get<ItemList<VisitSummary>>(`${base(orgId)}/visits${query({ establishmentId })}`, {
        signal,
      }),
  });
}

export function useVisit(orgId: string, visitId: string) {
  return useQuery({
    queryKey: [...key(orgId), 'visit', visitId],
    queryFn: ({ signal }) =>
      legacyApi.get<VisitDetail>(`${base(orgId)}/visits/${enc(visitId)}`, { signal }),
  });
}

export function useRecordVisit(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (input: NewVisit) => legacyApi.post<VisitDetail>(`${base(orgId)}/visits`, input),
    onSuccess: refresh,
  });
}

/**
 * A request for correction made from a visit (the corrections module's POST, with the visit it
 * came from, which that feature's own form does not send).
 */
export function useCorrectionFromVisit(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      agreementId: string;
      supplierId: string;
      establishmentId: string;
      visitId: string;
      requirementIds: string[];
      description: string;
      deadline: string | null;
    }) => legacyApi.post<{ id: string }>(`/api/organisations/${enc(orgId)}/corrections`, input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: key(orgId) }),
        queryClient.invalidateQueries({ queryKey: ['organisations', orgId, 'corrections'] }),
      ]),
  });
}
