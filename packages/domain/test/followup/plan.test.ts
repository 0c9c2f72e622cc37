import { describe, expect, it } from 'vitest';
import {
  inWorkOrder,
  planProgress,
  type PlannedVisit,
  type VisitPlan,
} from '../../src/followup/plan.ts';

/** A plan for 2026 with 60 visits: `done` of them done in the first months, the rest planned. */
function planOf2026(done: number, extra: PlannedVisit[] = []): VisitPlan {
  const visits: PlannedVisit[] = [];
  for (let i = 0; i < 60; i += 1) {
    const month = String(1 + Math.floor(i / 5)).padStart(2, '0');
    const day = String(1 + (i % 5) * 5).padStart(2, '0');
    visits.push({
      id: `v${String(i).padStart(2, '0')}`,
      plannedOn: `2026-${month}-${day}`,
      status: i < done ? 'done' : 'planned',
    });
  }
  return { year: 2026, target: 60, visits: [...visits, ...extra] };
}

describe('progress against the year plan', () => {
  it('reads 41 of 60, on an even pace on 7 September (day 250 of 365: 41 expected)', () => {
    const progress = planProgress(planOf2026(41), '2026-09-07');
    expect(progress).toMatchObject({ done: 41, target: 60, expectedByToday: 41, pace: 'on_pace' });
  });

  it('is behind on 1 October, when an even pace would have done 45', () => {
    expect(planProgress(planOf2026(41), '2026-10-01')).toMatchObject({
      expectedByToday: 45,
      pace: 'behind',
    });
  });

  it('is ahead on 1 August, when an even pace would have done 35', () => {
    expect(planProgress(planOf2026(41), '2026-08-01')).toMatchObject({
      expectedByToday: 35,
      pace: 'ahead',
    });
  });

  it('expects nothing before the year and the whole target after it', () => {
    expect(planProgress(planOf2026(0), '2025-12-31').expectedByToday).toBe(0);
    expect(planProgress(planOf2026(0), '2026-01-01').expectedByToday).toBe(0);
    expect(planProgress(planOf2026(60), '2026-12-31')).toMatchObject({
      expectedByToday: 60,
      pace: 'on_pace',
    });
    expect(planProgress(planOf2026(59), '2027-03-01')).toMatchObject({
      expectedByToday: 60,
      pace: 'behind',
    });
  });

  it('lists the planned visits whose date has passed without being done, earliest first', () => {
    // 41 done: visits 41-44 (September 6, 11, 16, 21) are still planned on 21 September.
    const progress = planProgress(planOf2026(41), '2026-09-21');
    expect(progress.overdue.map((v) => [v.id, v.plannedOn])).toEqual([
      ['v41', '2026-09-06'],
      ['v42', '2026-09-11'],
      ['v43', '2026-09-16'],
    ]);
    expect(progress.upcoming).toBe(60 - 41 - 3);
  });

  it('does not count cancelled visits as done, overdue or upcoming, and shows what is unscheduled', () => {
    const plan = planOf2026(41);
    const visits = plan.visits.map((v) =>
      v.id === 'v41' || v.id === 'v59' ? { ...v, status: 'cancelled' as const } : v,
    );
    const progress = planProgress({ ...plan, visits }, '2026-09-07');
    expect(progress).toMatchObject({ done: 41, upcoming: 17, unscheduled: 2, overdue: [] });
  });

  it('breaks ties between overdue visits of the same day by id', () => {
    const extra: PlannedVisit[] = [
      { id: 'b-extra', plannedOn: '2026-09-06', status: 'planned' },
      { id: 'a-extra', plannedOn: '2026-09-06', status: 'planned' },
    ];
    const progress = planProgress(planOf2026(41, extra), '2026-09-07');
    expect(progress.overdue.map((v) => v.id)).toEqual(['a-extra', 'b-extra', 'v41']);
  });
});

describe('inWorkOrder', () => {
  it('puts the overdue visits first, then those to come, the done ones after, the cancelled last', () => {
    // 41 done (visits 1-41 all on dates before 21 September), three overdue, the rest to come.
    const plan = planOf2026(41);
    const visits = plan.visits.map((v) =>
      v.id === 'v59' ? { ...v, status: 'cancelled' as const } : v,
    );
    const ordered = inWorkOrder(visits, '2026-09-21');
    expect(ordered.slice(0, 3).map((v) => v.id)).toEqual(['v41', 'v42', 'v43']);
    expect(ordered[3]).toMatchObject({ id: 'v44', status: 'planned' });
    const firstDone = ordered.findIndex((v) => v.status === 'done');
    expect(firstDone).toBe(3 + (60 - 41 - 3 - 1));
    // The latest visit made comes first among the done ones.
    const done = ordered.filter((v) => v.status === 'done').map((v) => v.plannedOn);
    expect(done).toEqual([...done].sort().reverse());
    expect(ordered.at(-1)?.id).toBe('v59');
    expect(ordered).toHaveLength(visits.length);
  });

  it('counts a visit planned for today as to come, not overdue', () => {
    const visits: PlannedVisit[] = [
      { id: 'today', plannedOn: '2026-09-21', status: 'planned' },
      { id: 'yesterday', plannedOn: '2026-09-20', status: 'planned' },
    ];
    expect(inWorkOrder(visits, '2026-09-21').map((v) => v.id)).toEqual(['yesterday', 'today']);
  });
});
