// Queries of the follow-up area: plans and planned visits, permit checks, visits with findings and
// documents. Every read is filtered by the body (organisation_id) that owns the follow-up.
import { sql, type ExpressionBuilder, type Transaction } from 'kysely';
import type { DB } from '../../../db/types.ts';
import type { Db } from '../../../db/db.ts';
import { fetchPage, type Page } from '../../../platform/paging.ts';
import type { VisitSort } from './schemas.ts';

// ---- plans --------------------------------------------------------------------------------------

export function findPlan(db: Db, bodyId: string, year: number) {
  return db
    .selectFrom('followup_plans')
    .select(['id', 'year', 'target_visits as targetVisits', 'version'])
    .where('organisation_id', '=', bodyId)
    .where('year', '=', year)
    .executeTakeFirst();
}

export async function insertPlan(
  trx: Transaction<DB>,
  values: { bodyId: string; year: number; targetVisits: number; by: string; at: Date },
) {
  const row = await trx
    .insertInto('followup_plans')
    .values({
      organisation_id: values.bodyId,
      year: values.year,
      target_visits: values.targetVisits,
      created_by: values.by,
      created_at: values.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Sets the target if the plan is still at the version read; false when it is not. */
export async function updatePlanTarget(
  trx: Transaction<DB>,
  id: string,
  version: number,
  targetVisits: number,
) {
  const result = await trx
    .updateTable('followup_plans')
    .set((eb) => ({ target_visits: targetVisits, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

function plannedVisits(db: Db) {
  return db
    .selectFrom('planned_visits as pv')
    .innerJoin('establishments as e', 'e.id', 'pv.establishment_id')
    .innerJoin('organisations as s', 's.id', 'pv.supplier_id')
    .innerJoin('framework_agreements as fa', 'fa.id', 'pv.agreement_id')
    .select([
      'pv.id',
      'pv.plan_id as planId',
      'pv.agreement_id as agreementId',
      'fa.reference as agreementReference',
      'fa.title as agreementTitle',
      'pv.supplier_id as supplierId',
      's.name as supplierName',
      'pv.establishment_id as establishmentId',
      'e.name as establishmentName',
      'e.city as establishmentCity',
      'pv.planned_on as plannedOn',
      'pv.status',
      'pv.version',
    ]);
}

export type PlannedVisitRow = Awaited<ReturnType<typeof plannedVisitsOf>>[number];

export function plannedVisitsOf(db: Db, planId: string) {
  return plannedVisits(db)
    .where('pv.plan_id', '=', planId)
    .orderBy('pv.planned_on')
    .orderBy('e.name')
    .orderBy('pv.id')
    .execute();
}

export function findPlannedVisit(db: Db, bodyId: string, id: string) {
  return plannedVisits(db)
    .where('pv.id', '=', id)
    .where('pv.organisation_id', '=', bodyId)
    .executeTakeFirst();
}

/**
 * The body's planned visits of an establishment that are not cancelled, latest first: all of them
 * (a few a year), so the checklist finds the one still planned however long the history is.
 */
export function plannedVisitsOfEstablishment(db: Db, bodyId: string, establishmentId: string) {
  return plannedVisits(db)
    .where('pv.organisation_id', '=', bodyId)
    .where('pv.establishment_id', '=', establishmentId)
    .where('pv.status', '<>', 'cancelled')
    .orderBy('pv.planned_on', 'desc')
    .orderBy('pv.id')
    .execute();
}

/** A visit to the establishment on the agreement still planned (not done, not cancelled). */
export async function findOpenPlanned(
  db: Db,
  planId: string,
  establishmentId: string,
  agreementId: string,
) {
  return db
    .selectFrom('planned_visits')
    .select('id')
    .where('plan_id', '=', planId)
    .where('establishment_id', '=', establishmentId)
    .where('agreement_id', '=', agreementId)
    .where('status', '=', 'planned')
    .executeTakeFirst();
}

export async function insertPlannedVisit(
  trx: Transaction<DB>,
  values: {
    planId: string;
    bodyId: string;
    agreementId: string;
    supplierId: string;
    establishmentId: string;
    plannedOn: string | null;
    at: Date;
  },
) {
  const row = await trx
    .insertInto('planned_visits')
    .values({
      plan_id: values.planId,
      organisation_id: values.bodyId,
      agreement_id: values.agreementId,
      supplier_id: values.supplierId,
      establishment_id: values.establishmentId,
      planned_on: values.plannedOn,
      created_at: values.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Changes a planned visit still at the version read; false when it is not. */
export async function updatePlannedVisit(
  trx: Transaction<DB>,
  id: string,
  version: number,
  values: { plannedOn: string | null; status: 'planned' | 'done' | 'cancelled' },
) {
  const result = await trx
    .updateTable('planned_visits')
    .set((eb) => ({
      planned_on: values.plannedOn,
      status: values.status,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// ---- establishments the body follows up ---------------------------------------------------------

export function findEstablishment(db: Db, establishmentId: string) {
  return db
    .selectFrom('establishments as e')
    .innerJoin('organisations as s', 's.id', 'e.supplier_id')
    .select([
      'e.id',
      'e.name',
      'e.service_kind as serviceKind',
      'e.street',
      'e.postal_code as postalCode',
      'e.city',
      'e.country',
      'e.supplier_id as supplierId',
      's.name as supplierName',
    ])
    .where('e.id', '=', establishmentId)
    .executeTakeFirst();
}

/**
 * The body's agreements (not terminated) that the supplier is on, with the supplier's lots; the
 * agreements in force first, newest first, so a visit defaults to the agreement that applies now.
 */
export async function agreementsOfSupplier(db: Db, bodyId: string, supplierId: string) {
  return db
    .selectFrom('lot_suppliers as ls')
    .innerJoin('framework_agreements as fa', 'fa.id', 'ls.agreement_id')
    .select([
      'fa.id',
      'fa.reference',
      'fa.title',
      'fa.country',
      'fa.status',
      (eb) => eb.fn.agg<string[]>('array_agg', ['ls.lot_id']).as('lotIds'),
    ])
    .where('fa.organisation_id', '=', bodyId)
    .where('ls.supplier_id', '=', supplierId)
    .where('ls.status', '<>', 'terminated')
    .groupBy(['fa.id', 'fa.reference', 'fa.title', 'fa.country', 'fa.status', 'fa.starts_on'])
    .orderBy(sql`fa.status = 'active'`, 'desc')
    .orderBy('fa.starts_on', 'desc')
    .orderBy('fa.reference')
    .execute();
}

/** The agreement's requirements on the whole agreement or on one of the given lots. */
export function requirementsFor(db: Db, agreementId: string, lotIds: readonly string[]) {
  return db
    .selectFrom('agreement_requirements')
    .select(['id', 'agreement_id as agreementId', 'kind', 'description'])
    .where('agreement_id', '=', agreementId)
    .where((eb) =>
      lotIds.length === 0
        ? eb('lot_id', 'is', null)
        : eb.or([eb('lot_id', 'is', null), eb('lot_id', 'in', lotIds)]),
    )
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

// ---- permits and their checks -------------------------------------------------------------------

export function permitsOf(db: Db, establishmentId: string) {
  return db
    .selectFrom('permits')
    .select([
      'id',
      'authority',
      'reference',
      'scope',
      'status',
      'valid_from as validFrom',
      'valid_to as validTo',
      'open_cases as openCases',
      'decisions',
      'last_checked_on as lastCheckedOn',
      'last_checked_by_name as lastCheckedByName',
    ])
    .where('establishment_id', '=', establishmentId)
    .orderBy('authority')
    .orderBy('reference')
    .execute();
}

/** The body's permit checks of an establishment, latest first: the whole record, uncut. */
export function permitChecksOf(db: Db, bodyId: string, establishmentId: string) {
  return db
    .selectFrom('permit_checks as pc')
    .innerJoin('users as u', 'u.id', 'pc.checked_by')
    .leftJoin('permits as p', 'p.id', 'pc.permit_id')
    .select([
      'pc.id',
      'pc.permit_id as permitId',
      'p.reference as permitReference',
      'pc.planned_visit_id as plannedVisitId',
      'pc.seen',
      'pc.note',
      'pc.decision_reference as decisionReference',
      'pc.checked_on as checkedOn',
      'u.name as checkedBy',
      'pc.checked_at as checkedAt',
    ])
    .where('pc.organisation_id', '=', bodyId)
    .where('pc.establishment_id', '=', establishmentId)
    .orderBy('pc.checked_at', 'desc')
    .orderBy('pc.id')
    .execute();
}

export async function insertPermitCheck(
  trx: Transaction<DB>,
  values: {
    bodyId: string;
    establishmentId: string;
    supplierId: string;
    permitId: string | null;
    plannedVisitId: string | null;
    seen: 'valid' | 'changed' | 'revoked' | 'open_case';
    note: string;
    decisionReference: string | null;
    checkedOn: string;
    by: string;
    at: Date;
  },
) {
  const row = await trx
    .insertInto('permit_checks')
    .values({
      organisation_id: values.bodyId,
      establishment_id: values.establishmentId,
      supplier_id: values.supplierId,
      permit_id: values.permitId,
      planned_visit_id: values.plannedVisitId,
      seen: values.seen,
      note: values.note,
      decision_reference: values.decisionReference,
      checked_on: values.checkedOn,
      checked_by: values.by,
      checked_at: values.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Records on the permit record (modules/permits' table) when it was last checked and by whom;
 * `permitIds` are the checked permits of the establishment.
 */
export async function markPermitsChecked(
  trx: Transaction<DB>,
  permitIds: readonly string[],
  values: { on: string; by: string; byName: string; at: Date },
) {
  if (permitIds.length === 0) return;
  await trx
    .updateTable('permits')
    .set({
      last_checked_on: values.on,
      last_checked_by: values.by,
      last_checked_by_name: values.byName,
      updated_at: values.at,
    })
    .where('id', 'in', permitIds)
    .execute();
}

// ---- corrections and staff lists of an establishment ---------------------------------------------

/** The body's requests for correction about the establishment (or its supplier) not accepted. */
export function openCorrectionsOf(
  db: Db,
  bodyId: string,
  supplierId: string,
  establishmentId: string,
) {
  return db
    .selectFrom('correction_requests as c')
    .innerJoin('framework_agreements as fa', 'fa.id', 'c.agreement_id')
    .select([
      'c.id',
      'c.agreement_id as agreementId',
      'fa.reference as agreementReference',
      'c.description',
      'c.sent_on as sentOn',
      'c.deadline',
      'c.status',
    ])
    .where('c.organisation_id', '=', bodyId)
    .where('c.supplier_id', '=', supplierId)
    .where((eb) =>
      eb.or([eb('c.establishment_id', '=', establishmentId), eb('c.establishment_id', 'is', null)]),
    )
    .where('c.status', '<>', 'accepted')
    .orderBy('c.deadline')
    .execute();
}

/** The body's latest staff-list request for the establishment. */
export function latestStaffListRequest(db: Db, bodyId: string, establishmentId: string) {
  return db
    .selectFrom('staff_list_requests')
    .select([
      'id',
      'agreement_id as agreementId',
      'supplier_id as supplierId',
      'period_from as periodFrom',
      'period_to as periodTo',
      'placed_residents as placedResidents',
      'status',
      'deadline',
    ])
    .where('organisation_id', '=', bodyId)
    .where('establishment_id', '=', establishmentId)
    .orderBy('requested_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

// ---- visits -------------------------------------------------------------------------------------

function visits(db: Db) {
  return db
    .selectFrom('visits as v')
    .innerJoin('establishments as e', 'e.id', 'v.establishment_id')
    .innerJoin('organisations as s', 's.id', 'v.supplier_id')
    .innerJoin('framework_agreements as fa', 'fa.id', 'v.agreement_id')
    .innerJoin('users as u', 'u.id', 'v.created_by')
    .select([
      'v.id',
      'v.agreement_id as agreementId',
      'fa.reference as agreementReference',
      'fa.title as agreementTitle',
      'v.supplier_id as supplierId',
      's.name as supplierName',
      'v.establishment_id as establishmentId',
      'e.name as establishmentName',
      'v.planned_visit_id as plannedVisitId',
      'v.visited_on as visitedOn',
      'v.participants',
      'v.summary',
      'u.name as createdBy',
      'v.created_at as createdAt',
      (eb) => findingCount(eb, 'met').as('metCount'),
      (eb) => findingCount(eb, 'partly_met').as('partlyMetCount'),
      (eb) => findingCount(eb, 'not_met').as('notMetCount'),
    ]);
}

/** How many of a visit's findings came out so: the list and its download count them alike. */
function findingCount(
  eb: ExpressionBuilder<DB & { v: DB['visits'] }, 'v'>,
  outcome: 'met' | 'partly_met' | 'not_met',
) {
  return eb
    .selectFrom('visit_findings as f')
    .select((f) => f.fn.countAll<string>().as('n'))
    .whereRef('f.visit_id', '=', 'v.id')
    .where('f.outcome', '=', outcome);
}

export type VisitRow = NonNullable<Awaited<ReturnType<typeof findVisit>>>;

export function findVisit(db: Db, bodyId: string, id: string) {
  return visits(db)
    .where('v.id', '=', id)
    .where('v.organisation_id', '=', bodyId)
    .executeTakeFirst();
}

const VISIT_SORT_COLUMNS = {
  visited: 'v.visited_on',
  establishment: 'e.name',
  agreement: 'fa.reference',
} as const satisfies Record<VisitSort, string>;

/** The body's visit records (optionally of one establishment) in the list's order, every row. */
export function visitsInOrder(
  db: Db,
  bodyId: string,
  establishmentId: string | undefined,
  sort: Pick<Page<VisitSort>, 'sort' | 'order'>,
) {
  let query = visits(db).where('v.organisation_id', '=', bodyId);
  if (establishmentId) query = query.where('v.establishment_id', '=', establishmentId);
  return query
    .orderBy(VISIT_SORT_COLUMNS[sort.sort], sort.order)
    .orderBy('v.visited_on', 'desc')
    .orderBy('v.id');
}

/** One page of the body's visit records (optionally of one establishment). */
export function visitsOf(
  db: Db,
  bodyId: string,
  establishmentId: string | undefined,
  page: Page<VisitSort>,
) {
  return fetchPage(db, visitsInOrder(db, bodyId, establishmentId, page), page);
}

export function findingsOf(db: Db, visitIds: readonly string[]) {
  if (visitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('visit_findings as f')
    .innerJoin('agreement_requirements as r', 'r.id', 'f.requirement_id')
    .select([
      'f.visit_id as visitId',
      'f.requirement_id as requirementId',
      'r.kind',
      'r.description',
      'f.outcome',
      'f.text',
    ])
    .where('f.visit_id', 'in', visitIds)
    .orderBy('f.visit_id')
    .orderBy('f.position')
    .execute();
}

export function documentsOf(db: Db, visitId: string) {
  return db
    .selectFrom('visit_documents as d')
    .innerJoin('stored_files as f', 'f.id', 'd.file_id')
    .select([
      'f.id',
      'f.file_name as fileName',
      'f.content_type as contentType',
      'f.size_bytes as sizeBytes',
    ])
    .where('d.visit_id', '=', visitId)
    .orderBy('f.created_at')
    .orderBy('f.id')
    .execute();
}

export function notesOfVisit(db: Db, visitId: string) {
  return db
    .selectFrom('logbook_notes')
    .select(['id', 'text', 'sensitive', 'concern', 'created_at as createdAt'])
    .where('visit_id', '=', visitId)
    .orderBy('created_at')
    .execute();
}

export function correctionsOfVisit(db: Db, visitId: string) {
  return db
    .selectFrom('correction_requests')
    .select(['id', 'status', 'requirement_ids as requirementIds'])
    .where('visit_id', '=', visitId)
    .orderBy('created_at')
    .execute();
}

export async function insertVisit(
  trx: Transaction<DB>,
  values: {
    bodyId: string;
    agreementId: string;
    supplierId: string;
    establishmentId: string;
    plannedVisitId: string | null;
    visitedOn: string;
    participants: string[];
    summary: string;
    by: string;
    at: Date;
  },
) {
  const row = await trx
    .insertInto('visits')
    .values({
      organisation_id: values.bodyId,
      agreement_id: values.agreementId,
      supplier_id: values.supplierId,
      establishment_id: values.establishmentId,
      planned_visit_id: values.plannedVisitId,
      visited_on: values.visitedOn,
      participants: values.participants,
      summary: values.summary,
      created_by: values.by,
      created_at: values.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertFindings(
  trx: Transaction<DB>,
  bodyId: string,
  visitId: string,
  findings: readonly {
    requirementId: string;
    outcome: 'met' | 'partly_met' | 'not_met';
    text: string;
  }[],
) {
  if (findings.length === 0) return;
  await trx
    .insertInto('visit_findings')
    .values(
      findings.map((f, position) => ({
        visit_id: visitId,
        organisation_id: bodyId,
        requirement_id: f.requirementId,
        outcome: f.outcome,
        text: f.text,
        position,
      })),
    )
    .execute();
}

export async function insertVisitDocuments(
  trx: Transaction<DB>,
  visitId: string,
  fileIds: readonly string[],
) {
  if (fileIds.length === 0) return;
  await trx
    .insertInto('visit_documents')
    .values(fileIds.map((file_id) => ({ visit_id: visitId, file_id })))
    .execute();
}

/** The visit's note in the shared logbook (the logbook module reads and shows it). */
export async function insertVisitNote(
  trx: Transaction<DB>,
  values: {
    bodyId: string;
    agreementId: string;
    supplierId: string;
    establishmentId: string;
    visitId: string;
    text: string;
    sensitive: boolean;
    concern: boolean;
    by: string;
    at: Date;
  },
) {
  const row = await trx
    .insertInto('logbook_notes')
    .values({
      organisation_id: values.bodyId,
      agreement_id: values.agreementId,
      supplier_id: values.supplierId,
      establishment_id: values.establishmentId,
      visit_id: values.visitId,
      text: values.text,
      sensitive: values.sensitive,
      concern: values.concern,
      created_by: values.by,
      created_at: values.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function visitDocument(db: Db, visitId: string, fileId: string) {
  return db
    .selectFrom('visit_documents')
    .select('file_id')
    .where('visit_id', '=', visitId)
    .where('file_id', '=', fileId)
    .executeTakeFirst();
}

// ---- the body and its agreements (common.ts, candidates.ts) ---------------------------------------

/** The body's country (for its local date); undefined when there is no such organisation. */
export async function bodyCountry(db: Db, bodyId: string) {
  const body = await db
    .selectFrom('organisations')
    .select('country')
    .where('id', '=', bodyId)
    .executeTakeFirst();
  return body?.country;
}
