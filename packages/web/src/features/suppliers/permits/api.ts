import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Answer, type Body, type Query } from '../../../lib/api';
import { sortsOf, type PageState } from '../../../lib/paging';

export { PERMIT_STATUSES } from '@tildel/domain/permit-csv';

export type Permit =
  Answer<'/api/organisations/{orgId}/suppliers/{supplierId}/permits'>['items'][number];
export type PermitStatus = Permit['status'];
export type Authority = Permit['authority'];

export type PermitInput = Body<'/api/organisations/{orgId}/suppliers/{supplierId}/permits', 'post'>;

export type ImportReport = Answer<'/api/organisations/{orgId}/permits/import/preview', 'post'>;

type OverviewQuery = Query<'/api/organisations/{orgId}/permits'>;
/** The overview's filters; the page and sort come from the page's URL. */
export type PermitFilters = Pick<OverviewQuery, 'status' | 'checkedBefore' | 'q'>;
export type PermitSort = NonNullable<OverviewQuery['sort']>;
export const PERMIT_SORTS = sortsOf<PermitSort>({
  lastChecked: true,
  supplier: true,
  establishment: true,
  validTo: true,
});

const keys = {
  all: ['permits'] as const,
  list: (orgId: string, f: PermitFilters, params: PageState['params']) =>
    ['permits', orgId, 'list', f, params] as const,
  supplier: (orgId: string, supplierId: string) =>
    ['permits', orgId, 'supplier', supplierId] as const,
};

/** One page of the permits the filters leave, as the page's URL asks. */
export function usePermitList(orgId: string, filters: PermitFilters, page: PageState<PermitSort>) {
  return useQuery({
    queryKey: keys.list(orgId, filters, page.params),
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/permits',
        { path: { orgId }, query: { ...filters, ...page.params } },
        { signal },
      ),
    placeholderData: keepPreviousData,
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
