// The only SQL of the awards area. The call-off is always read through its municipality; a
// supplier reads a decision only through the bids it gave.
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../../db/types.ts';
import type { Db } from '../../../db/db.ts';

/** What the evaluation, the decision and the order need of a call-off and its municipality. */
export function findCalloff(db: Db, organisationId: string, calloffId: string) {
  return db
    .selectFrom('calloffs as co')
    .innerJoin('organisations as o', 'o.id', 'co.organisation_id')
    .leftJoin('framework_agreements as a', 'a.id', 'co.agreement_id')
    .leftJoin('dynamic_purchasing_systems as d', 'd.id', 'co.dps_id')
    .select([
      'co.id',
      'co.organisation_id as organisationId',
      'co.status',
      'co.version',
      'co.title',
      'co.procedure',
      'co.currency',
      'co.expected_volume as expectedVolume',
      'co.expected_unit as expectedUnit',
      'co.evaluation_model as evaluationModel',
      'co.drawing_seed as drawingSeed',
      'co.opened_at as openedAt',
      'co.cost_centre as costCentre',
      'o.name as buyerName',
      'o.country',
      (eb) => eb.fn.coalesce('a.reference', 'd.reference').as('sourceReference'),
    ])
    .where('co.id', '=', calloffId)
    .where('co.organisation_id', '=', organisationId)
    .executeTakeFirst();
}

export type AwardCalloff = NonNullable<Awaited<ReturnType<typeof findCalloff>>>;

/** The call-off's municipality, for a supplier reading a decision sent to it. */
export async function calloffOrganisation(db: Db, calloffId: string) {
  const row = await db
    .selectFrom('calloffs')
    .select('organisation_id')
    .where('id', '=', calloffId)
    .executeTakeFirst();
  return row?.organisation_id;
}

/** Moves the call-off on if it still has the version the caller read; false when someone came first. */
export async function moveCalloff(
  trx: Transaction<DB>,
  at: Date,
  calloffId: string,
  version: number,
  status?: 'awarded',
) {
  const result = await trx
    .updateTable('calloffs')
    .set({
      ...(status ? { status } : {}),
      updated_at: at,
      version: sql<number>`version + 1`,
    })
    .where('id', '=', calloffId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function setAsidesOf(db: Db, calloffId: string) {
  return db
    .selectFrom('bid_set_asides')
    .select(['bid_id as bidId', 'reason'])
    .where('calloff_id', '=', calloffId)
    .execute();
}

export async function putSetAside(
  trx: Transaction<DB>,
  values: { bidId: string; calloffId: string; organisationId: string; reason: string },
  by: string,
  at: Date,
) {
  await trx
    .insertInto('bid_set_asides')
    .values({
      bid_id: values.bidId,
      calloff_id: values.calloffId,
      organisation_id: values.organisationId,
      reason: values.reason,
      set_by: by,
      set_at: at,
    })
    .onConflict((oc) =>
      oc.column('bid_id').doUpdateSet({ reason: values.reason, set_by: by, set_at: at }),
    )
    .execute();
}

/** Removes the buyer's set-aside; the reason it had, or undefined when there was none. */
export async function removeSetAside(trx: Transaction<DB>, calloffId: string, bidId: string) {
  const row = await trx
    .deleteFrom('bid_set_asides')
    .where('bid_id', '=', bidId)
    .where('calloff_id', '=', calloffId)
    .returning('reason')
    .executeTakeFirst();
  return row?.reason;
}

/** Names of the consultants and establishments offered, by id. */
export async function offeredNames(db: Db, consultantIds: string[], establishmentIds: string[]) {
  const consultants = consultantIds.length
    ? await db
        .selectFrom('consultants')
        .select(['id', 'name'])
        .where('id', 'in', consultantIds)
        .execute()
    : [];
  const establishments = establishmentIds.length
    ? await db
        .selectFrom('establishments')
        .select(['id', 'name'])
        .where('id', 'in', establishmentIds)
        .execute()
    : [];
  return new Map([...consultants, ...establishments].map((r) => [r.id, r.name]));
}

export async function insertDecision(
  trx: Transaction<DB>,
  values: {
    calloffId: string;
    organisationId: string;
    bidId: string;
    supplierId: string;
    reasons: string;
    report: unknown;
    decidedBy: string;
    decidedAt: Date;
    standstillUntil: Date | null;
  },
) {
  const row = await trx
    .insertInto('award_decisions')
    .values({
      calloff_id: values.calloffId,
      organisation_id: values.organisationId,
      bid_id: values.bidId,
      supplier_id: values.supplierId,
      reasons: values.reasons,
      report: JSON.stringify(values.report),
      decided_by: values.decidedBy,
      decided_at: values.decidedAt,
      standstill_until: values.standstillUntil,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function findDecision(db: Db, calloffId: string) {
  return db
    .selectFrom('award_decisions as ad')
    .innerJoin('users as u', 'u.id', 'ad.decided_by')
    .innerJoin('organisations as s', 's.id', 'ad.supplier_id')
    .leftJoin('orders as ord', 'ord.calloff_id', 'ad.calloff_id')
    .select([
      'ad.id',
      'ad.bid_id as bidId',
      'ad.supplier_id as supplierId',
      's.name as supplierName',
      'ad.reasons',
      'ad.report',
      'ad.decided_at as decidedAt',
      'u.name as decidedByName',
      'ad.standstill_until as standstillUntil',
      'ord.id as orderId',
      'ord.reference as orderReference',
    ])
    .where('ad.calloff_id', '=', calloffId)
    .executeTakeFirst();
}

export type DecisionRow = NonNullable<Awaited<ReturnType<typeof findDecision>>>;

/** The call-off's own audit records (written by its municipality), oldest first. */
export function calloffEvents(db: Db, organisationId: string, calloffId: string) {
  return db
    .selectFrom('audit_log as l')
    .leftJoin('users as u', 'u.id', 'l.actor_user_id')
    .select(['l.id', 'l.action', 'l.at', 'u.name as actorName'])
    .where('l.object_type', '=', 'calloff')
    .where('l.object_id', '=', calloffId)
    .where('l.organisation_id', '=', organisationId)
    .orderBy('l.at')
    .orderBy('l.seq')
    .execute();
}

/** The receipts of the call-off's bids (each in its supplier's chain); read only after the opening. */
export function bidReceiptEvents(db: Db, calloffId: string) {
  return db
    .selectFrom('audit_log as l')
    .innerJoin('organisations as o', 'o.id', 'l.organisation_id')
    .select(['l.id', 'l.action', 'l.at', 'o.name as supplierName'])
    .where('l.object_type', '=', 'bid')
    .where(sql<string>`l.after->>'calloffId'`, '=', calloffId)
    .orderBy('l.at')
    .execute();
}
