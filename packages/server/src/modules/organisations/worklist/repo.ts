// The queries behind the home page's work lists. Read-only; each is scoped to one organisation.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';

const LIMIT = 20;

/**
 * Suppliers the organisation works with: on its agreements, or applying to / admitted in its DPS.
 * Each once (DISTINCT over UNION ALL, not UNION): the planner then reckons with a few hundred
 * suppliers, not one per lot place (23 200 for the national body), and looks up their rows by
 * index instead of hashing every permit and establishment of the market.
 */
function suppliersOf(db: Kysely<DB>, organisationId: string) {
  return db
    .selectFrom((eb) =>
      eb
        .selectFrom('lot_suppliers')
        .select('supplier_id')
        .where('organisation_id', '=', organisationId)
        .unionAll(
          eb
            .selectFrom('dps_applications')
            .select('supplier_id')
            .where('organisation_id', '=', organisationId)
            .where('status', 'in', ['pending', 'approved']),
        )
        .as('working_with'),
    )
    .select('working_with.supplier_id')
    .distinct();
}

export function pendingApplications(db: Kysely<DB>, organisationId: string) {
  return db
    .selectFrom('dps_applications as a')
    .innerJoin('dynamic_purchasing_systems as d', 'd.id', 'a.dps_id')
    .innerJoin('organisations as s', 's.id', 'a.supplier_id')
    .select([
      'a.id',
      'a.dps_id',
      'd.title as dps_title',
      's.name as supplier_name',
      'a.received_at',
      'a.decision_due_at',
      'a.extended_at',
    ])
    .where('a.organisation_id', '=', organisationId)
    .where('a.status', '=', 'pending')
    .orderBy('a.decision_due_at')
    .limit(LIMIT)
    .execute();
}

export function agreementsEndingBy(db: Kysely<DB>, organisationId: string, lastDay: string) {
  return db
    .selectFrom('framework_agreements')
    .select(['id', 'reference', 'title', 'ends_on', 'extension_options', 'extensions_used'])
    .where('organisation_id', '=', organisationId)
    .where('status', '=', 'active')
    .where('ends_on', '<=', lastDay)
    .orderBy('ends_on')
    .limit(LIMIT)
    .execute();
}

export function documentsExpiring(
  db: Kysely<DB>,
  scope: { supplierId: string } | { workingWith: string },
  lastDay: string,
) {
  let query = db
    .selectFrom('compliance_documents as c')
    .innerJoin('organisations as s', 's.id', 'c.supplier_id')
    .select([
      'c.id',
      'c.supplier_id',
      's.name as supplier_name',
      'c.kind',
      'c.title',
      'c.valid_until',
    ])
    .where('c.replaced_at', 'is', null)
    .where('c.valid_until', '<=', lastDay);
  query =
    'supplierId' in scope
      ? query.where('c.supplier_id', '=', scope.supplierId)
      : query.where('c.supplier_id', 'in', suppliersOf(db, scope.workingWith));
  return query.orderBy('c.valid_until').limit(LIMIT).execute();
}

export function hiddenSuppliers(db: Kysely<DB>, organisationId: string) {
  return db
    .selectFrom('lot_suppliers as ls')
    .innerJoin('organisations as s', 's.id', 'ls.supplier_id')
    .innerJoin('framework_agreements as a', 'a.id', 'ls.agreement_id')
    .innerJoin('agreement_lots as l', 'l.id', 'ls.lot_id')
    .select([
      'ls.supplier_id',
      's.name as supplier_name',
      'a.id as agreement_id',
      'a.reference',
      'l.name as lot_name',
      'ls.status_reason',
      'ls.hidden_from',
      'ls.hidden_to',
    ])
    .where('ls.organisation_id', '=', organisationId)
    .where('ls.status', '=', 'hidden')
    .orderBy('s.name')
    .limit(LIMIT)
    .execute();
}

/**
 * Permits that need a look: not valid, expired by date, or with open supervision cases. The page
 * of permits is chosen first and only its 20 are joined to their establishment's name (the
 * national body's suppliers have hundreds of such permits).
 */
export function permitProblems(db: Kysely<DB>, organisationId: string, today: string) {
  return db
    .selectFrom((eb) =>
      eb
        .selectFrom('permits as p')
        .innerJoin('organisations as s', 's.id', 'p.supplier_id')
        .select([
          'p.id',
          'p.establishment_id',
          'p.supplier_id',
          's.name as supplier_name',
          'p.authority',
          'p.status',
          'p.valid_to',
          'p.open_cases',
          'p.last_checked_on',
        ])
        .where('p.supplier_id', 'in', suppliersOf(db, organisationId))
        .where((w) =>
          w.or([
            w('p.status', '<>', 'valid'),
            w('p.open_cases', '>', 0),
            w('p.valid_to', '<', today),
          ]),
        )
        .orderBy('s.name')
        .limit(LIMIT)
        .as('p'),
    )
    .innerJoin('establishments as e', 'e.id', 'p.establishment_id')
    .select([
      'p.id',
      'p.supplier_id',
      'p.supplier_name',
      'e.name as establishment_name',
      'p.authority',
      'p.status',
      'p.valid_to',
      'p.open_cases',
      'p.last_checked_on',
    ])
    .orderBy('p.supplier_name')
    .execute();
}

export function ownApplications(db: Kysely<DB>, supplierId: string) {
  return db
    .selectFrom('dps_applications as a')
    .innerJoin('dynamic_purchasing_systems as d', 'd.id', 'a.dps_id')
    .innerJoin('organisations as o', 'o.id', 'd.organisation_id')
    .select([
      'a.id',
      'a.dps_id',
      'd.title as dps_title',
      'o.name as owner_name',
      'a.status',
      'a.received_at',
      'a.decision_due_at',
      'a.decision_reason',
    ])
    .where('a.supplier_id', '=', supplierId)
    .orderBy('a.received_at', 'desc')
    .limit(LIMIT)
    .execute();
}

export function openDeclarationRequests(db: Kysely<DB>, supplierId: string) {
  return db
    .selectFrom('dps_declaration_requests as r')
    .innerJoin('dynamic_purchasing_systems as d', 'd.id', 'r.dps_id')
    .select(['r.id', 'r.dps_id', 'd.title as dps_title', 'r.requested_at', 'r.due_at'])
    .where('r.supplier_id', '=', supplierId)
    .where('r.answered_at', 'is', null)
    .orderBy('r.due_at')
    .limit(LIMIT)
    .execute();
}

/** Establishments whose free places have not been confirmed since `since`. */
export function staleCapacity(db: Kysely<DB>, supplierId: string, since: Date) {
  return db
    .selectFrom('establishments')
    .select(['id', 'name', 'places_total', 'places_free', 'places_updated_at'])
    .where('supplier_id', '=', supplierId)
    .where('closed_at', 'is', null)
    .where('service_kind', 'in', ['hvb', 'supported_housing', 'family_home', 'botilbud'])
    .where((eb) =>
      eb.or([eb('places_updated_at', 'is', null), eb('places_updated_at', '<', since)]),
    )
    .orderBy(sql`places_updated_at NULLS FIRST`)
    .limit(LIMIT)
    .execute();
}

export function organisationOf(db: Kysely<DB>, organisationId: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'kind', 'country'])
    .where('id', '=', organisationId)
    .executeTakeFirst();
}
