import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Answer, type Body, type Query } from '../../../lib/api';

export { PERMIT_STATUSES } from '@tildel/domain/permit-csv';

export type Permit =
  Answer<'/api/organisations/{orgId}/suppliers/{supplierId}/permits'>['items'][number];
export type PermitStatus = Permit['status'];
export type Authority = Permit['authority'];

export type PermitInput = Body<'/api/organisations/{orgId}/suppliers/{supplierId}/permits', 'post'>;

export type ImportReport = Answer<'/api/organisations/{orgId}/permits/import/preview', 'post'>;

/** The overview's filters (the server's default limit applies). */
export type PermitFilters = Omit<Query<'/api/organisations/{orgId}/permits'>, 'limit'>;

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
      api.get(
        '/api/organisations/{orgId}/permits',
        { path: { orgId }, query: { ...filters } },
        { signal },
      ),
  });
}

export function useSupplierPermits(orgId: string, supplierId: string) {
  return useQuery({
    queryKey: keys.supplier(orgId, supplierId),
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/suppliers/{supplierId}/permits',
        { path: { orgId, supplierId } },
        { signal },
      ),
  });
}

/** A new permit, or a change to one on the version read. */
export type PermitSave =
  { id?: undefined; input: PermitInput } | { id: string; version: number; input: PermitInput };

export function useSavePermit(orgId: string, supplierId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (save: PermitSave) =>
      save.id
        ? api.put('/api/organisations/{orgId}/suppliers/{supplierId}/permits/{permitId}', {
            path: { orgId, supplierId, permitId: save.id },
            body: { ...save.input, version: save.version },
          })
        : api.post('/api/organisations/{orgId}/suppliers/{supplierId}/permits', {
            path: { orgId, supplierId },
            body: save.input,
          }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

export function usePreviewImport(orgId: string) {
  return useMutation({
    mutationFn: (csv: string) =>
      api.post('/api/organisations/{orgId}/permits/import/preview', {
        path: { orgId },
        body: { csv },
      }),
  });
}

export function useImportPermits(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (csv: string) =>
      api.post('/api/organisations/{orgId}/permits/import', { path: { orgId }, body: { csv } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}
