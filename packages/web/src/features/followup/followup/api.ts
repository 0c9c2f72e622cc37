// The follow-up API: the year's plan and progress, the risk order, the pre-visit checklist with
// the permit check, and visit records.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, enc, type Answer, type Body, type Query } from '../../../lib/api';
import { sortsOf, type PageState } from '../../../lib/paging';

const PLAN = '/api/organisations/{orgId}/followup/plans/{year}';
const CHECKLIST = '/api/organisations/{orgId}/followup/establishments/{establishmentId}/checklist';
const VISITS = '/api/organisations/{orgId}/followup/visits';
const VISIT = '/api/organisations/{orgId}/followup/visits/{visitId}';

export type PlanOfYear = Answer<typeof PLAN>;
export type PlannedVisit = PlanOfYear['visits'][number];
export type PlannedStatus = PlannedVisit['status'];

const CANDIDATES = '/api/organisations/{orgId}/followup/candidates';

export type Candidate = Answer<typeof CANDIDATES>['items'][number];
export type RiskReason = Candidate['reasons'][number];

export type Checklist = Answer<typeof CHECKLIST>;
export type Requirement = Checklist['agreements'][number]['requirements'][number];
export type Seen = Checklist['permitChecks'][number]['seen'];

export type VisitSummary = Answer<typeof VISITS>['items'][number];
export type VisitDetail = Answer<typeof VISIT>;
export type Finding = VisitDetail['findings'][number];
export type Outcome = Finding['outcome'];

export type NewVisit = Body<typeof VISITS, 'post'>;

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
    queryFn: ({ signal }) => api.get(PLAN, { path: { orgId, year: String(year) } }, { signal }),
  });
}

export type CandidateSort = NonNullable<Query<typeof CANDIDATES>['sort']>;
export const CANDIDATE_SORTS = sortsOf<CandidateSort>({ risk: true, establishment: true });
export const CANDIDATE_PAGE_DEFAULTS = { sort: 'risk', order: 'asc' } as const;

/** One page of the year's risk order, as the list's URL asks. */
export function useCandidates(orgId: string, year: number, page: PageState<CandidateSort>) {
  return useQuery({
    queryKey: [...key(orgId), 'candidates', year, page.params],
    queryFn: ({ signal }) =>
      api.get(
        CANDIDATES,
        { path: { orgId }, query: { year: String(year), ...page.params } },
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

export function useSavePlan(orgId: string, year: number) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (input: Body<typeof PLAN, 'put'>) =>
      api.put(PLAN, { path: { orgId, year: String(year) }, body: input }),
    onSuccess: refresh,
  });
}

export function useAddToPlan(orgId: string, year: number) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (input: Body<`${typeof PLAN}/visits`, 'post'>) =>
      api.post(`${PLAN}/visits`, { path: { orgId, year: String(year) }, body: input }),
    onSuccess: refresh,
  });
}

export function useChecklist(orgId: string, establishmentId: string) {
  return useQuery({
    queryKey: [...key(orgId), 'checklist', establishmentId],
    queryFn: ({ signal }) => api.get(CHECKLIST, { path: { orgId, establishmentId } }, { signal }),
  });
}

export function usePermitCheck(orgId: string, establishmentId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (
      input: Body<
        '/api/organisations/{orgId}/followup/establishments/{establishmentId}/permit-checks',
        'post'
      >,
    ) =>
      api.post(
        '/api/organisations/{orgId}/followup/establishments/{establishmentId}/permit-checks',
        { path: { orgId, establishmentId }, body: input },
      ),
    onSuccess: refresh,
  });
}

export type VisitSort = NonNullable<Query<typeof VISITS>['sort']>;
export const VISIT_SORTS = sortsOf<VisitSort>({
  visited: true,
  establishment: true,
  agreement: true,
});
export const VISIT_PAGE_DEFAULTS = { sort: 'visited', order: 'desc' } as const;

/** One page of the visit records of an establishment, as the list's URL asks. */
export function useVisits(orgId: string, establishmentId: string, page: PageState<VisitSort>) {
  return useQuery({
    queryKey: [...key(orgId), 'visits', establishmentId, page.params],
    queryFn: ({ signal }) =>
      api.get(VISITS, { path: { orgId }, query: { establishmentId, ...page.params } }, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useVisit(orgId: string, visitId: string) {
  return useQuery({
    queryKey: [...key(orgId), 'visit', visitId],
    queryFn: ({ signal }) => api.get(VISIT, { path: { orgId, visitId } }, { signal }),
  });
}

export function useRecordVisit(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (input: NewVisit) => api.post(VISITS, { path: { orgId }, body: input }),
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
    mutationFn: (input: Body<'/api/organisations/{orgId}/corrections', 'post'>) =>
      api.post('/api/organisations/{orgId}/corrections', { path: { orgId }, body: input }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: key(orgId) }),
        queryClient.invalidateQueries({ queryKey: ['organisations', orgId, 'corrections'] }),
      ]),
  });
}
