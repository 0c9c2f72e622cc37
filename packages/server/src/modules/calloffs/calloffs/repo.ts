// The only SQL of the call-offs area. Every query names the municipality: a call-off is read and
// changed only through its own organisation.
import { sql, type Transaction } from 'kysely';
import type { RequirementAsks } from '@tildel/domain/need-requirements';
import type { DB, CalloffProcedure, CalloffStatus } from '../../../db/types.ts';
import type { Db } from '../../../db/db.ts';
import { fetchPage, inOrderOf, type Page } from '../../../platform/paging.ts';
import { containsPattern } from '../../../platform/search.ts';
import { CALLOFF_STATUSES, type CalloffSort } from './schemas.ts';
import * as bidsRepo from '../bids/repo.ts';

/** A call-off with what it was made from: its need, and the agreement lot or DPS category. */
function calloffsOf(db: Db, organisationId: string) {
  return (
    db
      .selectFrom('calloffs as co')
      .innerJoin('needs as n', 'n.id', 'co.need_id')
      .innerJoin('users as u', 'u.id', 'co.created_by')
      .leftJoin('framework_agreements as a', 'a.id', 'co.agreement_id')
      .leftJoin('agreement_lots as l', 'l.id', 'co.lot_id')
      .leftJoin('dynamic_purchasing_systems as d', 'd.id', 'co.dps_id')
      // A call-off has a DPS category or a lot, never both (its check): one category by key, where
      // `c.id = co.category_id OR c.id = l.category_id` paired every call-off with every category.
      .innerJoin('service_categories as c', (join) =>
        join.on((eb) =>
          eb('c.id', '=', eb.fn.coalesce(eb.ref('co.category_id'), eb.ref('l.category_id'))),
        ),
      )
      .where('co.organisation_id', '=', organisationId)
      .select([
        'co.id',
        'co.status',
        'co.title',
        'co.procedure',
        'co.procedure_reason as procedureReason',
        'co.expected_volume as expectedVolume',
        'co.expected_unit as expectedUnit',
        'co.currency',
        'co.evaluation_model as evaluationModel',
        'co.version',
        'co.created_at as createdAt',
        'co.updated_at as updatedAt',
        'co.cancelled_reason as cancelledReason',
        'co.request_text as requestText',
        'co.cost_centre as costCentre',
        'co.published_at as publishedAt',
        'co.tender_deadline as tenderDeadline',
        'co.opened_at as openedAt',
        'co.response_window as responseWindow',
        // Before the deadline only the number of bids may be known, so that is all that is read.
        (eb) => bidsRepo.standingBidCount(eb).as('bidCount'),
        'co.created_by as createdById',
        'u.name as createdByName',
        'co.need_id as needId',
        'n.title as needTitle',
        'n.kind as needKind',
        'n.status as needStatus',
        'n.details as needDetails',
        'co.agreement_id as agreementId',
        'a.reference as agreementReference',
        'a.title as agreementTitle',
        'co.lot_id as lotId',
        'l.number as lotNumber',
        'l.name as lotName',
        'co.dps_id as dpsId',
        'd.reference as dpsReference',
        'd.title as dpsTitle',
        'c.id as categoryId',
        'c.name_sv as categorySv',
        'c.name_da as categoryDa',
        'c.name_en as categoryEn',
      ])
  );
}

export interface CalloffFilter {
  organisationId: string;
  status?: CalloffStatus | undefined;
  procedure?: CalloffProcedure | undefined;
}

const SORT_COLUMNS = {
  created: 'co.created_at',
  need: 'n.title',
  status: inOrderOf('co.status', CALLOFF_STATUSES),
  procedure: 'co.procedure',
} as const satisfies Record<CalloffSort, unknown>;

/** The municipality's call-offs in the list's order, every row (a download reads it by cursor). */
export function calloffsInOrder(
  db: Db,
  filter: CalloffFilter,
  sort: Pick<Page<CalloffSort>, 'sort' | 'order'>,
) {
  let query = calloffsOf(db, filter.organisationId);
  if (filter.status) query = query.where('co.status', '=', filter.status);
  if (filter.procedure) query = query.where('co.procedure', '=', filter.procedure);
  return query
    .orderBy(SORT_COLUMNS[sort.sort], sort.order)
    .orderBy('co.created_at', 'desc')
    .orderBy('co.id', 'desc');
}

/**
 * The list's call-offs for its total, from calloffs alone: each has exactly one need, creator and
 * category (foreign keys, and the check that it has a lot, whose category is required, or a DPS
 * category), so calloffsOf's joins neither add nor drop a row. Counting them joined read every
 * call-off's need and lot (~40 ms for a municipality's 2 600; a parallel worker even for none).
 */
function calloffsToCount(db: Db, filter: CalloffFilter) {
  let query = db
    .selectFrom('calloffs as co')
    .select('co.id')
    .where('co.organisation_id', '=', filter.organisationId);
  if (filter.status) query = query.where('co.status', '=', filter.status);
  if (filter.procedure) query = query.where('co.procedure', '=', filter.procedure);
  return query;
}

/** One page of the municipality's call-offs, with their total. */
export function listCalloffs(db: Db, filter: CalloffFilter, page: Page<CalloffSort>) {
  return fetchPage(db, calloffsInOrder(db, filter, page), page, calloffsToCount(db, filter));
}

/** The municipality's call-offs whose title, or agreement or DPS reference, holds the text. */
export function searchCalloffs(db: Db, organisationId: string, q: string, limit: number) {
  const pattern = containsPattern(q);
  return calloffsOf(db, organisationId)
    .where((eb) =>
      eb.or([
        eb('co.title', 'ilike', pattern),
        eb('a.reference', 'ilike', pattern),
        eb('d.reference', 'ilike', pattern),
      ]),
    )
    .orderBy('co.created_at', 'desc')
    .orderBy('co.id', 'desc')
    .limit(limit)
    .execute();
}

export function findCalloff(db: Db, organisationId: string, id: string) {
  return calloffsOf(db, organisationId).where('co.id', '=', id).executeTakeFirst();
}

export type CalloffRow = NonNullable<Awaited<ReturnType<typeof findCalloff>>>;

/** The call-off's row locked for a change, or undefined when it is not the organisation's. */
export function lockCalloff(trx: Transaction<DB>, organisationId: string, id: string) {
  return trx
    .selectFrom('calloffs')
    .select(['id', 'status', 'version', 'need_id as needId'])
    .where('id', '=', id)
    .where('organisation_id', '=', organisationId)
    .forUpdate()
    .executeTakeFirst();
}

/** The need a call-off of the organisation serves. */
export function needOfCalloff(db: Db, organisationId: string, calloffId: string) {
  return db
    .selectFrom('calloffs')
    .select('need_id')
    .where('id', '=', calloffId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirstOrThrow();
}

export function requirementsOf(db: Db, organisationId: string, calloffId: string) {
  return db
    .selectFrom('calloff_requirements')
    .selectAll()
    .where('calloff_id', '=', calloffId)
    .where('organisation_id', '=', organisationId)
    .orderBy('position')
    .execute();
}

export type RequirementRow = Awaited<ReturnType<typeof requirementsOf>>[number];

export async function insertCalloff(
  trx: Transaction<DB>,
  at: Date,
  values: {
    organisationId: string;
    needId: string;
    agreementId: string | null;
    lotId: string | null;
    dpsId: string | null;
    categoryId: string | null;
    procedure: CalloffProcedure;
    procedureReason: unknown;
    expectedVolume: number;
    expectedUnit: string;
    currency: string;
    evaluationModel: unknown;
    title: string;
    createdBy: string;
  },
) {
  const row = await trx
    .insertInto('calloffs')
    .values({
      organisation_id: values.organisationId,
      need_id: values.needId,
      agreement_id: values.agreementId,
      lot_id: values.lotId,
      dps_id: values.dpsId,
      category_id: values.categoryId,
      procedure: values.procedure,
      procedure_reason: JSON.stringify(values.procedureReason),
      expected_volume: values.expectedVolume,
      expected_unit: values.expectedUnit,
      currency: values.currency,
      evaluation_model: JSON.stringify(values.evaluationModel),
      title: values.title,
      created_by: values.createdBy,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Changes a call-off if it still has the version the caller saw; false when someone came first. */
export async function updateCalloff(
  trx: Transaction<DB>,
  at: Date,
  id: string,
  version: number,
  change: { evaluationModel?: unknown; status?: CalloffStatus; cancelledReason?: string },
) {
  const result = await trx
    .updateTable('calloffs')
    .set((eb) => ({
      ...(change.evaluationModel !== undefined
        ? { evaluation_model: JSON.stringify(change.evaluationModel) }
        : {}),
      ...(change.status ? { status: change.status } : {}),
      ...(change.cancelledReason !== undefined ? { cancelled_reason: change.cancelledReason } : {}),
      version: eb('version', '+', 1),
      updated_at: at,
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface RequirementValues {
  level: 'must' | 'should';
  title: string;
  criterionKind: 'yes_no' | 'minimum';
  minimum: number | null;
  valueKind: 'deduction' | 'points' | null;
  deductionMinor: number | null;
  currency: string | null;
  points: number | null;
  /** What a requirement proposed from the need asks about (domain RequirementAsks). */
  asks: RequirementAsks | null;
}

/** Replaces the call-off's requirements by the list given, in its order. */
export async function replaceRequirements(
  trx: Transaction<DB>,
  organisationId: string,
  calloffId: string,
  requirements: readonly RequirementValues[],
) {
  await trx
    .deleteFrom('calloff_requirements')
    .where('calloff_id', '=', calloffId)
    .where('organisation_id', '=', organisationId)
    .execute();
  if (requirements.length === 0) return;
  await trx
    .insertInto('calloff_requirements')
    .values(
      requirements.map((r, position) => ({
        calloff_id: calloffId,
        organisation_id: organisationId,
        position,
        level: r.level,
        title: r.title,
        criterion_kind: r.criterionKind,
        minimum: r.minimum,
        value_kind: r.valueKind,
        deduction_minor: r.deductionMinor,
        currency: r.currency,
        points: r.points,
        asks: r.asks === null ? null : JSON.stringify(r.asks),
      })),
    )
    .execute();
}

/** Moves the need between submitted and in_calloff, bumping its version. */
export async function setNeedStatus(
  trx: Transaction<DB>,
  at: Date,
  organisationId: string,
  needId: string,
  from: 'submitted' | 'in_calloff',
  to: 'submitted' | 'in_calloff',
) {
  const result = await trx
    .updateTable('needs')
    .set({ status: to, updated_at: at, version: sql<number>`version + 1` })
    .where('id', '=', needId)
    .where('organisation_id', '=', organisationId)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
