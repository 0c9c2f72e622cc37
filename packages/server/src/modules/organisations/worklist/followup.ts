// The follow-up rows of the work lists: the quality officer's plan progress, overdue and next
// visits, corrections to see through and staff lists awaited; the supplier's requests to answer.
import { deadlinePassed } from '@tildel/domain/followup/correction';
import type { PlainDate } from '@tildel/domain/calendar';
import type { Country } from '@tildel/domain/country';
import type { Db } from '../../../db/db.ts';
import type { Deps } from '../../../platform/deps.ts';
import * as followupPlans from '../../followup/followup/plans.ts';
import * as repo from './followup-repo.ts';
import type { Worklist } from './schemas.ts';

type Quality = NonNullable<Worklist['quality']>;
type Supplier = NonNullable<Worklist['supplier']>;

/** Visits to come that the home page shows; the plan page has them all. */
const NEXT_VISITS = 5;

/**
 * This year's plan as the follow-up area reads it (progress, visits in work order): the overdue
 * visits and the next ones to come.
 */
export async function planOnHome(
  deps: Deps,
  bodyId: string,
  today: PlainDate,
): Promise<Quality['plan']> {
  const year = Number(today.slice(0, 4));
  const { plan, visits, progress } = await followupPlans.planOfYear(deps, bodyId, year);
  if (!plan || !progress) return null;
  // A visit planned without a date is due by the end of the plan's year (as on the plan page).
  const rows = visits.map((v) => ({
    id: v.id,
    status: v.status,
    plannedOn: v.plannedOn ?? `${year}-12-31`,
    establishmentId: v.establishment.id,
    establishmentName: v.establishment.name,
    agreementId: v.agreement.id,
    supplierName: v.supplier.name,
  }));
  const overdue = new Set(progress.overdue);
  const visitRow = ({ status: _status, ...row }: (typeof rows)[number]) => row;
  return {
    year,
    done: progress.done,
    target: progress.target,
    expectedByToday: progress.expectedByToday,
    pace: progress.pace,
    overdue: rows.filter((v) => overdue.has(v.id)).map(visitRow),
    // The visits come in work order: those to come follow the overdue ones, soonest first.
    next: rows
      .filter((v) => v.status === 'planned' && !overdue.has(v.id))
      .slice(0, NEXT_VISITS)
      .map(visitRow),
  };
}

/** It is the supplier's turn (open, or its answer rejected) and the deadline day has ended. */
function correctionOverdue(
  row: { status: string; deadline: PlainDate; country: Country },
  now: Date,
) {
  return row.status !== 'answered' && deadlinePassed(row, now);
}

export async function correctionsDue(
  db: Db,
  bodyId: string,
  now: Date,
): Promise<Quality['correctionsDue']> {
  const rows = await repo.correctionsDue(db, bodyId);
  return rows.map((r) => ({
    id: r.id,
    partyName: r.supplier_name,
    establishmentName: r.establishment_name,
    status: r.status as 'open' | 'answered' | 'rejected',
    deadline: r.deadline,
    overdue: correctionOverdue(r, now),
  }));
}

export async function correctionsToAnswer(
  db: Db,
  supplierId: string,
  now: Date,
): Promise<Supplier['correctionRequests']> {
  const rows = await repo.correctionsToAnswer(db, supplierId);
  return rows.map((r) => ({
    id: r.id,
    partyName: r.body_name,
    establishmentName: r.establishment_name,
    status: r.status as 'open' | 'rejected',
    deadline: r.deadline,
    overdue: correctionOverdue(r, now),
  }));
}

export async function staffListsAwaited(
  db: Db,
  scope: { bodyId: string } | { supplierId: string },
  now: Date,
): Promise<Quality['staffListsAwaited']> {
  const rows = await repo.staffListsAwaited(db, scope);
  return rows.map((r) => ({
    id: r.id,
    supplierName: r.supplier_name,
    bodyName: r.body_name,
    establishmentName: r.establishment_name,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    deadline: new Date(r.deadline).toISOString(),
    overdue: new Date(r.deadline) < now,
  }));
}
