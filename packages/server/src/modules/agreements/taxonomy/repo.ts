import type { Transaction } from 'kysely';
import type {
  DefaultCategory,
  DefaultTargetGroup,
  PriceUnit,
  ServiceKind,
} from '@tildel/domain/taxonomy';
import type { DB } from '../../../db/types.ts';
import type { Db } from '../../../db/db.ts';

export function findOrganisation(db: Db, id: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'kind', 'name'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function hasCategories(db: Db, organisationId: string): Promise<boolean> {
  const row = await db
    .selectFrom('service_categories')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export function listCategories(db: Db, organisationId: string, withRetired: boolean) {
  let query = db
    .selectFrom('service_categories')
    .selectAll()
    .where('organisation_id', '=', organisationId);
  if (!withRetired) query = query.where('retired_at', 'is', null);
  return query.orderBy('service_kind').orderBy('code').execute();
}

export function listTargetGroups(db: Db, organisationId: string, withRetired: boolean) {
  let query = db
    .selectFrom('target_groups')
    .selectAll()
    .where('organisation_id', '=', organisationId);
  if (!withRetired) query = query.where('retired_at', 'is', null);
  return query.orderBy('code').execute();
}

export function findCategory(trx: Transaction<DB>, organisationId: string, id: string) {
  return trx
    .selectFrom('service_categories')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function findTargetGroup(trx: Transaction<DB>, organisationId: string, id: string) {
  return trx
    .selectFrom('target_groups')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export interface Names {
  sv: string;
  da: string;
  en: string;
}

export function insertCategory(
  trx: Transaction<DB>,
  values: {
    organisationId: string;
    code: string;
    serviceKind: ServiceKind;
    area: string | null;
    names: Names;
    defaultUnit: PriceUnit;
    createdAt: Date;
  },
) {
  return (
    trx
      .insertInto('service_categories')
      .values({
        organisation_id: values.organisationId,
        code: values.code,
        service_kind: values.serviceKind,
        area: values.area,
        name_sv: values.names.sv,
        name_da: values.names.da,
        name_en: values.names.en,
        default_unit: values.defaultUnit,
        created_at: values.createdAt,
      })
      // A code already taken inserts nothing (checked by the caller): no race can make it a 500.
      .onConflict((oc) => oc.columns(['organisation_id', 'code']).doNothing())
      .returningAll()
      .executeTakeFirst()
  );
}

export function insertTargetGroup(
  trx: Transaction<DB>,
  values: { organisationId: string; code: string; names: Names; createdAt: Date },
) {
  return (
    trx
      .insertInto('target_groups')
      .values({
        organisation_id: values.organisationId,
        code: values.code,
        name_sv: values.names.sv,
        name_da: values.names.da,
        name_en: values.names.en,
        created_at: values.createdAt,
      })
      // A code already taken inserts nothing (checked by the caller): no race can make it a 500.
      .onConflict((oc) => oc.columns(['organisation_id', 'code']).doNothing())
      .returningAll()
      .executeTakeFirst()
  );
}

export function updateEntry(
  trx: Transaction<DB>,
  table: 'service_categories' | 'target_groups',
  id: string,
  change: { name_sv?: string; name_da?: string; name_en?: string; retired_at?: Date | null },
) {
  return trx
    .updateTable(table)
    .set(change)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

// ---- the defaults every procurement organisation starts with (defaults.ts) ------------------------

/** Adds the categories the organisation does not have yet (by code); those it has are left alone. */
export async function insertMissingCategories(
  trx: Transaction<DB>,
  organisationId: string,
  categories: readonly DefaultCategory[],
  at: Date,
) {
  await trx
    .insertInto('service_categories')
    .values(
      categories.map((c) => ({
        organisation_id: organisationId,
        code: c.code,
        service_kind: c.serviceKind,
        area: c.area,
        name_sv: c.names.sv,
        name_da: c.names.da,
        name_en: c.names.en,
        default_unit: c.unit,
        created_at: at,
      })),
    )
    .onConflict((oc) => oc.columns(['organisation_id', 'code']).doNothing())
    .execute();
}

/** Adds the target groups the organisation does not have yet (by code). */
export async function insertMissingTargetGroups(
  trx: Transaction<DB>,
  organisationId: string,
  groups: readonly DefaultTargetGroup[],
  at: Date,
) {
  await trx
    .insertInto('target_groups')
    .values(
      groups.map((g) => ({
        organisation_id: organisationId,
        code: g.code,
        name_sv: g.names.sv,
        name_da: g.names.da,
        name_en: g.names.en,
        created_at: at,
      })),
    )
    .onConflict((oc) => oc.columns(['organisation_id', 'code']).doNothing())
    .execute();
}
