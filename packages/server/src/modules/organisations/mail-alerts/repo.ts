import type { Db } from '../../../db/db.ts';

/**
 * Messages still undelivered whose first failure is at or before `cutoff` and after `after` (the
 * close of the last incident on: what it covered is not told again). Answers their count and the
 * earliest first failure.
 */
export async function failingMessages(
  db: Db,
  cutoff: Date,
  after: Date | null,
): Promise<{ count: number; since: Date | null }> {
  let query = db
    .selectFrom('outbox')
    .select((eb) => [
      eb.fn.countAll<string>().as('count'),
      eb.fn.min('first_failed_at').as('since'),
    ])
    .where('status', '<>', 'sent')
    .where('first_failed_at', 'is not', null)
    .where('first_failed_at', '<=', cutoff);
  if (after) query = query.where('first_failed_at', '>=', after);
  const row = await query.executeTakeFirstOrThrow();
  return { count: Number(row.count), since: row.since ? new Date(row.since) : null };
}

/** Messages waiting for another attempt after failing: while there are any, mail is failing. */
export async function retryingMessages(db: Db): Promise<number> {
  const row = await db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('status', '=', 'pending')
    .where('attempts', '>', 0)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export function openAlert(db: Db) {
  return db
    .selectFrom('mail_failure_alerts')
    .select(['id', 'failing_since', 'alerted_at'])
    .where('closed_at', 'is', null)
    .forUpdate()
    .executeTakeFirst();
}

export async function lastClosedAt(db: Db): Promise<Date | null> {
  const row = await db
    .selectFrom('mail_failure_alerts')
    .select((eb) => eb.fn.max('closed_at').as('closed'))
    .executeTakeFirst();
  return row?.closed ? new Date(row.closed) : null;
}

export async function insertAlert(
  db: Db,
  values: { failingSince: Date; at: Date; count: number },
): Promise<string> {
  const row = await db
    .insertInto('mail_failure_alerts')
    .values({
      failing_since: values.failingSince,
      alerted_at: values.at,
      failing_messages: values.count,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function closeAlert(db: Db, id: string, at: Date): Promise<void> {
  await db.updateTable('mail_failure_alerts').set({ closed_at: at }).where('id', '=', id).execute();
}

/** The platform's administrators who can still sign in, with their language. */
export function platformAdmins(db: Db) {
  return db
    .selectFrom('users')
    .select(['email', 'locale'])
    .where('is_platform_admin', '=', true)
    .where('disabled_at', 'is', null)
    .execute();
}
