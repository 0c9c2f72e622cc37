import { verifyAuditChain, chainOf } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import { fieldProblem } from '../../../platform/problem.ts';
import * as repo from './repo.ts';

export async function auditRecords(
  deps: Deps,
  organisationId: string,
  before: string | undefined,
  limit: number,
) {
  if (before !== undefined && !/^\d{1,18}$/.test(before))
    throw fieldProblem('before', 'field.pattern');
  const rows = await repo.listAuditRecords(deps.db, organisationId, before, limit);
  const page = rows.slice(0, limit);
  return {
    items: page.map((r) => ({
      id: r.id,
      seq: Number(r.seq),
      at: r.at,
      // The actor's id is the joined user's, so with an id the user's name and email are there.
      actor: r.actor_id ? { id: r.actor_id, name: r.actor_name!, email: r.actor_email! } : null,
      action: r.action,
      objectType: r.object_type,
      objectId: r.object_id,
      before: r.before ?? null,
      after: r.after ?? null,
    })),
    nextBefore: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  };
}

/** An organisation admin verifies their own organisation's chain. */
export async function verifyOrganisationChain(deps: Deps, organisationId: string) {
  const { ok, checked, firstProblem } = await verifyAuditChain(deps.db, chainOf(organisationId));
  return { ok, checked, firstProblem };
}
