import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { legacyApi, enc } from '../../../lib/api';

export const DOCUMENT_KINDS = [
  'insurance',
  'tax_certificate',
  'social_security_certificate',
  'collective_agreement',
  'quality_system',
  'financial_statement',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface ComplianceDocument {
  id: string;
  kind: DocumentKind;
  title: string;
  validUntil: string | null;
  replacedAt: string | null;
  createdAt: string;
  createdBy: { name: string } | null;
  file: { fileName: string; contentType: string; sizeBytes: number };
}

export interface Upload {
  kind: DocumentKind;
  title: string;
  validUntil: string | null;
  fileName: string;
  contentType: string;
  contentBase64: string;
}

const base = (orgId: string) => `/api/organisations/${enc(orgId)}`;

/** Where a supplier's documents are read: its own company, or a supplier seen by an officer. */
export function documentsPath(orgId: string, supplierId: string | null) {
  return supplierId
    ? `${base(orgId)}/suppliers/${enc(supplierId)}/documents`
    : `${base(orgId)}/company/documents`;
}

export function useDocuments(orgId: string, supplierId: string | null) {
  return useQuery({
    queryKey: ['documents', orgId, supplierId ?? 'company'],
    queryFn: ({ signal }) =>
      legacyApi.get<{ items: ComplianceDocument[] }>(documentsPath(orgId, supplierId), { signal }),
  });
}

export function useUploadDocument(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (upload: Upload) =>
      legacyApi.post<ComplianceDocument>(documentsPath(orgId, null), upload),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['documents', orgId] }),
  });
}
