// DPS decision times against the 10-working-day clock (15 when extended with a reason): per DPS
// the applications decided on time and late, the median working days to a decision in the
// body's country, and those still waiting, overdue or not. The period is when they were received.
import { decisionTimes, DPS_DECISION_WORKING_DAYS } from '@tildel/domain/insights/statistics';
import type { Deps } from '../../../platform/deps.ts';
import type { Filter } from './filters.ts';
import * as repo from './repo.ts';
import type { Viewer } from './visibility.ts';

export async function dpsDecisionTimes(deps: Deps, viewer: Viewer, f: Filter) {
  const rows = await repo.dpsDecisionSpans(deps.db, viewer, f, deps.clock.now());
  const byDps = Map.groupBy(rows, (r) => r.dpsId);
  const items = [...byDps.values()].map((group) => {
    const first = group[0]!;
    const spans = group.flatMap(({ receivedOn, decidedOn, decided, onTime }) =>
      receivedOn !== null && decidedOn !== null ? [{ receivedOn, decidedOn, decided, onTime }] : [],
    );
    return {
      dps: { id: first.dpsId, reference: first.reference, title: first.title },
      ...decisionTimes(spans, first.country),
      pending: group.reduce((sum, r) => sum + r.pending, 0),
      pendingOverdue: group.reduce((sum, r) => sum + r.pendingOverdue, 0),
    };
  });
  return { clockWorkingDays: DPS_DECISION_WORKING_DAYS, items };
}
