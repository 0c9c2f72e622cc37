// DPS decision times against the 10-working-day clock (15 when extended with a reason): per DPS
// the applications decided on time and late, the median working days to a decision in the
// body's country, and those still waiting, overdue or not. The period is when they were received.
import {
  decisionTiming,
  DPS_DECISION_WORKING_DAYS,
  median,
} from '@tildel/domain/insights/statistics';
import type { Deps } from '../../../platform/deps.ts';
import type { Filter } from './filters.ts';
import * as repo from './repo.ts';
import type { Viewer } from './visibility.ts';

export async function dpsDecisionTimes(deps: Deps, viewer: Viewer, f: Filter) {
  const now = deps.clock.now();
  const rows = await repo.dpsApplications(deps.db, viewer, f);
  // Grouped in one pass (a DPS has thousands of applications; copying its group per row did not).
  const byDps = Map.groupBy(rows, (r) => r.dpsId);
  const items = [...byDps.values()].map((apps) => {
    const first = apps[0]!;
    const timings = apps.flatMap((a) =>
      a.status !== 'pending' && a.decidedAt !== null
        ? [decisionTiming({ ...a, decidedAt: a.decidedAt }, a.country)]
        : [],
    );
    const pending = apps.filter((a) => a.status === 'pending');
    return {
      dps: { id: first.dpsId, reference: first.reference, title: first.title },
      decided: timings.length,
      onTime: timings.filter((t) => t.onTime).length,
      late: timings.filter((t) => !t.onTime).length,
      pending: pending.length,
      pendingOverdue: pending.filter((a) => a.dueAt.getTime() < now.getTime()).length,
      medianWorkingDays: median(timings.map((t) => t.workingDays)),
    };
  });
  return { clockWorkingDays: DPS_DECISION_WORKING_DAYS, items };
}
