// Every procurement organisation starts with the default service categories and target groups
// of the domain taxonomy; it can add its own beside them.
import type { Transaction } from 'kysely';
import { DEFAULT_CATEGORIES, DEFAULT_TARGET_GROUPS } from '@tildel/domain/taxonomy';
import type { DB } from '../../db/types.ts';
import type { Clock } from '../../platform/clock.ts';

export async function seedDefaultTaxonomy(
  trx: Transaction<DB>,
  clock: Clock,
  organisationId: string,
): Promise<void> {
  const now = clock.now();
  await trx
    .insertInto('service_categories')
    .values(
      DEFAULT_CATEGORIES.map((c) => ({
        organisation_id: organisationId,
        code: c.code,
        service_kind: c.serviceKind,
        area: c.area,
        name_sv: c.names.sv,
        name_da: c.names.da,
        name_en: c.names.en,
        default_unit: c.unit,
        created_at: now,
      })),
    )
    .onConflict((oc) => oc.columns(['organisation_id', 'code']).doNothing())
    .execute();
  await trx
    .insertInto('target_groups')
    .values(
      DEFAULT_TARGET_GROUPS.map((g) => ({
        organisation_id: organisationId,
        code: g.code,
        name_sv: g.names.sv,
        name_da: g.names.da,
        name_en: g.names.en,
        created_at: now,
      })),
    )
    .onConflict((oc) => oc.columns(['organisation_id', 'code']).doNothing())
    .execute();
}
