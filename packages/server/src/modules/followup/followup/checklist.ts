// Before a visit: the establishment's permit and supervision record and how fresh its last check
// is, the checks made, the open requests for correction, the agreements' requirements and the
// latest staff-list result. Marking the permit check done needs what was seen
// (followup/permit-check.ts); it also dates the check on the permit record.
import {
  markPermitCheckDone,
  permitCheckFreshness,
  type PermitCheckProblem,
} from '@tildel/domain/followup/permit-check';
import type { Actor } from '../../../platform/access.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import type { MessageKey } from '../../../platform/i18n.ts';
import { fieldProblem, Problem } from '../../../platform/problem.ts';
import { reportOn, requirementsForSupplier, summaryOf } from '../stafflists/report.ts';
import { submissionsOf } from '../stafflists/repo.ts';
import { bodyToday, notFound } from './common.ts';
import { plannedVisitView } from './plans.ts';
import * as repo from './repo.ts';
import type { PermitCheckInput } from './schemas.ts';
import type { Db } from '../../../db/db.ts';

/** The establishment, when its supplier is on one of the body's agreements; else not found. */
export async function followedEstablishment(db: Db, bodyId: string, establishmentId: string) {
  const establishment = await repo.findEstablishment(db, establishmentId);
  if (!establishment) throw notFound();
  const agreements = await repo.agreementsOfSupplier(db, bodyId, establishment.supplierId);
  if (agreements.length === 0) throw notFound();
  return { establishment, agreements };
}

async function latestStaffList(db: Db, bodyId: string, establishmentId: string) {
  const request = await repo.latestStaffListRequest(db, bodyId, establishmentId);
  if (!request) return null;
  const [latest] = await submissionsOf(db, [request.id]);
  const summary = latest
    ? summaryOf(
        reportOn(
          latest,
          await requirementsForSupplier(db, request.agreementId, request.supplierId),
          request,
        ),
      )
    : null;
  return {
    requestId: request.id,
    periodFrom: request.periodFrom,
    periodTo: request.periodTo,
    status: request.status,
    deadline: request.deadline.toISOString(),
    submittedAt: latest ? latest.submittedAt.toISOString() : null,
    result: summary,
  };
}

export async function checklist(deps: Deps, bodyId: string, establishmentId: string) {
  const { establishment, agreements } = await followedEstablishment(
    deps.db,
    bodyId,
    establishmentId,
  );
  const today = await bodyToday(deps, bodyId);
  const permits = await repo.permitsOf(deps.db, establishmentId);
  const checkedOn = permits.map((p) => p.lastCheckedOn);
  // The record is as fresh as its least recently checked permit.
  const oldest =
    permits.length === 0 || checkedOn.includes(null)
      ? null
      : [...(checkedOn as string[])].sort()[0]!;
  return {
    establishment: {
      id: establishment.id,
      name: establishment.name,
      serviceKind: establishment.serviceKind,
      street: establishment.street,
      postalCode: establishment.postalCode,
      city: establishment.city,
      country: establishment.country,
    },
    supplier: { id: establishment.supplierId, name: establishment.supplierName },
    permits,
    freshness: permitCheckFreshness(oldest, today),
    permitChecks: (await repo.permitChecksOf(deps.db, bodyId, establishmentId)).map((c) => ({
      ...c,
      checkedAt: c.checkedAt.toISOString(),
    })),
    corrections: await repo.openCorrectionsOf(
      deps.db,
      bodyId,
      establishment.supplierId,
      establishmentId,
    ),
    agreements: await Promise.all(
      agreements.map(async (a) => ({
        id: a.id,
        reference: a.reference,
        title: a.title,
        status: a.status,
        requirements: (await repo.requirementsFor(deps.db, a.id, a.lotIds)).map((r) => ({
          id: r.id,
          kind: r.kind,
          description: r.description,
        })),
      })),
    ),
    staffList: await latestStaffList(deps.db, bodyId, establishmentId),
    plannedVisits: (await repo.plannedVisitsOfEstablishment(deps.db, bodyId, establishmentId)).map(
      plannedVisitView,
    ),
  };
}

const PROBLEM_KEYS: Record<
  PermitCheckProblem['field'],
  Record<PermitCheckProblem['code'], MessageKey>
> = {
  seen: {
    required: 'followup.permit_check.seen_required',
    unknown_value: 'followup.permit_check.seen_unknown',
  },
  note: {
    required: 'followup.permit_check.note_required',
    unknown_value: 'followup.permit_check.note_required',
  },
  decisionReference: {
    required: 'followup.permit_check.reference_required',
    unknown_value: 'followup.permit_check.reference_required',
  },
};

export async function recordPermitCheck(
  deps: Deps,
  actor: Actor,
  bodyId: string,
  establishmentId: string,
  input: PermitCheckInput,
) {
  const { establishment } = await followedEstablishment(deps.db, bodyId, establishmentId);
  const today = await bodyToday(deps, bodyId);
  const result = markPermitCheckDone(
    {
      seen: input.seen ?? null,
      note: input.note ?? null,
      decisionReference: input.decisionReference ?? null,
    },
    today,
  );
  if (!result.ok)
    throw new Problem('validation', 'problem.validation.detail', {
      fields: result.problems.map((p) => ({ field: p.field, key: PROBLEM_KEYS[p.field][p.code] })),
    });
  const permits = await repo.permitsOf(deps.db, establishmentId);
  const permitId = input.permitId ?? null;
  if (permitId && !permits.some((p) => p.id === permitId))
    throw fieldProblem('permitId', 'followup.permit_unknown');
  const plannedVisitId = input.plannedVisitId ?? null;
  if (plannedVisitId) {
    const planned = await repo.findPlannedVisit(deps.db, bodyId, plannedVisitId);
    if (planned?.establishmentId !== establishmentId)
      throw fieldProblem('plannedVisitId', 'followup.planned_visit_unavailable');
  }
  const record = result.record;
  await deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    const id = await repo.insertPermitCheck(trx, {
      bodyId,
      establishmentId,
      supplierId: establishment.supplierId,
      permitId,
      plannedVisitId,
      seen: record.seen,
      note: record.note ?? '',
      decisionReference: record.decisionReference,
      checkedOn: record.checkedOn,
      by: actor.userId,
      at: now,
    });
    // The check covers the permit named, or the whole record when none is.
    const checked = permitId ? [permitId] : permits.map((p) => p.id);
    await repo.markPermitsChecked(trx, checked, {
      on: record.checkedOn,
      by: actor.userId,
      byName: actor.name,
      at: now,
    });
    await appendAudit(trx, deps.clock, {
      organisationId: bodyId,
      actorUserId: actor.userId,
      action: 'followup.permit_checked',
      objectType: 'permit_check',
      objectId: id,
      after: { establishmentId, permitIds: checked, plannedVisitId, ...record },
    });
  });
  return checklist(deps, bodyId, establishmentId);
}
