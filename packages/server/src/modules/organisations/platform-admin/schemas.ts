// The contract of the platform administrator's routes and of the demo clock.
import { Type, type Static } from 'typebox';
import { ORGANISATION_KINDS } from '@tildel/domain/permissions';
import {
  country,
  dateTime,
  email,
  enumOf,
  locale,
  nullableString,
  text,
} from '../../../platform/schemas.ts';
import { paged, pageParams } from '../../../platform/paging.ts';

const kind = enumOf(ORGANISATION_KINDS);

export const platformOrganisation = Type.Object({
  id: Type.String(),
  kind,
  name: Type.String(),
  country,
  identifier: Type.String({
    description: 'Organisationsnummer (SE, "NNNNNN-NNNN") or CVR number (DK, eight digits)',
  }),
  municipalityCode: nullableString,
  memberCount: Type.Integer(),
  createdAt: dateTime,
});

export const platformOrganisationList = paged(platformOrganisation);

/** How the platform's organisations may be sorted. */
export const ORGANISATION_SORTS = ['name', 'kind', 'country', 'members', 'registered'] as const;
export type OrganisationSort = (typeof ORGANISATION_SORTS)[number];
export const ORGANISATION_PAGE_DEFAULTS = { sort: 'name', order: 'asc' } as const;

export const organisationListQuery = Type.Object(
  {
    kind: Type.Optional(kind),
    /** Part of the name, or of the organisation, CVR or municipality number. */
    q: Type.Optional(Type.String({ maxLength: 100 })),
    ...pageParams(ORGANISATION_SORTS, ORGANISATION_PAGE_DEFAULTS),
  },
  { additionalProperties: false },
);
export type OrganisationListQuery = Static<typeof organisationListQuery>;

export const registerBody = Type.Object(
  {
    kind,
    name: text(200, 1),
    country,
    identifier: Type.String({ minLength: 8, maxLength: 20 }),
    municipalityCode: Type.Optional(Type.String({ pattern: '^[0-9]{3,4}$' })),
    adminEmail: email,
    adminLocale: locale,
  },
  { additionalProperties: false },
);
export type RegisterInput = Static<typeof registerBody>;

export const registeredOrganisation = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind,
  country,
});

export const clockView = Type.Object({ now: dateTime, offsetMinutes: Type.Integer() });

export const clockBody = Type.Object(
  // At most 60 days at a time: far enough for any tender period.
  { advanceMinutes: Type.Integer({ minimum: 1, maximum: 86_400 }) },
  { additionalProperties: false },
);
