// Time from need to order: whole days from the caseworker submitting the need to the order the
// call-off made, in the municipality's local dates; the median, a distribution and per procedure.
import { dayDistribution, daysBetween, median } from '@tildel/domain/insights/statistics';
import { CALLOFF_PROCEDURES } from '@tildel/domain/procedures/vocabulary';
import type { Deps } from '../../../platform/deps.ts';
import type { Filter } from './filters.ts';
import * as repo from './repo.ts';
import type { Viewer } from './visibility.ts';

export async function needToOrder(deps: Deps, viewer: Viewer, f: Filter) {
  const rows = await repo.orderLeadTimes(deps.db, viewer, f);
  const measured = rows.map((r) => ({
    procedure: r.procedure,
    days: daysBetween(r.submittedAt!, r.orderedAt, r.country),
  }));
  const days = measured.map((m) => m.days);
  return {
    orders: days.length,
    medianDays: median(days),
    buckets: dayDistribution(days),
    byProcedure: CALLOFF_PROCEDURES.map((procedure) => {
      const of = measured.filter((m) => m.procedure === procedure).map((m) => m.days);
      return { procedure, orders: of.length, medianDays: median(of) };
    }),
  };
}
