// A year's follow-up plan: a target number of visits (about 60 for one body) and the visits
// planned on dates. Progress is what is done of the target against an even pace over the year,
// and which planned visits are overdue (their date has passed and they are not done).
import { isPlainDate, type PlainDate } from '../plain-date.ts';

export const PLANNED_VISIT_STATUSES = ['planned', 'done', 'cancelled'] as const;
export type PlannedVisitStatus = (typeof PLANNED_VISIT_STATUSES)[number];

export interface PlannedVisit {
  id: string;
  plannedOn: PlainDate;
  status: PlannedVisitStatus;
}

export interface VisitPlan<V extends PlannedVisit = PlannedVisit> {
  year: number;
  /** Visits the body means to make in the year. */
  target: number;
  visits: readonly V[];
}

export const PACES = ['ahead', 'on_pace', 'behind'] as const;
export type Pace = (typeof PACES)[number];

export interface PlanProgress<V extends PlannedVisit = PlannedVisit> {
  done: number;
  target: number;
  /** Visits an even pace would have done by the end of today (whole visits, rounded down). */
  expectedByToday: number;
  pace: Pace;
  /** Planned, not done and not cancelled, date still to come (today included). */
  upcoming: number;
  /** Visits of the target that have no date yet: neither done nor planned. */
  unscheduled: number;
  /** Planned visits whose date has passed without being done, earliest first. */
  overdue: V[];
}

function daysInYear(year: number): number {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
}

/** Days of the year gone by the end of `today`: 0 before the year, all of them after it. */
function daysElapsed(year: number, today: PlainDate): number {
  if (!isPlainDate(today)) throw new RangeError(`"${today}" is not a date in the form YYYY-MM-DD`);
  const jan1 = Date.UTC(year, 0, 1);
  const elapsed = (Date.parse(today) - jan1) / 86_400_000 + 1;
  return Math.min(daysInYear(year), Math.max(0, elapsed));
}

function byDateThenId(a: PlannedVisit, b: PlannedVisit): number {
  if (a.plannedOn !== b.plannedOn) return a.plannedOn < b.plannedOn ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Where the plan stands on a day: "41 of 60", ahead of or behind an even pace, what is overdue. */
export function planProgress<V extends PlannedVisit>(
  plan: VisitPlan<V>,
  today: PlainDate,
): PlanProgress<V> {
  const done = plan.visits.filter((v) => v.status === 'done').length;
  const open = plan.visits.filter((v) => v.status === 'planned');
  const overdue = open.filter((v) => v.plannedOn < today).sort(byDateThenId);
  // Integer arithmetic: the share of the target that the elapsed share of the year stands for.
  const expectedByToday = Math.floor(
    (plan.target * daysElapsed(plan.year, today)) / daysInYear(plan.year),
  );
  const pace: Pace =
    done > expectedByToday ? 'ahead' : done < expectedByToday ? 'behind' : 'on_pace';
  return {
    done,
    target: plan.target,
    expectedByToday,
    pace,
    upcoming: open.length - overdue.length,
    unscheduled: Math.max(0, plan.target - done - open.length),
    overdue,
  };
}

const WORK_RANK = { overdue: 0, upcoming: 1, done: 2, cancelled: 3 } as const;

/** Where a visit stands for the officer on a day: what to do first comes first. */
function workRank(visit: PlannedVisit, today: PlainDate): number {
  if (visit.status !== 'planned') return WORK_RANK[visit.status];
  return visit.plannedOn < today ? WORK_RANK.overdue : WORK_RANK.upcoming;
}

/**
 * The plan's visits in the order an officer works them: overdue (earliest first), then those to
 * come (soonest first), then the done ones (latest first), the cancelled last. Without it a plan
 * late in the year opens on forty visits already made.
 */
export function inWorkOrder<V extends PlannedVisit>(visits: readonly V[], today: PlainDate): V[] {
  return [...visits].sort((a, b) => {
    const rank = workRank(a, today) - workRank(b, today);
    if (rank !== 0) return rank;
    return a.status === 'planned' ? byDateThenId(a, b) : byDateThenId(b, a);
  });
}
