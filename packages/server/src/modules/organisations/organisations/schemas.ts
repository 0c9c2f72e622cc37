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
import { paged, pageParams } from '../../../platform/paging.ts';

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

export const memberList = paged(member);

/** How the members may be sorted. */
export const MEMBER_SORTS = ['name', 'email', 'joined'] as const;
export type MemberSort = (typeof MEMBER_SORTS)[number];
export const MEMBER_PAGE_DEFAULTS = { sort: 'name', order: 'asc' } as const;

export const memberListQuery = Type.Object(pageParams(MEMBER_SORTS, MEMBER_PAGE_DEFAULTS), {
  additionalProperties: false,
});
export type MemberListQuery = Static<typeof memberListQuery>;

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

export const invitationList = paged(invitation);

/** How the invitations may be sorted. */
export const INVITATION_SORTS = ['sent', 'email', 'expires'] as const;
export type InvitationSort = (typeof INVITATION_SORTS)[number];
export const INVITATION_PAGE_DEFAULTS = { sort: 'sent', order: 'desc' } as const;

export const invitationListQuery = Type.Object(
  {
    /** Only those neither accepted, revoked nor expired. */
    open: Type.Optional(Type.Boolean()),
    ...pageParams(INVITATION_SORTS, INVITATION_PAGE_DEFAULTS),
  },
  { additionalProperties: false },
);
export type InvitationListQuery = Static<typeof invitationListQuery>;

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
