import type { Transaction } from 'kysely';
import type { Role } from '@tildel/domain/permissions';
import type { DB } from '../../../db/types.ts';
import type { Db } from '../../../db/db.ts';
import { fetchPage, type Page } from '../../../platform/paging.ts';
import type { InvitationSort, MemberSort } from './schemas.ts';

export function findOrganisation(db: Db, id: string) {
  return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The municipalities a procurement body procures for (its mandate). */
export function mandateOf(db: Db, organisationId: string) {
  return db
    .selectFrom('body_mandates')
    .innerJoin('organisations', 'organisations.id', 'body_mandates.municipality_id')
    .select(['organisations.id', 'organisations.name', 'organisations.municipality_code'])
    .where('body_mandates.organisation_id', '=', organisationId)
    .orderBy('organisations.name')
    .execute();
}

// Roles are stored as text[]; they are written only through the roles schema (or the seed), so
// they are read back as roles.
const MEMBER_SORT_COLUMNS = {
  name: 'users.name',
  email: 'users.email',
  joined: 'memberships.created_at',
} as const satisfies Record<MemberSort, string>;

/** One page of the organisation's members. */
/** The organisation's members in the list's order, every row. */
export function membersInOrder(
  db: Db,
  organisationId: string,
  sort: Pick<Page<MemberSort>, 'sort' | 'order'>,
) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select([
      'users.id as userId',
      'users.email',
      'users.name',
      'memberships.roles',
      'memberships.created_at as joinedAt',
    ])
    .where('memberships.organisation_id', '=', organisationId)
    .orderBy(MEMBER_SORT_COLUMNS[sort.sort], sort.order)
    .orderBy('users.name')
    .orderBy('users.id')
    .$narrowType<{ roles: Role[] }>();
}

export function listMembers(db: Db, organisationId: string, page: Page<MemberSort>) {
  return fetchPage(db, membersInOrder(db, organisationId, page), page);
}

export function findMembership(db: Db, organisationId: string, userId: string) {
  return db
    .selectFrom('memberships')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .forUpdate()
    .executeTakeFirst();
}

/** Every member's roles, locked, so two admins cannot both remove the last other admin. */
export async function lockedMemberRoles(trx: Transaction<DB>, organisationId: string) {
  return trx
    .selectFrom('memberships')
    .select(['user_id', 'roles'])
    .where('organisation_id', '=', organisationId)
    .forUpdate()
    .execute();
}

export async function setRoles(
  trx: Transaction<DB>,
  organisationId: string,
  userId: string,
  roles: Role[],
) {
  await trx
    .updateTable('memberships')
    .set({ roles })
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .execute();
}

export async function removeMembership(
  trx: Transaction<DB>,
  organisationId: string,
  userId: string,
) {
  await trx
    .deleteFrom('memberships')
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .execute();
}

export async function addMembership(
  trx: Transaction<DB>,
  organisationId: string,
  userId: string,
  roles: string[],
) {
  await trx
    .insertInto('memberships')
    .values({ organisation_id: organisationId, user_id: userId, roles })
    .execute();
}

const INVITATION_SORT_COLUMNS = {
  sent: 'invitations.created_at',
  email: 'invitations.email',
  expires: 'invitations.expires_at',
} as const satisfies Record<InvitationSort, string>;

/** One page of the organisation's invitations, or of those still open at `now`. */
/** The organisation's invitations (or the open ones) in the list's order, every row. */
export function invitationsInOrder(
  db: Db,
  organisationId: string,
  filter: { openAt?: Date | undefined },
  sort: Pick<Page<InvitationSort>, 'sort' | 'order'>,
) {
  let query = db
    .selectFrom('invitations')
    .innerJoin('users', 'users.id', 'invitations.invited_by')
    .select([
      'invitations.id',
      'invitations.email',
      'invitations.roles',
      'invitations.locale',
      'invitations.created_at as createdAt',
      'invitations.expires_at as expiresAt',
      'invitations.accepted_at as acceptedAt',
      'invitations.revoked_at as revokedAt',
      'users.name as invitedByName',
    ])
    .where('invitations.organisation_id', '=', organisationId);
  if (filter.openAt)
    query = query
      .where('invitations.accepted_at', 'is', null)
      .where('invitations.revoked_at', 'is', null)
      .where('invitations.expires_at', '>', filter.openAt);
  return query
    .orderBy(INVITATION_SORT_COLUMNS[sort.sort], sort.order)
    .orderBy('invitations.created_at', 'desc')
    .orderBy('invitations.id')
    .$narrowType<{ roles: Role[] }>();
}

export function listInvitations(
  db: Db,
  organisationId: string,
  filter: { openAt?: Date | undefined },
  page: Page<InvitationSort>,
) {
  return fetchPage(db, invitationsInOrder(db, organisationId, filter, page), page);
}

export function openInvitationFor(db: Db, organisationId: string, email: string, now: Date) {
  return db
    .selectFrom('invitations')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

export function findInvitation(db: Db, organisationId: string, invitationId: string) {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', invitationId)
    .forUpdate()
    .executeTakeFirst();
}

export function findInvitationByTokenHash(db: Db, tokenHash: string) {
  return db
    .selectFrom('invitations')
    .innerJoin('organisations', 'organisations.id', 'invitations.organisation_id')
    .selectAll('invitations')
    .select(['organisations.name as organisationName'])
    .where('invitations.token_hash', '=', tokenHash)
    .$narrowType<{ roles: Role[] }>()
    .executeTakeFirst();
}

export async function insertInvitation(
  trx: Transaction<DB>,
  values: {
    organisationId: string;
    email: string;
    roles: Role[];
    locale: 'sv' | 'da' | 'en';
    tokenHash: string;
    invitedBy: string;
    createdAt: Date;
    expiresAt: Date;
  },
) {
  return trx
    .insertInto('invitations')
    .values({
      organisation_id: values.organisationId,
      email: values.email,
      roles: values.roles,
      locale: values.locale,
      token_hash: values.tokenHash,
      invited_by: values.invitedBy,
      created_at: values.createdAt,
      expires_at: values.expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function markInvitation(
  trx: Transaction<DB>,
  id: string,
  change: { revoked_at?: Date; accepted_at?: Date; accepted_by?: string },
) {
  await trx.updateTable('invitations').set(change).where('id', '=', id).execute();
}

export function findUserByEmail(db: Db, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'password_hash'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst();
}

export async function insertUser(
  trx: Transaction<DB>,
  values: { email: string; name: string; passwordHash: string; locale: 'sv' | 'da' | 'en' },
) {
  return trx
    .insertInto('users')
    .values({
      email: values.email,
      name: values.name,
      password_hash: values.passwordHash,
      locale: values.locale,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
}
