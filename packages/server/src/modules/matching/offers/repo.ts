// The SQL of a supplier's offers: its open establishments with their tariffs, the latest quality
// assessment and the approval from its permits, read a page at a time in few queries.
import { sql, type Expression, type SqlBool } from 'kysely';
import type { QualityTheme } from '@tildel/domain/matching/types';
import type { Db } from '../../../db/db.ts';
import { fetchPage, type Page } from '../../../platform/paging.ts';

export function findSupplier(db: Db, supplierId: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'country'])
    .where('id', '=', supplierId)
    .where('kind', '=', 'supplier')
    .executeTakeFirst();
}

const OFFER_COLUMNS = [
  'e.id',
  'e.name',
  'e.service_kind',
  'e.country',
  'e.offer_form',
  'e.legal_bases',
  'e.target_groups',
  'e.age_min',
  'e.age_max',
  'e.gender',
  'e.places_total',
  'e.places_free',
  'e.next_free_on',
  'e.assumed_occupancy_percent',
  'e.confirmed_at',
  'e.confirmed_by_name',
  'e.reminded_at',
  'e.version',
] as const;

/** Stale: never confirmed, or confirmed before the cutoff (now less the limit). */
function staleWhere(cutoff: Date) {
  return sql<SqlBool>`(e.confirmed_at IS NULL OR e.confirmed_at < ${cutoff})`;
}

function openOffersOf(db: Db, supplierId: string) {
  return db
    .selectFrom('establishments as e')
    .select(OFFER_COLUMNS)
    .where('e.supplier_id', '=', supplierId)
    .where('e.closed_at', 'is', null);
}

export type OfferRow = Awaited<ReturnType<typeof findOffer>> & object;

export function pageOfOffers(
  db: Db,
  supplierId: string,
  filter: { staleBefore?: Date },
  page: Page<'name' | 'confirmedAt'>,
) {
  let query = openOffersOf(db, supplierId);
  if (filter.staleBefore) query = query.where(staleWhere(filter.staleBefore));
  const ordered =
    page.sort === 'name'
      ? query.orderBy(sql`e.name COLLATE "C"`, page.order)
      : query.orderBy(
          sql`e.confirmed_at ${sql.raw(page.order === 'asc' ? 'ASC NULLS FIRST' : 'DESC NULLS LAST')}`,
        );
  return fetchPage(db, ordered.orderBy('e.id'), page);
}

export function findOffer(db: Db, supplierId: string, establishmentId: string) {
  return openOffersOf(db, supplierId).where('e.id', '=', establishmentId).executeTakeFirst();
}

export function openOfferIds(db: Db, supplierId: string) {
  return openOffersOf(db, supplierId).clearSelect().select(['e.id', 'e.name']).execute();
}

export function tariffsOf(db: Db, establishmentIds: readonly string[]) {
  if (establishmentIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('offer_tariffs')
    .select([
      'id',
      'establishment_id',
      'unit',
      'amount_minor',
      'currency',
      'valid_from',
      'negotiated_on',
      'negotiated_by_name',
    ])
    .where('establishment_id', 'in', establishmentIds)
    .orderBy('establishment_id')
    .orderBy('unit')
    .orderBy('valid_from', 'desc')
    .execute();
}

/** The newest assessment of each offer. */
export function latestAssessments(db: Db, establishmentIds: readonly string[]) {
  if (establishmentIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('quality_assessments')
    .distinctOn('establishment_id')
    .selectAll()
    .where('establishment_id', 'in', establishmentIds)
    .orderBy('establishment_id')
    .orderBy('assessed_on', 'desc')
    .execute();
}

/**
 * The approval of each offer from its permits with the supervisory authority: approved when one is
 * valid (since the earliest valid one's start), pending when one is applied for, else not approved.
 */
export function approvalsOf(db: Db, establishmentIds: readonly string[]) {
  if (establishmentIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('permits')
    .select([
      'establishment_id',
      sql<boolean>`bool_or(status = 'valid')`.as('approved'),
      sql<boolean>`bool_or(status = 'applied')`.as('pending'),
      sql<string | null>`min(valid_from) FILTER (WHERE status = 'valid')::text`.as('since'),
    ])
    .where('establishment_id', 'in', establishmentIds)
    .where('authority', 'in', ['Socialtilsyn', 'IVO'])
    .groupBy('establishment_id')
    .execute();
}

export async function updateOffer(
  db: Db,
  establishmentId: string,
  version: number,
  values: {
    offer_form: 'establishment' | 'team' | 'consultant_pool';
    legal_bases: string[];
    places_total: number;
    places_free: number;
    next_free_on: string | null;
    assumed_occupancy_percent: number | null;
  },
  confirmation: Confirmation,
) {
  const updated = await db
    .updateTable('establishments')
    .set({ ...values, ...confirmedColumns(confirmation), version: sql`version + 1` })
    .where('id', '=', establishmentId)
    .where('version', '=', version)
    .executeTakeFirst();
  return updated.numUpdatedRows > 0n;
}

export interface Confirmation {
  at: Date;
  by: string;
  byName: string;
}

function confirmedColumns(c: Confirmation) {
  return {
    confirmed_at: c.at,
    confirmed_by: c.by,
    confirmed_by_name: c.byName,
    places_updated_at: c.at,
  };
}

/** Confirms the supplier's open offers (those listed, or all), answering which were confirmed. */
export function confirmOffers(
  db: Db,
  supplierId: string,
  establishmentIds: readonly string[] | null,
  confirmation: Confirmation,
) {
  let query = db
    .updateTable('establishments as e')
    .set(confirmedColumns(confirmation))
    .where('e.supplier_id', '=', supplierId)
    .where('e.closed_at', 'is', null);
  if (establishmentIds) query = query.where('e.id', 'in', establishmentIds);
  return query.returning(['e.id', 'e.name']).execute();
}

export async function tariffExists(
  db: Db,
  establishmentId: string,
  unit: string,
  validFrom: string,
) {
  const row = await db
    .selectFrom('offer_tariffs')
    .select('id')
    .where('establishment_id', '=', establishmentId)
    .where('unit', '=', unit as 'hour')
    .where('valid_from', '=', validFrom)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertTariff(
  db: Db,
  values: {
    establishmentId: string;
    supplierId: string;
    unit: 'hour' | 'day' | 'month' | 'package';
    amountMinor: number;
    currency: 'SEK' | 'DKK' | 'EUR';
    validFrom: string;
    negotiatedOn: string | null;
    negotiatedByName: string | null;
    createdAt: Date;
    createdBy: string;
  },
) {
  const row = await db
    .insertInto('offer_tariffs')
    .values({
      establishment_id: values.establishmentId,
      supplier_id: values.supplierId,
      unit: values.unit,
      amount_minor: values.amountMinor,
      currency: values.currency,
      valid_from: values.validFrom,
      negotiated_on: values.negotiatedOn,
      negotiated_by_name: values.negotiatedByName,
      created_at: values.createdAt,
      created_by: values.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function assessmentExists(
  db: Db,
  establishmentId: string,
  authority: 'IVO' | 'Socialtilsyn',
  assessedOn: string,
) {
  const row = await db
    .selectFrom('quality_assessments')
    .select('id')
    .where('establishment_id', '=', establishmentId)
    .where('authority', '=', authority)
    .where('assessed_on', '=', assessedOn)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertAssessment(
  db: Db,
  values: {
    establishmentId: string;
    authority: 'IVO' | 'Socialtilsyn';
    assessedOn: string;
    scores: Readonly<Record<QualityTheme, number>>;
    createdAt: Date;
    createdBy: string;
  },
) {
  const row = await db
    .insertInto('quality_assessments')
    .values({
      establishment_id: values.establishmentId,
      authority: values.authority,
      assessed_on: values.assessedOn,
      ...values.scores,
      created_at: values.createdAt,
      created_by: values.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Capacity columns an import sets (only those the file gives). */
export async function setOfferFields(
  db: Db,
  establishmentId: string,
  values: {
    places_total?: number;
    places_free?: number;
    next_free_on?: string | null;
    assumed_occupancy_percent?: number | null;
  },
  confirmation: Confirmation,
) {
  await db
    .updateTable('establishments')
    .set({ ...values, ...confirmedColumns(confirmation), version: sql`version + 1` })
    .where('id', '=', establishmentId)
    .execute();
}

// ---- freshness ---------------------------------------------------------------------------------

/** The matching team's organisation: its country decides which offers it counts. */
export function findOrganisation(db: Db, organisationId: string) {
  return db
    .selectFrom('organisations')
    .select('country')
    .where('id', '=', organisationId)
    .executeTakeFirst();
}

/**
 * The open offers of a country: how many, and how many were confirmed since the cutoff. The rest
 * are the stale ones (staleWhere is the opposite of confirmed since the cutoff), so their list
 * takes its total from here rather than counting them again.
 */
export async function freshnessCounts(db: Db, country: 'SE' | 'DK', cutoff: Date) {
  const row = await db
    .selectFrom('establishments as e')
    .select([
      sql<string>`count(*)`.as('total'),
      sql<string>`count(*) FILTER (WHERE e.confirmed_at >= ${cutoff})`.as('fresh'),
    ])
    .where('e.country', '=', country)
    .where('e.closed_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { total: Number(row.total), fresh: Number(row.fresh) };
}

/** One page of a country's stale open offers; how many there are is freshnessCounts' to say. */
export function staleOffers(
  db: Db,
  country: 'SE' | 'DK',
  cutoff: Date,
  page: Page<'confirmedAt' | 'supplier'>,
) {
  const query = db
    .selectFrom('establishments as e')
    .innerJoin('organisations as s', 's.id', 'e.supplier_id')
    .select([
      'e.id',
      'e.name',
      'e.supplier_id',
      's.name as supplier_name',
      'e.confirmed_at',
      'e.confirmed_by_name',
      'e.reminded_at',
    ])
    .where('e.country', '=', country)
    .where('e.closed_at', 'is', null)
    .where(staleWhere(cutoff));
  const direction = page.order === 'asc' ? 'ASC NULLS FIRST' : 'DESC NULLS LAST';
  const ordered =
    page.sort === 'supplier'
      ? query.orderBy(sql`s.name COLLATE "C"`, page.order).orderBy(sql`e.name COLLATE "C"`)
      : query.orderBy(sql`e.confirmed_at ${sql.raw(direction)}`);
  return ordered.orderBy('e.id').limit(page.limit).offset(page.offset).execute();
}

/** Suppliers with offers stale at the cutoff that were not reminded since it. */
export async function suppliersToRemind(db: Db, country: 'SE' | 'DK', cutoff: Date) {
  const rows = await db
    .selectFrom('establishments as e')
    .select('e.supplier_id')
    .distinct()
    .where('e.country', '=', country)
    .where('e.closed_at', 'is', null)
    .where(staleWhere(cutoff))
    .where(notRemindedSince(cutoff))
    .execute();
  return rows.map((r) => r.supplier_id);
}

function notRemindedSince(cutoff: Date): Expression<SqlBool> {
  return sql<SqlBool>`(e.reminded_at IS NULL OR e.reminded_at < ${cutoff})`;
}

/**
 * Marks the supplier's stale, unreminded offers reminded now and answers them: the claim, so two
 * workers never remind of the same offer in one period.
 */
export function claimReminders(db: Db, supplierId: string, cutoff: Date, now: Date) {
  return db
    .updateTable('establishments as e')
    .set({ reminded_at: now })
    .where('e.supplier_id', '=', supplierId)
    .where('e.closed_at', 'is', null)
    .where(staleWhere(cutoff))
    .where(notRemindedSince(cutoff))
    .returning(['e.id', 'e.name', 'e.confirmed_at'])
    .execute();
}
