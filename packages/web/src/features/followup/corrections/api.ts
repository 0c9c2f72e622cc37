import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, enc, query, type Answer, type Body, type Query } from '../../../lib/api';
import { sortsOf, type PageState } from '../../../lib/paging';

const LIST = '/api/organisations/{orgId}/corrections';
const ONE = '/api/organisations/{orgId}/corrections/{requestId}';
const SUPPLIER_ONE = '/api/organisations/{orgId}/supplier-corrections/{requestId}';

export type CorrectionSummary = Answer<typeof LIST>['items'][number];
export type CorrectionState = CorrectionSummary['state'];
export type CorrectionDetail = Answer<typeof ONE>;
export type CorrectionAnswer = CorrectionDetail['answers'][number];
export type CorrectionChoices = Answer<'/api/organisations/{orgId}/corrections/choices'>;
export type NewCorrection = Body<typeof LIST, 'post'>;
export type Decision = Body<`${typeof ONE}/decision`, 'post'>;
export type AnswerInput = Body<`${typeof SUPPLIER_ONE}/answer`, 'post'>;
export type Evidence = AnswerInput['evidence'][number];

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

export type CorrectionSort = NonNullable<Query<typeof LIST>['sort']>;
export const CORRECTION_SORTS = sortsOf<CorrectionSort>({
  deadline: true,
  sentOn: true,
  supplier: true,
  agreement: true,
});

/** One page of the requests, as the list's URL asks. */
export function useCorrections(orgId: string, side: Side, page: PageState<CorrectionSort>) {
  return useQuery({
    queryKey: [...key(orgId), side, 'list', page.params],
    queryFn: ({ signal }) =>
      api.get(
        side === 'officer' ? LIST : '/api/organisations/{orgId}/supplier-corrections',
        { path: { orgId }, query: page.params },
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

export function useCorrection(orgId: string, side: Side, id: string) {
  return useQuery({
    queryKey: [...key(orgId), side, id],
    queryFn: ({ signal }) =>
      api.get(
        side === 'officer' ? ONE : SUPPLIER_ONE,
        { path: { orgId, requestId: id } },
        { signal },
      ),
  });
}

/** The agreements a request or note can be written under; those the supplier is on, if given. */
export function useCorrectionChoices(orgId: string, supplierId?: string) {
  return useQuery({
    queryKey: [...key(orgId), 'choices', supplierId ?? null],
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/corrections/choices',
        { path: { orgId }, query: supplierId ? { supplierId } : {} },
        { signal },
      ),
  });
}

const SUPPLIER_CHOICES = '/api/organisations/{orgId}/corrections/choices/suppliers';

/** The suppliers on the agreement whose name holds the text, as choices. */
export async function findCorrectionSuppliers(
  orgId: string,
  agreementId: string,
  text: string,
  signal: AbortSignal,
) {
  const found = await api.get(
    SUPPLIER_CHOICES,
    { path: { orgId }, query: { agreementId, q: text } },
    { signal },
  );
  return { total: found.total, items: found.items.map((s) => ({ value: s.id, label: s.name })) };
}

/** One supplier on the agreement with its name and establishments, once both are chosen. */
export function useCorrectionSupplier(
  orgId: string,
  agreementId: string | null,
  supplierId: string | null,
) {
  return useQuery({
    queryKey: [...key(orgId), 'choices', agreementId, 'supplier', supplierId],
    queryFn: async ({ signal }) => {
      const found = await api.get(
        SUPPLIER_CHOICES,
        { path: { orgId }, query: { agreementId: agreementId!, supplierId: supplierId! } },
        { signal },
      );
      return found.items[0] ?? null;
    },
    enabled: agreementId !== null && supplierId !== null,
  });
}

export function useCreateCorrection(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (input: NewCorrection) => api.post(LIST, { path: { orgId }, body: input }),
    onSuccess: refresh,
  });
}

export function useDecide(orgId: string, id: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (input: Decision) =>
      api.post(`${ONE}/decision`, { path: { orgId, requestId: id }, body: input }),
    onSuccess: refresh,
  });
}

export function useAnswer(orgId: string, id: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (input: AnswerInput) =>
      api.post(`${SUPPLIER_ONE}/answer`, { path: { orgId, requestId: id }, body: input }),
    onSuccess: refresh,
  });
}
