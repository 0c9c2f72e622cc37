import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Answer, type Body, type Query } from '../../../lib/api';
import { sortsOf, type PageState } from '../../../lib/paging';
import type { OrganisationKind } from '../../../lib/types';

/** One organisation as the platform administrator sees it. */
export type PlatformOrganisation = Answer<'/api/platform/organisations'>['items'][number];
export type NewOrganisation = Body<'/api/platform/organisations', 'post'>;
export type RegisteredOrganisation = Answer<'/api/platform/organisations', 'post'>;

export const platformKeys = {
  organisations: ['platform', 'organisations'] as const,
};

export type OrganisationSort = NonNullable<Query<'/api/platform/organisations'>['sort']>;
export const ORGANISATION_SORTS = sortsOf<OrganisationSort>({
  name: true,
  kind: true,
  country: true,
  members: true,
  registered: true,
});

/** One page of the organisations of a kind ('' is any) matching the search text. */
export function usePlatformOrganisations(
  filter: { kind: OrganisationKind | ''; q: string },
  page: PageState<OrganisationSort>,
) {
  const query = { ...page.params, kind: filter.kind || undefined, q: filter.q || undefined };
  return useQuery({
    queryKey: [...platformKeys.organisations, query],
    queryFn: ({ signal }) => api.get('/api/platform/organisations', { query }, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useRegisterOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewOrganisation) =>
      api.post('/api/platform/organisations', { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: platformKeys.organisations }),
  });
}
