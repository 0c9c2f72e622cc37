import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { legacyApi, enc, query } from '../../../lib/api';

export type PermitStatus = 'valid' | 'changed' | 'revoked' | 'expired' | 'applied';
export const PERMIT_STATUSES: PermitStatus[] = [
  'valid',
  'changed',
  'revoked',
  'expired',
  'applied',
];
export type Authority = 'IVO' | 'Socialtilsyn';

export interface Permit {
  id: string;
  establishmentId: string;
  establishmentName: string;
  supplierId: string;
  supplierName: string;
  authority: Authority;
  reference: string;
  scope: string;
  status: PermitStatus;
  validFrom: string | null;
  validTo: string | null;
  openCases: number;
  decisions: string;
  lastCheckedOn: string | null;
  lastCheckedBy: { name: string } | null;
  version: number;
}

export interface PermitInput {
  establishmentId: string;
  authority: Authority;
  reference: string;
  scope: string;
  status: PermitStatus;
  validFrom: string | null;
  validTo: string | null;
  openCases: number;
  decisions: string;
  lastCheckedOn: string | null;
}

export interface ImportReport {
  fileProblem: { code: string; message: string } | null;
  accepted: {
    line: number;
    supplierIdentifier: string;
    establishmentName: string;
    authority: string;
    reference: string;
    status: string;
    action: 'create' | 'update';
  }[];
  rejected: {
    line: number;
    supplierIdentifier: string;
    establishmentName: string;
    reference: string;
    reasons: { code: string; column: string | null; message: string }[];
  }[];
}

export interface PermitFilters {
  status?: string;
  checkedBefore?: string;
  q?: string;
}

const base = (orgId: string) => `/api/organisations/${enc(orgId)}`;
const keys = {
  all: ['permits'] as const,
  list: (orgId: string, f: PermitFilters) => ['permits', orgId, 'list', f] as const,
  supplier: (orgId: string, supplierId: string) =>
    ['permits', orgId, 'supplier', supplierId] as const,
};

export function usePermitList(orgId: string, filters: PermitFilters) {
  return useQuery({
    queryKey: keys.list(orgId, filters),
    queryFn: ({ signal }) =>
      legacyApi.get<{ items: Permit[]; truncated: boolean }>(
        `${base(orgId)}/permits${query({ ...filters })}`,
        { signal },
      ),
  });
}

export function useSupplierPermits(orgId: string, supplierId: string) {
  return useQuery({
    queryKey: keys.supplier(orgId, supplierId),
    queryFn: ({ signal }) =>
      legacyApi.get<{
        supplier: { id: string; name: string; country: 'SE' | 'DK' };
        establishments: { id: string; name: string }[];
        items: Permit[];
      }>(`${base(orgId)}/suppliers/${enc(supplierId)}/permits`, { signal }),
  });
}

export function useSavePermit(orgId: string, supplierId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, input }: { id?: string; version?: number; input: PermitInput }) =>
      id
        ? legacyApi.put<Permit>(`${base(orgId)}/suppliers/${enc(supplierId)}/permits/${enc(id)}`, {
            ...input,
            version,
          })
        : legacyApi.post<Permit>(`${base(orgId)}/suppliers/${enc(supplierId)}/permits`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

export function usePreviewImport(orgId: string) {
  return useMutation({
    mutationFn: (csv: string) =>
      legacyApi.post<ImportReport>(`${base(orgId)}/permits/import/preview`, { csv }),
  });
}

export function useImportPermits(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (csv: string) =>
      legacyApi.post<ImportReport>(`${base(orgId)}/permits/import`, { csv }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}
