// Time from need to order: whole days from the caseworker submitting the need to the order the
// call-off made, in the municipality's local dates; the median, a distribution and per procedure.
import { dayDistribution, daysBetween, median } from '@tildel/domain/insights/statistics';
import { CALLOFF_PROCEDURES } from '@tildel/domain/procedures/vocabulary';
import type { Db } from '../../../db/db.ts';
import { filteredCalloffs, type Filter } from './filters.ts';
import type { Viewer } from './visibility.ts';

export async function needToOrder(db: Db, viewer: Viewer, f: Filter) {
  const rows = await db
    .selectFrom('orders as o')
    .innerJoin('calloffs as co', 'co.id', 'o.calloff_id')
    .innerJoin('needs as n', 'n.id', 'co.need_id')
    .innerJoin('organisations as m', 'm.id', 'co.organisation_id')
    .select([
      'co.procedure',
      'n.submitted_at as submittedAt',
      'o.created_at as orderedAt',
      'm.country',
    ])
    .where('co.id', 'in', filteredCalloffs(db, viewer, f))
    .where('n.submitted_at', 'is not', null)
    .execute();
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
