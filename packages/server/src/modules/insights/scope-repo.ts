// Whose orders an organisation sees in insights, decided once for every insights view: a
// municipality its own orders; a joint procurement body the orders its participating
// municipalities placed under its agreements and DPSs (a call-off is made only under an agreement
// or DPS the municipality takes part in, so the call-off's agreement or DPS decides); a supplier
// the orders it received. Nothing else.
import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { OrganisationKind } from '@tildel/domain/permissions';
import type { DB } from '../../db/types.ts';
import { notFound } from '../../platform/problem.ts';

/** The organisation asking, as every insights view (spend, statistics) narrows by it. */
export interface InsightScope {
  organisationId: string;
  kind: OrganisationKind;
  country: 'SE' | 'DK';
}

/** The organisation's scope; an organisation that does not exist is not found. */
export async function insightScopeOf(
  db: Kysely<DB>,
  organisationId: string,
): Promise<InsightScope> {
  const row = await db
    .selectFrom('organisations')
    .select(['kind', 'country'])
    .where('id', '=', organisationId)
    .executeTakeFirst();
  if (!row) throw notFound();
  return { organisationId, kind: row.kind, country: row.country };
}

/**
 * The orders the scope may see, as a condition on rows `o` with an order's organisation_id,
 * supplier_id, and its call-off's agreement_id and dps_id (the spend rows of spend/repo.ts).
 */
export function ordersInScope(scope: InsightScope): RawBuilder<SqlBool> {
  const id = scope.organisationId;
  switch (scope.kind) {
    case 'municipality':
      return sql<SqlBool>`o.organisation_id = ${id}`;
    case 'supplier':
      return sql<SqlBool>`o.supplier_id = ${id}`;
    case 'procurement_body':
      return sql<SqlBool>`(o.agreement_id IN (SELECT id FROM framework_agreements WHERE organisation_id = ${id})
        OR o.dps_id IN (SELECT id FROM dynamic_purchasing_systems WHERE organisation_id = ${id}))`;
  }
}
