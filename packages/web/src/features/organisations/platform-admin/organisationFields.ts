import { ORGANISATION_KINDS } from '@tildel/domain/permissions';
import type { OrganisationKind } from '../../../lib/types';

export { ORGANISATION_KINDS };
export { COUNTRIES } from '@tildel/domain/country';

export function isOrganisationKind(value: string): value is OrganisationKind {
  return (ORGANISATION_KINDS as readonly string[]).includes(value);
}
