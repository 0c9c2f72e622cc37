// The in-app inbox's SQL: always one user's notifications in one organisation. The rows are
// written by the outbox (platform/inbox.ts) in the transaction that sends the mail.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/types.ts';
import type { Db } from '../../../db/db.ts';
import { fetchPage, type Page } from '../../../platform/paging.ts';
import type { NotificationSort } from './schemas.ts';

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

const SORT_COLUMNS = {
  time: 'created_at',
  title: 'title',
} as const satisfies Record<NotificationSort, string>;

/** The owner's notifications, or the unread ones, in the list's order: every row. */
export function notificationsInOrder(
  db: Kysely<DB>,
  owner: Owner,
  options: { unread: boolean },
  sort: Pick<Page<NotificationSort>, 'sort' | 'order'>,
) {
  const query = mine(db, owner)
    .select([...COLUMNS])
    .orderBy(SORT_COLUMNS[sort.sort], sort.order)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc');
  return options.unread ? query.where('read_at', 'is', null) : query;
}

/** One page of the owner's notifications, or of the unread ones. */
export function listNotifications(
  db: Kysely<DB>,
  owner: Owner,
  options: { unread: boolean },
  page: Page<NotificationSort>,
) {
  return fetchPage(db, notificationsInOrder(db, owner, options, page), page);
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
