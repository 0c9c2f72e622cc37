import { ORGANISATION_KINDS } from '@tildel/domain/permissions';
import type { Country, OrganisationKind } from '../../lib/types';

export { ORGANISATION_KINDS };

/** The countries Tildel serves (the domain's list lives beside its holiday calendars). */
export const COUNTRIES: readonly Country[] = ['SE', 'DK'];

export function isOrganisationKind(value: string): value is OrganisationKind {
  return (ORGANISATION_KINDS as readonly string[]).includes(value);
}

export function isCountry(value: string): value is Country {
  return (COUNTRIES as readonly string[]).includes(value);
}
