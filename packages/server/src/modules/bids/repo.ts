// The only SQL of the bids area, and the seal's first line of defence. Bids rows are read in
// exactly three ways: (a) by the bidding supplier, for its own row only (ownBid: every query
// names the supplier); (b) as a count of standing bids (countStandingBids, and the call-off
// detail's bidCount); (c) in clear through openedBids (opened.ts), which refuses before the
// audited opening. No other query may select from bids before opened_at.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** The call-off as an invited supplier bids on it, read once per bid; undefined when not invited. */
/**
 * The call-off as its bidder sees it. `lock` (when bidding) holds a key-share lock on the call-off
 * row until the bid commits: bids do not block each other, but the opening (FOR UPDATE) waits for
 * every bid already past its deadline check, so none lands after the bids were counted.
 */
export function tenderForBidder(db: Db, supplierId: string, calloffId: string, lock = false) {
  const query = db
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
  return (lock ? query.forKeyShare('co') : query).executeTakeFirst();
}

export type TenderRow = NonNullable<Awaited<ReturnType<typeof tenderForBidder>>>;

export function requirementsOf(db: Db, calloffId: string) {
  return db
    .selectFrom('calloff_requirements')
    .select(['id', 'criterion_kind as criterionKind'])
    .where('calloff_id', '=', calloffId)
    .execute();
}

/** Whether the consultant is the supplier's own and still in its registry. */
export async function isOwnConsultant(db: Db, supplierId: string, consultantId: string) {
  const row = await db
    .selectFrom('consultants')
    .select('id')
    .where('id', '=', consultantId)
    .where('supplier_id', '=', supplierId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
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

/**
 * Stores a new bid or replaces the supplier's bid in one statement: only the supplier's own row
 * is locked. The ciphertext is bound to `id`, so a row that turned out to have another id (a
 * concurrent first submission won) is left alone and nothing is returned; so is one whose
 * version is not `expectedVersion` when that is given.
 */
export function upsertBid(trx: Transaction<DB>, values: SealedValues, expectedVersion?: number) {
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
    .returning(['id', 'status', 'version', 'receipt_sha256', 'received_at', 'needs_review'])
    .executeTakeFirst();
}

/** Withdraws the supplier's standing bid; undefined when it has none. */
export function withdrawBid(trx: Transaction<DB>, supplierId: string, calloffId: string, at: Date) {
  return trx
    .updateTable('bids')
    .set((eb) => ({ status: 'withdrawn', withdrawn_at: at, version: eb('version', '+', 1) }))
    .where('calloff_id', '=', calloffId)
    .where('supplier_id', '=', supplierId)
    .where('status', '=', 'submitted')
    .returning(['id', 'status', 'version', 'receipt_sha256', 'received_at', 'needs_review'])
    .executeTakeFirst();
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
