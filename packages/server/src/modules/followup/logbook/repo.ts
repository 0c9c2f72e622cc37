// Logbook notes and who may read them: the agreement's owner, the municipalities that take part in
// the agreement, and the supplier the note is about. Every query here filters by that rule.
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../../db/types.ts';
import type { Db } from '../../../db/db.ts';
import { fetchPage, type Page } from '../../../platform/paging.ts';
import type { NoteSort } from './schemas.ts';

/**
 * What an organisation may see about a supplier on an agreement: the agreement's owner (alias
 * `fa`), the municipalities that take part in it, and the supplier itself - never other suppliers.
 * `row` is the alias of a table with supplier_id and agreement_id.
 */
export function visibleTo(orgId: string, row: string) {
  const supplier = sql.ref(`${row}.supplier_id`);
  const agreement = sql.ref(`${row}.agreement_id`);
  return sql<boolean>`(${supplier} = ${orgId} or fa.organisation_id = ${orgId} or exists (
    select 1 from agreement_municipalities am
    where am.agreement_id = ${agreement} and am.municipality_id = ${orgId}))`;
}

/**
 * The agreement of the body with the supplier on one of its lots, and the establishment when
 * given (one of the supplier's). Undefined when any of them is not so.
 */
export async function agreementWithSupplier(
  db: Db,
  bodyId: string,
  agreementId: string,
  supplierId: string,
  establishmentId: string | null,
) {
  const agreement = await db
    .selectFrom('framework_agreements as fa')
    .innerJoin('organisations as body', 'body.id', 'fa.organisation_id')
    .select(['fa.id', 'fa.reference', 'fa.title', 'fa.country', 'body.name as bodyName'])
    .where('fa.id', '=', agreementId)
    .where('fa.organisation_id', '=', bodyId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('lot_suppliers as ls')
          .select('ls.lot_id')
          .whereRef('ls.agreement_id', '=', 'fa.id')
          .where('ls.supplier_id', '=', supplierId),
      ),
    )
    .executeTakeFirst();
  if (!agreement) return undefined;
  if (establishmentId) {
    const establishment = await db
      .selectFrom('establishments')
      .select('id')
      .where('id', '=', establishmentId)
      .where('supplier_id', '=', supplierId)
      .executeTakeFirst();
    if (!establishment) return undefined;
  }
  return agreement;
}

export async function insertNote(
  trx: Transaction<DB>,
  values: {
    organisationId: string;
    agreementId: string;
    supplierId: string;
    establishmentId: string | null;
    text: string;
    sensitive: boolean;
    concern: boolean;
    createdBy: string;
    createdAt: Date;
  },
) {
  const row = await trx
    .insertInto('logbook_notes')
    .values({
      organisation_id: values.organisationId,
      agreement_id: values.agreementId,
      supplier_id: values.supplierId,
      establishment_id: values.establishmentId,
      text: values.text,
      sensitive: values.sensitive,
      concern: values.concern,
      created_by: values.createdBy,
      created_at: values.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

function notes(db: Db) {
  return db
    .selectFrom('logbook_notes as n')
    .innerJoin('framework_agreements as fa', 'fa.id', 'n.agreement_id')
    .innerJoin('organisations as author_org', 'author_org.id', 'n.organisation_id')
    .innerJoin('organisations as supplier', 'supplier.id', 'n.supplier_id')
    .innerJoin('users as author', 'author.id', 'n.created_by')
    .leftJoin('establishments as e', 'e.id', 'n.establishment_id')
    .select([
      'n.id',
      'n.text',
      'n.sensitive',
      'n.concern',
      'n.created_at as createdAt',
      'n.agreement_id as agreementId',
      'fa.reference as agreementReference',
      'fa.title as agreementTitle',
      'fa.organisation_id as ownerId',
      'n.supplier_id as supplierId',
      'supplier.name as supplierName',
      'n.establishment_id as establishmentId',
      'e.name as establishmentName',
      'author.name as authorName',
      'author_org.name as authorOrganisation',
    ]);
}

export type NoteRow = NonNullable<Awaited<ReturnType<typeof findNote>>>;

const NOTE_SORT_COLUMNS = {
  created: 'n.created_at',
  agreement: 'fa.reference',
  supplier: 'supplier.name',
} as const satisfies Record<NoteSort, string>;

/** Filters of the notes list. */
export interface NoteFilter {
  supplierId?: string | undefined;
  establishmentId?: string | undefined;
  agreementId?: string | undefined;
}

/** The notes the organisation may read with the list's filters, in its order, every row. */
export function notesInOrder(
  db: Db,
  orgId: string,
  filter: NoteFilter,
  sort: Pick<Page<NoteSort>, 'sort' | 'order'>,
) {
  let query = notes(db).where(visibleTo(orgId, 'n'));
  if (filter.supplierId) query = query.where('n.supplier_id', '=', filter.supplierId);
  if (filter.establishmentId)
    query = query.where('n.establishment_id', '=', filter.establishmentId);
  if (filter.agreementId) query = query.where('n.agreement_id', '=', filter.agreementId);
  return query
    .orderBy(NOTE_SORT_COLUMNS[sort.sort], sort.order)
    .orderBy('n.created_at', 'desc')
    .orderBy('n.id');
}

/** One page of the notes the organisation may read. */
export function listNotes(db: Db, orgId: string, filter: NoteFilter, page: Page<NoteSort>) {
  return fetchPage(db, notesInOrder(db, orgId, filter, page), page);
}

export function findNote(db: Db, orgId: string, noteId: string) {
  return notes(db).where('n.id', '=', noteId).where(visibleTo(orgId, 'n')).executeTakeFirst();
}

/** The latest notes per supplier visible to the organisation, `perSupplier` of each. */
export async function latestNotesOf(
  db: Db,
  orgId: string,
  supplierIds: readonly string[],
  perSupplier: number,
) {
  const ranked = await notes(db)
    .select(
      sql<number>`row_number() over (partition by n.supplier_id order by n.created_at desc, n.id)`.as(
        'position',
      ),
    )
    .where('n.supplier_id', 'in', supplierIds)
    .where(visibleTo(orgId, 'n'))
    .execute();
  return ranked.filter((row) => Number(row.position) <= perSupplier);
}

/**
 * Requests for correction not yet accepted, per supplier, on agreements the organisation owns or
 * takes part in (or its own, for a supplier).
 */
export function openCorrectionCounts(db: Db, orgId: string, supplierIds: readonly string[]) {
  return db
    .selectFrom('correction_requests as c')
    .innerJoin('framework_agreements as fa', 'fa.id', 'c.agreement_id')
    .select(['c.supplier_id as supplierId', (eb) => eb.fn.countAll<string>().as('count')])
    .where('c.supplier_id', 'in', supplierIds)
    .where('c.status', '<>', 'accepted')
    .where(visibleTo(orgId, 'c'))
    .groupBy('c.supplier_id')
    .execute();
}

export async function logRead(
  trx: Transaction<DB>,
  values: { organisationId: string; noteId: string; userId: string; at: Date },
) {
  await trx
    .insertInto('sensitive_reads')
    .values({
      organisation_id: values.organisationId,
      object_type: 'logbook_note',
      object_id: values.noteId,
      field: 'text',
      user_id: values.userId,
      at: values.at,
    })
    .execute();
}

/**
 * A page of who read a note's sensitive text, with the organisation they read it in, in the
 * order asked (by time, the newest first by default), and how many reads there are in all.
 */
export function readsOf(db: Db, noteId: string, page: Page<'at'>) {
  const reads = db
    .selectFrom('sensitive_reads as r')
    .where('r.object_type', '=', 'logbook_note')
    .where('r.object_id', '=', noteId);
  return fetchPage(
    db,
    reads
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
      .select(['r.at', 'u.name as userName', 'o.name as organisationName'])
      .orderBy('r.at', page.order)
      .orderBy('r.id', page.order),
    page,
    reads.select('r.id'),
  );
}
