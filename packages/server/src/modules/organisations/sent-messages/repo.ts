import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { fetchPage, type Page } from '../../../platform/paging.ts';
import type { MessageSort } from './schemas.ts';

const SORT_COLUMNS = {
  time: 'created_at',
  to: 'recipient',
  subject: 'subject',
  status: 'status',
} as const satisfies Record<MessageSort, string>;

/** The messages from the outbox of one organisation in the list's order, every row. */
export function messagesInOrder(
  db: Kysely<DB>,
  organisationId: string,
  sort: Pick<Page<MessageSort>, 'sort' | 'order'>,
) {
  return db
    .selectFrom('outbox')
    .select([
      'id',
      'recipient',
      'subject',
      'body',
      'status',
      'transport',
      'created_at',
      'sent_at',
      'last_error',
    ])
    .where('organisation_id', '=', organisationId)
    .orderBy(SORT_COLUMNS[sort.sort], sort.order)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc');
}

/** One page of the messages from the outbox of one organisation. */
export function listMessages(db: Kysely<DB>, organisationId: string, page: Page<MessageSort>) {
  return fetchPage(db, messagesInOrder(db, organisationId, page), page);
}
