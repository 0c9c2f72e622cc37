// Meeting notes, always read within the organisation that wrote them.
import type { Db } from '../../../db/db.ts';
import { fetchPage, type Page } from '../../../platform/paging.ts';

export function findSupplier(db: Db, supplierId: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('id', '=', supplierId)
    .where('kind', '=', 'supplier')
    .executeTakeFirst();
}

function notes(db: Db, organisationId: string, supplierId: string) {
  return db
    .selectFrom('supplier_meeting_notes as n')
    .innerJoin('users as u', 'u.id', 'n.created_by')
    .select([
      'n.id',
      'n.supplier_id',
      'n.met_on',
      'n.participants',
      'n.learned',
      'n.created_at',
      'u.name as created_by_name',
    ])
    .where('n.organisation_id', '=', organisationId)
    .where('n.supplier_id', '=', supplierId);
}

export function pageOfNotes(
  db: Db,
  organisationId: string,
  supplierId: string,
  page: Page<'metOn'>,
) {
  return fetchPage(
    db,
    notes(db, organisationId, supplierId)
      .orderBy('n.met_on', page.order)
      .orderBy('n.created_at', page.order)
      .orderBy('n.id'),
    page,
  );
}

export function findNote(db: Db, organisationId: string, noteId: string) {
  return db
    .selectFrom('supplier_meeting_notes as n')
    .innerJoin('users as u', 'u.id', 'n.created_by')
    .select([
      'n.id',
      'n.supplier_id',
      'n.met_on',
      'n.participants',
      'n.learned',
      'n.created_at',
      'u.name as created_by_name',
    ])
    .where('n.organisation_id', '=', organisationId)
    .where('n.id', '=', noteId)
    .executeTakeFirstOrThrow();
}

export async function insertNote(
  db: Db,
  values: {
    organisationId: string;
    supplierId: string;
    metOn: string;
    participants: string;
    learned: string;
    createdBy: string;
    createdAt: Date;
  },
) {
  const row = await db
    .insertInto('supplier_meeting_notes')
    .values({
      organisation_id: values.organisationId,
      supplier_id: values.supplierId,
      met_on: values.metOn,
      participants: values.participants,
      learned: values.learned,
      created_by: values.createdBy,
      created_at: values.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
