import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Answer, type Body, type Query } from '../../../lib/api';
import { sortsOf, type PageState } from '../../../lib/paging';

export type RegistryItem = Answer<'/api/organisations/{orgId}/suppliers'>['items'][number];

type RegistryQuery = Query<'/api/organisations/{orgId}/suppliers'>;
export type RegistrySort = NonNullable<RegistryQuery['sort']>;
export const REGISTRY_SORTS = sortsOf<RegistrySort>({
  name: true,
  city: true,
  establishments: true,
});

/** The registry's search form: '' is "any". */
export interface RegistryFilter {
  q: string;
  country: NonNullable<RegistryQuery['country']> | '';
  serviceKind: NonNullable<RegistryQuery['serviceKind']> | '';
}

export type SupplierEntry = Answer<'/api/organisations/{orgId}/suppliers/{supplierId}'>;

const keys = {
  all: (orgId: string) => ['organisations', orgId, 'suppliers'] as const,
  list: (orgId: string, filter: RegistryFilter, params: PageState['params']) =>
    ['organisations', orgId, 'suppliers', 'list', filter, params] as const,
  entry: (orgId: string, supplierId: string) =>
    ['organisations', orgId, 'suppliers', 'entry', supplierId] as const,
};

/** One page of the suppliers the search form asks for, as the page's URL asks. */
export function useRegistry(orgId: string, filter: RegistryFilter, page: PageState<RegistrySort>) {
  return useQuery({
    queryKey: keys.list(orgId, filter, page.params),
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/suppliers',
        {
          path: { orgId },
          query: {
            ...page.params,
            q: filter.q,
            country: filter.country || undefined,
            serviceKind: filter.serviceKind || undefined,
          },
        },
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

export function useSupplierEntry(orgId: string, supplierId: string) {
  return useQuery({
    queryKey: keys.entry(orgId, supplierId),
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/suppliers/{supplierId}',
        { path: { orgId, supplierId } },
        { signal },
      ),
  });
}

export type Registration = Body<'/api/organisations/{orgId}/suppliers', 'post'>;

export function useRegisterSupplier(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Registration) =>
      api.post('/api/organisations/{orgId}/suppliers', { path: { orgId }, body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all(orgId) }),
  });
}
