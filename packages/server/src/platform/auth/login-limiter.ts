// Login rate limiting per account and per address, kept in PostgreSQL so it holds across
// server processes. Only failures count; a success clears the account's failures.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';

export const WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
const addressKey = (address: string) => `address:${address}`;

/** Minutes until the caller may try again, or 0 when allowed now. */
export async function loginBlockedMinutes(
  db: Kysely<DB>,
  now: Date,
  email: string,
  address: string,
): Promise<number> {
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  const rows = await db
    .selectFrom('login_failures')
    .select([
      'subject',
      (eb) => eb.fn.countAll<string>().as('n'),
      (eb) => eb.fn.min('failed_at').as('first'),
    ])
    .where('subject', 'in', [accountKey(email), addressKey(address)])
    .where('failed_at', '>', since)
    .groupBy('subject')
    .execute();
  let blockedUntil = 0;
  for (const row of rows) {
    const limit = row.subject.startsWith('account:')
      ? MAX_FAILURES_PER_ACCOUNT
      : MAX_FAILURES_PER_ADDRESS;
    if (Number(row.n) >= limit) {
      const until = new Date(row.first as Date).getTime() + WINDOW_MINUTES * 60_000;
      blockedUntil = Math.max(blockedUntil, until);
    }
  }
  return blockedUntil > now.getTime() ? Math.ceil((blockedUntil - now.getTime()) / 60_000) : 0;
}

export async function recordLoginFailure(
  db: Kysely<DB>,
  now: Date,
  email: string,
  address: string,
): Promise<void> {
  await db
    .insertInto('login_failures')
    .values([
      { subject: accountKey(email), failed_at: now },
      { subject: addressKey(address), failed_at: now },
    ])
    .execute();
}

export async function clearAccountFailures(trx: Transaction<DB>, email: string): Promise<void> {
  await trx.deleteFrom('login_failures').where('subject', '=', accountKey(email)).execute();
}

export async function purgeOldLoginFailures(db: Kysely<DB>, now: Date): Promise<void> {
  const before = new Date(now.getTime() - 24 * 3600_000);
  await db.deleteFrom('login_failures').where('failed_at', '<', before).execute();
}
