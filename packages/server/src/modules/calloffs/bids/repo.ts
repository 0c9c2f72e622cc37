// The only SQL of the bids area and the only code that names the bids table (the other parts of
// the area call the functions at the end), so it is the seal's first line of defence. Bids rows
// are read in exactly three ways: (a) by the bidding supplier, for its own row only (ownBid,
// ownBidStatus, joinOwnBid: every query names the supplier); (b) as a count of standing bids
// (countStandingBids, and standingBidCount for the call-off detail's bidCount); (c) after the
// audited opening only: in clear through openedBids (opened.ts, over standingBidsOf), which
// refuses before it, and a standing bid's supplier when the buyer sets it aside (standingBid).
// No other query may select from bids before opened_at. Besides the bidder's own writes, only the
// review flag is ever set, when the request changes (markBidsForReview).
import type {
  ExpressionBuilder,
  Nullable,
  QueryCreator,
  SelectQueryBuilder,
  Transaction,
} from 'kysely';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import type { DB } from '../../../db/types.ts';
import type { Db } from '../../../db/db.ts';
import { template } from '../../../db/prepared.ts';
import {
  chainHeadLock,
  templateWithAudit,
  type AuditEntry,
  type ChainHead,
} from '../../../platform/audit.ts';
import type { Clock } from '../../../platform/clock.ts';

/** The call-off as an invited supplier sees it; no row when it is not invited. */
function tenderQuery(db: QueryCreator<DB>, supplierId: string, calloffId: string) {
  return db
    .selectFrom('calloffs as co')
    .innerJoin('calloff_invitations as i', (join) =>
      join
        .onRef('i.calloff_id', '=', 'co.id')
        .on('i.supplier_id', '=', supplierId)
        .on('i.kind', '=', 'tender'),
    )
    .innerJoin('needs as n', 'n.id', 'co.need_id')
    .innerJoin('organisations as o', 'o.id', 'co.organisation_id')
    .select([
      'co.id',
      'co.status',
      'co.tender_deadline as tenderDeadline',
      'co.data_key_wrapped as dataKeyWrapped',
      'co.data_key_id as dataKeyId',
      'co.currency',
      'co.agreement_id as agreementId',
      'co.expected_unit as unit',
      'n.kind as needKind',
      'o.country',
      'i.declined_at as declinedAt',
    ])
    .where('co.id', '=', calloffId);
}

/** The call-off as its bidder sees it, for reading its own bid; undefined when not invited. */
export function tenderForBidder(db: Db, supplierId: string, calloffId: string) {
  return tenderQuery(db, supplierId, calloffId).executeTakeFirst();
}

/**
 * Everything a bid is checked against, read in one round trip when a supplier submits or
 * withdraws: the call-off as tenderForBidder reads it, its requirements, whether the offered
 * consultant (if any) is the supplier's own and in its registry, the supplier's own bid (its
 * state and receipt, nothing sealed), and the supplier's audit chain head. Undefined when the supplier is not invited.
 *
 * Locks, in this order: a key-share lock on the call-off row until the bid commits (bids do not
 * block each other, but the opening, FOR UPDATE, waits for every bid already past its deadline
 * check, so none lands after the bids were counted); then the supplier's chain head, before its
 * own bid row is written (submitting and withdrawing both lock in this order, so two members of
 * one supplier never wait for each other in a circle).
 */
export async function bidContext(
  trx: Transaction<DB>,
  supplierId: string,
  calloffId: string,
  consultantId: string | null,
) {
  const run = consultantId === null ? bidContextQuery.without : bidContextQuery.withConsultant;
  const { rows } = await trx.executeQuery(run(trx, { supplierId, calloffId, consultantId }));
  return rows[0];
}

/**
 * bidContext's query, in its two shapes (with an offered consultant to check, or without): run by
 * every bidder on every bid, so each is built and compiled once and prepared (template).
 */
const bidContextQuery = {
  withConsultant: template((db: QueryCreator<DB>, v: BidContextValues) =>
    bidContextOf(db, v, true),
  ),
  without: template((db: QueryCreator<DB>, v: BidContextValues) => bidContextOf(db, v, false)),
};

interface BidContextValues {
  supplierId: string;
  calloffId: string;
  consultantId: string | null;
}

function bidContextOf(db: QueryCreator<DB>, v: BidContextValues, withConsultant: boolean) {
  return db
    .with('tender', (db) => tenderQuery(db, v.supplierId, v.calloffId).forKeyShare('co'))
    .with('head', (db) => chainHeadLock(db as QueryCreator<DB>, v.supplierId, 'tender'))
    .selectFrom('tender')
    .innerJoin('head', (join) => join.onTrue())
    .selectAll('tender')
    .select((eb) => [
      'head.seq as headSeq',
      'head.hash as headHash',
      jsonArrayFrom(
        eb
          .selectFrom('calloff_requirements as r')
          .select(['r.id', 'r.criterion_kind as criterionKind'])
          .whereRef('r.calloff_id', '=', 'tender.id'),
      ).as('requirements'),
      (withConsultant
        ? eb.exists(
            eb
              .selectFrom('consultants as c')
              .select('c.id')
              .where('c.id', '=', v.consultantId)
              .where('c.supplier_id', '=', v.supplierId)
              .where('c.removed_at', 'is', null),
          )
        : eb.val(false)
      ).as('ownConsultant'),
      jsonObjectFrom(
        eb
          .selectFrom('bids as b')
          .select(['b.id', 'b.version', 'b.status', 'b.receipt_sha256', 'b.received_at'])
          .where('b.calloff_id', '=', v.calloffId)
          .where('b.supplier_id', '=', v.supplierId),
      ).as('ownBid'),
    ]);
}

export type BidContext = NonNullable<Awaited<ReturnType<typeof bidContext>>>;

export type TenderRow = NonNullable<Awaited<ReturnType<typeof tenderForBidder>>>;

/** What a bid's receipt names besides the bid: the call-off, its buyer and the bidder. */
export function receiptParties(db: Db, supplierId: string, calloffId: string) {
  return db
    .selectFrom('calloffs as co')
    .innerJoin('organisations as buyer', 'buyer.id', 'co.organisation_id')
    .innerJoin('organisations as bidder', (join) => join.on('bidder.id', '=', supplierId))
    .leftJoin('framework_agreements as a', 'a.id', 'co.agreement_id')
    .leftJoin('dynamic_purchasing_systems as d', 'd.id', 'co.dps_id')
    .select([
      'co.title',
      'buyer.name as buyerName',
      'bidder.name as bidderName',
      (eb) => eb.fn.coalesce('a.reference', 'd.reference').as('sourceReference'),
    ])
    .where('co.id', '=', calloffId)
    .executeTakeFirstOrThrow();
}

export function requirementsOf(db: Db, calloffId: string) {
  return db
    .selectFrom('calloff_requirements')
    .select(['id', 'criterion_kind as criterionKind'])
    .where('calloff_id', '=', calloffId)
    .execute();
}

/** Whether a quality officer has hidden the establishment on the agreement on `today`. */
export async function isHiddenOnAgreement(
  db: Db,
  establishmentId: string,
  agreementId: string,
  today: string,
) {
  const row = await db
    .selectFrom('establishment_hidings')
    .select('id')
    .where('establishment_id', '=', establishmentId)
    .where('agreement_id', '=', agreementId)
    .where('lifted_at', 'is', null)
    .where('hidden_from', '<=', today)
    .where((eb) => eb.or([eb('hidden_to', 'is', null), eb('hidden_to', '>=', today)]))
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether the establishment is the supplier's own, open, and holds a permit valid on `today`. */
export async function isOwnPermittedEstablishment(
  db: Db,
  supplierId: string,
  establishmentId: string,
  today: string,
) {
  const row = await db
    .selectFrom('establishments as e')
    .innerJoin('permits as p', 'p.establishment_id', 'e.id')
    .select('e.id')
    .where('e.id', '=', establishmentId)
    .where('e.supplier_id', '=', supplierId)
    .where('e.closed_at', 'is', null)
    .where('p.status', '=', 'valid')
    .where((eb) => eb.or([eb('p.valid_from', 'is', null), eb('p.valid_from', '<=', today)]))
    .where((eb) => eb.or([eb('p.valid_to', 'is', null), eb('p.valid_to', '>=', today)]))
    .executeTakeFirst();
  return row !== undefined;
}

/** (a) The supplier's own bid on a call-off, sealed. */
export function ownBid(db: Db, supplierId: string, calloffId: string) {
  return db
    .selectFrom('bids')
    .selectAll()
    .where('calloff_id', '=', calloffId)
    .where('supplier_id', '=', supplierId)
    .executeTakeFirst();
}

export type BidRow = NonNullable<Awaited<ReturnType<typeof ownBid>>>;

export interface SealedValues {
  id: string;
  calloffId: string;
  supplierId: string;
  iv: string;
  ciphertext: string;
  authTag: string;
  receiptSha256: string;
  receivedAt: Date;
  submittedBy: string;
}

/** What a write of a bid returns: enough for the bidder's answer. */
const BID_RESULT = [
  'id',
  'status',
  'version',
  'receipt_sha256',
  'received_at',
  'needs_review',
] as const;

/**
 * Stores a new bid or replaces the supplier's bid in one statement (to run, or to run with its
 * audit record): only the supplier's own row is locked. The ciphertext is bound to `id`, so a row
 * that turned out to have another id (a concurrent first submission won) is left alone and
 * nothing is returned; so is one whose version is not `expectedVersion` when that is given.
 */
export function bidUpsert(trx: Transaction<DB>, values: SealedValues, expectedVersion?: number) {
  return trx
    .insertInto('bids')
    .values({
      id: values.id,
      calloff_id: values.calloffId,
      supplier_id: values.supplierId,
      status: 'submitted',
      iv: values.iv,
      ciphertext: values.ciphertext,
      auth_tag: values.authTag,
      receipt_sha256: values.receiptSha256,
      received_at: values.receivedAt,
      first_received_at: values.receivedAt,
      submitted_by: values.submittedBy,
    })
    .onConflict((oc) =>
      oc
        .columns(['calloff_id', 'supplier_id'])
        .doUpdateSet((eb) => ({
          status: 'submitted',
          iv: eb.ref('excluded.iv'),
          ciphertext: eb.ref('excluded.ciphertext'),
          auth_tag: eb.ref('excluded.auth_tag'),
          receipt_sha256: eb.ref('excluded.receipt_sha256'),
          received_at: eb.ref('excluded.received_at'),
          submitted_by: eb.ref('excluded.submitted_by'),
          replacements: eb('bids.replacements', '+', 1),
          withdrawn_at: null,
          needs_review: false,
          version: eb('bids.version', '+', 1),
        }))
        .where((eb) =>
          eb.and([
            eb('bids.id', '=', eb.ref('excluded.id')),
            ...(expectedVersion === undefined ? [] : [eb('bids.version', '=', expectedVersion)]),
          ]),
        ),
    )
    .returning(BID_RESULT);
}

/**
 * Stores the bid (bidUpsert) with its audit record in one statement (changeWithAudit), in bidUpsert's
 * two shapes; each is built and compiled once (templateWithAudit): every bidder runs it on every bid.
 * It is the transaction's last statement and commits it, whether it stored the bid or not (no row:
 * the caller starts again in a new transaction).
 */
export function storeBid(
  trx: Transaction<DB>,
  head: ChainHead,
  clock: Clock,
  entry: AuditEntry,
  values: SealedValues,
  expectedVersion?: number,
) {
  return expectedVersion === undefined
    ? bidStorage.anyVersion(trx, head, clock, entry, values)
    : bidStorage.ifVersion(trx, head, clock, entry, { ...values, expectedVersion });
}

const bidStorage = {
  anyVersion: templateWithAudit((trx, values: SealedValues) => bidUpsert(trx, values), {
    commits: true,
  }),
  ifVersion: templateWithAudit(
    (trx, values: SealedValues & { expectedVersion: number }) =>
      bidUpsert(trx, values, values.expectedVersion),
    { commits: true },
  ),
};

export type BidResultRow = Pick<BidRow, (typeof BID_RESULT)[number]>;

/** Withdraws the supplier's standing bid (to run with its audit record); no row when none stands. */
export function bidWithdrawal(
  trx: Transaction<DB>,
  supplierId: string,
  calloffId: string,
  at: Date,
) {
  return trx
    .updateTable('bids')
    .set((eb) => ({ status: 'withdrawn', withdrawn_at: at, version: eb('version', '+', 1) }))
    .where('calloff_id', '=', calloffId)
    .where('supplier_id', '=', supplierId)
    .where('status', '=', 'submitted')
    .returning(BID_RESULT);
}

/** The municipality's call-off locked for its opening; undefined when it is not theirs. */
export function lockForOpening(trx: Transaction<DB>, organisationId: string, calloffId: string) {
  return trx
    .selectFrom('calloffs as co')
    .innerJoin('organisations as o', 'o.id', 'co.organisation_id')
    .select([
      'co.status',
      'co.version',
      'co.tender_deadline as tenderDeadline',
      'co.opened_at as openedAt',
      'o.country',
    ])
    .where('co.id', '=', calloffId)
    .where('co.organisation_id', '=', organisationId)
    .forUpdate('co')
    .executeTakeFirst();
}

/** (b) How many bids stand (not withdrawn): the only thing known of the bids before opening. */
export async function countStandingBids(db: Db, calloffId: string) {
  const row = await db
    .selectFrom('bids')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('calloff_id', '=', calloffId)
    .where('status', '=', 'submitted')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function markOpened(
  trx: Transaction<DB>,
  calloffId: string,
  version: number,
  values: { at: Date; by: string; drawingSeed: string; status: 'evaluation' | 'unfulfilled' },
) {
  const result = await trx
    .updateTable('calloffs')
    .set((eb) => ({
      opened_at: values.at,
      opened_by: values.by,
      drawing_seed: values.drawingSeed,
      status: values.status,
      updated_at: values.at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', calloffId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Who opened the bids, for the buyer's panel (after the opening only). */
export function openingOf(db: Db, organisationId: string, calloffId: string) {
  return db
    .selectFrom('calloffs as co')
    .leftJoin('users as u', 'u.id', 'co.opened_by')
    .select(['co.opened_at as openedAt', 'u.name as openedByName'])
    .where('co.id', '=', calloffId)
    .where('co.organisation_id', '=', organisationId)
    .executeTakeFirst();
}

// ---- for openedBids (opened.ts) -------------------------------------------------------------------

/** The call-off's opening and its wrapped data key, to open its bids with. */
export function openingKeyOf(db: Db, calloffId: string) {
  return db
    .selectFrom('calloffs')
    .select(['opened_at', 'data_key_wrapped', 'data_key_id'])
    .where('id', '=', calloffId)
    .executeTakeFirst();
}

/** (c) The standing bids of the call-off, sealed, with their suppliers' names, in receipt order. */
export function standingBidsOf(db: Db, calloffId: string) {
  return db
    .selectFrom('bids as b')
    .innerJoin('organisations as o', 'o.id', 'b.supplier_id')
    .select([
      'b.id',
      'b.supplier_id',
      'o.name',
      'b.iv',
      'b.ciphertext',
      'b.auth_tag',
      'b.receipt_sha256',
      'b.received_at',
    ])
    .where('b.calloff_id', '=', calloffId)
    .where('b.status', '=', 'submitted')
    .orderBy('b.received_at')
    .orderBy('b.id')
    .execute();
}

// ---- for the other parts of the area --------------------------------------------------------------

/**
 * (b) The call-off detail's bidCount: a sub-select counting the standing bids of the call-off the
 * outer query names `co`. Before the deadline only the number of bids may be known.
 */
export function standingBidCount(eb: ExpressionBuilder<DB & { co: DB['calloffs'] }, 'co'>) {
  return eb
    .selectFrom('bids as b')
    .whereRef('b.calloff_id', '=', 'co.id')
    .where('b.status', '=', 'submitted')
    .select((e) => e.fn.countAll<string>().as('n'));
}

/** (c) A standing bid of the call-off (the buyer may set only those aside, after the opening). */
export function standingBid(db: Db, calloffId: string, bidId: string) {
  return db
    .selectFrom('bids')
    .select(['id', 'supplier_id as supplierId'])
    .where('id', '=', bidId)
    .where('calloff_id', '=', calloffId)
    .where('status', '=', 'submitted')
    .executeTakeFirst();
}

/**
 * Marks every standing bid of the call-off for review by its author. Only the flag is written;
 * nothing of a bid is read, so the seal holds.
 */
export async function markBidsForReview(trx: Transaction<DB>, calloffId: string) {
  await trx
    .updateTable('bids')
    .set({ needs_review: true })
    .where('calloff_id', '=', calloffId)
    .where('status', '=', 'submitted')
    .execute();
}

/** (a) The supplier's own bid: whether it stands and needs review, nothing more. */
export function ownBidStatus(db: Db, supplierId: string, calloffId: string) {
  return db
    .selectFrom('bids')
    .select(['status', 'needs_review as needsReview'])
    .where('calloff_id', '=', calloffId)
    .where('supplier_id', '=', supplierId)
    .executeTakeFirst();
}

/**
 * (a) Left-joins the supplier's own bid, as `b`, to a query over its invitations named `i` (the
 * supplier's inbox): one row per invitation, the bid's columns null when it gave none.
 */
export function joinOwnBid<D extends DB & { i: DB['calloff_invitations'] }, TB extends keyof D, O>(
  query: SelectQueryBuilder<D, TB, O>,
  supplierId: string,
): SelectQueryBuilder<D & { b: Nullable<DB['bids']> }, TB | 'b', O> {
  // Kysely cannot check the join's references against a generic table set, so it is checked
  // against the one table it needs; the result is the caller's query with `b` joined.
  const invitations = query as unknown as SelectQueryBuilder<
    DB & { i: DB['calloff_invitations'] },
    'i',
    O
  >;
  return invitations.leftJoin('bids as b', (join) =>
    join.onRef('b.calloff_id', '=', 'i.calloff_id').on('b.supplier_id', '=', supplierId),
  ) as unknown as SelectQueryBuilder<D & { b: Nullable<DB['bids']> }, TB | 'b', O>;
}

/**
 * (d) Who has a standing bid in each of the call-offs, for statistics: only call-offs whose bids
 * are opened are answered, so no count reveals a bidder before the deadline.
 */
export function biddersAfterOpening(db: Db, calloffIds: readonly string[]) {
  return db
    .selectFrom('bids as b')
    .innerJoin('calloffs as co', 'co.id', 'b.calloff_id')
    .select(['b.calloff_id as calloffId', 'b.supplier_id as supplierId'])
    .where('b.calloff_id', 'in', calloffIds)
    .where('co.opened_at', 'is not', null)
    .where('b.status', '=', 'submitted')
    .execute();
}
