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

export const platformOrganisationList = Type.Object({ items: Type.Array(platformOrganisation) });

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
