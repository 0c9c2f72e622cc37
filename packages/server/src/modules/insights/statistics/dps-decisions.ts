// DPS decision times against the 10-working-day clock (15 when extended with a reason): per DPS
// the applications decided on time and late, the median working days to a decision in the
// body's country, and those still waiting, overdue or not. The period is when they were received.
import {
  decisionTiming,
  DPS_DECISION_WORKING_DAYS,
  median,
} from '@tildel/domain/insights/statistics';
import type { Db } from '../../../db/db.ts';
import type { Filter } from './filters.ts';
import { visibleDps, type Viewer } from './visibility.ts';

export async function dpsDecisionTimes(db: Db, viewer: Viewer, f: Filter, now: Date) {
  let query = db
    .selectFrom('dps_applications as ap')
    .innerJoin('dynamic_purchasing_systems as d', 'd.id', 'ap.dps_id')
    .select([
      'd.id as dpsId',
      'd.reference',
      'd.title',
      'd.country',
      'ap.status',
      'ap.received_at as receivedAt',
      'ap.decided_at as decidedAt',
      'ap.decision_due_at as dueAt',
    ])
    .where('d.id', 'in', visibleDps(db, viewer))
    .where('ap.status', 'in', ['pending', 'approved', 'rejected']);
  if (f.dpsId) query = query.where('d.id', '=', f.dpsId);
  if (f.from) query = query.where('ap.received_at', '>=', f.from);
  if (f.to) query = query.where('ap.received_at', '<=', f.to);
  const rows = await query.orderBy('d.reference').execute();

  const byDps = new Map<string, typeof rows>();
  for (const r of rows) byDps.set(r.dpsId, [...(byDps.get(r.dpsId) ?? []), r]);
  const items = [...byDps.values()].map((apps) => {
    const first = apps[0]!;
    const timings = apps
      .filter((a) => a.status !== 'pending' && a.decidedAt !== null)
      .map((a) => decisionTiming({ ...a, decidedAt: a.decidedAt! }, a.country));
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
