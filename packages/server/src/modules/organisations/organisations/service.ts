// Members and invitations of an organisation.
import type { Actor } from '../../../platform/access.ts';
import type { Transaction } from 'kysely';
import {
  ASSIGNABLE_ROLES,
  isRole,
  leavesOrganisationWithoutAdmin,
  rolesNotAssignable,
  type OrganisationKind,
  type Role,
} from '@tildel/domain/permissions';
import { appendAudit } from '../../../platform/audit.ts';
import {
  hashPassword,
  MIN_PASSWORD_LENGTH,
  verifyPassword,
} from '../../../platform/auth/passwords.ts';
import { startSession } from '../../../platform/auth/sessions.ts';
import { newToken, tokenHash } from '../../../platform/auth/tokens.ts';
import type { DB } from '../../../db/types.ts';
import type { Deps } from '../../../platform/deps.ts';
import { t, type Locale } from '../../../platform/i18n.ts';
import { queryRows } from '../../../platform/export.ts';
import { enqueueEmail } from '../../../platform/outbox.ts';
import { pageOf } from '../../../platform/paging.ts';
import { fieldProblem, Problem } from '../../../platform/problem.ts';
import { sessionPolicy } from '../session/service.ts';
import * as repo from './repo.ts';
import {
  INVITATION_PAGE_DEFAULTS,
  MEMBER_PAGE_DEFAULTS,
  type AcceptInput,
  type InvitationInput,
  type InvitationListQuery,
  type MemberListQuery,
} from './schemas.ts';

export const INVITATION_VALID_DAYS = 7;

async function organisationOrThrow(deps: Deps, organisationId: string) {
  const organisation = await repo.findOrganisation(deps.db, organisationId);
  if (!organisation) throw new Problem('not_found', 'problem.not_found.detail');
  return organisation;
}

export async function organisationProfile(deps: Deps, organisationId: string) {
  const organisation = await organisationOrThrow(deps, organisationId);
  const mandate =
    organisation.kind === 'procurement_body' ? await repo.mandateOf(deps.db, organisationId) : [];
  return {
    id: organisation.id,
    name: organisation.name,
    kind: organisation.kind,
    country: organisation.country,
    identifier: organisation.identifier,
    municipalityCode: organisation.municipality_code,
    mandate: mandate.map((m) => ({
      id: m.id,
      name: m.name,
      municipalityCode: m.municipality_code,
    })),
  };
}

export async function assignableRoles(deps: Deps, organisationId: string): Promise<Role[]> {
  const organisation = await organisationOrThrow(deps, organisationId);
  return [...ASSIGNABLE_ROLES[organisation.kind]];
}

function refuseUnassignable(kind: keyof typeof ASSIGNABLE_ROLES, roles: Role[]) {
  const refused = rolesNotAssignable(kind, roles);
  if (refused.length > 0)
    throw fieldProblem('roles', 'membership.role_not_assignable', { roles: refused.join(', ') });
}

export function listMembers(deps: Deps, organisationId: string, query: MemberListQuery) {
  return repo.listMembers(deps.db, organisationId, pageOf(query, MEMBER_PAGE_DEFAULTS));
}

export async function changeRoles(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  userId: string,
  roles: Role[],
) {
  const organisation = await organisationOrThrow(deps, organisationId);
  refuseUnassignable(organisation.kind, roles);
  return deps.db.transaction().execute(async (trx) => {
    const members = await repo.lockedMemberRoles(trx, organisationId);
    const member = members.find((m) => m.user_id === userId);
    if (!member) throw new Problem('not_found', 'membership.not_found');
    const after = members.map((m) => (m.user_id === userId ? roles : m.roles.filter(isRole)));
    if (leavesOrganisationWithoutAdmin(after))
      throw new Problem('conflict', 'membership.last_admin');
    await repo.setRoles(trx, organisationId, userId, roles);
    await appendAudit(trx, deps.clock, {
      organisationId,
      actorUserId: actor.userId,
      action: 'membership.roles_changed',
      objectType: 'membership',
      objectId: userId,
      before: { roles: member.roles },
      after: { roles },
    });
    return { userId, roles };
  });
}

export async function removeMember(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  userId: string,
) {
  await deps.db.transaction().execute(async (trx) => {
    const members = await repo.lockedMemberRoles(trx, organisationId);
    const member = members.find((m) => m.user_id === userId);
    if (!member) throw new Problem('not_found', 'membership.not_found');
    const rest = members.filter((m) => m.user_id !== userId).map((m) => m.roles.filter(isRole));
    if (leavesOrganisationWithoutAdmin(rest))
      throw new Problem('conflict', 'membership.last_admin');
    await repo.removeMembership(trx, organisationId, userId);
    // Sessions that had this organisation active fall back to another membership on next load.
    await appendAudit(trx, deps.clock, {
      organisationId,
      actorUserId: actor.userId,
      action: 'membership.removed',
      objectType: 'membership',
      objectId: userId,
      before: { roles: member.roles },
    });
  });
}

export async function listInvitations(
  deps: Deps,
  organisationId: string,
  query: InvitationListQuery,
) {
  const { items, ...paging } = await repo.listInvitations(
    deps.db,
    organisationId,
    { openAt: query.open ? deps.clock.now() : undefined },
    pageOf(query, INVITATION_PAGE_DEFAULTS),
  );
  return {
    ...paging,
    items: items.map(({ invitedByName, ...r }) => ({ ...r, invitedBy: { name: invitedByName } })),
  };
}

/** Every member of the list in its order: a download's rows. */
export function memberRows(
  deps: Deps,
  organisationId: string,
  query: Omit<MemberListQuery, 'limit' | 'offset'>,
) {
  const sort = pageOf(query, MEMBER_PAGE_DEFAULTS);
  return queryRows(deps.db, repo.membersInOrder(deps.db, organisationId, sort), (r) => r);
}

/** Where an invitation stands at `now`, as the list shows it. */
function invitationStatus(
  r: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
) {
  if (r.acceptedAt) return 'accepted' as const;
  if (r.revokedAt) return 'revoked' as const;
  return r.expiresAt.getTime() <= now.getTime() ? ('expired' as const) : ('pending' as const);
}

/** Every invitation of the list (or the open ones) in its order, with its status: a download's rows. */
export function invitationRows(
  deps: Deps,
  organisationId: string,
  query: Omit<InvitationListQuery, 'limit' | 'offset'>,
) {
  const now = deps.clock.now();
  const sort = pageOf(query, INVITATION_PAGE_DEFAULTS);
  return queryRows(
    deps.db,
    repo.invitationsInOrder(
      deps.db,
      organisationId,
      { openAt: query.open ? now : undefined },
      sort,
    ),
    (r) => ({ ...r, status: invitationStatus(r, now) }),
  );
}

function invitationLink(deps: Deps, token: string) {
  return `${deps.config.publicUrl}/invitation/${token}`;
}

function formatDate(locale: Locale, country: 'SE' | 'DK', date: Date) {
  const tag = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' }[locale];
  const timeZone = country === 'DK' ? 'Europe/Copenhagen' : 'Europe/Stockholm';
  return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(
    date,
  );
}

export async function invite(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  input: InvitationInput,
) {
  const organisation = await organisationOrThrow(deps, organisationId);
  return deps.db
    .transaction()
    .execute((trx) => createInvitation(trx, deps, actor, organisation, input));
}

/**
 * Writes the invitation, its email (through the outbox) and the audit record inside the caller's
 * transaction, so registering an organisation and inviting its first admin commit together.
 */
export async function createInvitation(
  trx: Transaction<DB>,
  deps: Deps,
  actor: Actor,
  organisation: { id: string; name: string; kind: OrganisationKind; country: 'SE' | 'DK' },
  input: InvitationInput,
) {
  const organisationId = organisation.id;
  refuseUnassignable(organisation.kind, input.roles);
  const email = input.email.trim();
  const now = deps.clock.now();
  const existing = await repo.findUserByEmail(trx, email);
  if (existing && (await repo.findMembership(trx, organisationId, existing.id))) {
    throw fieldProblem('email', 'membership.already_member', { email });
  }
  if (await repo.openInvitationFor(trx, organisationId, email, now)) {
    throw fieldProblem('email', 'invitation.pending', { email });
  }
  const token = newToken();
  const expiresAt = new Date(now.getTime() + INVITATION_VALID_DAYS * 86_400_000);
  const invitation = await repo.insertInvitation(trx, {
    organisationId,
    email,
    roles: input.roles,
    locale: input.locale,
    tokenHash: tokenHash(token),
    invitedBy: actor.userId,
    createdAt: now,
    expiresAt,
  });
  const l = input.locale;
  await enqueueEmail(trx, deps.clock, {
    organisationId,
    to: email,
    subject: t(l, 'email.invitation.subject', { organisation: organisation.name }),
    body: t(l, 'email.invitation.body', {
      inviter: actor.name,
      organisation: organisation.name,
      roles: input.roles.map((r) => t(l, `role.${r}`)).join(', '),
      expires: formatDate(l, organisation.country, expiresAt),
      link: invitationLink(deps, token),
    }),
  });
  await appendAudit(trx, deps.clock, {
    organisationId,
    actorUserId: actor.userId,
    action: 'invitation.created',
    objectType: 'invitation',
    objectId: invitation.id,
    after: { email, roles: input.roles, expiresAt },
  });
  return {
    id: invitation.id,
    email,
    roles: input.roles,
    locale: input.locale,
    createdAt: invitation.created_at,
    expiresAt: invitation.expires_at,
    acceptedAt: null,
    revokedAt: null,
    invitedBy: { name: actor.name },
  };
}

export async function revokeInvitation(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  invitationId: string,
) {
  await deps.db.transaction().execute(async (trx) => {
    const invitation = await repo.findInvitation(trx, organisationId, invitationId);
    if (!invitation) throw new Problem('not_found', 'invitation.not_found');
    if (invitation.accepted_at || invitation.revoked_at)
      throw new Problem('conflict', 'invitation.invalid');
    const now = deps.clock.now();
    await repo.markInvitation(trx, invitationId, { revoked_at: now });
    await appendAudit(trx, deps.clock, {
      organisationId,
      actorUserId: actor.userId,
      action: 'invitation.revoked',
      objectType: 'invitation',
      objectId: invitationId,
      before: { email: invitation.email, roles: invitation.roles },
      after: { revokedAt: now },
    });
  });
}

async function usableInvitation(deps: Deps, token: string) {
  const invitation = await repo.findInvitationByTokenHash(deps.db, tokenHash(token));
  const now = deps.clock.now();
  if (
    !invitation ||
    invitation.accepted_at ||
    invitation.revoked_at ||
    new Date(invitation.expires_at) <= now
  ) {
    throw new Problem('not_found', 'invitation.invalid');
  }
  return invitation;
}

export async function describeInvitation(deps: Deps, token: string) {
  const invitation = await usableInvitation(deps, token);
  const existing = await repo.findUserByEmail(deps.db, invitation.email);
  return {
    organisationName: invitation.organisationName,
    email: invitation.email,
    roles: invitation.roles,
    locale: invitation.locale,
    existingUser: Boolean(existing),
    expiresAt: invitation.expires_at,
  };
}

/**
 * Accepting creates the account (or, for an existing account, checks its password), adds the
 * membership and signs the user in, all in one transaction.
 */
export async function acceptInvitation(
  deps: Deps,
  token: string,
  input: AcceptInput & { address: string; userAgent: string | undefined },
): Promise<{ token: string }> {
  const invitation = await usableInvitation(deps, token);
  const existing = await repo.findUserByEmail(deps.db, invitation.email);
  let passwordHash: string | undefined;
  if (existing) {
    if (!(await verifyPassword(existing.password_hash, input.password))) {
      throw fieldProblem('password', 'auth.invalid_credentials');
    }
  } else {
    if (!input.name?.trim()) throw fieldProblem('name', 'invitation.name_required');
    if (input.password.length < MIN_PASSWORD_LENGTH)
      throw fieldProblem('password', 'auth.password_too_short');
    passwordHash = await hashPassword(input.password);
  }
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    // Re-read under lock: two clicks on the same link must not both succeed.
    const locked = await repo.findInvitation(trx, invitation.organisation_id, invitation.id);
    if (!locked || locked.accepted_at || locked.revoked_at)
      throw new Problem('not_found', 'invitation.invalid');
    let userId = existing?.id;
    if (!userId) {
      const user = await repo.insertUser(trx, {
        email: invitation.email,
        name: input.name!.trim(),
        passwordHash: passwordHash!,
        locale: invitation.locale,
      });
      userId = user.id;
      await appendAudit(trx, deps.clock, {
        organisationId: invitation.organisation_id,
        actorUserId: userId,
        action: 'user.created',
        objectType: 'user',
        objectId: userId,
        after: { email: invitation.email, name: input.name!.trim() },
      });
    }
    if (await repo.findMembership(trx, invitation.organisation_id, userId)) {
      throw new Problem('conflict', 'membership.already_member', {
        params: { email: invitation.email },
      });
    }
    await repo.addMembership(trx, invitation.organisation_id, userId, invitation.roles);
    await repo.markInvitation(trx, invitation.id, { accepted_at: now, accepted_by: userId });
    await appendAudit(trx, deps.clock, {
      organisationId: invitation.organisation_id,
      actorUserId: userId,
      action: 'invitation.accepted',
      objectType: 'invitation',
      objectId: invitation.id,
      after: { userId, roles: invitation.roles },
    });
    const session = await startSession(trx, now, sessionPolicy(deps), {
      userId,
      authMethod: 'invitation',
      activeOrganisationId: invitation.organisation_id,
      userAgent: input.userAgent,
      address: input.address,
    });
    return { token: session.token };
  });
}
