import { verifyAuditChain, chainOf } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import { queryRows } from '../../../platform/export.ts';
import { pageOf } from '../../../platform/paging.ts';
import * as repo from './repo.ts';
import { AUDIT_PAGE_DEFAULTS, type AuditQuery } from './schemas.ts';

type AuditRow = Awaited<ReturnType<typeof repo.listAuditRecords>>['items'][number];

const recordView = (r: AuditRow) => ({
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
});

export async function auditRecords(deps: Deps, organisationId: string, query: AuditQuery) {
  const { items, ...paging } = await repo.listAuditRecords(
    deps.db,
    organisationId,
    pageOf(query, AUDIT_PAGE_DEFAULTS),
  );
  return { ...paging, items: items.map(recordView) };
}

/** Every record of the trail in the list's order, a batch at a time: a download's rows. */
export function auditRows(
  deps: Deps,
  organisationId: string,
  query: Omit<AuditQuery, 'limit' | 'offset'>,
) {
  const sort = pageOf(query, AUDIT_PAGE_DEFAULTS);
  return queryRows(deps.db, repo.auditRecordsInOrder(deps.db, organisationId, sort), recordView);
}

/** An organisation admin verifies their own organisation's chain. */
export async function verifyOrganisationChain(deps: Deps, organisationId: string) {
  const { ok, checked, firstProblem } = await verifyAuditChain(deps.db, chainOf(organisationId));
  return { ok, checked, firstProblem };
}
