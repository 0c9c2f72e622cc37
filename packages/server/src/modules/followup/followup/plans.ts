// A body's follow-up plan for a year: the target number of visits, the visits planned (an
// establishment on one of its agreements, on a date) and the progress (followup/plan.ts).
import { inWorkOrder, planProgress } from '@tildel/domain/followup/plan';
import type { Actor } from '../../../platform/access.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import { fieldProblem, Problem } from '../../../platform/problem.ts';
import { agreementWithSupplier } from '../logbook/repo.ts';
import { bodyToday, notFound, stale } from './common.ts';
import * as repo from './repo.ts';
import type { NewPlannedVisit, PlanInput, PlannedVisitChange } from './schemas.ts';

export function plannedVisitView(row: repo.PlannedVisitRow) {
  return {
    id: row.id,
    agreement: {
      id: row.agreementId,
      reference: row.agreementReference,
      title: row.agreementTitle,
    },
    supplier: { id: row.supplierId, name: row.supplierName },
    establishment: {
      id: row.establishmentId,
      name: row.establishmentName,
      city: row.establishmentCity,
    },
    plannedOn: row.plannedOn,
    status: row.status,
    version: row.version,
  };
}

export async function planOfYear(deps: Deps, bodyId: string, year: number) {
  const today = await bodyToday(deps, bodyId);
  const plan = await repo.findPlan(deps.db, bodyId, year);
  if (!plan) return { year, plan: null, visits: [], progress: null };
  const rows = await repo.plannedVisitsOf(deps.db, plan.id);
  // A visit planned without a date is due by the end of the plan's year.
  const visits = rows.map((row) => ({
    id: row.id,
    status: row.status,
    plannedOn: row.plannedOn ?? `${year}-12-31`,
    row,
  }));
  const progress = planProgress({ year, target: plan.targetVisits, visits }, today);
  return {
    year,
    plan: { id: plan.id, targetVisits: plan.targetVisits, version: plan.version },
    visits: inWorkOrder(visits, today).map((v) => plannedVisitView(v.row)),
    progress: { ...progress, overdue: progress.overdue.map((v) => v.id) },
  };
}

export async function savePlan(
  deps: Deps,
  actor: Actor,
  bodyId: string,
  year: number,
  input: PlanInput,
) {
  await deps.db.transaction().execute(async (trx) => {
    const plan = await repo.findPlan(trx, bodyId, year);
    const now = deps.clock.now();
    if (!plan) {
      if (input.version !== undefined) throw stale();
      const id = await repo.insertPlan(trx, {
        bodyId,
        year,
        targetVisits: input.targetVisits,
        by: actor.userId,
        at: now,
      });
      await appendAudit(trx, deps.clock, {
        organisationId: bodyId,
        actorUserId: actor.userId,
        action: 'followup.plan_created',
        objectType: 'followup_plan',
        objectId: id,
        after: { year, targetVisits: input.targetVisits },
      });
      return;
    }
    if (input.version === undefined) throw fieldProblem('version', 'followup.version_required');
    if (!(await repo.updatePlanTarget(trx, plan.id, input.version, input.targetVisits)))
      throw stale();
    await appendAudit(trx, deps.clock, {
      organisationId: bodyId,
      actorUserId: actor.userId,
      action: 'followup.plan_updated',
      objectType: 'followup_plan',
      objectId: plan.id,
      before: { targetVisits: plan.targetVisits },
      after: { targetVisits: input.targetVisits },
    });
  });
  return planOfYear(deps, bodyId, year);
}

function checkYear(plannedOn: string | null, year: number) {
  if (plannedOn !== null && !plannedOn.startsWith(`${year}-`))
    throw fieldProblem('plannedOn', 'followup.date_outside_year', { year });
}

export async function addPlannedVisit(
  deps: Deps,
  actor: Actor,
  bodyId: string,
  year: number,
  input: NewPlannedVisit,
) {
  const plannedOn = input.plannedOn ?? null;
  checkYear(plannedOn, year);
  const establishment = await repo.findEstablishment(deps.db, input.establishmentId);
  const agreement =
    establishment &&
    (await agreementWithSupplier(
      deps.db,
      bodyId,
      input.agreementId,
      establishment.supplierId,
      establishment.id,
    ));
  if (!establishment || !agreement)
    throw fieldProblem('establishmentId', 'followup.not_on_agreement');
  const id = await deps.db.transaction().execute(async (trx) => {
    const plan = await repo.findPlan(trx, bodyId, year);
    if (!plan) throw new Problem('conflict', 'followup.plan_missing');
    if (await repo.findOpenPlanned(trx, plan.id, establishment.id, agreement.id))
      throw new Problem('conflict', 'followup.already_planned');
    const created = await repo.insertPlannedVisit(trx, {
      planId: plan.id,
      bodyId,
      agreementId: agreement.id,
      supplierId: establishment.supplierId,
      establishmentId: establishment.id,
      plannedOn,
      at: deps.clock.now(),
    });
    await appendAudit(trx, deps.clock, {
      organisationId: bodyId,
      actorUserId: actor.userId,
      action: 'followup.visit_planned',
      objectType: 'planned_visit',
      objectId: created,
      after: { year, agreementId: agreement.id, establishmentId: establishment.id, plannedOn },
    });
    return created;
  });
  return plannedVisitView((await repo.findPlannedVisit(deps.db, bodyId, id))!);
}

export async function changePlannedVisit(
  deps: Deps,
  actor: Actor,
  bodyId: string,
  year: number,
  id: string,
  input: PlannedVisitChange,
) {
  await deps.db.transaction().execute(async (trx) => {
    const row = await repo.findPlannedVisit(trx, bodyId, id);
    const plan = await repo.findPlan(trx, bodyId, year);
    if (!row || !plan || row.planId !== plan.id) throw notFound();
    if (row.version !== input.version) throw stale();
    if (row.status === 'done') throw new Problem('conflict', 'followup.planned_visit_done');
    const plannedOn = input.plannedOn === undefined ? row.plannedOn : input.plannedOn;
    checkYear(plannedOn, year);
    const status = input.status ?? row.status;
    if (!(await repo.updatePlannedVisit(trx, id, input.version, { plannedOn, status })))
      throw stale();
    await appendAudit(trx, deps.clock, {
      organisationId: bodyId,
      actorUserId: actor.userId,
      action: 'followup.planned_visit_changed',
      objectType: 'planned_visit',
      objectId: id,
      before: { plannedOn: row.plannedOn, status: row.status },
      after: { plannedOn, status },
    });
  });
  return plannedVisitView((await repo.findPlannedVisit(deps.db, bodyId, id))!);
}
