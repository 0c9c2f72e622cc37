import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { legacyApi, enc } from '../../../lib/api';

export const STAFF_LIST_COLUMNS = [
  'name',
  'role',
  'education',
  'yearsInRole',
  'employmentPercent',
  'dayHours',
  'eveningHours',
  'nightHours',
  'nightAwake',
] as const;
export type StaffListColumn = (typeof STAFF_LIST_COLUMNS)[number];
export type FormRow = Record<StaffListColumn, string>;

export const STAFF_ROLES = [
  'manager',
  'treatment_assistant',
  'social_worker',
  'nurse',
  'night_staff',
  'other',
] as const;
export const STAFF_EDUCATIONS = [
  'socionomexamen',
  'socialradgiver',
  'beteendevetare',
  'behandlingspedagog',
  'socialpedagog',
  'underskoterska',
  'sjukskoterska',
  'other',
] as const;

export interface Named {
  id: string;
  name: string;
}

export interface StaffListRequest {
  id: string;
  body: Named;
  agreement: { id: string; reference: string; title: string };
  supplier: Named;
  establishment: Named;
  periodFrom: string;
  periodTo: string;
  placedResidents: number;
  deadline: string;
  message: string;
  status: 'requested' | 'submitted';
  overdue: boolean;
  requestedAt: string;
  latest: { submittedAt: string; met: number; notMet: number; notApplicable: number } | null;
}

export interface StaffRow {
  row: number;
  name: string;
  role: string;
  education: string;
  yearsInRoleHundredths: number | null;
  employmentHundredths: number;
  hoursHundredths: { day: number; evening: number; night: number };
  nightAwake: boolean;
}

export interface Measure {
  unit: 'staff_per_resident' | 'awake_staff_per_night' | 'percent' | 'years';
  measured: number;
  required: number;
  shortfall: number;
}

export interface RequirementCheck {
  requirementId: string;
  description: string;
  kind: string;
  outcome: 'met' | 'not_met' | 'not_applicable';
  measure: Measure | null;
  countedRows: number[];
  failedRows: { row: number; reasons: string[] }[];
  shifts?: (Measure & { shift: string; outcome: 'met' | 'not_met'; countedRows: number[] })[];
  notApplicable?: string;
}

export interface Submission {
  id: string;
  source: 'form' | 'csv' | 'xlsx';
  fileName: string | null;
  submittedAt: string;
  submittedByName: string;
}

export interface StaffListDetail {
  request: Omit<StaffListRequest, 'latest'>;
  latest: (Submission & { rows: StaffRow[] }) | null;
  report: RequirementCheck[] | null;
  history: (Submission & { rowCount: number })[];
}

export interface Choices {
  agreements: {
    id: string;
    reference: string;
    title: string;
    establishments: (Named & { supplier: Named })[];
  }[];
}

export interface NewRequest {
  agreementId: string;
  establishmentId: string;
  periodFrom: string;
  periodTo: string;
  placedResidents: number;
  deadline: string;
  message: string;
}

/** The officer's side (the body's requests) or the supplier's (the requests to it). */
export type Side = 'officer' | 'supplier';

const base = (orgId: string, side: Side) =>
  `/api/organisations/${enc(orgId)}/${side === 'officer' ? 'staff-lists' : 'supplier-staff-lists'}`;

export function templatePath(orgId: string) {
  return `${base(orgId, 'supplier')}/template.csv`;
}

export function useStaffLists(orgId: string, side: Side) {
  return useQuery({
    queryKey: ['stafflists', orgId, side],
    queryFn: ({ signal }) =>
      legacyApi.get<{ items: StaffListRequest[] }>(base(orgId, side), { signal }),
  });
}

export function useStaffList(orgId: string, side: Side, requestId: string) {
  return useQuery({
    queryKey: ['stafflists', orgId, side, requestId],
    queryFn: ({ signal }) =>
      legacyApi.get<StaffListDetail>(`${base(orgId, side)}/${enc(requestId)}`, { signal }),
  });
}

export function useChoices(orgId: string) {
  return useQuery({
    queryKey: ['stafflists', orgId, 'choices'],
    queryFn: ({ signal }) =>
      legacyApi.get<Choices>(`${base(orgId, 'officer')}/choices`, { signal }),
  });
}

export function useRequestStaffList(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewRequest) =>
      legacyApi.post<StaffListDetail>(base(orgId, 'officer'), input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['stafflists', orgId] }),
  });
}

export type SubmissionInput =
  { kind: 'file'; fileName: string; contentBase64: string } | { kind: 'rows'; rows: FormRow[] };

export function useSubmitStaffList(orgId: string, requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SubmissionInput) => {
      const url = `${base(orgId, 'supplier')}/${enc(requestId)}`;
      return input.kind === 'file'
        ? legacyApi.post<StaffListDetail>(`${url}/file`, {
            fileName: input.fileName,
            contentBase64: input.contentBase64,
          })
        : legacyApi.post<StaffListDetail>(`${url}/rows`, { rows: input.rows });
    },
    onSuccess: (detail) => {
      queryClient.setQueryData(['stafflists', orgId, 'supplier', requestId], detail);
      return queryClient.invalidateQueries({ queryKey: ['stafflists', orgId, 'supplier'] });
    },
  });
}
