import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';

/** Messages from the outbox of one organisation, newest first; keyset paging on (created_at, id). */
export function listMessages(
  db: Kysely<DB>,
  organisationId: string,
  before: Date | undefined,
  limit: number,
) {
  let query = db
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
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1);
  if (before) query = query.where('created_at', '<', before);
  return query.execute();
}

export function messageCreatedAt(db: Kysely<DB>, organisationId: string, id: string) {
  return db
    .selectFrom('outbox')
    .select('created_at')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
}
