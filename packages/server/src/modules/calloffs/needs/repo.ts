// The only SQL of the needs area. Every query names the municipality: a need is read and changed
// only through its own organisation.
import { sql, type Transaction } from 'kysely';
import type { ServiceKind } from '@tildel/domain/taxonomy';
import type { DB, NeedKind, NeedStatus } from '../../../db/types.ts';
import type { Db } from '../../../db/db.ts';
import { fetchPage, inOrderOf, type Page } from '../../../platform/paging.ts';
import { containsPattern } from '../../../platform/search.ts';
import { lotCoversSql } from '../../agreements/agreements/lot-covers-repo.ts';
import { NEED_STATUSES, type NeedSort } from './schemas.ts';

const needColumns = [
  'needs.id',
  'needs.kind',
  'needs.status',
  'needs.title',
  'needs.created_by as createdById',
  'users.name as createdByName',
  'needs.created_at as createdAt',
  'needs.updated_at as updatedAt',
  'needs.submitted_at as submittedAt',
  'needs.withdrawn_at as withdrawnAt',
  'needs.text_purged_at as textPurgedAt',
  'needs.version',
] as const;

function needsOf(db: Db, organisationId: string) {
  return db
    .selectFrom('needs')
    .innerJoin('users', 'users.id', 'needs.created_by')
    .where('needs.organisation_id', '=', organisationId);
}

export function findOrganisationKind(db: Db, organisationId: string) {
  return db
    .selectFrom('organisations')
    .select(['kind', 'country'])
    .where('id', '=', organisationId)
    .executeTakeFirst();
}

export interface NeedFilter {
  organisationId: string;
  status?: NeedStatus | undefined;
  createdBy?: string | undefined;
}

const SORT_COLUMNS = {
  created: 'needs.created_at',
  updated: 'needs.updated_at',
  title: 'needs.title',
  status: inOrderOf('needs.status', NEED_STATUSES),
} as const satisfies Record<NeedSort, unknown>;

/** The municipality's needs in the list's order, every row (never a need's details). */
export function needsInOrder(
  db: Db,
  filter: NeedFilter,
  sort: Pick<Page<NeedSort>, 'sort' | 'order'>,
) {
  let query = needsOf(db, filter.organisationId).select(needColumns);
  if (filter.status) query = query.where('needs.status', '=', filter.status);
  if (filter.createdBy) query = query.where('needs.created_by', '=', filter.createdBy);
  return query
    .orderBy(SORT_COLUMNS[sort.sort], sort.order)
    .orderBy('needs.created_at', 'desc')
    .orderBy('needs.id', 'desc');
}

/** One page of the municipality's needs. */
export function listNeeds(db: Db, filter: NeedFilter, page: Page<NeedSort>) {
  return fetchPage(db, needsInOrder(db, filter, page), page);
}

/** The municipality's needs whose title holds the text, newest first. */
export function searchNeeds(db: Db, organisationId: string, q: string, limit: number) {
  return needsOf(db, organisationId)
    .select(needColumns)
    .where('needs.title', 'ilike', containsPattern(q))
    .orderBy('needs.created_at', 'desc')
    .orderBy('needs.id', 'desc')
    .limit(limit)
    .execute();
}

/** One need of the organisation with its details; locked when read inside a change. */
export function findNeed(db: Db, organisationId: string, id: string, lock = false) {
  const query = needsOf(db, organisationId)
    .select(needColumns)
    .select('needs.details')
    .where('needs.id', '=', id);
  return (lock ? query.forUpdate('needs') : query).executeTakeFirst();
}

export type NeedRow = NonNullable<Awaited<ReturnType<typeof findNeed>>>;

export async function insertNeed(
  trx: Transaction<DB>,
  at: Date,
  values: {
    organisationId: string;
    kind: NeedKind;
    title: string;
    details: unknown;
    createdBy: string;
  },
) {
  const row = await trx
    .insertInto('needs')
    .values({
      organisation_id: values.organisationId,
      kind: values.kind,
      title: values.title,
      details: JSON.stringify(values.details),
      created_by: values.createdBy,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Changes a need if it still has the version the caller saw; false when someone came first. */
export async function updateNeed(
  trx: Transaction<DB>,
  at: Date,
  id: string,
  version: number,
  change: {
    kind?: NeedKind;
    title?: string;
    details?: unknown;
    status?: NeedStatus;
    submittedAt?: Date;
    withdrawnAt?: Date;
  },
) {
  const result = await trx
    .updateTable('needs')
    .set((eb) => ({
      ...(change.kind ? { kind: change.kind } : {}),
      ...(change.title !== undefined ? { title: change.title } : {}),
      ...(change.details !== undefined ? { details: JSON.stringify(change.details) } : {}),
      ...(change.status ? { status: change.status } : {}),
      ...(change.submittedAt ? { submitted_at: change.submittedAt } : {}),
      ...(change.withdrawnAt ? { withdrawn_at: change.withdrawnAt } : {}),
      version: eb('version', '+', 1),
      updated_at: at,
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function logSensitiveRead(
  trx: Transaction<DB>,
  values: {
    organisationId: string;
    objectType: string;
    objectId: string;
    field: string;
    userId: string;
    at: Date;
  },
) {
  await trx
    .insertInto('sensitive_reads')
    .values({
      organisation_id: values.organisationId,
      object_type: values.objectType,
      object_id: values.objectId,
      field: values.field,
      user_id: values.userId,
      at: values.at,
    })
    .execute();
}

// ---- what a need can be called off under ---------------------------------------------------

/** The municipality's code (null for a body or a supplier): which lots' areas cover it. */
export async function municipalityCodeOf(db: Db, organisationId: string) {
  const row = await db
    .selectFrom('organisations')
    .select('municipality_code')
    .where('id', '=', organisationId)
    .executeTakeFirst();
  return row?.municipality_code ?? null;
}

/**
 * The lots of agreements the municipality owns or takes part in (not drafts), whose category is
 * of one of the service kinds: the owner and the municipalities listed may call off.
 */
function participatingLots(db: Db, organisationId: string, serviceKinds: readonly ServiceKind[]) {
  return db
    .selectFrom('agreement_lots')
    .innerJoin('framework_agreements as a', 'a.id', 'agreement_lots.agreement_id')
    .innerJoin('service_categories as c', 'c.id', 'agreement_lots.category_id')
    .leftJoin('agreement_municipalities as m', (join) =>
      join.onRef('m.agreement_id', '=', 'a.id').on('m.municipality_id', '=', organisationId),
    )
    .where('c.service_kind', 'in', [...serviceKinds])
    .where('a.status', '<>', 'draft')
    .where((eb) =>
      eb.or([eb('a.organisation_id', '=', organisationId), eb('m.agreement_id', 'is not', null)]),
    );
}

const AREA_CODES = 'agreement_lots.area_municipality_codes';

/**
 * The participating lots (participatingLots), each with what deriving its procedure reads. All
 * of them, or with `inAreaOf` only those whose area covers that municipality (the others are
 * counted by lotsOutsideArea): never cut at some number, which could leave out the very lot that
 * serves the municipality (a national agreement has thousands).
 */
export function calloffLots(
  db: Db,
  organisationId: string,
  serviceKinds: readonly ServiceKind[],
  inAreaOf?: { municipalityCode: string | null },
) {
  let query = participatingLots(db, organisationId, serviceKinds).select([
    'a.id as agreementId',
    'a.reference',
    'a.title',
    'a.country',
    'a.status',
    'a.starts_on as startsOn',
    'a.ends_on as endsOn',
    'a.extension_options as extensionOptions',
    'a.extensions_used as extensionsUsed',
    'a.terminated_on as terminatedOn',
    'agreement_lots.id as lotId',
    'agreement_lots.number as lotNumber',
    'agreement_lots.name as lotName',
    'agreement_lots.calloff_method as calloffMethod',
    'agreement_lots.volume_threshold as volumeThreshold',
    'agreement_lots.volume_unit as volumeUnit',
    `${AREA_CODES} as areaCodes`,
    'c.id as categoryId',
    'c.name_sv as categorySv',
    'c.name_da as categoryDa',
    'c.name_en as categoryEn',
    'c.area as categoryArea',
  ]);
  if (inAreaOf) query = query.where(lotCoversSql(AREA_CODES, inAreaOf.municipalityCode));
  return query.orderBy('a.reference').orderBy('agreement_lots.number').execute();
}

/**
 * The participating lots whose area does not cover the municipality, counted per agreement and
 * category area (which decides whether a category fits a staffing need).
 */
export async function lotsOutsideArea(
  db: Db,
  organisationId: string,
  serviceKinds: readonly ServiceKind[],
  municipalityCode: string | null,
) {
  const rows = await participatingLots(db, organisationId, serviceKinds)
    .where(sql<boolean>`NOT ${lotCoversSql(AREA_CODES, municipalityCode)}`)
    .select((eb) => [
      'a.id as agreementId',
      'a.reference',
      'a.title',
      'c.area as categoryArea',
      eb.fn.countAll<string>().as('lots'),
    ])
    .groupBy(['a.id', 'a.reference', 'a.title', 'c.area'])
    .orderBy('a.reference')
    .orderBy('a.id')
    .execute();
  return rows.map((r) => ({ ...r, lots: Number(r.lots) }));
}

/**
 * The categories, of DPSs the municipality owns or takes part in (not drafts), of the kinds: all
 * of them (tens), so none is left out.
 */
export function calloffDpsCategories(
  db: Db,
  organisationId: string,
  serviceKinds: readonly ServiceKind[],
) {
  return db
    .selectFrom('dps_categories')
    .innerJoin('dynamic_purchasing_systems as d', 'd.id', 'dps_categories.dps_id')
    .innerJoin('service_categories as c', 'c.id', 'dps_categories.category_id')
    .leftJoin('dps_municipalities as m', (join) =>
      join.onRef('m.dps_id', '=', 'd.id').on('m.municipality_id', '=', organisationId),
    )
    .select([
      'd.id as dpsId',
      'd.reference',
      'd.title',
      'd.country',
      'd.status',
      'd.valid_from as validFrom',
      'd.valid_to as validTo',
      'd.initial_period_ends_on as initialPeriodEndsOn',
      'c.id as categoryId',
      'c.name_sv as categorySv',
      'c.name_da as categoryDa',
      'c.name_en as categoryEn',
      'c.area as categoryArea',
    ])
    .where('c.service_kind', 'in', [...serviceKinds])
    .where('d.status', '<>', 'draft')
    .where((eb) =>
      eb.or([eb('d.organisation_id', '=', organisationId), eb('m.dps_id', 'is not', null)]),
    )
    .orderBy('d.reference')
    .orderBy('c.name_sv')
    .execute();
}

/** The applications of the DPSs, for the rule that holds call-offs back until they are decided. */
export function applicationsOfDps(db: Db, dpsIds: readonly string[]) {
  if (dpsIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('dps_applications')
    .select(['dps_id as dpsId', 'status', 'in_initial_period as inInitialPeriod'])
    .where('dps_id', 'in', [...dpsIds])
    .execute();
}

/**
 * Closed needs about a person (placements, interventions) whose free text is still kept, whose
 * case closed `years` calendar years before `now` or earlier: withdrawn then, or fulfilled then
 * (their last change) with every order made from them over by then — ended, or past its end
 * date. An order without an end date keeps the case open. PostgreSQL counts the years.
 */
export function needsDueForPurge(db: Db, now: Date, years: number, limit: number) {
  const cutoff = sql<Date>`${now}::timestamptz - make_interval(years => ${years})`;
  return db
    .selectFrom('needs')
    .select(['id', 'organisation_id as organisationId'])
    .where('status', 'in', ['fulfilled', 'withdrawn'])
    .where('kind', '<>', 'staffing')
    .where('text_purged_at', 'is', null)
    .where('updated_at', '<=', cutoff)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('calloffs as c')
            .innerJoin('orders as o', 'o.calloff_id', 'c.id')
            .select('o.id')
            .whereRef('c.need_id', '=', 'needs.id')
            .where((eb) =>
              eb.or([
                eb.and([
                  eb('o.status', '=', 'active'),
                  eb.or([
                    eb('o.end_date', 'is', null),
                    eb('o.end_date', '>', sql<string>`(${cutoff})::date`),
                  ]),
                ]),
                eb.and([eb('o.status', '=', 'ended'), eb('o.updated_at', '>', cutoff)]),
              ]),
            ),
        ),
      ),
    )
    .orderBy('updated_at')
    .limit(limit)
    .execute();
}

/** Empties the person's needs and the description; everything else of the need is kept. */
export async function purgeNeedText(trx: Transaction<DB>, id: string, at: Date): Promise<boolean> {
  const result = await trx
    .updateTable('needs')
    .set((eb) => ({
      details: sql<string>`jsonb_set(jsonb_set(details, '{person,needs}', '""'), '{description}', '""')`,
      text_purged_at: at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('text_purged_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
