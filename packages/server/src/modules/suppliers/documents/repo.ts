import type { Transaction } from 'kysely';
import type { ComplianceDocumentsTable, DB } from '../../../db/types.ts';
import type { Db } from '../../../db/db.ts';
import { fetchPage, type Page } from '../../../platform/paging.ts';
import type { DocumentSort } from './schemas.ts';

export type DocumentKind = ComplianceDocumentsTable['kind'];

export function findSupplier(db: Db, supplierId: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'country'])
    .where('id', '=', supplierId)
    .where('kind', '=', 'supplier')
    .executeTakeFirst();
}

function documentsQuery(db: Db) {
  return db
    .selectFrom('compliance_documents as d')
    .innerJoin('stored_files as f', 'f.id', 'd.file_id')
    .leftJoin('users as u', 'u.id', 'd.created_by')
    .select([
      'd.id',
      'd.supplier_id as supplierId',
      'd.kind',
      'd.title',
      'd.valid_until as validUntil',
      'd.expiry_warned_at as expiryWarnedAt',
      'd.replaced_at as replacedAt',
      'd.created_at as createdAt',
      'u.name as createdByName',
      'd.file_id as fileId',
      'f.file_name as fileName',
      'f.content_type as contentType',
      'f.size_bytes as sizeBytes',
      'f.sha256',
    ]);
}

const SORT_COLUMNS = {
  kind: 'd.kind',
  title: 'd.title',
  validUntil: 'd.valid_until',
  uploaded: 'd.created_at',
} as const satisfies Record<DocumentSort, string>;

/** A supplier's documents in the list's order: the current ones first, each kind's newest first. */
export function documentsInOrder(
  db: Db,
  supplierId: string,
  sort: Pick<Page<DocumentSort>, 'sort' | 'order'>,
) {
  return documentsQuery(db)
    .where('d.supplier_id', '=', supplierId)
    .orderBy((eb) => eb('d.replaced_at', 'is', null), 'desc')
    .orderBy(SORT_COLUMNS[sort.sort], sort.order)
    .orderBy('d.created_at', 'desc')
    .orderBy('d.id');
}

/** One page of a supplier's documents. */
export function documentsOf(db: Db, supplierId: string, page: Page<DocumentSort>) {
  return fetchPage(db, documentsInOrder(db, supplierId, page), page);
}

export function findDocument(db: Db, supplierId: string, documentId: string) {
  return documentsQuery(db)
    .where('d.supplier_id', '=', supplierId)
    .where('d.id', '=', documentId)
    .executeTakeFirst();
}

/** Marks the supplier's current documents of a kind replaced; answers their ids. */
export async function replaceCurrent(
  trx: Transaction<DB>,
  supplierId: string,
  kind: DocumentKind,
  at: Date,
) {
  const rows = await trx
    .updateTable('compliance_documents')
    .set({ replaced_at: at })
    .where('supplier_id', '=', supplierId)
    .where('kind', '=', kind)
    .where('replaced_at', 'is', null)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

export async function insertDocument(
  trx: Transaction<DB>,
  values: {
    supplierId: string;
    kind: DocumentKind;
    title: string;
    fileId: string;
    validUntil: string | null;
    createdAt: Date;
    createdBy: string;
  },
) {
  const row = await trx
    .insertInto('compliance_documents')
    .values({
      supplier_id: values.supplierId,
      kind: values.kind,
      title: values.title,
      file_id: values.fileId,
      valid_until: values.validUntil,
      created_at: values.createdAt,
      created_by: values.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

// ---- expiry warnings --------------------------------------------------------------------------

/** Unwarned current documents whose last valid day falls between the two dates. */
export function expiryCandidates(db: Db, from: string, to: string) {
  return db
    .selectFrom('compliance_documents as d')
    .innerJoin('organisations as o', 'o.id', 'd.supplier_id')
    .select([
      'd.id',
      'd.supplier_id as supplierId',
      'd.kind',
      'd.title',
      'd.valid_until as validUntil',
      'd.expiry_warned_at as expiryWarnedAt',
      'd.replaced_at as replacedAt',
      'o.name as supplierName',
      'o.country',
    ])
    .where('d.replaced_at', 'is', null)
    .where('d.expiry_warned_at', 'is', null)
    .where('d.valid_until', '>=', from)
    .where('d.valid_until', '<=', to)
    .orderBy('d.valid_until')
    .limit(1000)
    .execute();
}

/** Claims a document for warning: locked, and only while still unwarned (once, across workers). */
export function claimForWarning(trx: Transaction<DB>, documentId: string) {
  return trx
    .selectFrom('compliance_documents')
    .select('id')
    .where('id', '=', documentId)
    .where('expiry_warned_at', 'is', null)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
}

export async function markWarned(trx: Transaction<DB>, documentId: string, at: Date) {
  await trx
    .updateTable('compliance_documents')
    .set({ expiry_warned_at: at })
    .where('id', '=', documentId)
    .execute();
}

/** Members of the organisations holding one of the roles, with their language. */
function usersWithRole(db: Db, organisationIds: readonly string[], roles: readonly string[]) {
  if (organisationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.email', 'u.locale', 'm.organisation_id as organisationId'])
    .distinct()
    .where('m.organisation_id', 'in', organisationIds)
    .where((eb) => eb.or(roles.map((r) => eb(eb.val(r), '=', eb.fn.any('m.roles')))))
    .execute();
}

export function supplierAdmins(db: Db, supplierId: string) {
  return usersWithRole(db, [supplierId], ['supplier_admin', 'org_admin']);
}

/** Procurement officers of the bodies that have the supplier on an agreement or in a DPS. */
export async function followingOfficers(db: Db, supplierId: string) {
  const bodies = await db
    .selectFrom('lot_suppliers')
    .select('organisation_id')
    .where('supplier_id', '=', supplierId)
    .where('status', '<>', 'terminated')
    .union(
      db
        .selectFrom('dps_applications')
        .select('organisation_id')
        .where('supplier_id', '=', supplierId)
        .where('status', 'in', ['pending', 'approved']),
    )
    .execute();
  return usersWithRole(
    db,
    bodies.map((b) => b.organisation_id),
    ['procurement_officer'],
  );
}
