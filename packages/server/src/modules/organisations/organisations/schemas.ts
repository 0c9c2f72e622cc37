// The contract of the members and invitations routes: what they take and what they answer.
import { Type, type Static } from 'typebox';
import { ORGANISATION_KINDS } from '@tildel/domain/permissions';
import {
  country,
  dateTime,
  email,
  enumOf,
  locale,
  nullableDateTime,
  nullableString,
  paramsOf,
  role,
  roles,
  storableText,
} from '../../../platform/schemas.ts';

export const memberParams = paramsOf('orgId', 'userId');
export const invitationParams = paramsOf('orgId', 'invitationId');

export const tokenParams = Type.Object(
  { token: Type.String({ pattern: '^[A-Za-z0-9_-]{20,100}$' }) },
  { additionalProperties: false },
);

export const organisationProfile = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: enumOf(ORGANISATION_KINDS),
  country,
  identifier: Type.String(),
  municipalityCode: nullableString,
  mandate: Type.Array(
    Type.Object({ id: Type.String(), name: Type.String(), municipalityCode: nullableString }),
  ),
});

export const assignableRolesAnswer = Type.Object({ roles: Type.Array(role) });

export const member = Type.Object({
  userId: Type.String(),
  email: Type.String(),
  name: Type.String(),
  roles,
  joinedAt: dateTime,
});

export const memberList = Type.Object({ items: Type.Array(member) });

export const rolesBody = Type.Object({ roles }, { additionalProperties: false });

export const memberRoles = Type.Object({ userId: Type.String(), roles });

export const invitation = Type.Object({
  id: Type.String(),
  email: Type.String(),
  roles,
  locale,
  createdAt: dateTime,
  expiresAt: dateTime,
  acceptedAt: nullableDateTime,
  revokedAt: nullableDateTime,
  invitedBy: Type.Object({ name: Type.String() }),
});

export const invitationList = Type.Object({ items: Type.Array(invitation) });

export const invitationBody = Type.Object(
  { email, roles, locale },
  { additionalProperties: false },
);
export type InvitationInput = Static<typeof invitationBody>;

export const publicInvitation = Type.Object({
  organisationName: Type.String(),
  email: Type.String(),
  roles,
  locale,
  existingUser: Type.Boolean(),
  expiresAt: dateTime,
});

export const acceptBody = Type.Object(
  {
    name: Type.Optional(Type.String({ maxLength: 200, pattern: storableText })),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);
export type AcceptInput = Static<typeof acceptBody>;
