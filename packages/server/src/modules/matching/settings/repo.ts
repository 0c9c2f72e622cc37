// The matching_settings row of an organisation (none: the defaults).
import { sql } from 'kysely';
import type { Db } from '../../../db/db.ts';

export function findSettings(db: Db, organisationId: string) {
  return db
    .selectFrom('matching_settings as s')
    .leftJoin('users as u', 'u.id', 's.updated_by')
    .select([
      's.freshness_limit_days',
      's.allow_outside_agreements',
      's.weights',
      's.updated_at',
      'u.name as updated_by_name',
    ])
    .where('s.organisation_id', '=', organisationId)
    .executeTakeFirst();
}

export async function upsertSettings(
  db: Db,
  organisationId: string,
  values: {
    freshnessLimitDays: number;
    allowOutsideAgreements: boolean;
    weights: unknown;
    updatedAt: Date;
    updatedBy: string;
  },
) {
  const row = {
    freshness_limit_days: values.freshnessLimitDays,
    allow_outside_agreements: values.allowOutsideAgreements,
    weights: values.weights === null ? null : JSON.stringify(values.weights),
    updated_at: values.updatedAt,
    updated_by: values.updatedBy,
  };
  await db
    .insertInto('matching_settings')
    .values({ organisation_id: organisationId, ...row })
    .onConflict((oc) => oc.column('organisation_id').doUpdateSet(row))
    .execute();
}

/**
 * The strictest freshness limit any municipality or body of the country has set (the default
 * when none has): an offer is kept fresh for every buyer that may look at it.
 */
export async function strictestFreshnessLimit(
  db: Db,
  country: 'SE' | 'DK',
): Promise<number | null> {
  const row = await db
    .selectFrom('matching_settings as s')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .select(sql<number | null>`min(s.freshness_limit_days)`.as('limit'))
    .where('o.country', '=', country)
    .executeTakeFirst();
  return row?.limit ?? null;
}
