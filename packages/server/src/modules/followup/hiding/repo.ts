// The SQL of hiding and termination: establishment hidings, the call-offs and orders a hiding or
// a termination touches (for the notices), and what a supplier's timeline reads.
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../../db/types.ts';
import type { Db } from '../../../db/db.ts';
import {
  establishmentLabel,
  fetchChoices,
  whereNameHas,
  type ChoiceSearch,
} from '../../../platform/choices.ts';

/** The agreement if the organisation owns it, locked for the change about to be made. */
export function lockOwnedAgreement(trx: Transaction<DB>, orgId: string, agreementId: string) {
  return trx
    .selectFrom('framework_agreements')
    .select(['id', 'country', 'reference', 'title'])
    .where('id', '=', agreementId)
    .where('organisation_id', '=', orgId)
    .forUpdate()
    .executeTakeFirst();
}

/** The establishment when its supplier is on the agreement (on any lot). */
export function establishmentOnAgreement(db: Db, agreementId: string, establishmentId: string) {
  return db
    .selectFrom('establishments as e')
    .innerJoin('organisations as s', 's.id', 'e.supplier_id')
    .select(['e.id', 'e.name', 'e.supplier_id', 'e.service_kind', 's.name as supplier_name'])
    .where('e.id', '=', establishmentId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('lot_suppliers as ls')
          .select('ls.lot_id')
          .whereRef('ls.supplier_id', '=', 'e.supplier_id')
          .where('ls.agreement_id', '=', agreementId),
      ),
    )
    .executeTakeFirst();
}

const hidingColumns = [
  'h.id',
  'h.agreement_id',
  'h.supplier_id',
  'h.establishment_id',
  'h.reason',
  'h.hidden_from',
  'h.hidden_to',
  'h.created_at',
  'h.lifted_at',
  'h.lifted_reason',
] as const;

/** The establishment's hiding on the agreement that is not lifted, locked. */
export function lockStandingHiding(
  trx: Transaction<DB>,
  agreementId: string,
  establishmentId: string,
) {
  return trx
    .selectFrom('establishment_hidings as h')
    .select(hidingColumns)
    .where('h.agreement_id', '=', agreementId)
    .where('h.establishment_id', '=', establishmentId)
    .where('h.lifted_at', 'is', null)
    .forUpdate()
    .executeTakeFirst();
}

export function insertHiding(
  trx: Transaction<DB>,
  values: {
    organisationId: string;
    agreementId: string;
    supplierId: string;
    establishmentId: string;
    reason: string;
    hiddenFrom: string;
    hiddenTo: string | null;
    by: string;
    at: Date;
  },
) {
  return trx
    .insertInto('establishment_hidings')
    .values({
      organisation_id: values.organisationId,
      agreement_id: values.agreementId,
      supplier_id: values.supplierId,
      establishment_id: values.establishmentId,
      reason: values.reason,
      hidden_from: values.hiddenFrom,
      hidden_to: values.hiddenTo,
      created_by: values.by,
      created_at: values.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function liftHiding(
  trx: Transaction<DB>,
  id: string,
  values: { reason: string; by: string; at: Date },
) {
  await trx
    .updateTable('establishment_hidings')
    .set({ lifted_at: values.at, lifted_by: values.by, lifted_reason: values.reason })
    .where('id', '=', id)
    .execute();
}

/** The agreement's establishment hidings not lifted (current and coming), with names. */
export function standingHidingsOf(db: Db, agreementId: string) {
  return db
    .selectFrom('establishment_hidings as h')
    .innerJoin('establishments as e', 'e.id', 'h.establishment_id')
    .innerJoin('organisations as s', 's.id', 'h.supplier_id')
    .select(hidingColumns)
    .select(['e.name as establishment_name', 's.name as supplier_name'])
    .where('h.agreement_id', '=', agreementId)
    .where('h.lifted_at', 'is', null)
    .orderBy('s.name')
    .orderBy('e.name')
    .execute();
}

/**
 * The agreement's suppliers' open establishments whose name holds the typed text, for choosing
 * one to hide: the first in name order and how many match in all.
 */
export function establishmentChoices(db: Db, agreementId: string, search: ChoiceSearch) {
  const query = db
    .selectFrom('establishments as e')
    .innerJoin('organisations as s', 's.id', 'e.supplier_id')
    .select(['e.id', 'e.name', 'e.supplier_id', 's.name as supplier_name'])
    .where('e.closed_at', 'is', null)
    .where('e.supplier_id', 'in', (eb) =>
      eb.selectFrom('lot_suppliers').select('supplier_id').where('agreement_id', '=', agreementId),
    )
    .orderBy('e.name')
    .orderBy('e.id');
  return fetchChoices(
    db,
    whereNameHas(query, establishmentLabel('e.name', 's.name'), search),
    search,
  );
}

/**
 * A lot's suppliers' open establishments of the lot category's kind, each with whether it is
 * hidden on the agreement on `today` (hiddenFrom/hiddenTo of its standing hiding, if any).
 */
export function lotEstablishments(db: Db, lotId: string, today: string) {
  return db
    .selectFrom('agreement_lots as l')
    .innerJoin('service_categories as c', 'c.id', 'l.category_id')
    .innerJoin('lot_suppliers as ls', 'ls.lot_id', 'l.id')
    .innerJoin('establishments as e', (join) =>
      join
        .onRef('e.supplier_id', '=', 'ls.supplier_id')
        .onRef('e.service_kind', '=', 'c.service_kind'),
    )
    .leftJoin('establishment_hidings as h', (join) =>
      join
        .onRef('h.establishment_id', '=', 'e.id')
        .onRef('h.agreement_id', '=', 'l.agreement_id')
        .on('h.lifted_at', 'is', null)
        .on('h.hidden_from', '<=', today)
        .on((eb) => eb.or([eb('h.hidden_to', 'is', null), eb('h.hidden_to', '>=', today)])),
    )
    .select(['e.id', 'e.supplier_id', 'h.hidden_from', 'h.hidden_to'])
    .where('l.id', '=', lotId)
    .where('e.closed_at', 'is', null)
    .execute();
}

// ---- what a hiding or a termination touches ----------------------------------------------------

/**
 * Running call-offs (open, offering, evaluation) under the agreement that include the supplier:
 * invited to bid, or on the cascade's list. `serviceKind` narrows to lots of that kind (an
 * establishment's hiding touches only the lots its kind of service is called off under).
 */
export function runningCalloffsWith(
  db: Db,
  agreementId: string,
  supplierId: string,
  serviceKind: string | null,
) {
  let query = db
    .selectFrom('calloffs as co')
    .innerJoin('agreement_lots as l', 'l.id', 'co.lot_id')
    .innerJoin('service_categories as c', 'c.id', 'l.category_id')
    .select(['co.id', 'co.title', 'co.organisation_id'])
    .where('co.agreement_id', '=', agreementId)
    .where('co.status', 'in', ['open', 'offering', 'evaluation'])
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('calloff_invitations as i')
            .select('i.id')
            .whereRef('i.calloff_id', '=', 'co.id')
            .where('i.supplier_id', '=', supplierId),
        ),
        sql<boolean>`co.cascade_state -> 'suppliers' @> ${JSON.stringify([{ supplierId }])}::jsonb`,
      ]),
    );
  if (serviceKind) query = query.where('c.service_kind', '=', serviceKind as never);
  return query.orderBy('co.organisation_id').orderBy('co.title').execute();
}

/** Active orders from the supplier under the agreement, per ordering municipality. */
export function activeOrdersFrom(db: Db, agreementId: string, supplierId: string) {
  return db
    .selectFrom('orders as o')
    .innerJoin('calloffs as co', 'co.id', 'o.calloff_id')
    .select(['o.id', 'o.reference', 'o.start_date', 'o.end_date', 'o.organisation_id'])
    .where('co.agreement_id', '=', agreementId)
    .where('o.supplier_id', '=', supplierId)
    .where('o.status', '=', 'active')
    .orderBy('o.organisation_id')
    .orderBy('o.reference')
    .execute();
}

// ---- the supplier's timeline -------------------------------------------------------------------

export function findSupplier(db: Db, supplierId: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('id', '=', supplierId)
    .where('kind', '=', 'supplier')
    .executeTakeFirst();
}

/** Whether the supplier is on one of the body's agreements or in one of its follow-up records. */
export async function supplierFollowedBy(db: Db, orgId: string, supplierId: string) {
  const row = await db
    .selectFrom('lot_suppliers')
    .select('supplier_id')
    .where('organisation_id', '=', orgId)
    .where('supplier_id', '=', supplierId)
    .union(
      db
        .selectFrom('correction_requests')
        .select('supplier_id')
        .where('organisation_id', '=', orgId)
        .where('supplier_id', '=', supplierId),
    )
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export function statusEvents(db: Db, orgId: string, supplierId: string) {
  return db
    .selectFrom('supplier_status_events as ev')
    .innerJoin('framework_agreements as a', 'a.id', 'ev.agreement_id')
    .leftJoin('agreement_lots as l', 'l.id', 'ev.lot_id')
    .select([
      'ev.id',
      'ev.agreement_id',
      'a.reference',
      'l.number as lot_number',
      'ev.status',
      'ev.reason',
      'ev.effective_from',
      'ev.effective_to',
      'ev.at',
      'ev.actor_name',
    ])
    .where('ev.organisation_id', '=', orgId)
    .where('ev.supplier_id', '=', supplierId)
    .orderBy('ev.id')
    .execute();
}

export function establishmentHidings(db: Db, orgId: string, supplierId: string) {
  return db
    .selectFrom('establishment_hidings as h')
    .innerJoin('framework_agreements as a', 'a.id', 'h.agreement_id')
    .innerJoin('establishments as e', 'e.id', 'h.establishment_id')
    .innerJoin('users as u', 'u.id', 'h.created_by')
    .leftJoin('users as lu', 'lu.id', 'h.lifted_by')
    .select(hidingColumns)
    .select(['a.reference', 'e.name as establishment_name', 'u.name as actor', 'lu.name as lifter'])
    .where('h.organisation_id', '=', orgId)
    .where('h.supplier_id', '=', supplierId)
    .execute();
}

export function permitChecks(db: Db, orgId: string, supplierId: string) {
  return db
    .selectFrom('permit_checks as pc')
    .innerJoin('establishments as e', 'e.id', 'pc.establishment_id')
    .innerJoin('users as u', 'u.id', 'pc.checked_by')
    .select(['pc.id', 'pc.seen', 'pc.checked_on', 'pc.checked_at', 'e.name as establishment_name'])
    .select('u.name as actor')
    .where('pc.organisation_id', '=', orgId)
    .where('pc.supplier_id', '=', supplierId)
    .execute();
}

export function staffListRequests(db: Db, orgId: string, supplierId: string) {
  return db
    .selectFrom('staff_list_requests as r')
    .innerJoin('establishments as e', 'e.id', 'r.establishment_id')
    .innerJoin('users as u', 'u.id', 'r.requested_by')
    .select([
      'r.id',
      'r.agreement_id',
      'r.period_from',
      'r.period_to',
      'r.placed_residents',
      'r.deadline',
      'r.requested_at',
      'e.name as establishment_name',
      'u.name as actor',
    ])
    .where('r.organisation_id', '=', orgId)
    .where('r.supplier_id', '=', supplierId)
    .execute();
}

export function staffListSubmissions(db: Db, requestIds: readonly string[]) {
  if (requestIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('staff_list_submissions as s')
    .innerJoin('users as u', 'u.id', 's.submitted_by')
    .select([
      's.id',
      's.request_id',
      's.source',
      's.rows',
      's.shifts',
      's.submitted_at',
      'u.name as actor',
    ])
    .where('s.request_id', 'in', requestIds)
    .execute();
}

export function visits(db: Db, orgId: string, supplierId: string) {
  return db
    .selectFrom('visits as v')
    .innerJoin('establishments as e', 'e.id', 'v.establishment_id')
    .innerJoin('users as u', 'u.id', 'v.created_by')
    .select(['v.id', 'v.visited_on', 'v.created_at', 'e.name as establishment_name'])
    .select('u.name as actor')
    .select((eb) => [
      eb
        .selectFrom('visit_findings as f')
        .select((f) => f.fn.countAll<string>().as('n'))
        .whereRef('f.visit_id', '=', 'v.id')
        .where('f.outcome', '=', 'met')
        .as('met'),
      eb
        .selectFrom('visit_findings as f')
        .select((f) => f.fn.countAll<string>().as('n'))
        .whereRef('f.visit_id', '=', 'v.id')
        .where('f.outcome', '=', 'partly_met')
        .as('partly_met'),
      eb
        .selectFrom('visit_findings as f')
        .select((f) => f.fn.countAll<string>().as('n'))
        .whereRef('f.visit_id', '=', 'v.id')
        .where('f.outcome', '=', 'not_met')
        .as('not_met'),
    ])
    .where('v.organisation_id', '=', orgId)
    .where('v.supplier_id', '=', supplierId)
    .execute();
}

/** Notes about the supplier on the body's agreements (whoever wrote them). */
export function logbookNotes(db: Db, orgId: string, supplierId: string) {
  return db
    .selectFrom('logbook_notes as n')
    .innerJoin('framework_agreements as a', 'a.id', 'n.agreement_id')
    .innerJoin('users as u', 'u.id', 'n.created_by')
    .select(['n.id', 'n.text', 'n.sensitive', 'n.concern', 'n.created_at', 'u.name as actor'])
    .where('a.organisation_id', '=', orgId)
    .where('n.supplier_id', '=', supplierId)
    .execute();
}

export function correctionRequests(db: Db, orgId: string, supplierId: string) {
  return db
    .selectFrom('correction_requests as r')
    .innerJoin('users as u', 'u.id', 'r.created_by')
    .select(['r.id', 'r.sent_on', 'r.deadline', 'r.status', 'r.created_at', 'u.name as actor'])
    .where('r.organisation_id', '=', orgId)
    .where('r.supplier_id', '=', supplierId)
    .execute();
}

export function correctionAnswers(db: Db, requestIds: readonly string[]) {
  if (requestIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('correction_answers as a')
    .innerJoin('users as u', 'u.id', 'a.answered_by')
    .leftJoin('users as d', 'd.id', 'a.decided_by')
    .select([
      'a.id',
      'a.request_id',
      'a.answered_at',
      'a.decision',
      'a.decided_at',
      'u.name as actor',
      'd.name as decider',
    ])
    .where('a.request_id', 'in', requestIds)
    .execute();
}

/**
 * Orders from the supplier under the body's agreements, counted per month of ordering: from the
 * counts kept per agreement (supplier_order_months, migration 0040), not every order.
 */
export function ordersPerMonth(db: Db, orgId: string, supplierId: string) {
  return db
    .selectFrom('supplier_order_months as m')
    .innerJoin('framework_agreements as a', 'a.id', 'm.agreement_id')
    .select(['m.month', sql<string>`sum(m.orders)`.as('count')])
    .where('a.organisation_id', '=', orgId)
    .where('m.supplier_id', '=', supplierId)
    .groupBy('m.month')
    .execute();
}
