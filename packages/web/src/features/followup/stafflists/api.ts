import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  SHIFT_ROW_COLUMNS,
  STAFF_LIST_COLUMNS,
  type ShiftRowColumn,
  type StaffListColumn,
} from '@tildel/domain/staff-list/columns';
import { SHIFTS, STAFF_ROLES, type StaffEducationCode } from '@tildel/domain/staff-list/vocabulary';
import { api, enc, type Answer, type Body, type Query } from '../../../lib/api';
import { sortsOf, type PageState } from '../../../lib/paging';

export { SHIFT_ROW_COLUMNS, SHIFTS, STAFF_LIST_COLUMNS, STAFF_ROLES, type StaffListColumn };
/** One row of the form: every cell as typed. */
export type FormRow = Record<StaffListColumn, string>;
/** One per-shift row of the form (date, shift, awake staff hours), every cell as typed. */
export type FormShiftRow = Record<ShiftRowColumn, string>;

/** The domain's educations in the order the form offers them ('other' last). */
export const STAFF_EDUCATIONS = [
  'socionomexamen',
  'socialradgiver',
  'beteendevetare',
  'behandlingspedagog',
  'socialpedagog',
  'underskoterska',
  'sjukskoterska',
  'other',
] as const satisfies readonly StaffEducationCode[];

const OFFICER_LIST = '/api/organisations/{orgId}/staff-lists';
const OFFICER_ONE = '/api/organisations/{orgId}/staff-lists/{requestId}';
const SUPPLIER_LIST = '/api/organisations/{orgId}/supplier-staff-lists';
const SUPPLIER_ONE = '/api/organisations/{orgId}/supplier-staff-lists/{requestId}';

export type StaffListRequest = Answer<typeof OFFICER_LIST>['items'][number];
export type StaffListDetail = Answer<typeof OFFICER_ONE>;
export type StaffRow = NonNullable<StaffListDetail['latest']>['rows'][number];
export type ShiftRow = NonNullable<StaffListDetail['latest']>['shifts'][number];
export type Submission = StaffListDetail['history'][number];
export type RequirementCheck = NonNullable<StaffListDetail['report']>[number];
export type Measure = NonNullable<RequirementCheck['measure']>;
export type NightShort = NonNullable<RequirementCheck['nights']>[number];
export type Named = StaffListRequest['supplier'];
export type Choices = Answer<'/api/organisations/{orgId}/staff-lists/choices'>;
export type NewRequest = Body<typeof OFFICER_LIST, 'post'>;

/** The officer's side (the body's requests) or the supplier's (the requests to it). */
export type Side = 'officer' | 'supplier';

export function templatePath(orgId: string, format: 'csv' | 'xlsx') {
  return `/api/organisations/${enc(orgId)}/supplier-staff-lists/template.${format}`;
}

export type StaffListSort = NonNullable<Query<typeof OFFICER_LIST>['sort']>;
export const STAFF_LIST_SORTS = sortsOf<StaffListSort>({
  deadline: true,
  establishment: true,
  counterpart: true,
  period: true,
  status: true,
});
export const STAFF_LIST_PAGE_DEFAULTS = { sort: 'deadline', order: 'desc' } as const;

/** One page of the requests, as the list's URL asks. */
export function useStaffLists(orgId: string, side: Side, page: PageState<StaffListSort>) {
  return useQuery({
    queryKey: ['stafflists', orgId, side, 'list', page.params],
    queryFn: ({ signal }) =>
      api.get(
        side === 'officer' ? OFFICER_LIST : SUPPLIER_LIST,
        { path: { orgId }, query: page.params },
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

export function useStaffList(orgId: string, side: Side, requestId: string) {
  return useQuery({
    queryKey: ['stafflists', orgId, side, requestId],
    queryFn: ({ signal }) =>
      api.get(
        side === 'officer' ? OFFICER_ONE : SUPPLIER_ONE,
        { path: { orgId, requestId } },
        { signal },
      ),
  });
}

export function useChoices(orgId: string) {
  return useQuery({
    queryKey: ['stafflists', orgId, 'choices'],
    queryFn: ({ signal }) =>
      api.get('/api/organisations/{orgId}/staff-lists/choices', { path: { orgId } }, { signal }),
  });
}

/** The establishments on the agreement whose name holds the text, as choices for a request. */
export async function findEstablishments(
  orgId: string,
  agreementId: string,
  text: string,
  signal: AbortSignal,
) {
  const found = await api.get(
    '/api/organisations/{orgId}/staff-lists/choices/establishments',
    { path: { orgId }, query: { agreementId, q: text } },
    { signal },
  );
  return {
    total: found.total,
    items: found.items.map((e) => ({ value: e.id, label: `${e.name} (${e.supplier.name})` })),
  };
}

export function useRequestStaffList(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewRequest) => api.post(OFFICER_LIST, { path: { orgId }, body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['stafflists', orgId] }),
  });
}

export type SubmissionInput =
  | ({ kind: 'file' } & Body<`${typeof SUPPLIER_ONE}/file`, 'post'>)
  | ({ kind: 'rows' } & Body<`${typeof SUPPLIER_ONE}/rows`, 'post'>);

export function useSubmitStaffList(orgId: string, requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SubmissionInput) => {
      const path = { orgId, requestId };
      return input.kind === 'file'
        ? api.post(`${SUPPLIER_ONE}/file`, {
            path,
            body: { fileName: input.fileName, contentBase64: input.contentBase64 },
          })
        : api.post(`${SUPPLIER_ONE}/rows`, {
            path,
            body: { rows: input.rows, shifts: input.shifts },
          });
    },
    onSuccess: (detail) => {
      queryClient.setQueryData(['stafflists', orgId, 'supplier', requestId], detail);
      return queryClient.invalidateQueries({ queryKey: ['stafflists', orgId, 'supplier'] });
    },
  });
}
