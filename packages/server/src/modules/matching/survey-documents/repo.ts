// The only SQL of the survey documents: an order from a referral with what its contract and
// service specification print, the offer survey as it happened for the evidence pack, and the
// orders under the not-approved rule for its job. An order is read by the municipality that
// ordered or the supplier that received it; every read names one of them.
import type { Db } from '../../../db/db.ts';

/** Whose order: the municipality's own, or one a supplier received. */
export interface Viewer {
  organisationId: string;
  side: 'buyer' | 'supplier';
}

export function organisationOf(db: Db, organisationId: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'kind', 'name', 'country'])
    .where('id', '=', organisationId)
    .executeTakeFirst();
}

/** An order that came from a referral, with the parties and the referral it answers. */
export function findReferralOrder(db: Db, viewer: Viewer, orderId: string) {
  return db
    .selectFrom('orders as o')
    .innerJoin('referrals as r', 'r.id', 'o.referral_id')
    .innerJoin('organisations as m', 'm.id', 'o.organisation_id')
    .innerJoin('organisations as s', 's.id', 'o.supplier_id')
    .leftJoin('supplier_profiles as sp', 'sp.supplier_id', 'o.supplier_id')
    .leftJoin('establishments as e', 'e.id', 'o.establishment_id')
    .innerJoin('users as cw', 'cw.id', 'r.created_by')
    .leftJoin('users as dm', 'dm.id', 'r.decided_by')
    .where(
      viewer.side === 'buyer' ? 'o.organisation_id' : 'o.supplier_id',
      '=',
      viewer.organisationId,
    )
    .where('o.id', '=', orderId)
    .select([
      'o.id',
      'o.reference',
      'o.status',
      'o.unit_price_minor as unitPriceMinor',
      'o.currency',
      'o.unit',
      'o.start_date as startDate',
      'o.end_date as endDate',
      'o.expected_volume as expectedVolume',
      'o.created_at as createdAt',
      'o.not_approved_reason as notApprovedReason',
      'o.not_approved_until as notApprovedUntil',
      'o.supervisor_consent_note as supervisorConsentNote',
      'o.supervisor_consent_at as supervisorConsentAt',
      'o.organisation_id as municipalityId',
      'm.name as municipalityName',
      'm.identifier as municipalityIdentifier',
      'm.country as municipalityCountry',
      'o.supplier_id as supplierId',
      's.name as supplierName',
      's.identifier as supplierIdentifier',
      's.country as supplierCountry',
      'sp.street as supplierStreet',
      'sp.postal_code as supplierPostalCode',
      'sp.city as supplierCity',
      'sp.ean_gln as supplierEanGln',
      'e.name as establishmentName',
      'e.street as establishmentStreet',
      'e.postal_code as establishmentPostalCode',
      'e.city as establishmentCity',
      'e.offer_form as offerForm',
      'r.id as referralId',
      'r.case_reference as caseReference',
      'r.kind as referralKind',
      'r.service_kind as serviceKind',
      'r.legal_basis as legalBasis',
      'r.purpose',
      'r.person',
      'r.start_on as referralStartOn',
      'r.expected_duration_days as expectedDurationDays',
      'r.intensity_kind as intensityKind',
      'r.hours_per_week as hoursPerWeek',
      'cw.name as caseworkerName',
      'cw.email as caseworkerEmail',
      'dm.name as decidedByName',
      'dm.email as decidedByEmail',
    ])
    .executeTakeFirst();
}

/** Whether the viewer has the order at all (from a call-off, say). */
export async function orderExists(db: Db, viewer: Viewer, orderId: string): Promise<boolean> {
  const row = await db
    .selectFrom('orders')
    .select('id')
    .where('id', '=', orderId)
    .where(viewer.side === 'buyer' ? 'organisation_id' : 'supplier_id', '=', viewer.organisationId)
    .executeTakeFirst();
  return row !== undefined;
}

export type ReferralOrderRow = NonNullable<Awaited<ReturnType<typeof findReferralOrder>>>;

/** The supplier's contacts that receive notices: where the municipality writes about the order. */
export function supplierNoticeContacts(db: Db, supplierId: string) {
  return db
    .selectFrom('supplier_contacts')
    .select(['name', 'email', 'phone'])
    .where('supplier_id', '=', supplierId)
    .where('receives_notices', '=', true)
    .where('removed_at', 'is', null)
    .orderBy('kind')
    .orderBy('name')
    .execute();
}

// ---- the evidence pack -------------------------------------------------------------------------

/** The referral as the evidence pack prints it: never who the person cannot live with. */
export function findReferral(db: Db, organisationId: string, referralId: string) {
  return db
    .selectFrom('referrals as r')
    .innerJoin('organisations as m', 'm.id', 'r.organisation_id')
    .innerJoin('users as cw', 'cw.id', 'r.created_by')
    .leftJoin('users as dm', 'dm.id', 'r.decided_by')
    .leftJoin('users as a', 'a.id', 'r.assignee_id')
    .leftJoin('orders as o', 'o.referral_id', 'r.id')
    .where('r.organisation_id', '=', organisationId)
    .where('r.id', '=', referralId)
    .select([
      'r.id',
      'r.case_reference as caseReference',
      'r.kind',
      'r.order_id as extendsOrderId',
      'r.service_kind as serviceKind',
      'r.legal_basis as legalBasis',
      'r.purpose',
      'r.start_on as startOn',
      'r.expected_duration_days as expectedDurationDays',
      'r.intensity_kind as intensityKind',
      'r.hours_per_week as hoursPerWeek',
      'r.urgency',
      'r.person',
      'r.state',
      'r.due_at as dueAt',
      'r.chosen_request_id as chosenRequestId',
      'r.choice_reason as choiceReason',
      'r.decided_at as decidedAt',
      'r.considered_left_out as consideredLeftOut',
      'r.created_at as createdAt',
      'm.name as municipalityName',
      'm.country',
      'cw.name as caseworkerName',
      'dm.name as decidedByName',
      'a.name as assigneeName',
      'o.id as orderId',
      'o.reference as orderReference',
    ])
    .executeTakeFirst();
}

export type EvidenceReferralRow = NonNullable<Awaited<ReturnType<typeof findReferral>>>;

/** Every offer considered, with matching's explanation as it was when the survey began. */
export function consideredOffers(db: Db, referralId: string) {
  return db
    .selectFrom('referral_considered_offers as c')
    .innerJoin('establishments as e', 'e.id', 'c.establishment_id')
    .innerJoin('organisations as s', 's.id', 'e.supplier_id')
    .where('c.referral_id', '=', referralId)
    .select([
      'c.establishment_id as establishmentId',
      'e.name as offerName',
      's.name as supplierName',
      'c.explanation',
      'c.considered_at as consideredAt',
    ])
    .orderBy('c.considered_at')
    .orderBy('s.name')
    .execute();
}

/** Who was asked, when, by whom, and what each answered. */
export function surveyRequests(db: Db, referralId: string) {
  return db
    .selectFrom('survey_requests as q')
    .innerJoin('establishments as e', 'e.id', 'q.establishment_id')
    .innerJoin('organisations as s', 's.id', 'q.supplier_id')
    .innerJoin('users as sender', 'sender.id', 'q.sent_by')
    .leftJoin('users as answerer', 'answerer.id', 'q.answered_by')
    .where('q.referral_id', '=', referralId)
    .select([
      'q.id',
      'e.name as offerName',
      's.name as supplierName',
      'q.acute',
      'q.sent_at as sentAt',
      'sender.name as sentByName',
      'q.reply_by as replyBy',
      'q.state',
      'q.available',
      'q.earliest_start as earliestStart',
      'q.price_minor as priceMinor',
      'q.price_unit as priceUnit',
      'q.currency',
      'q.questions',
      'q.place_held_until as placeHeldUntil',
      'q.answered_at as answeredAt',
      'answerer.name as answeredByName',
    ])
    .orderBy('q.sent_at')
    .orderBy('s.name')
    .execute();
}

export type SurveyRequestRow = Awaited<ReturnType<typeof surveyRequests>>[number];

export function negotiationRounds(db: Db, referralId: string) {
  return db
    .selectFrom('negotiation_rounds as n')
    .innerJoin('survey_requests as q', 'q.id', 'n.request_id')
    .innerJoin('organisations as s', 's.id', 'q.supplier_id')
    .where('q.referral_id', '=', referralId)
    .select([
      'n.request_id as requestId',
      's.name as supplierName',
      'n.round',
      'n.price_asked_minor as priceAskedMinor',
      'n.price_agreed_minor as priceAgreedMinor',
      'n.currency',
      'n.unit',
      'n.note',
      'n.recorded_by_name as recordedByName',
      'n.recorded_at as recordedAt',
    ])
    .orderBy('n.recorded_at')
    .orderBy('n.round')
    .execute();
}

/** The audit records of the referral, its requests and its order, in the order they were written. */
export function auditTrail(db: Db, organisationId: string, objectIds: readonly string[]) {
  return db
    .selectFrom('audit_log as l')
    .leftJoin('users as u', 'u.id', 'l.actor_user_id')
    .where('l.organisation_id', '=', organisationId)
    .where('l.object_id', 'in', objectIds)
    .select(['l.seq', 'l.at', 'l.action', 'l.object_type as objectType', 'u.name as actorName'])
    .orderBy('l.seq')
    .execute();
}

// ---- the not-approved rule ---------------------------------------------------------------------

/** Locks an order of the municipality for a change of its not-approved use. */
export function lockOrder(db: Db, organisationId: string, orderId: string) {
  return db
    .selectFrom('orders')
    .select([
      'id',
      'reference',
      'supplier_id',
      'referral_id',
      'start_date',
      'not_approved_reason',
      'not_approved_until',
      'supervisor_consent_note',
      'supervisor_consent_at',
      'version',
    ])
    .where('organisation_id', '=', organisationId)
    .where('id', '=', orderId)
    .forUpdate()
    .executeTakeFirst();
}

export function recordConsent(
  db: Db,
  orderId: string,
  values: { note: string; consentAt: Date; until: string; now: Date },
) {
  return db
    .updateTable('orders')
    .set((eb) => ({
      supervisor_consent_note: values.note,
      supervisor_consent_at: values.consentAt,
      not_approved_until: values.until,
      // A new end of use: its reminder is due again.
      not_approved_reminded_on: null,
      updated_at: values.now,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', orderId)
    .returning(['id', 'not_approved_until', 'supervisor_consent_at', 'version'])
    .executeTakeFirstOrThrow();
}

/** Orders under the not-approved rule whose supervisory authority has not been told yet. */
export function ordersToNotify(db: Db, limit: number) {
  return notApprovedOrders(db)
    .where('o.supervisor_notified_at', 'is', null)
    .orderBy('o.created_at')
    .limit(limit)
    .forUpdate('o')
    .skipLocked()
    .execute();
}

/** Active orders under the rule whose use ends between today and `horizon`. */
export function ordersToRemind(db: Db, today: string, horizon: string, limit: number) {
  return notApprovedOrders(db)
    .where('o.status', '=', 'active')
    .where('o.not_approved_until', '>=', today)
    .where('o.not_approved_until', '<=', horizon)
    .orderBy('o.not_approved_until')
    .limit(limit)
    .forUpdate('o')
    .skipLocked()
    .execute();
}

function notApprovedOrders(db: Db) {
  return db
    .selectFrom('orders as o')
    .innerJoin('organisations as m', 'm.id', 'o.organisation_id')
    .innerJoin('organisations as s', 's.id', 'o.supplier_id')
    .leftJoin('establishments as e', 'e.id', 'o.establishment_id')
    .where('o.not_approved_reason', 'is not', null)
    .where('o.not_approved_until', 'is not', null)
    .select([
      'o.id',
      'o.reference',
      'o.organisation_id as municipalityId',
      'm.name as municipalityName',
      'm.country',
      's.name as supplierName',
      's.identifier as supplierIdentifier',
      'e.name as establishmentName',
      'o.not_approved_reason as reason',
      'o.not_approved_until as until',
      'o.supervisor_consent_at as consentAt',
      'o.not_approved_reminded_on as remindedOn',
      'o.start_date as startDate',
    ]);
}

export function markNotified(db: Db, orderIds: readonly string[], at: Date) {
  return db
    .updateTable('orders')
    .set({ supervisor_notified_at: at })
    .where('id', 'in', orderIds)
    .execute();
}

export function markReminded(db: Db, orderId: string, on: string) {
  return db
    .updateTable('orders')
    .set({ not_approved_reminded_on: on })
    .where('id', '=', orderId)
    .execute();
}
