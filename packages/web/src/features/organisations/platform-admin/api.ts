import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { legacyApi } from '../../../lib/api';
import type { Country, ItemList, Locale, OrganisationKind } from '../../../lib/types';

/** One organisation as the platform administrator sees it. */
export interface PlatformOrganisation {
  id: string;
  kind: OrganisationKind;
  name: string;
  country: Country;
  /** Organisationsnummer (SE, "NNNNNN-NNNN") or CVR number (DK, eight digits). */
  identifier: string;
  municipalityCode: string | null;
  memberCount: number;
  createdAt: string;
}

export interface NewOrganisation {
  kind: OrganisationKind;
  name: string;
  country: Country;
  identifier: string;
  municipalityCode?: string;
  adminEmail: string;
  adminLocale: Locale;
}

export interface RegisteredOrganisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  country: Country;
}

const ORGANISATIONS = '/api/platform/organisations';

export const platformKeys = {
  organisations: ['platform', 'organisations'] as const,
};

export function usePlatformOrganisations() {
  return useQuery({
    queryKey: platformKeys.organisations,
    queryFn: ({ signal }) =>
      legacyApi.get<ItemList<PlatformOrganisation>>(ORGANISATIONS, { signal }),
  });
}

export function useRegisterOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewOrganisation) =>
      legacyApi.post<RegisteredOrganisation>(ORGANISATIONS, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: platformKeys.organisations }),
  });
}
