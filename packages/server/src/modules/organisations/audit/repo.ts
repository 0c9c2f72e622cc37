import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { fetchPage, type Page } from '../../../platform/paging.ts';
import type { AuditSort } from './schemas.ts';

const SORT_COLUMNS = {
  // The id grows with every record, as seq does in the organisation's chain (and is indexed).
  seq: 'audit_log.id',
  actor: 'users.name',
  action: 'audit_log.action',
} as const satisfies Record<AuditSort, string>;

/** An organisation's audit records in the list's order, every row. */
export function auditRecordsInOrder(
  db: Kysely<DB>,
  organisationId: string,
  sort: Pick<Page<AuditSort>, 'sort' | 'order'>,
) {
  return (
    db
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
      .orderBy(SORT_COLUMNS[sort.sort], sort.order)
      // Within one actor or action, newest first; the id is unique.
      .orderBy('audit_log.id', 'desc')
  );
}

/** One page of an organisation's audit records. */
export function listAuditRecords(db: Kysely<DB>, organisationId: string, page: Page<AuditSort>) {
  return fetchPage(db, auditRecordsInOrder(db, organisationId, page), page);
}
