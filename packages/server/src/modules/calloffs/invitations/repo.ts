// The only SQL of the invitations area: publishing a call-off to the suppliers the procedure names,
// their questions and the buyer's answers, changes of the request, and the supplier's inbox.
// Buyer-side queries name the municipality; supplier-side queries name the supplier and reach a
// call-off only through that supplier's invitation. Bids are reached only through the bids repo,
// and only to mark them for review or to tell a supplier its own bid's status: no bid's content.
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../../db/types.ts';
import type { Db } from '../../../db/db.ts';
import { fetchPage, type Page } from '../../../platform/paging.ts';
import { containsPattern } from '../../../platform/search.ts';
import type { InboxSort } from './schemas.ts';
import * as bidsRepo from '../bids/repo.ts';

// ---- the call-off as publishing needs it ----------------------------------------------------------

/** What publishing and changing need of a call-off: its source, terms and tender period. */
export function calloffTerms(db: Db, organisationId: string, calloffId: string) {
  return db
    .selectFrom('calloffs as co')
    .innerJoin('organisations as buyer', 'buyer.id', 'co.organisation_id')
    .leftJoin('dynamic_purchasing_systems as d', 'd.id', 'co.dps_id')
    .leftJoin('framework_agreements as a', 'a.id', 'co.agreement_id')
    .select([
      'co.id',
      'co.organisation_id as organisationId',
      'co.status',
      'co.version',
      'co.procedure',
      'co.title',
      'co.request_text as requestText',
      'co.tender_deadline as tenderDeadline',
      'co.published_at as publishedAt',
      'co.agreement_id as agreementId',
      'co.lot_id as lotId',
      'co.dps_id as dpsId',
      'co.category_id as categoryId',
      'buyer.name as buyerName',
      'buyer.country as buyerCountry',
      'd.country as dpsCountry',
      'a.country as agreementCountry',
      'd.owner_is_central_purchasing_body as ownerIsCentralPurchasingBody',
      'd.agreed_tender_period_days as agreedTenderPeriodDays',
    ])
    .where('co.id', '=', calloffId)
    .where('co.organisation_id', '=', organisationId)
    .executeTakeFirst();
}

export type CalloffTerms = NonNullable<Awaited<ReturnType<typeof calloffTerms>>>;

/** Freezes a draft as published; false when the version moved or it is no longer a draft. */
export async function publishCalloff(
  trx: Transaction<DB>,
  at: Date,
  calloffId: string,
  version: number,
  values: {
    publishedBy: string;
    tenderDeadline: Date;
    requestText: string;
    costCentre: string | null;
    dataKeyWrapped: string;
    dataKeyId: string;
  },
) {
  const result = await trx
    .updateTable('calloffs')
    .set((eb) => ({
      status: 'open',
      published_at: at,
      published_by: values.publishedBy,
      tender_deadline: values.tenderDeadline,
      request_text: values.requestText,
      cost_centre: values.costCentre,
      data_key_wrapped: values.dataKeyWrapped,
      data_key_id: values.dataKeyId,
      version: eb('version', '+', 1),
      updated_at: at,
    }))
    .where('id', '=', calloffId)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Replaces the request text and deadline of an open call-off (a change during the period). */
export async function changeRequest(
  trx: Transaction<DB>,
  at: Date,
  calloffId: string,
  version: number,
  values: { requestText: string; tenderDeadline: Date },
) {
  const result = await trx
    .updateTable('calloffs')
    .set((eb) => ({
      request_text: values.requestText,
      tender_deadline: values.tenderDeadline,
      version: eb('version', '+', 1),
      updated_at: at,
    }))
    .where('id', '=', calloffId)
    .where('version', '=', version)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// ---- invitations ----------------------------------------------------------------------------------

export async function insertTenderInvitations(
  trx: Transaction<DB>,
  at: Date,
  calloffId: string,
  organisationId: string,
  supplierIds: readonly string[],
) {
  if (supplierIds.length === 0) return;
  await trx
    .insertInto('calloff_invitations')
    .values(
      supplierIds.map((supplierId) => ({
        calloff_id: calloffId,
        organisation_id: organisationId,
        supplier_id: supplierId,
        kind: 'tender' as const,
        invited_at: at,
      })),
    )
    .execute();
}

/** The call-off's invitations with the suppliers' names, in invitation order. */
export function invitationsOf(db: Db, organisationId: string, calloffId: string) {
  return db
    .selectFrom('calloff_invitations as i')
    .innerJoin('organisations as s', 's.id', 'i.supplier_id')
    .select([
      'i.supplier_id as supplierId',
      's.name as supplierName',
      'i.kind',
      'i.invited_at as invitedAt',
      'i.first_read_at as firstReadAt',
      'i.declined_at as declinedAt',
      'i.decline_reason as declineReason',
    ])
    .where('i.calloff_id', '=', calloffId)
    .where('i.organisation_id', '=', organisationId)
    .orderBy('s.name')
    .execute();
}

/** The supplier's own invitation to a call-off (its only way in), optionally locked. */
export function invitationOf(db: Db, supplierId: string, calloffId: string, lock = false) {
  const query = db
    .selectFrom('calloff_invitations')
    .selectAll()
    .where('calloff_id', '=', calloffId)
    .where('supplier_id', '=', supplierId);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

export type InvitationRow = NonNullable<Awaited<ReturnType<typeof invitationOf>>>;

export async function markFirstRead(trx: Transaction<DB>, invitationId: string, at: Date) {
  const result = await trx
    .updateTable('calloff_invitations')
    .set({ first_read_at: at })
    .where('id', '=', invitationId)
    .where('first_read_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function declineInvitation(
  trx: Transaction<DB>,
  invitationId: string,
  values: { at: Date; reason: string; userId: string },
) {
  await trx
    .updateTable('calloff_invitations')
    .set({ declined_at: values.at, decline_reason: values.reason, responded_by: values.userId })
    .where('id', '=', invitationId)
    .execute();
}

// ---- questions and answers ---------------------------------------------------------------------

export async function insertQuestion(
  trx: Transaction<DB>,
  values: {
    calloffId: string;
    organisationId: string;
    supplierId: string;
    askedBy: string;
    askedAt: Date;
    question: string;
  },
) {
  const row = await trx
    .insertInto('calloff_questions')
    .values({
      calloff_id: values.calloffId,
      organisation_id: values.organisationId,
      supplier_id: values.supplierId,
      asked_by: values.askedBy,
      asked_at: values.askedAt,
      question: values.question,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Every question of the call-off with who asked: for the buyer only. */
export function questionsForBuyer(db: Db, organisationId: string, calloffId: string) {
  return db
    .selectFrom('calloff_questions as q')
    .innerJoin('organisations as s', 's.id', 'q.supplier_id')
    .innerJoin('users as u', 'u.id', 'q.asked_by')
    .select([
      'q.id',
      'q.question',
      'q.asked_at as askedAt',
      'q.answer',
      'q.answered_at as answeredAt',
      's.name as supplierName',
      'u.name as askedByName',
    ])
    .where('q.calloff_id', '=', calloffId)
    .where('q.organisation_id', '=', organisationId)
    .orderBy('q.asked_at')
    .orderBy('q.id')
    .execute();
}

/** What a supplier reads: every answered question (never who asked) and its own questions. */
export function questionsForSupplier(db: Db, supplierId: string, calloffId: string) {
  return db
    .selectFrom('calloff_questions as q')
    .select([
      'q.id',
      'q.question',
      'q.asked_at as askedAt',
      'q.answer',
      'q.answered_at as answeredAt',
      sql<boolean>`q.supplier_id = ${supplierId}`.as('own'),
    ])
    .where('q.calloff_id', '=', calloffId)
    .where((eb) => eb.or([eb('q.answer', 'is not', null), eb('q.supplier_id', '=', supplierId)]))
    .orderBy('q.asked_at')
    .orderBy('q.id')
    .execute();
}

export function lockQuestion(
  trx: Transaction<DB>,
  organisationId: string,
  calloffId: string,
  questionId: string,
) {
  return trx
    .selectFrom('calloff_questions')
    .selectAll()
    .where('id', '=', questionId)
    .where('calloff_id', '=', calloffId)
    .where('organisation_id', '=', organisationId)
    .forUpdate()
    .executeTakeFirst();
}

export async function answerQuestion(
  trx: Transaction<DB>,
  questionId: string,
  values: { answer: string; answeredBy: string; at: Date },
) {
  await trx
    .updateTable('calloff_questions')
    .set({ answer: values.answer, answered_by: values.answeredBy, answered_at: values.at })
    .where('id', '=', questionId)
    .execute();
}

// ---- changes of the request ----------------------------------------------------------------------

export async function insertChange(
  trx: Transaction<DB>,
  values: {
    calloffId: string;
    organisationId: string;
    changedBy: string;
    changedAt: Date;
    summary: string;
    requestTextBefore: string;
    requestTextAfter: string;
    deadlineBefore: Date;
    deadlineAfter: Date;
  },
) {
  const row = await trx
    .insertInto('calloff_changes')
    .values({
      calloff_id: values.calloffId,
      organisation_id: values.organisationId,
      changed_by: values.changedBy,
      changed_at: values.changedAt,
      summary: values.summary,
      request_text_before: values.requestTextBefore,
      request_text_after: values.requestTextAfter,
      deadline_before: values.deadlineBefore,
      deadline_after: values.deadlineAfter,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function changesOf(db: Db, calloffId: string) {
  return db
    .selectFrom('calloff_changes')
    .select([
      'id',
      'changed_at as changedAt',
      'summary',
      'deadline_before as deadlineBefore',
      'deadline_after as deadlineAfter',
    ])
    .where('calloff_id', '=', calloffId)
    .orderBy('changed_at')
    .execute();
}

// ---- the supplier's side ---------------------------------------------------------------------------

/** The call-offs a supplier was invited to or offered: it reaches no other call-off. */
function invitedTo(db: Db, supplierId: string) {
  return db
    .selectFrom('calloff_invitations as i')
    .innerJoin('calloffs as co', 'co.id', 'i.calloff_id')
    .innerJoin('organisations as buyer', 'buyer.id', 'co.organisation_id')
    .where('i.supplier_id', '=', supplierId);
}

/** The supplier's invitations whose call-off title holds the text, newest first. */
export function searchInvitedTo(db: Db, supplierId: string, q: string, limit: number) {
  return invitedTo(db, supplierId)
    .select(['i.calloff_id as calloffId', 'co.title', 'buyer.name as buyerName'])
    .where('co.title', 'ilike', containsPattern(q))
    .orderBy('i.invited_at', 'desc')
    .orderBy('i.id', 'desc')
    .limit(limit)
    .execute();
}

/** The supplier's invitations with its own bid's status and who won when the award is known. */
function inboxRows(db: Db, supplierId: string) {
  return invitedTo(db, supplierId)
    .$call((q) => bidsRepo.joinOwnBid(q, supplierId))
    .leftJoin('award_decisions as ad', 'ad.calloff_id', 'i.calloff_id')
    .leftJoin('orders as o', 'o.calloff_id', 'i.calloff_id')
    .select([
      'i.id as invitationId',
      'i.calloff_id as calloffId',
      'i.kind',
      'i.invited_at as invitedAt',
      'i.response_deadline as responseDeadline',
      'i.first_read_at as firstReadAt',
      'i.declined_at as declinedAt',
      'i.accepted_at as acceptedAt',
      'i.expired_at as expiredAt',
      'co.title',
      'co.status as calloffStatus',
      'co.procedure',
      'co.tender_deadline as tenderDeadline',
      'co.organisation_id as organisationId',
      'buyer.name as buyerName',
      'buyer.country as buyerCountry',
      'b.status as bidStatus',
      'b.needs_review as bidNeedsReview',
      'ad.supplier_id as awardedSupplierId',
      'o.supplier_id as orderedSupplierId',
    ]);
}

const INBOX_SORTS = {
  invited: 'i.invited_at',
  title: 'co.title',
  buyer: 'buyer.name',
  // An offer's deadline is its answer's, an invitation's the tender deadline (as the inbox shows).
  deadline: sql`CASE WHEN i.kind = 'offer' THEN i.response_deadline ELSE co.tender_deadline END`,
} as const satisfies Record<InboxSort, unknown>;

/** The supplier's inbox in the list's order, every row. */
export function inboxInOrder(
  db: Db,
  supplierId: string,
  sort: Pick<Page<InboxSort>, 'sort' | 'order'>,
) {
  return inboxRows(db, supplierId)
    .orderBy(INBOX_SORTS[sort.sort], (ob) =>
      sort.order === 'asc' ? ob.asc().nullsLast() : ob.desc().nullsFirst(),
    )
    .orderBy('i.invited_at', 'desc')
    .orderBy('i.id', 'desc');
}

/**
 * One page of the supplier's inbox: every call-off it was invited to or offered. The total counts
 * the invitations alone: each has its call-off and buyer (NOT NULL foreign keys) and at most one
 * own bid, award and order (unique keys), so the joins add no row (counted joined, they read a
 * call-off per invitation: ~60 ms for 3 600, in a parallel worker).
 */
export function inbox(db: Db, supplierId: string, page: Page<InboxSort>) {
  return fetchPage(
    db,
    inboxInOrder(db, supplierId, page),
    page,
    db
      .selectFrom('calloff_invitations as i')
      .select('i.id')
      .where('i.supplier_id', '=', supplierId),
  );
}

/** The supplier's inbox item of one call-off, if it was invited to or offered it. */
export function inboxItem(db: Db, supplierId: string, calloffId: string) {
  return inboxRows(db, supplierId).where('i.calloff_id', '=', calloffId).executeTakeFirst();
}

export type InboxRow = NonNullable<Awaited<ReturnType<typeof inboxItem>>>;
