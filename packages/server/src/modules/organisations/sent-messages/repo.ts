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

/** One page of the messages from the outbox of one organisation. */
export function listMessages(db: Kysely<DB>, organisationId: string, page: Page<MessageSort>) {
  const query = db
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
    .orderBy(SORT_COLUMNS[page.sort], page.order)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc');
  return fetchPage(db, query, page);
}
