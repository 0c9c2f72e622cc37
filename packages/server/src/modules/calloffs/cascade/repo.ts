// The only SQL of the cascade area: the ranking call-off with its lot and agreement, the offers
// (calloff_invitations of kind 'offer'), the deviations, the agreed price an order takes, and the
// call-offs whose offer has run out. Buyer-side reads name the municipality; supplier-side reads
// go through the supplier's own offer.
import type { Transaction } from 'kysely';
import type { DB, CalloffStatus, RankingDeviationsTable } from '../../../db/types.ts';
import type { Db } from '../../../db/db.ts';
import { fetchPage, type Page } from '../../../platform/paging.ts';
import type { DeviationSort } from './schemas.ts';

/** A call-off with what the cascade needs: its lot, the agreement's country and the need. */
function cascadeCalloffs(db: Db) {
  return db
    .selectFrom('calloffs as co')
    .innerJoin('needs as n', 'n.id', 'co.need_id')
    .leftJoin('agreement_lots as l', 'l.id', 'co.lot_id')
    .leftJoin('framework_agreements as a', 'a.id', 'co.agreement_id')
    .leftJoin('service_categories as sc', 'sc.id', 'l.category_id')
    .select([
      'co.id',
      'co.organisation_id as organisationId',
      'co.status',
      'co.version',
      'co.procedure',
      'co.title',
      'co.agreement_id as agreementId',
      'co.lot_id as lotId',
      'l.category_id as categoryId',
      'sc.service_kind as serviceKind',
      'a.country',
      'n.details as needDetails',
      'co.expected_volume as expectedVolume',
      'co.expected_unit as expectedUnit',
      'co.currency',
      'co.cost_centre as costCentre',
      'co.request_text as requestText',
      'co.response_window as responseWindow',
      'co.cascade_state as cascadeState',
    ]);
}

/** The municipality's call-off; locked (the row only) when read inside a change. */
export function findCalloff(db: Db, organisationId: string, calloffId: string, lock = false) {
  const query = cascadeCalloffs(db)
    .where('co.id', '=', calloffId)
    .where('co.organisation_id', '=', organisationId);
  return (lock ? query.forUpdate('co') : query).executeTakeFirst();
}

export type CascadeCalloffRow = NonNullable<Awaited<ReturnType<typeof findCalloff>>>;

/** A call-off offered to the supplier at some point, or undefined (never leaks the rest). */
export function findOfferedCalloff(db: Db, supplierId: string, calloffId: string, lock = false) {
  const query = cascadeCalloffs(db)
    .innerJoin('calloff_invitations as i', 'i.calloff_id', 'co.id')
    .where('co.id', '=', calloffId)
    .where('i.supplier_id', '=', supplierId)
    .where('i.kind', '=', 'offer');
  return (lock ? query.forUpdate('co') : query).executeTakeFirst();
}

/** A running cascade whose offer ran out, locked; skipped when another worker holds it. */
export function lockOffering(trx: Transaction<DB>, calloffId: string) {
  return cascadeCalloffs(trx)
    .where('co.id', '=', calloffId)
    .where('co.status', '=', 'offering')
    .forUpdate('co')
    .skipLocked()
    .executeTakeFirst();
}

/** Call-offs whose standing offer has a deadline before `now`: the expiry job's work list. */
export async function offeringPastDeadline(db: Db, now: Date) {
  const rows = await db
    .selectFrom('calloffs as co')
    .innerJoin('calloff_invitations as i', 'i.calloff_id', 'co.id')
    .select('co.id')
    .where('co.status', '=', 'offering')
    .where('i.kind', '=', 'offer')
    .where('i.response_deadline', '<', now)
    .where('i.accepted_at', 'is', null)
    .where('i.declined_at', 'is', null)
    .where('i.expired_at', 'is', null)
    .orderBy('i.response_deadline')
    .limit(500)
    .execute();
  return rows.map((r) => r.id);
}

export function supplierNames(db: Db, supplierIds: readonly string[]) {
  if (supplierIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('id', 'in', [...supplierIds])
    .execute();
}

export function offerOf(db: Db, calloffId: string, supplierId: string) {
  return db
    .selectFrom('calloff_invitations')
    .selectAll()
    .where('calloff_id', '=', calloffId)
    .where('supplier_id', '=', supplierId)
    .where('kind', '=', 'offer')
    .executeTakeFirst();
}

export function orderOf(db: Db, calloffId: string) {
  return db
    .selectFrom('orders')
    .select(['id', 'reference'])
    .where('calloff_id', '=', calloffId)
    .executeTakeFirst();
}

/** Stores the cascade and the call-off's status (and, at the start, what the buyer wrote). */
export async function saveCascade(
  trx: Transaction<DB>,
  at: Date,
  calloffId: string,
  change: {
    state: string;
    status: CalloffStatus;
    start?: {
      window: string;
      requestText: string;
      costCentre: string | null;
      publishedBy: string;
    };
  },
) {
  await trx
    .updateTable('calloffs')
    .set((eb) => ({
      cascade_state: change.state,
      status: change.status,
      ...(change.start
        ? {
            response_window: change.start.window,
            request_text: change.start.requestText,
            cost_centre: change.start.costCentre,
            published_at: at,
            published_by: change.start.publishedBy,
          }
        : {}),
      version: eb('version', '+', 1),
      updated_at: at,
    }))
    .where('id', '=', calloffId)
    .execute();
}

export async function insertOffer(
  trx: Transaction<DB>,
  values: {
    calloffId: string;
    organisationId: string;
    supplierId: string;
    at: Date;
    deadline: Date;
  },
) {
  await trx
    .insertInto('calloff_invitations')
    .values({
      calloff_id: values.calloffId,
      organisation_id: values.organisationId,
      supplier_id: values.supplierId,
      kind: 'offer',
      invited_at: values.at,
      response_deadline: values.deadline,
    })
    .execute();
}

/** Records how an offer ended: accepted, declined (with the reason) or run out / withdrawn. */
export async function closeOffer(
  trx: Transaction<DB>,
  calloffId: string,
  supplierId: string,
  end:
    | { kind: 'accepted'; at: Date; by: string }
    | { kind: 'declined'; at: Date; by: string; reason: string }
    | { kind: 'expired'; at: Date },
) {
  await trx
    .updateTable('calloff_invitations')
    .set(
      end.kind === 'accepted'
        ? { accepted_at: end.at, responded_by: end.by }
        : end.kind === 'declined'
          ? { declined_at: end.at, decline_reason: end.reason, responded_by: end.by }
          : { expired_at: end.at },
    )
    .where('calloff_id', '=', calloffId)
    .where('supplier_id', '=', supplierId)
    .where('kind', '=', 'offer')
    .execute();
}

export async function insertDeviation(
  trx: Transaction<DB>,
  values: {
    agreementId: string;
    lotId: string;
    calloffId: string;
    organisationId: string;
    supplierId: string;
    rank: number;
    code: RankingDeviationsTable['reason_code'];
    text: string;
    decidedBy: string;
    decidedAt: Date;
  },
) {
  await trx
    .insertInto('ranking_deviations')
    .values({
      agreement_id: values.agreementId,
      lot_id: values.lotId,
      calloff_id: values.calloffId,
      organisation_id: values.organisationId,
      supplier_id: values.supplierId,
      rank: values.rank,
      reason_code: values.code,
      reason_text: values.text,
      decided_by: values.decidedBy,
      decided_at: values.decidedAt,
    })
    .execute();
}

/**
 * The supplier's agreed prices for the category under the agreement that are valid on the day,
 * newest first; a placement prefers the row of the establishment on offer (taken by the caller).
 */
export function agreedPricesOn(
  db: Db,
  values: { supplierId: string; categoryId: string; agreementId: string; on: string },
) {
  return db
    .selectFrom('prices')
    .select(['id', 'establishment_id as establishmentId', 'amount_minor as amountMinor', 'unit'])
    .where('supplier_id', '=', values.supplierId)
    .where('category_id', '=', values.categoryId)
    .where('agreement_id', '=', values.agreementId)
    .where('status', '=', 'agreed')
    .where('valid_from', '<=', values.on)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', values.on)]))
    .orderBy('valid_from', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

const DEVIATION_SORT_COLUMNS = {
  decided: 'd.decided_at',
  municipality: 'm.name',
  lot: 'l.number',
  supplier: 's.name',
  reason: 'd.reason_code',
} as const satisfies Record<DeviationSort, string>;

/** The agreement's deviations in the report's order; `organisationId` limits them to one municipality. */
export function deviationsInOrder(
  db: Db,
  agreementId: string,
  organisationId: string | null,
  sort: Pick<Page<DeviationSort>, 'sort' | 'order'>,
) {
  let query = db
    .selectFrom('ranking_deviations as d')
    .innerJoin('organisations as m', 'm.id', 'd.organisation_id')
    .innerJoin('organisations as s', 's.id', 'd.supplier_id')
    .innerJoin('calloffs as co', 'co.id', 'd.calloff_id')
    .innerJoin('agreement_lots as l', 'l.id', 'd.lot_id')
    .select([
      'd.id',
      'd.decided_at as decidedAt',
      'd.organisation_id as municipalityId',
      'm.name as municipalityName',
      'd.calloff_id as calloffId',
      'co.title as calloffTitle',
      'd.lot_id as lotId',
      'l.number as lotNumber',
      'l.name as lotName',
      'd.supplier_id as supplierId',
      's.name as supplierName',
      'd.rank',
      'd.reason_code as reasonCode',
      'd.reason_text as reasonText',
    ])
    .where('d.agreement_id', '=', agreementId);
  if (organisationId) query = query.where('d.organisation_id', '=', organisationId);
  return query
    .orderBy(DEVIATION_SORT_COLUMNS[sort.sort], sort.order)
    .orderBy('d.decided_at', 'desc')
    .orderBy('d.id');
}

export type DeviationRow = Awaited<ReturnType<typeof deviationsOf>>['items'][number];

/** One page of the agreement's deviations. */
export function deviationsOf(
  db: Db,
  agreementId: string,
  organisationId: string | null,
  page: Page<DeviationSort>,
) {
  return fetchPage(db, deviationsInOrder(db, agreementId, organisationId, page), page);
}
