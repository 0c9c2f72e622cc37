import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Answer, type Body, type Query } from '../../../lib/api';

export type RegistryItem = Answer<'/api/organisations/{orgId}/suppliers'>['items'][number];

type RegistryQuery = Query<'/api/organisations/{orgId}/suppliers'>;

/** The registry's search form: '' is "any". */
export interface RegistryFilter {
  q: string;
  country: NonNullable<RegistryQuery['country']> | '';
  serviceKind: NonNullable<RegistryQuery['serviceKind']> | '';
}

export type SupplierEntry = Answer<'/api/organisations/{orgId}/suppliers/{supplierId}'>;

const keys = {
  all: (orgId: string) => ['organisations', orgId, 'suppliers'] as const,
  list: (orgId: string, filter: RegistryFilter) =>
    ['organisations', orgId, 'suppliers', 'list', filter] as const,
  entry: (orgId: string, supplierId: string) =>
    ['organisations', orgId, 'suppliers', 'entry', supplierId] as const,
};

export function useRegistry(orgId: string, filter: RegistryFilter) {
  return useInfiniteQuery({
    queryKey: keys.list(orgId, filter),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      api.get(
        '/api/organisations/{orgId}/suppliers',
        {
          path: { orgId },
          query: {
            q: filter.q,
            country: filter.country || undefined,
            serviceKind: filter.serviceKind || undefined,
            before: pageParam ?? undefined,
            limit: 50,
          },
        },
        { signal },
      ),
    getNextPageParam: (last) => last.nextBefore,
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
