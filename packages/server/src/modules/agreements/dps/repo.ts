// The only SQL of the dps area: systems, their categories and requirements, applications, the
// queue, declaration requests and the people to tell.
import type { Transaction } from 'kysely';
import type { ApplicationStatus } from '@tildel/domain/qualification';
import type { DB } from '../../../db/types.ts';
import type { Db } from '../../../db/db.ts';
import { fetchPage, type Page } from '../../../platform/paging.ts';
import { containsPattern } from '../../../platform/search.ts';
import type {
  AdmittedSort,
  ApplicationSort,
  DeclarationRequestSort,
  SystemSort,
} from './schemas.ts';

// ---- systems ---------------------------------------------------------------------------------

/** The systems an organisation owns or, as a municipality, participates in. */
function visibleSystems(db: Db, organisationId: string) {
  return db
    .selectFrom('dynamic_purchasing_systems as d')
    .innerJoin('organisations as o', 'o.id', 'd.organisation_id')
    .selectAll('d')
    .select('o.name as owner_name')
    .where((eb) =>
      eb.or([
        eb('d.organisation_id', '=', organisationId),
        eb.exists(
          eb
            .selectFrom('dps_municipalities as m')
            .select('m.dps_id')
            .whereRef('m.dps_id', '=', 'd.id')
            .where('m.municipality_id', '=', organisationId),
        ),
      ]),
    );
}

const SYSTEM_SORT_COLUMNS = {
  created: 'd.created_at',
  title: 'd.title',
  reference: 'd.reference',
  validTo: 'd.valid_to',
} as const satisfies Record<SystemSort, string>;

/** The systems the organisation sees in the list's order, every row. */
export function visibleSystemsInOrder(
  db: Db,
  organisationId: string,
  sort: Pick<Page<SystemSort>, 'sort' | 'order'>,
) {
  return visibleSystems(db, organisationId)
    .orderBy(SYSTEM_SORT_COLUMNS[sort.sort], sort.order)
    .orderBy('d.created_at', 'desc')
    .orderBy('d.id');
}

/** One page of the systems the organisation sees; by default the newest first. */
export function listVisibleSystems(db: Db, organisationId: string, page: Page<SystemSort>) {
  return fetchPage(db, visibleSystemsInOrder(db, organisationId, page), page);
}

/** Visible systems whose title or reference holds the text, newest first. */
export function searchVisibleSystems(db: Db, organisationId: string, q: string, limit: number) {
  const pattern = containsPattern(q);
  return visibleSystems(db, organisationId)
    .where((eb) => eb.or([eb('d.title', 'ilike', pattern), eb('d.reference', 'ilike', pattern)]))
    .orderBy('d.created_at', 'desc')
    .limit(limit)
    .execute();
}

export function findSystem(db: Db, dpsId: string) {
  return db
    .selectFrom('dynamic_purchasing_systems as d')
    .innerJoin('organisations as o', 'o.id', 'd.organisation_id')
    .selectAll('d')
    .select('o.name as owner_name')
    .where('d.id', '=', dpsId)
    .executeTakeFirst();
}

export function lockSystem(trx: Transaction<DB>, dpsId: string) {
  return trx
    .selectFrom('dynamic_purchasing_systems')
    .selectAll()
    .where('id', '=', dpsId)
    .forUpdate()
    .executeTakeFirst();
}

export async function participates(db: Db, dpsId: string, municipalityId: string) {
  const row = await db
    .selectFrom('dps_municipalities')
    .select('dps_id')
    .where('dps_id', '=', dpsId)
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst();
  return row !== undefined;
}

/** One page of the systems open and within their validity today (in their own country's calendar). */
export function pageOfOpenSystems(
  db: Db,
  today: { SE: string; DK: string },
  page: Page<SystemSort>,
) {
  const query = db
    .selectFrom('dynamic_purchasing_systems as d')
    .innerJoin('organisations as o', 'o.id', 'd.organisation_id')
    .selectAll('d')
    .select('o.name as owner_name')
    .where('d.status', '=', 'open')
    .where((eb) =>
      eb.or(
        (['SE', 'DK'] as const).map((c) =>
          eb.and([
            eb('d.country', '=', c),
            eb('d.valid_from', '<=', today[c]),
            eb('d.valid_to', '>=', today[c]),
          ]),
        ),
      ),
    )
    .orderBy(SYSTEM_SORT_COLUMNS[page.sort], page.order)
    .orderBy('d.id');
  return fetchPage(db, query, page);
}

export async function referenceTaken(db: Db, organisationId: string, reference: string) {
  const row = await db
    .selectFrom('dynamic_purchasing_systems')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where((eb) => eb(eb.fn('lower', ['reference']), '=', reference.toLowerCase()))
    .executeTakeFirst();
  return row !== undefined;
}

export function insertSystem(
  trx: Transaction<DB>,
  values: {
    organisation_id: string;
    reference: string;
    title: string;
    description: string;
    country: 'SE' | 'DK';
    valid_from: string;
    valid_to: string;
    initial_period_ends_on: string;
    owner_is_central_purchasing_body: boolean;
    agreed_tender_period_days: number | null;
    created_at: Date;
    created_by: string | null;
  },
) {
  return trx
    .insertInto('dynamic_purchasing_systems')
    .values({ ...values, status: 'draft' })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateSystem(
  trx: Transaction<DB>,
  dpsId: string,
  version: number,
  values: {
    status?: 'open' | 'closed';
    opened_at?: Date;
    valid_to?: string;
    closed_at?: Date;
    closed_reason?: string;
  },
) {
  const result = await trx
    .updateTable('dynamic_purchasing_systems')
    .set({ ...values, version: version + 1 })
    .where('id', '=', dpsId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertCategories(trx: Transaction<DB>, dpsId: string, ids: string[]) {
  if (ids.length === 0) return;
  await trx
    .insertInto('dps_categories')
    .values(ids.map((category_id) => ({ dps_id: dpsId, category_id })))
    .execute();
}

export async function insertMunicipalities(trx: Transaction<DB>, dpsId: string, ids: string[]) {
  if (ids.length === 0) return;
  await trx
    .insertInto('dps_municipalities')
    .values(ids.map((municipality_id) => ({ dps_id: dpsId, municipality_id })))
    .execute();
}

export async function insertRequirements(
  trx: Transaction<DB>,
  dpsId: string,
  organisationId: string,
  requirements: {
    kind: 'declaration' | 'numeric_minimum' | 'document';
    textSv: string;
    textDa: string;
    textEn: string;
    minimum: number | null;
    unit: string | null;
    documentKind: string | null;
  }[],
) {
  if (requirements.length === 0) return;
  await trx
    .insertInto('dps_requirements')
    .values(
      requirements.map((r, i) => ({
        dps_id: dpsId,
        organisation_id: organisationId,
        position: i + 1,
        kind: r.kind,
        text_sv: r.textSv,
        text_da: r.textDa,
        text_en: r.textEn,
        minimum: r.minimum,
        unit: r.unit,
        document_kind: r.documentKind,
      })),
    )
    .execute();
}

export function categoriesOf(db: Db, dpsIds: string[]) {
  if (dpsIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('dps_categories as dc')
    .innerJoin('service_categories as c', 'c.id', 'dc.category_id')
    .select(['dc.dps_id', 'c.id', 'c.code', 'c.name_sv', 'c.name_da', 'c.name_en'])
    .where('dc.dps_id', 'in', dpsIds)
    .orderBy('c.code')
    .execute();
}

export function requirementsOf(db: Db, dpsIds: string[]) {
  if (dpsIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('dps_requirements')
    .selectAll()
    .where('dps_id', 'in', dpsIds)
    .orderBy('dps_id')
    .orderBy('position')
    .execute();
}

export function validityChangesOf(db: Db, dpsIds: string[]) {
  if (dpsIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('dps_validity_changes')
    .selectAll()
    .where('dps_id', 'in', dpsIds)
    .orderBy('id')
    .execute();
}

export function municipalitiesOf(db: Db, dpsId: string) {
  return db
    .selectFrom('dps_municipalities as m')
    .innerJoin('organisations as o', 'o.id', 'm.municipality_id')
    .select(['o.id', 'o.name'])
    .where('m.dps_id', '=', dpsId)
    .orderBy('o.name')
    .execute();
}

export async function insertValidityChange(
  trx: Transaction<DB>,
  values: {
    dps_id: string;
    organisation_id: string;
    previous_valid_to: string;
    new_valid_to: string;
    reason: string;
    at: Date;
    actor_user_id: string;
  },
) {
  await trx.insertInto('dps_validity_changes').values(values).execute();
}

/** The owner's own categories among the ids given (not retired). */
export function ownCategories(db: Db, organisationId: string, ids?: string[]) {
  let query = db
    .selectFrom('service_categories')
    .select(['id', 'code', 'name_sv', 'name_da', 'name_en'])
    .where('organisation_id', '=', organisationId)
    .where('retired_at', 'is', null);
  if (ids)
    query = query.where(
      'id',
      'in',
      ids.length > 0 ? ids : ['00000000-0000-0000-0000-000000000000'],
    );
  return query.orderBy('code').execute();
}

/** The municipalities the owner may name as participants: itself (a municipality) or its mandate. */
export function participantCandidates(db: Db, organisationId: string) {
  return db
    .selectFrom('organisations as o')
    .select(['o.id', 'o.name'])
    .where('o.kind', '=', 'municipality')
    .where((eb) =>
      eb.or([
        eb('o.id', '=', organisationId),
        eb.exists(
          eb
            .selectFrom('body_mandates as b')
            .select('b.municipality_id')
            .whereRef('b.municipality_id', '=', 'o.id')
            .where('b.organisation_id', '=', organisationId),
        ),
      ]),
    )
    .orderBy('o.name')
    .execute();
}

/** Of the given organisations, those the owner may name as participants: itself or its mandate. */
export function participantsAllowed(db: Db, organisationId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('organisations as o')
    .select('o.id')
    .where('o.id', 'in', ids)
    .where('o.kind', '=', 'municipality')
    .where((eb) =>
      eb.or([
        eb('o.id', '=', organisationId),
        eb.exists(
          eb
            .selectFrom('body_mandates as b')
            .select('b.municipality_id')
            .whereRef('b.municipality_id', '=', 'o.id')
            .where('b.organisation_id', '=', organisationId),
        ),
      ]),
    )
    .execute();
}

// ---- applications ------------------------------------------------------------------------------

const applicationColumns = [
  'a.id',
  'a.dps_id',
  'a.organisation_id',
  'a.supplier_id',
  'a.status',
  'a.received_at',
  'a.in_initial_period',
  'a.decision_due_at',
  'a.extended_at',
  'a.extension_reason',
  'a.answers',
  'a.decided_at',
  'a.decision_reason',
  'a.reminded_at',
  'a.version',
] as const;

/** An application's supplier and DPS; the supplier must see when the DPS has been closed. */
const joinedColumns = [
  's.name as supplier_name',
  'd.title as dps_title',
  'd.reference as dps_reference',
  'd.status as dps_status',
  'd.closed_reason as dps_closed_reason',
] as const;

export interface ApplicationFilter {
  dpsId?: string | undefined;
  supplierId?: string | undefined;
  status?: ApplicationStatus | undefined;
}

function applicationsMatching(db: Db, filter: ApplicationFilter) {
  let query = db
    .selectFrom('dps_applications as a')
    .innerJoin('organisations as s', 's.id', 'a.supplier_id')
    .innerJoin('dynamic_purchasing_systems as d', 'd.id', 'a.dps_id')
    .select(applicationColumns)
    .select(joinedColumns);
  if (filter.dpsId) query = query.where('a.dps_id', '=', filter.dpsId);
  if (filter.supplierId) query = query.where('a.supplier_id', '=', filter.supplierId);
  if (filter.status) query = query.where('a.status', '=', filter.status);
  return query;
}

/** Every application the filter leaves, for the rules that need them all (who is admitted). */
export function listApplications(db: Db, filter: ApplicationFilter) {
  return applicationsMatching(db, filter).orderBy('a.decision_due_at').orderBy('a.id').execute();
}

const APPLICATION_SORT_COLUMNS = {
  decisionDue: 'a.decision_due_at',
  received: 'a.received_at',
  supplier: 's.name',
  dps: 'd.title',
} as const satisfies Record<ApplicationSort, string>;

/** The applications the filter leaves in the list's order, every row. */
export function applicationsInOrder(
  db: Db,
  filter: ApplicationFilter,
  sort: Pick<Page<ApplicationSort>, 'sort' | 'order'>,
) {
  return applicationsMatching(db, filter)
    .orderBy(APPLICATION_SORT_COLUMNS[sort.sort], sort.order)
    .orderBy('a.decision_due_at')
    .orderBy('a.id');
}

/** One page of the applications the filter leaves; by default the nearest decision first. */
export function pageOfApplications(db: Db, filter: ApplicationFilter, page: Page<ApplicationSort>) {
  return fetchPage(db, applicationsInOrder(db, filter, page), page);
}

export function findApplication(db: Db, applicationId: string) {
  return db
    .selectFrom('dps_applications as a')
    .innerJoin('organisations as s', 's.id', 'a.supplier_id')
    .innerJoin('dynamic_purchasing_systems as d', 'd.id', 'a.dps_id')
    .select(applicationColumns)
    .select(joinedColumns)
    .where('a.id', '=', applicationId)
    .executeTakeFirst();
}

export function applicationCategories(db: Db, applicationIds: string[]) {
  if (applicationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('dps_application_categories as ac')
    .innerJoin('service_categories as c', 'c.id', 'ac.category_id')
    .select(['ac.application_id', 'c.id', 'c.code', 'c.name_sv', 'c.name_da', 'c.name_en'])
    .where('ac.application_id', 'in', applicationIds)
    .orderBy('c.code')
    .execute();
}

/** Category ids a supplier already holds a pending or approved application for in a DPS. */
export async function openCategoryIds(trx: Transaction<DB>, dpsId: string, supplierId: string) {
  const rows = await trx
    .selectFrom('dps_applications as a')
    .innerJoin('dps_application_categories as ac', 'ac.application_id', 'a.id')
    .select('ac.category_id')
    .where('a.dps_id', '=', dpsId)
    .where('a.supplier_id', '=', supplierId)
    .where('a.status', 'in', ['pending', 'approved'])
    .execute();
  return new Set(rows.map((r) => r.category_id));
}

export async function insertApplication(
  trx: Transaction<DB>,
  values: {
    dps_id: string;
    organisation_id: string;
    supplier_id: string;
    received_at: Date;
    in_initial_period: boolean;
    decision_due_at: Date;
    answers: unknown;
    created_by: string;
  },
  categoryIds: string[],
) {
  const row = await trx
    .insertInto('dps_applications')
    .values({ ...values, status: 'pending', answers: JSON.stringify(values.answers) })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('dps_application_categories')
    .values(categoryIds.map((category_id) => ({ application_id: row.id, category_id })))
    .execute();
  return row.id;
}

export async function updateApplication(
  trx: Transaction<DB>,
  applicationId: string,
  version: number,
  values: {
    status?: ApplicationStatus;
    decided_at?: Date;
    decided_by?: string;
    decision_reason?: string | null;
    decision_due_at?: Date;
    extended_at?: Date;
    extension_reason?: string;
  },
) {
  const result = await trx
    .updateTable('dps_applications')
    .set({ ...values, version: version + 1 })
    .where('id', '=', applicationId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The supplier's own current compliance documents: id → kind. */
export async function ownDocumentKinds(db: Db, supplierId: string) {
  const rows = await ownDocuments(db, supplierId);
  return new Map(rows.map((r) => [r.id, r.kind as string]));
}

export function ownDocuments(db: Db, supplierId: string) {
  return db
    .selectFrom('compliance_documents')
    .select(['id', 'kind', 'title', 'valid_until'])
    .where('supplier_id', '=', supplierId)
    .where('replaced_at', 'is', null)
    .orderBy('kind')
    .orderBy('title')
    .execute();
}

export function documentTitles(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('compliance_documents')
    .select(['id', 'kind', 'title', 'valid_until', 'supplier_id'])
    .where('id', 'in', ids)
    .execute();
}

/** Approved applications of a DPS with their suppliers and categories: who is admitted to what. */
export function admitted(db: Db, dpsId: string) {
  return db
    .selectFrom('dps_applications as a')
    .innerJoin('dps_application_categories as ac', 'ac.application_id', 'a.id')
    .innerJoin('organisations as s', 's.id', 'a.supplier_id')
    .select(['ac.category_id', 'a.supplier_id', 's.name as supplier_name'])
    .where('a.dps_id', '=', dpsId)
    .where('a.status', '=', 'approved')
    .orderBy('s.name')
    .execute();
}

const ADMITTED_SORT_COLUMNS = { category: 'c.code', supplier: 's.name' } as const;

/**
 * One page of the DPS's admissions (a supplier in a category). With peersOf, only the categories
 * that supplier is admitted to: what a supplier may see of its competitors.
 */
export function pageOfAdmitted(db: Db, dpsId: string, page: Page<AdmittedSort>, peersOf?: string) {
  let query = db
    .selectFrom('dps_applications as a')
    .innerJoin('dps_application_categories as ac', 'ac.application_id', 'a.id')
    .innerJoin('service_categories as c', 'c.id', 'ac.category_id')
    .innerJoin('organisations as s', 's.id', 'a.supplier_id')
    .select([
      'c.id',
      'c.code',
      'c.name_sv',
      'c.name_da',
      'c.name_en',
      'a.supplier_id',
      's.name as supplier_name',
    ])
    .where('a.dps_id', '=', dpsId)
    .where('a.status', '=', 'approved');
  if (peersOf) {
    query = query.where('ac.category_id', 'in', (eb) =>
      eb
        .selectFrom('dps_applications as m')
        .innerJoin('dps_application_categories as mc', 'mc.application_id', 'm.id')
        .select('mc.category_id')
        .where('m.dps_id', '=', dpsId)
        .where('m.status', '=', 'approved')
        .where('m.supplier_id', '=', peersOf),
    );
  }
  const then = page.sort === 'category' ? 's.name' : 'c.code';
  return fetchPage(
    db,
    query
      .orderBy(ADMITTED_SORT_COLUMNS[page.sort], page.order)
      .orderBy(then, page.order)
      .orderBy('a.supplier_id')
      .orderBy('c.id')
      .orderBy('a.id'),
    page,
  );
}

/** Initial-period applications and their status, for the rule on the first call-off. */
export function initialPeriodStatuses(db: Db, dpsId: string) {
  return db
    .selectFrom('dps_applications')
    .select(['status', 'in_initial_period'])
    .where('dps_id', '=', dpsId)
    .where('in_initial_period', '=', true)
    .execute();
}

// ---- declaration requests -------------------------------------------------------------------------

export function insertDeclarationRequest(
  trx: Transaction<DB>,
  values: {
    dps_id: string;
    organisation_id: string;
    supplier_id: string;
    requested_at: Date;
    due_at: Date;
    requested_by: string;
  },
) {
  return trx
    .insertInto('dps_declaration_requests')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
}

function declarationRequests(db: Db) {
  return db
    .selectFrom('dps_declaration_requests as r')
    .innerJoin('dynamic_purchasing_systems as d', 'd.id', 'r.dps_id')
    .innerJoin('organisations as s', 's.id', 'r.supplier_id')
    .selectAll('r')
    .select(['d.title as dps_title', 'd.reference as dps_reference', 's.name as supplier_name']);
}

const REQUEST_SORT_COLUMNS = {
  requested: 'r.requested_at',
  due: 'r.due_at',
  supplier: 's.name',
  dps: 'd.title',
} as const satisfies Record<DeclarationRequestSort, string>;

/** The requests of a DPS or to a supplier in the list's order, every row. */
export function declarationRequestsInOrder(
  db: Db,
  filter: { supplierId?: string; dpsId?: string },
  sort: Pick<Page<DeclarationRequestSort>, 'sort' | 'order'>,
) {
  let query = declarationRequests(db);
  if (filter.supplierId) query = query.where('r.supplier_id', '=', filter.supplierId);
  if (filter.dpsId) query = query.where('r.dps_id', '=', filter.dpsId);
  return query
    .orderBy(REQUEST_SORT_COLUMNS[sort.sort], sort.order)
    .orderBy('r.requested_at', 'desc')
    .orderBy('r.id');
}

/** One page of the requests of a DPS or to a supplier; by default the newest first. */
export function listDeclarationRequests(
  db: Db,
  filter: { supplierId?: string; dpsId?: string },
  page: Page<DeclarationRequestSort>,
) {
  return fetchPage(db, declarationRequestsInOrder(db, filter, page), page);
}

export function findDeclarationRequest(db: Db, requestId: string) {
  return declarationRequests(db).where('r.id', '=', requestId).executeTakeFirstOrThrow();
}

export function lockDeclarationRequest(trx: Transaction<DB>, requestId: string) {
  return trx
    .selectFrom('dps_declaration_requests')
    .selectAll()
    .where('id', '=', requestId)
    .forUpdate()
    .executeTakeFirst();
}

export async function answerDeclarationRequest(
  trx: Transaction<DB>,
  requestId: string,
  values: { answers: unknown; answered_at: Date; answered_by: string },
) {
  await trx
    .updateTable('dps_declaration_requests')
    .set({ ...values, answers: JSON.stringify(values.answers) })
    .where('id', '=', requestId)
    .execute();
}

// ---- reminders --------------------------------------------------------------------------------

/**
 * Pending applications not yet reminded of whose deadline is near (the exact reminder time is the
 * domain's rule), locked so two workers never remind twice.
 */
export function lockRemindable(trx: Transaction<DB>, dueBefore: Date) {
  return trx
    .selectFrom('dps_applications')
    .select(['id', 'dps_id', 'supplier_id', 'status', 'decision_due_at', 'reminded_at'])
    .where('status', '=', 'pending')
    .where('reminded_at', 'is', null)
    .where('decision_due_at', '<=', dueBefore)
    .orderBy('decision_due_at')
    .limit(100)
    .forUpdate()
    .skipLocked()
    .execute();
}

export async function markReminded(trx: Transaction<DB>, applicationId: string, at: Date) {
  await trx
    .updateTable('dps_applications')
    .set({ reminded_at: at })
    .where('id', '=', applicationId)
    .execute();
}

// ---- whom to tell ----------------------------------------------------------------------------------

export function organisation(db: Db, id: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'kind', 'country'])
    .where('id', '=', id)
    .executeTakeFirst();
}
