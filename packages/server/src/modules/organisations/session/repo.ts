import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/types.ts';

export function findUserByEmail(db: Kysely<DB> | Transaction<DB>, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'password_hash', 'disabled_at', 'locale'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.trim().toLowerCase()))
    .executeTakeFirst();
}

/**
 * The organisation a new session starts in: the one the user last worked in (the latest session's
 * choice) while still a member there, else the first by name. An officer serving a body and a
 * municipality signs in where she left off.
 */
export async function startingOrganisation(trx: Transaction<DB>, userId: string) {
  const last = await trx
    .selectFrom('sessions')
    .innerJoin('memberships', (join) =>
      join
        .onRef('memberships.organisation_id', '=', 'sessions.active_organisation_id')
        .onRef('memberships.user_id', '=', 'sessions.user_id'),
    )
    .select('sessions.active_organisation_id')
    .where('sessions.user_id', '=', userId)
    .orderBy('sessions.last_seen_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (last?.active_organisation_id) return last.active_organisation_id;
  const first = await trx
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .select('memberships.organisation_id')
    .where('memberships.user_id', '=', userId)
    .orderBy('organisations.name')
    .limit(1)
    .executeTakeFirst();
  return first?.organisation_id ?? null;
}

export async function setUserLocale(
  trx: Transaction<DB>,
  userId: string,
  locale: 'sv' | 'da' | 'en',
) {
  await trx.updateTable('users').set({ locale }).where('id', '=', userId).execute();
}

export async function setActiveOrganisation(
  trx: Transaction<DB>,
  sessionHash: string,
  organisationId: string,
) {
  await trx
    .updateTable('sessions')
    .set({ active_organisation_id: organisationId })
    .where('id_hash', '=', sessionHash)
    .execute();
}
