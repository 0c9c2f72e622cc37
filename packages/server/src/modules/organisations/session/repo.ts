import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/types.ts';

export function findUserByEmail(db: Kysely<DB> | Transaction<DB>, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'password_hash', 'disabled_at', 'locale'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.trim().toLowerCase()))
    .executeTakeFirst();
}

export async function firstMembershipOrganisation(trx: Transaction<DB>, userId: string) {
  const row = await trx
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .select('memberships.organisation_id')
    .where('memberships.user_id', '=', userId)
    .orderBy('organisations.name')
    .limit(1)
    .executeTakeFirst();
  return row?.organisation_id ?? null;
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
