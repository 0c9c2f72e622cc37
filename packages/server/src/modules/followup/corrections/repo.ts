// Requests for correction and their answers. Officers reach a request through their body
// (organisation_id), suppliers through their own id (supplier_id); nothing else finds one.
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/types.ts';
import type { Db } from '../../../db/db.ts';
import { fetchChoices, whereNameHas, type ChoiceSearch } from '../../../platform/choices.ts';
import { fetchPage, type Page } from '../../../platform/paging.ts';
import type { CorrectionSort } from './schemas.ts';

/** Who asks: the body that sent the request, or the supplier it was sent to. */
export type Side = { body: string } | { supplier: string };

function requests(db: Db) {
  return db
    .selectFrom('correction_requests as c')
    .innerJoin('framework_agreements as fa', 'fa.id', 'c.agreement_id')
    .innerJoin('organisations as body', 'body.id', 'c.organisation_id')
    .innerJoin('organisations as supplier', 'supplier.id', 'c.supplier_id')
    .leftJoin('establishments as e', 'e.id', 'c.establishment_id')
    .select([
      'c.id',
      'c.organisation_id as bodyId',
      'body.name as bodyName',
      'c.agreement_id as agreementId',
      'fa.reference as agreementReference',
      'fa.title as agreementTitle',
      'c.supplier_id as supplierId',
      'supplier.name as supplierName',
      'supplier.country as supplierCountry',
      'c.establishment_id as establishmentId',
      'e.name as establishmentName',
      'c.visit_id as visitId',
      'c.requirement_ids as requirementIds',
      'c.description',
      'c.country',
      'c.sent_on as sentOn',
      'c.deadline',
      'c.status',
      'c.reminders_sent as remindersSent',
      'c.overdue_flagged_at as overdueFlaggedAt',
      'c.created_at as createdAt',
      'c.version',
    ]);
}

export type RequestRow = NonNullable<Awaited<ReturnType<typeof findRequest>>>;

export function findRequest(db: Db, side: Side, id: string) {
  const query = requests(db).where('c.id', '=', id);
  return (
    'body' in side
      ? query.where('c.organisation_id', '=', side.body)
      : query.where('c.supplier_id', '=', side.supplier)
  ).executeTakeFirst();
}

const SORT_COLUMNS = {
  deadline: 'c.deadline',
  sentOn: 'c.sent_on',
  supplier: 'supplier.name',
  agreement: 'fa.reference',
} as const satisfies Record<CorrectionSort, string>;

/** The side's requests (optionally of one supplier) in the list's order, every row. */
export function requestsInOrder(
  db: Db,
  side: Side,
  filter: { supplierId?: string | undefined },
  sort: Pick<Page<CorrectionSort>, 'sort' | 'order'>,
) {
  let query = requests(db);
  query =
    'body' in side
      ? query.where('c.organisation_id', '=', side.body)
      : query.where('c.supplier_id', '=', side.supplier);
  if (filter.supplierId) query = query.where('c.supplier_id', '=', filter.supplierId);
  return query
    .orderBy(SORT_COLUMNS[sort.sort], sort.order)
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id');
}

/** One page of the side's requests (optionally of one supplier). */
export function listRequests(
  db: Db,
  side: Side,
  filter: { supplierId?: string | undefined },
  page: Page<CorrectionSort>,
) {
  return fetchPage(db, requestsInOrder(db, side, filter, page), page);
}

export function answersOf(db: Db, requestIds: readonly string[]) {
  if (requestIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('correction_answers as a')
    .innerJoin('users as u', 'u.id', 'a.answered_by')
    .leftJoin('users as d', 'd.id', 'a.decided_by')
    .select([
      'a.id',
      'a.request_id as requestId',
      'a.action_plan as actionPlan',
      'a.evidence_file_ids as evidenceFileIds',
      'u.name as answeredBy',
      'a.answered_at as answeredAt',
      'a.decision',
      'a.decision_reason as decisionReason',
      'd.name as decidedBy',
      'a.decided_at as decidedAt',
    ])
    .where('a.request_id', 'in', requestIds)
    .orderBy('a.answered_at')
    .orderBy('a.id')
    .execute();
}

export type AnswerRow = Awaited<ReturnType<typeof answersOf>>[number];

export function filesOf(db: Db, fileIds: readonly string[]) {
  if (fileIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('stored_files')
    .select([
      'id',
      'file_name as fileName',
      'content_type as contentType',
      'size_bytes as sizeBytes',
    ])
    .where('id', 'in', fileIds)
    .execute();
}

export function requirementsOf(db: Db, agreementId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('agreement_requirements')
    .select(['id', 'kind', 'description'])
    .where('agreement_id', '=', agreementId)
    .where('id', 'in', ids)
    .orderBy('created_at')
    .execute();
}

/** A visit of the body to the supplier on the agreement. */
export async function visitExists(
  db: Db,
  bodyId: string,
  agreementId: string,
  supplierId: string,
  visitId: string,
) {
  const row = await db
    .selectFrom('visits')
    .select('id')
    .where('id', '=', visitId)
    .where('organisation_id', '=', bodyId)
    .where('agreement_id', '=', agreementId)
    .where('supplier_id', '=', supplierId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertRequest(
  trx: Transaction<DB>,
  values: {
    bodyId: string;
    agreementId: string;
    supplierId: string;
    establishmentId: string | null;
    visitId: string | null;
    requirementIds: string[];
    description: string;
    country: 'SE' | 'DK';
    sentOn: string;
    deadline: string;
    createdBy: string;
    createdAt: Date;
  },
) {
  const row = await trx
    .insertInto('correction_requests')
    .values({
      organisation_id: values.bodyId,
      agreement_id: values.agreementId,
      supplier_id: values.supplierId,
      establishment_id: values.establishmentId,
      visit_id: values.visitId,
      requirement_ids: values.requirementIds,
      description: values.description,
      country: values.country,
      sent_on: values.sentOn,
      deadline: values.deadline,
      created_by: values.createdBy,
      created_at: values.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Moves the request to a status if it is still at the version read; false when it is not. */
export async function moveTo(
  trx: Transaction<DB>,
  id: string,
  version: number,
  status: 'answered' | 'accepted' | 'rejected',
) {
  const result = await trx
    .updateTable('correction_requests')
    .set((eb) => ({ status, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertAnswer(
  trx: Transaction<DB>,
  values: {
    requestId: string;
    supplierId: string;
    actionPlan: string;
    evidenceFileIds: string[];
    answeredBy: string;
    answeredAt: Date;
  },
) {
  const row = await trx
    .insertInto('correction_answers')
    .values({
      request_id: values.requestId,
      supplier_id: values.supplierId,
      action_plan: values.actionPlan,
      evidence_file_ids: values.evidenceFileIds,
      answered_by: values.answeredBy,
      answered_at: values.answeredAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function decideAnswer(
  trx: Transaction<DB>,
  answerId: string,
  values: { decision: 'accepted' | 'rejected'; reason: string | null; by: string; at: Date },
) {
  await trx
    .updateTable('correction_answers')
    .set({
      decision: values.decision,
      decision_reason: values.reason,
      decided_by: values.by,
      decided_at: values.at,
    })
    .where('id', '=', answerId)
    .execute();
}

// ---- the reminder job ---------------------------------------------------------------------------

/** Requests where it is the supplier's turn or whose lateness is not yet flagged, locked. */
export function lockPending(trx: Transaction<DB>) {
  return requests(trx)
    .where('c.status', 'in', ['open', 'rejected'])
    .where('c.overdue_flagged_at', 'is', null)
    .forUpdate('c')
    .skipLocked()
    .execute();
}

export async function markReminded(trx: Transaction<DB>, id: string, kind: string) {
  await trx
    .updateTable('correction_requests')
    .set((eb) => ({ reminders_sent: eb.fn('array_append', ['reminders_sent', eb.val(kind)]) }))
    .where('id', '=', id)
    .execute();
}

export async function markOverdue(trx: Transaction<DB>, id: string, at: Date) {
  await trx
    .updateTable('correction_requests')
    .set({ overdue_flagged_at: at })
    .where('id', '=', id)
    .execute();
}

// ---- what a request can be about ----------------------------------------------------------------

/**
 * The body's agreements in force or being prepared (those with the supplier on a lot, when one is
 * given) with their requirements.
 */
export async function choicesOf(db: Db, bodyId: string, supplierId: string | undefined) {
  let query = db
    .selectFrom('framework_agreements as a')
    .select(['a.id', 'a.reference', 'a.title', 'a.country'])
    .where('a.organisation_id', '=', bodyId)
    .where('a.status', 'in', ['active', 'draft']);
  if (supplierId)
    query = query.where('a.id', 'in', (eb) =>
      eb.selectFrom('lot_suppliers').select('agreement_id').where('supplier_id', '=', supplierId),
    );
  const agreements = await query.orderBy('a.reference').execute();
  const ids = agreements.map((a) => a.id);
  const requirements =
    ids.length === 0
      ? []
      : await db
          .selectFrom('agreement_requirements')
          .select(['id', 'agreement_id as agreementId', 'kind', 'description'])
          .where('agreement_id', 'in', ids)
          .orderBy('created_at')
          .execute();
  return { agreements, requirements };
}

/**
 * The suppliers on one of the body's agreements whose name holds the typed text (or the one
 * asked for): the first in name order, and how many match in all.
 */
export function supplierChoices(
  db: Db,
  bodyId: string,
  filter: { agreementId: string; supplierId?: string | undefined },
  search: ChoiceSearch,
) {
  let query = db
    .selectFrom('organisations as o')
    .select(['o.id', 'o.name'])
    .where('o.id', 'in', (eb) =>
      eb
        .selectFrom('lot_suppliers as ls')
        .innerJoin('framework_agreements as a', 'a.id', 'ls.agreement_id')
        .select('ls.supplier_id')
        .where('a.id', '=', filter.agreementId)
        .where('a.organisation_id', '=', bodyId)
        .where('a.status', 'in', ['active', 'draft']),
    )
    .orderBy('o.name')
    .orderBy('o.id');
  if (filter.supplierId) query = query.where('o.id', '=', filter.supplierId);
  return fetchChoices(db, whereNameHas(query, 'o.name', search), search);
}

/** The open establishments of the suppliers: a supplier has a few. */
export function establishmentsOfSuppliers(db: Db, supplierIds: readonly string[]) {
  if (supplierIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('establishments')
    .select(['id', 'name', 'supplier_id as supplierId'])
    .where('supplier_id', 'in', supplierIds)
    .where('closed_at', 'is', null)
    .orderBy('name')
    .execute();
}
