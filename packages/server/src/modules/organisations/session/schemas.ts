// The contract of the session routes: signing in, and the signed-in user's view of themselves.
import { Type, type Static } from 'typebox';
import { ORGANISATION_KINDS, PERMISSIONS } from '@tildel/domain/permissions';
import {
  country,
  email,
  enumOf,
  locale,
  nullableString,
  role,
  uuid,
} from '../../../platform/schemas.ts';

/** What GET /api/me answers, and every route that signs the user in or changes their session. */
export const meSchema = Type.Object({
  user: Type.Object({
    id: uuid,
    email: Type.String(),
    name: Type.String(),
    locale,
    isPlatformAdmin: Type.Boolean(),
  }),
  activeOrganisationId: nullableString,
  memberships: Type.Array(
    Type.Object({
      organisation: Type.Object({
        id: Type.String(),
        name: Type.String(),
        kind: enumOf(ORGANISATION_KINDS),
        country,
      }),
      roles: Type.Array(role),
    }),
  ),
  roles: Type.Array(role),
  permissions: Type.Array(enumOf(PERMISSIONS)),
  csrfToken: Type.String(),
});
export type MeView = Static<typeof meSchema>;

export const loginBody = Type.Object(
  { email, password: Type.String({ minLength: 1, maxLength: 1024 }) },
  { additionalProperties: false },
);
export type LoginInput = Static<typeof loginBody>;

export const localeBody = Type.Object({ locale }, { additionalProperties: false });

export const organisationBody = Type.Object(
  { organisationId: uuid },
  { additionalProperties: false },
);
