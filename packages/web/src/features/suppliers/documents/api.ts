import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, enc, type Answer, type Body, type Query } from '../../../lib/api';
import { sortsOf, type PageState } from '../../../lib/paging';

export type ComplianceDocument =
  Answer<'/api/organisations/{orgId}/company/documents'>['items'][number];
export type DocumentKind = ComplianceDocument['kind'];
export type DocumentSort = NonNullable<
  Query<'/api/organisations/{orgId}/company/documents'>['sort']
>;
export const DOCUMENT_SORTS = sortsOf<DocumentSort>({
  kind: true,
  title: true,
  validUntil: true,
  uploaded: true,
});

/** The kinds offered when uploading, in the order shown. */
export const DOCUMENT_KINDS = [
  'insurance',
  'tax_certificate',
  'social_security_certificate',
  'collective_agreement',
  'quality_system',
  'financial_statement',
  'other',
] as const satisfies readonly DocumentKind[];

export type Upload = Body<'/api/organisations/{orgId}/company/documents', 'post'>;

const base = (orgId: string) => `/api/organisations/${enc(orgId)}`;

/** Where a supplier's documents are read: its own company, or a supplier seen by an officer. */
export function documentsPath(orgId: string, supplierId: string | null) {
  return supplierId
    ? `${base(orgId)}/suppliers/${enc(supplierId)}/documents`
    : `${base(orgId)}/company/documents`;
}

/** One page of a supplier's documents, as the page's URL asks. */
export function useDocuments(
  orgId: string,
  supplierId: string | null,
  page: PageState<DocumentSort>,
) {
  const query = page.params;
  return useQuery({
    queryKey: ['documents', orgId, supplierId ?? 'company', query],
    queryFn: ({ signal }) =>
      supplierId
        ? api.get(
            '/api/organisations/{orgId}/suppliers/{supplierId}/documents',
            { path: { orgId, supplierId }, query },
            { signal },
          )
        : api.get(
            '/api/organisations/{orgId}/company/documents',
            { path: { orgId }, query },
            { signal },
          ),
    placeholderData: keepPreviousData,
  });
}

export function useUploadDocument(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (upload: Upload) =>
      api.post('/api/organisations/{orgId}/company/documents', { path: { orgId }, body: upload }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['documents', orgId] }),
  });
}
