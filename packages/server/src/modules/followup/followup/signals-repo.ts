// The queries of the risk signals (signals.ts): a few set queries that read the signals of all the
// establishments a body follows up at once. A candidate is an establishment on one of the body's
// active agreements: of a supplier on a lot (hidden included, terminated not) whose service kind
// is the lot's.
import { sql } from 'kysely';
import type { Db } from '../../../db/db.ts';

/**
 * The column is one of the ids: one array parameter, where `IN` sent each of a body's thousands of
 * establishments as a parameter of its own (~15 ms to bind and plan, even on an empty table).
 */
const oneOf = (column: string, ids: readonly string[]) =>
  sql<boolean>`${sql.ref(column)} = ANY(${[...ids]}::uuid[])`;

export function candidatePairs(db: Db, bodyId: string) {
  // Each supplier's service kinds on each agreement once, before its establishments are joined: a
  // national agreement ranks a supplier on dozens of lots of the same kind, and joining the
  // establishments per lot made ten times the rows only to remove them again.
  const kinds = db
    .selectFrom('framework_agreements as fa')
    .innerJoin('lot_suppliers as ls', 'ls.agreement_id', 'fa.id')
    .innerJoin('agreement_lots as l', 'l.id', 'ls.lot_id')
    .innerJoin('service_categories as c', 'c.id', 'l.category_id')
    .select(['fa.id as agreement_id', 'ls.supplier_id', 'c.service_kind'])
    .distinct()
    .where('fa.organisation_id', '=', bodyId)
    .where('fa.status', '=', 'active')
    .where('ls.status', '<>', 'terminated');
  return db
    .selectFrom(kinds.as('k'))
    .innerJoin('framework_agreements as fa', 'fa.id', 'k.agreement_id')
    .innerJoin('establishments as e', (join) =>
      join
        .onRef('e.supplier_id', '=', 'k.supplier_id')
        .onRef('e.service_kind', '=', 'k.service_kind'),
    )
    .innerJoin('organisations as s', 's.id', 'k.supplier_id')
    .select([
      'fa.id as agreementId',
      'fa.reference as agreementReference',
      'fa.title as agreementTitle',
      'e.id as establishmentId',
      'e.name as establishmentName',
      'e.city as establishmentCity',
      's.id as supplierId',
      's.name as supplierName',
    ])
    .where('e.closed_at', 'is', null)
    .orderBy('e.name')
    .orderBy('fa.id')
    .orderBy('e.id')
    .execute();
}

export type CandidatePair = Awaited<ReturnType<typeof candidatePairs>>[number];

export function permitsOf(db: Db, establishmentIds: readonly string[]) {
  return db
    .selectFrom('permits')
    .select([
      'establishment_id as establishmentId',
      'status',
      'valid_to as validTo',
      'open_cases as openCases',
      'last_checked_on as lastCheckedOn',
    ])
    .where(oneOf('establishment_id', establishmentIds))
    .execute();
}

/** The body's visits to the establishments, latest first (last visit and its findings). */
export function visitsTo(db: Db, bodyId: string, establishmentIds: readonly string[]) {
  return db
    .selectFrom('visits')
    .select([
      'id',
      'establishment_id as establishmentId',
      'agreement_id as agreementId',
      'visited_on as visitedOn',
    ])
    .where('organisation_id', '=', bodyId)
    .where(oneOf('establishment_id', establishmentIds))
    .orderBy('visited_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

export function findingsNotMet(db: Db, visitIds: readonly string[]) {
  if (visitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('visit_findings')
    .select(['visit_id as visitId', 'requirement_id as requirementId'])
    .where(oneOf('visit_id', visitIds))
    .where('outcome', '<>', 'met')
    .execute();
}

/** The body's requests for correction to the suppliers, open or not (coverage and counts). */
export function correctionsTo(db: Db, bodyId: string, supplierIds: readonly string[]) {
  return db
    .selectFrom('correction_requests')
    .select([
      'agreement_id as agreementId',
      'supplier_id as supplierId',
      'establishment_id as establishmentId',
      'visit_id as visitId',
      'requirement_ids as requirementIds',
      'status',
    ])
    .where('organisation_id', '=', bodyId)
    .where(oneOf('supplier_id', supplierIds))
    .execute();
}

/**
 * The orders the agreement's municipalities placed with each establishment since a moment: their
 * price per unit and expected volume, each order once per agreement it falls under. The service
 * multiplies and sums them by the domain's rule (priceTimesVolume), as the order itself does.
 */
export function ordersPlacedWith(
  db: Db,
  agreementIds: readonly string[],
  establishmentIds: readonly string[],
  since: Date,
) {
  return db
    .selectFrom('orders as o')
    .innerJoin('agreement_municipalities as am', 'am.municipality_id', 'o.organisation_id')
    .select([
      'am.agreement_id as agreementId',
      'o.establishment_id as establishmentId',
      'o.currency',
      sql<string>`o.unit_price_minor::text`.as('unitPriceMinor'),
      sql<string>`o.expected_volume::text`.as('expectedVolume'),
    ])
    .where('am.agreement_id', 'in', agreementIds)
    .where(oneOf('o.establishment_id', establishmentIds))
    .where('o.created_at', '>=', since)
    .execute();
}

/** Logbook notes marked as concerns since a moment, about the suppliers on the agreements. */
export function concernsAbout(
  db: Db,
  agreementIds: readonly string[],
  supplierIds: readonly string[],
  since: Date,
) {
  return db
    .selectFrom('logbook_notes')
    .select([
      'agreement_id as agreementId',
      'supplier_id as supplierId',
      'establishment_id as establishmentId',
    ])
    .where('concern', '=', true)
    .where('agreement_id', 'in', agreementIds)
    .where(oneOf('supplier_id', supplierIds))
    .where('created_at', '>=', since)
    .execute();
}

export function plannedPairs(db: Db, planId: string) {
  return db
    .selectFrom('planned_visits')
    .select(['id', 'establishment_id as establishmentId', 'agreement_id as agreementId', 'status'])
    .where('plan_id', '=', planId)
    .where('status', '<>', 'cancelled')
    .execute();
}
