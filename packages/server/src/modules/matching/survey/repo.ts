// The only SQL of the offer survey. The matching team's reads name its organisation; a supplier's
// reads name the supplier, so a supplier never reads a request (or an answer) sent to another.
import { sql, type Transaction } from 'kysely';
import type { Db } from '../../../db/db.ts';
import type { Currency } from '@tildel/domain/money';
import type { PriceUnit } from '@tildel/domain/taxonomy';
import type { DB } from '../../../db/types.ts';
import { fetchPage, type Page } from '../../../platform/paging.ts';
import type { OfferRequestSort } from './schemas.ts';

type Reader = Db | Transaction<DB>;

/** The referral locked for a change by the survey (its survey columns too). */
export function lockReferral(trx: Transaction<DB>, organisationId: string, referralId: string) {
  return trx
    .selectFrom('referrals as r')
    .innerJoin('organisations as m', 'm.id', 'r.organisation_id')
    .select([
      'r.id',
      'r.kind',
      'r.order_id as orderId',
      'r.service_kind as serviceKind',
      'r.urgency',
      'r.state',
      'r.purpose',
      'r.start_on as startOn',
      'r.expected_duration_days as expectedDurationDays',
      'r.intensity_kind as intensityKind',
      'r.hours_per_week as hoursPerWeek',
      'm.name as municipalityName',
      'm.country',
    ])
    .where('r.id', '=', referralId)
    .where('r.organisation_id', '=', organisationId)
    .forUpdate('r')
    .executeTakeFirst();
}
export type LockedReferral = NonNullable<Awaited<ReturnType<typeof lockReferral>>>;

/** Open offers among the ids, with their supplier. */
export function offersToAsk(trx: Reader, establishmentIds: readonly string[]) {
  if (establishmentIds.length === 0) return Promise.resolve([]);
  return trx
    .selectFrom('establishments as e')
    .select(['e.id', 'e.name', 'e.supplier_id as supplierId'])
    .where('e.id', 'in', establishmentIds)
    .where('e.closed_at', 'is', null)
    .execute();
}

/** The offers already asked about this referral. */
export async function askedOffers(trx: Reader, referralId: string) {
  const rows = await trx
    .selectFrom('survey_requests')
    .select('establishment_id')
    .where('referral_id', '=', referralId)
    .execute();
  return new Set(rows.map((r) => r.establishment_id));
}

/** Inserts the requests in one statement; answers each request's id by its offer. */
export async function insertRequests(
  trx: Transaction<DB>,
  requests: readonly {
    referralId: string;
    organisationId: string;
    establishmentId: string;
    supplierId: string;
    acute: boolean;
    sentAt: Date;
    sentBy: string;
    replyBy: Date;
  }[],
) {
  if (requests.length === 0) return new Map<string, string>();
  const rows = await trx
    .insertInto('survey_requests')
    .values(
      requests.map((values) => ({
        referral_id: values.referralId,
        organisation_id: values.organisationId,
        establishment_id: values.establishmentId,
        supplier_id: values.supplierId,
        acute: values.acute,
        sent_at: values.sentAt,
        sent_by: values.sentBy,
        reply_by: values.replyBy,
      })),
    )
    .returning(['id', 'establishment_id'])
    .execute();
  return new Map(rows.map((r) => [r.establishment_id, r.id]));
}

/** Keeps what matching said of each offer when the survey began; an offer is kept once. */
export async function insertConsidered(
  trx: Transaction<DB>,
  referralId: string,
  at: Date,
  rows: readonly { establishmentId: string; explanation: unknown }[],
) {
  if (rows.length === 0) return;
  await trx
    .insertInto('referral_considered_offers')
    .values(
      rows.map((r) => ({
        referral_id: referralId,
        establishment_id: r.establishmentId,
        explanation: JSON.stringify(r.explanation),
        considered_at: at,
      })),
    )
    .onConflict((oc) => oc.columns(['referral_id', 'establishment_id']).doNothing())
    .execute();
}

/** How many offers matching's first checks left out when the survey began, by check. */
export async function saveLeftOut(
  trx: Transaction<DB>,
  referralId: string,
  counts: Readonly<Record<string, number>>,
) {
  await trx
    .updateTable('referrals')
    .set({ considered_left_out: JSON.stringify(counts) })
    .where('id', '=', referralId)
    .execute();
}

export async function consideredCount(db: Reader, referralId: string) {
  const row = await db
    .selectFrom('referral_considered_offers')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('referral_id', '=', referralId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The referral's survey columns, for the municipality's reading of its survey. */
export function referralOfSurvey(db: Reader, organisationId: string, referralId: string) {
  return db
    .selectFrom('referrals as r')
    .leftJoin('orders as o', 'o.referral_id', 'r.id')
    .select([
      'r.id',
      'r.kind',
      'r.state',
      'r.urgency',
      'r.order_id as adjustedOrderId',
      'o.id as createdOrderId',
      'r.chosen_request_id as chosenRequestId',
      'r.choice_reason as choiceReason',
      'r.decided_at as decidedAt',
      'r.considered_left_out as consideredLeftOut',
    ])
    .where('r.id', '=', referralId)
    .where('r.organisation_id', '=', organisationId)
    .executeTakeFirst();
}

const requestColumns = [
  'q.id',
  'q.referral_id as referralId',
  'q.organisation_id as organisationId',
  'q.establishment_id as establishmentId',
  'e.name as offerName',
  'q.supplier_id as supplierId',
  's.name as supplierName',
  'q.acute',
  'q.sent_at as sentAt',
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
  'q.version',
] as const;

function requestsJoined(db: Reader) {
  return db
    .selectFrom('survey_requests as q')
    .innerJoin('establishments as e', 'e.id', 'q.establishment_id')
    .innerJoin('organisations as s', 's.id', 'q.supplier_id');
}

/** Every request of the municipality's referral, oldest first, with who sent it. */
export function requestsOfReferral(db: Reader, organisationId: string, referralId: string) {
  return requestsJoined(db)
    .innerJoin('users as u', 'u.id', 'q.sent_by')
    .select([...requestColumns, 'u.name as sentByName'])
    .where('q.referral_id', '=', referralId)
    .where('q.organisation_id', '=', organisationId)
    .orderBy('q.sent_at')
    .orderBy('e.name')
    .orderBy('q.id')
    .execute();
}
export type RequestRow = Awaited<ReturnType<typeof requestsOfReferral>>[number];

/** The negotiation rounds of the requests, in round order. */
export function roundsOf(db: Reader, requestIds: readonly string[]) {
  if (requestIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('negotiation_rounds')
    .selectAll()
    .where('request_id', 'in', requestIds)
    .orderBy('request_id')
    .orderBy('round')
    .execute();
}
export type RoundRow = Awaited<ReturnType<typeof roundsOf>>[number];

/** A request of the municipality's, locked for a negotiation round or the choice. */
export function lockRequestOfBuyer(
  trx: Transaction<DB>,
  organisationId: string,
  requestId: string,
) {
  return requestsJoined(trx)
    .innerJoin('referrals as r', 'r.id', 'q.referral_id')
    .select([...requestColumns, 'r.state as referralState'])
    .where('q.id', '=', requestId)
    .where('q.organisation_id', '=', organisationId)
    .forUpdate('q')
    .executeTakeFirst();
}

export async function insertRound(
  trx: Transaction<DB>,
  values: {
    requestId: string;
    priceAskedMinor: number;
    priceAgreedMinor: number | null;
    currency: Currency;
    unit: PriceUnit;
    note: string;
    recordedBy: string;
    recordedByName: string;
    at: Date;
  },
) {
  const { n } = await trx
    .selectFrom('negotiation_rounds')
    .select((eb) => eb.fn.coalesce(eb.fn.max('round'), eb.lit(0)).as('n'))
    .where('request_id', '=', values.requestId)
    .executeTakeFirstOrThrow();
  const round = Number(n) + 1;
  await trx
    .insertInto('negotiation_rounds')
    .values({
      request_id: values.requestId,
      round,
      price_asked_minor: values.priceAskedMinor,
      price_agreed_minor: values.priceAgreedMinor,
      currency: values.currency,
      unit: values.unit,
      note: values.note,
      recorded_by: values.recordedBy,
      recorded_by_name: values.recordedByName,
      recorded_at: values.at,
    })
    .execute();
  return round;
}

/** Whether the offer holds a valid approval by the supervisory authority on the day. */
export async function isApproved(db: Reader, establishmentId: string, today: string) {
  const row = await db
    .selectFrom('permits')
    .select('id')
    .where('establishment_id', '=', establishmentId)
    .where('authority', 'in', ['Socialtilsyn', 'IVO'])
    .where('status', '=', 'valid')
    .where('valid_from', '<=', today)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', today)]))
    .executeTakeFirst();
  return row !== undefined;
}

export async function markChosen(
  trx: Transaction<DB>,
  values: { referralId: string; requestId: string; reason: string; by: string; at: Date },
) {
  await trx
    .updateTable('referrals')
    .set({
      chosen_request_id: values.requestId,
      choice_reason: values.reason,
      decided_at: values.at,
      decided_by: values.by,
      updated_at: values.at,
      version: sql`version + 1`,
    })
    .where('id', '=', values.referralId)
    .execute();
}

// ---- the supplier's side -----------------------------------------------------------------------

const OPEN = (now: Date) => sql<boolean>`(q.state in ('sent', 'answered') and q.reply_by > ${now})`;

function supplierRequests(db: Reader, supplierId: string, now: Date) {
  return requestsJoined(db)
    .innerJoin('referrals as r', 'r.id', 'q.referral_id')
    .innerJoin('organisations as m', 'm.id', 'q.organisation_id')
    .select([
      ...requestColumns,
      'm.name as municipalityName',
      'm.country as municipalityCountry',
      'r.service_kind as serviceKind',
      OPEN(now).as('open'),
    ])
    .where('q.supplier_id', '=', supplierId);
}

/** One page of the supplier's requests: open ones first, then by the sort. */
export function listSupplierRequests(
  db: Db,
  supplierId: string,
  now: Date,
  page: Page<OfferRequestSort>,
) {
  const column = page.sort === 'sent' ? 'q.sent_at' : 'q.reply_by';
  const query = supplierRequests(db, supplierId, now)
    .orderBy(OPEN(now), 'desc')
    .orderBy(column, page.order)
    .orderBy('q.id');
  return fetchPage(db, query, page);
}

/** The supplier's request with the pseudonymised referral (never its case reference or sensitive text). */
export function findSupplierRequest(db: Reader, supplierId: string, requestId: string, now: Date) {
  return supplierRequests(db, supplierId, now)
    .select([
      'r.kind as referralKind',
      'r.legal_basis as legalBasis',
      'r.purpose',
      'r.start_on as startOn',
      'r.expected_duration_days as expectedDurationDays',
      'r.intensity_kind as intensityKind',
      'r.hours_per_week as hoursPerWeek',
      'r.urgency',
      'r.person',
    ])
    .where('q.id', '=', requestId)
    .executeTakeFirst();
}
export type SupplierRequestRow = NonNullable<Awaited<ReturnType<typeof findSupplierRequest>>>;

/** The supplier's request locked for its answer. */
export function lockSupplierRequest(trx: Transaction<DB>, supplierId: string, requestId: string) {
  return trx
    .selectFrom('survey_requests as q')
    .innerJoin('referrals as r', 'r.id', 'q.referral_id')
    .innerJoin('organisations as m', 'm.id', 'q.organisation_id')
    .innerJoin('organisations as sp', 'sp.id', 'q.supplier_id')
    .innerJoin('establishments as e', 'e.id', 'q.establishment_id')
    .innerJoin('users as u', 'u.id', 'q.sent_by')
    .select([
      'q.id',
      'q.organisation_id as organisationId',
      'q.referral_id as referralId',
      'q.state',
      'q.acute',
      'q.reply_by as replyBy',
      'q.version',
      'r.start_on as startOn',
      'r.state as referralState',
      'm.country',
      'sp.name as supplierName',
      'e.name as offerName',
      // Whoever sent the request hears of the answer.
      'u.email as senderEmail',
      'u.locale as senderLocale',
    ])
    .where('q.id', '=', requestId)
    .where('q.supplier_id', '=', supplierId)
    .forUpdate('q')
    .executeTakeFirst();
}

export async function saveAnswer(
  trx: Transaction<DB>,
  requestId: string,
  values: {
    available: boolean;
    earliestStart: string | null;
    priceMinor: number | null;
    priceUnit: PriceUnit | null;
    currency: Currency | null;
    questions: string;
    placeHeldUntil: Date | null;
    by: string;
    at: Date;
  },
) {
  await trx
    .updateTable('survey_requests')
    .set({
      state: 'answered',
      available: values.available,
      earliest_start: values.earliestStart,
      price_minor: values.priceMinor,
      price_unit: values.priceUnit,
      currency: values.currency,
      questions: values.questions,
      place_held_until: values.placeHeldUntil,
      answered_at: values.at,
      answered_by: values.by,
      version: sql`version + 1`,
    })
    .where('id', '=', requestId)
    .execute();
}

// ---- expiry ------------------------------------------------------------------------------------

/**
 * Marks up to `limit` requests still 'sent' whose reply window has passed as 'expired', skipping
 * rows another worker holds; answers their ids.
 */
export async function expireDueRequests(trx: Transaction<DB>, now: Date, limit: number) {
  const due = trx
    .selectFrom('survey_requests')
    .select('id')
    .where('state', '=', 'sent')
    .where('reply_by', '<=', now)
    .orderBy('reply_by')
    .limit(limit)
    .forUpdate()
    .skipLocked();
  const rows = await trx
    .updateTable('survey_requests')
    .set({ state: 'expired', version: sql`version + 1` })
    .where('id', 'in', due)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** The expired requests with whom to tell: the sender's address and language, the offer, the country. */
export function expiredRequests(db: Reader, requestIds: readonly string[]) {
  if (requestIds.length === 0) return Promise.resolve([]);
  return requestsJoined(db)
    .innerJoin('users as u', 'u.id', 'q.sent_by')
    .innerJoin('organisations as m', 'm.id', 'q.organisation_id')
    .select([
      'q.id',
      'q.referral_id as referralId',
      'q.organisation_id as organisationId',
      'q.establishment_id as establishmentId',
      'q.supplier_id as supplierId',
      'q.reply_by as replyBy',
      'q.sent_by as sentBy',
      'e.name as offerName',
      's.name as supplierName',
      'u.email as senderEmail',
      'u.locale as senderLocale',
      'm.country',
    ])
    .where('q.id', 'in', requestIds)
    .orderBy('q.referral_id')
    .orderBy('e.name')
    .execute();
}
