// Time from need to order: whole days from the caseworker submitting the need to the order the
// call-off made, in the municipality's local dates; the median, a distribution and per procedure.
// The database counts the orders per procedure and day; the figures come from those counts.
import { tallyDayDistribution, tallyMedian, type Tally } from '@tildel/domain/insights/statistics';
import { CALLOFF_PROCEDURES } from '@tildel/domain/procedures/vocabulary';
import type { Deps } from '../../../platform/deps.ts';
import type { Filter } from './filters.ts';
import * as repo from './repo.ts';
import type { Viewer } from './visibility.ts';

export async function needToOrder(deps: Deps, viewer: Viewer, f: Filter) {
  const rows = await repo.orderLeadDays(deps.db, viewer, f);
  const counted = rows.map((r) => ({
    procedure: r.procedure,
    value: Number(r.days),
    count: Number(r.orders),
  }));
  const orders = (tally: readonly Tally[]) => tally.reduce((sum, t) => sum + t.count, 0);
  return {
    orders: orders(counted),
    medianDays: tallyMedian(counted),
    buckets: tallyDayDistribution(counted),
    byProcedure: CALLOFF_PROCEDURES.map((procedure) => {
      const of = counted.filter((c) => c.procedure === procedure);
      return { procedure, orders: orders(of), medianDays: tallyMedian(of) };
    }),
  };
}
