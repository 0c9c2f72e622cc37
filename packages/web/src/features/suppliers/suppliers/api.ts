import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { legacyApi, enc, query } from '../../../lib/api';
import type { Country, Locale, Page } from '../../../lib/types';

export interface RegistryItem {
  id: string;
  name: string;
  country: Country;
  identifier: string;
  city: string;
  establishmentCount: number;
  consultantCount: number;
  serviceKinds: string[];
}

export interface RegistryFilter {
  q: string;
  country: Country | '';
  serviceKind: string;
}

export interface SupplierEntry {
  profile: {
    id: string;
    name: string;
    country: Country;
    identifier: string;
    street: string;
    postalCode: string;
    city: string;
    municipalityName: string | null;
    website: string | null;
    description: string;
  };
  contacts: {
    id: string;
    kind: 'person' | 'function_mailbox';
    name: string;
    purpose: string;
    email: string;
    phone: string | null;
  }[];
  establishments: {
    id: string;
    name: string;
    serviceKind: string;
    city: string;
    municipalityName: string | null;
    municipalityCode: string;
    placesTotal: number;
    placesFree: number;
    placesUpdatedAt: string | null;
    targetGroups: string[];
    ageMin: number;
    ageMax: number;
  }[];
  consultantCount: number;
}

const base = (orgId: string) => `/api/organisations/${enc(orgId)}/suppliers`;
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
      legacyApi.get<Page<RegistryItem>>(
        `${base(orgId)}${query({ ...filter, before: pageParam, limit: 50 })}`,
        { signal },
      ),
    getNextPageParam: (last) => last.nextBefore,
  });
}

export function useSupplierEntry(orgId: string, supplierId: string) {
  return useQuery({
    queryKey: keys.entry(orgId, supplierId),
    queryFn: ({ signal }) =>
      legacyApi.get<SupplierEntry>(`${base(orgId)}/${enc(supplierId)}`, { signal }),
  });
}

export interface Registration {
  name: string;
  country: Country;
  identifier: string;
  adminEmail: string;
  adminLocale: Locale;
}

export function useRegisterSupplier(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Registration) =>
      legacyApi.post<{ id: string; name: string }>(base(orgId), input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all(orgId) }),
  });
}
