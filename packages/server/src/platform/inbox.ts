// The in-app inbox: a message the outbox sends to a user of the platform also lands in that user's
// inbox, in the same transaction, for the organisation in which they act on it. The outbox calls
// this for every mail that names where its reader acts (enqueueEmail's `inbox`), so no area has to
// remember it. A shared mailbox that is no member of that organisation gets only the email.
import { sql, type Transaction } from 'kysely';
import type { DB } from '../db/types.ts';

export interface InboxEntry {
  /** The organisation in which the reader acts on the message (e.g. the supplier invited). */
  organisationId: string;
  /** A path of the web app, e.g. `/tenders/…`; never an absolute address. */
  link: string;
}

/** A path inside the app: one leading slash, no scheme, no host (`//host` or `/\host`). */
export function isAppPath(link: string): boolean {
  return /^\/(?![/\\])[^\s]*$/.test(link) && link.length <= 500;
}

/**
 * Writes the notification when the recipient's address is a user's who is a member of the
 * organisation; returns whether one was written.
 */
export async function deliverToInbox(
  trx: Transaction<DB>,
  entry: InboxEntry & { outboxId: string; to: string; title: string; createdAt: Date },
): Promise<boolean> {
  if (!isAppPath(entry.link)) throw new Error(`not a path of the app: ${entry.link}`);
  const rows = await trx
    .insertInto('notifications')
    .columns(['organisation_id', 'user_id', 'outbox_id', 'title', 'link', 'created_at'])
    .expression((eb) =>
      eb
        .selectFrom('users as u')
        .innerJoin('memberships as m', 'm.user_id', 'u.id')
        .select([
          sql<string>`${entry.organisationId}::uuid`.as('organisation_id'),
          'u.id as user_id',
          sql<string>`${entry.outboxId}::uuid`.as('outbox_id'),
          sql<string>`${entry.title.slice(0, 500)}::text`.as('title'),
          sql<string>`${entry.link}::text`.as('link'),
          sql<Date>`${entry.createdAt}::timestamptz`.as('created_at'),
        ])
        .where(sql<boolean>`lower(u.email) = lower(${entry.to})`)
        .where('m.organisation_id', '=', entry.organisationId),
    )
    .returning('id')
    .execute();
  return rows.length > 0;
}
