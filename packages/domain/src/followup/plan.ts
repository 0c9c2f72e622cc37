// A year's follow-up plan: a target number of visits (about 60 for one body) and the visits
// planned on dates. Progress is what is done of the target against an even pace over the year,
// and which planned visits are overdue (their date has passed and they are not done).
import { isPlainDate, type PlainDate } from '../calendar.ts';

export const PLANNED_VISIT_STATUSES = ['planned', 'done', 'cancelled'] as const;
export type PlannedVisitStatus = (typeof PLANNED_VISIT_STATUSES)[number];

export interface PlannedVisit {
  id: string;
  plannedOn: PlainDate;
  status: PlannedVisitStatus;
}

export interface VisitPlan {
  year: number;
  /** Visits the body means to make in the year. */
  target: number;
  visits: readonly PlannedVisit[];
}

export type Pace = 'ahead' | 'on_pace' | 'behind';

export interface PlanProgress {
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
  overdue: PlannedVisit[];
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
export function planProgress(plan: VisitPlan, today: PlainDate): PlanProgress {
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
