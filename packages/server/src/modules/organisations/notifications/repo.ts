// The in-app inbox's SQL: always one user's notifications in one organisation. The rows are
// written by the outbox (platform/inbox.ts) in the transaction that sends the mail.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/types.ts';
import type { Db } from '../../../db/db.ts';

export interface Owner {
  userId: string;
  organisationId: string;
}

const COLUMNS = ['id', 'title', 'link', 'created_at', 'read_at'] as const;

function mine(db: Db, owner: Owner) {
  return db
    .selectFrom('notifications')
    .where('user_id', '=', owner.userId)
    .where('organisation_id', '=', owner.organisationId);
}

/** Newest first; keyset paging on (created_at, id) after the anchor. */
export function listNotifications(
  db: Kysely<DB>,
  owner: Owner,
  options: { after: { createdAt: Date; id: string } | undefined; limit: number; unread: boolean },
) {
  let query = mine(db, owner)
    .select([...COLUMNS])
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit + 1);
  if (options.unread) query = query.where('read_at', 'is', null);
  const after = options.after;
  if (after)
    query = query.where((eb) =>
      eb.or([
        eb('created_at', '<', after.createdAt),
        eb.and([eb('created_at', '=', after.createdAt), eb('id', '<', after.id)]),
      ]),
    );
  return query.execute();
}

export function findNotification(db: Db, owner: Owner, id: string) {
  return mine(db, owner)
    .select([...COLUMNS])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function countUnread(db: Db, owner: Owner): Promise<number> {
  const row = await mine(db, owner)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks it read unless it already is; answers the row as it now stands, or nothing if absent. */
export async function markRead(trx: Transaction<DB>, owner: Owner, id: string, at: Date) {
  return trx
    .updateTable('notifications')
    .set({ read_at: at })
    .where('user_id', '=', owner.userId)
    .where('organisation_id', '=', owner.organisationId)
    .where('id', '=', id)
    .where('read_at', 'is', null)
    .returning([...COLUMNS])
    .executeTakeFirst();
}

/** Marks every unread one read; answers the ids marked. */
export async function markAllRead(trx: Transaction<DB>, owner: Owner, at: Date) {
  const rows = await trx
    .updateTable('notifications')
    .set({ read_at: at })
    .where('user_id', '=', owner.userId)
    .where('organisation_id', '=', owner.organisationId)
    .where('read_at', 'is', null)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}
