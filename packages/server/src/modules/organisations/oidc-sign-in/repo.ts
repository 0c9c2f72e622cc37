import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/types.ts';

export async function saveLogin(
  db: Kysely<DB>,
  now: Date,
  login: {
    state_hash: string;
    organisation_id: string;
    nonce: string;
    code_verifier: string;
    expires_at: Date;
  },
) {
  // Sign-ins left unfinished are cleared as new ones begin: no job needed for a small table.
  await db.deleteFrom('oidc_logins').where('expires_at', '<', now).execute();
  await db
    .insertInto('oidc_logins')
    .values({ ...login, created_at: now })
    .execute();
}

/** Takes a sign-in under way by its state: once only, whichever process the callback reaches. */
export function takeLogin(db: Kysely<DB>, stateHash: string) {
  return db
    .deleteFrom('oidc_logins')
    .where('state_hash', '=', stateHash)
    .returningAll()
    .executeTakeFirst();
}

export async function isMember(trx: Transaction<DB>, userId: string, organisationId: string) {
  const row = await trx
    .selectFrom('memberships')
    .select('user_id')
    .where('user_id', '=', userId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row !== undefined;
}
