import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';

/** An organisation's audit records, newest first, with keyset paging on the id. */
export function listAuditRecords(
  db: Kysely<DB>,
  organisationId: string,
  before: string | undefined,
  limit: number,
) {
  let query = db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_user_id')
    .select([
      'audit_log.id',
      'audit_log.seq',
      'audit_log.at',
      'audit_log.action',
      'audit_log.object_type',
      'audit_log.object_id',
      'audit_log.before',
      'audit_log.after',
      'users.id as actor_id',
      'users.name as actor_name',
      'users.email as actor_email',
    ])
    .where('audit_log.organisation_id', '=', organisationId)
    .orderBy('audit_log.id', 'desc')
    .limit(limit + 1);
  if (before) query = query.where('audit_log.id', '<', before);
  return query.execute();
}
