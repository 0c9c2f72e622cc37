// Follow-up coverage: per plan and year the visits done against the target, and per agreement
// the requests for correction still open (waiting for the supplier, overdue, or answered and
// waiting for the body). A municipality sees the visits and corrections on the agreements it
// takes part in; the plan's target is the body's own and shown to the body alone.
import { localDate } from '@tildel/domain/calendar';
import { share } from '@tildel/domain/insights/statistics';
import type { Db } from '../../../db/db.ts';
import type { Filter } from './filters.ts';
import { visibleAgreements, type Viewer } from './visibility.ts';

function yearOf(instant: Date | undefined, viewer: Viewer) {
  return instant ? Number(localDate(instant, viewer.country).slice(0, 4)) : undefined;
}

export async function followupCoverage(db: Db, viewer: Viewer, f: Filter, now: Date) {
  // A body's own plans show even before a visit is planned; others' only through visits on the
  // agreements the viewer may see.
  const visits = db
    .selectFrom('followup_plans as p')
    .innerJoin('organisations as b', 'b.id', 'p.organisation_id')
    .leftJoin('planned_visits as pv', (join) => {
      const on = join
        .onRef('pv.plan_id', '=', 'p.id')
        .on('pv.agreement_id', 'in', visibleAgreements(db, viewer));
      return f.agreementId ? on.on('pv.agreement_id', '=', f.agreementId) : on;
    })
    .select((eb) => [
      'p.id',
      'p.year',
      'p.target_visits as targetVisits',
      'p.organisation_id as bodyId',
      'b.name as body',
      eb.fn.count<string>('pv.id').filterWhere('pv.status', '<>', 'cancelled').as('planned'),
      eb.fn.count<string>('pv.id').filterWhere('pv.status', '=', 'done').as('done'),
    ])
    .where((eb) =>
      eb.or([eb('p.organisation_id', '=', viewer.organisationId), eb('pv.id', 'is not', null)]),
    )
    .groupBy(['p.id', 'b.name']);
  const fromYear = yearOf(f.from, viewer);
  const toYear = yearOf(f.to, viewer);
  const years = visits
    .$if(fromYear !== undefined, (q) => q.where('p.year', '>=', fromYear!))
    .$if(toYear !== undefined, (q) => q.where('p.year', '<=', toYear!));

  const today = localDate(now, viewer.country);
  let corrections = db
    .selectFrom('correction_requests as cr')
    .innerJoin('framework_agreements as a', 'a.id', 'cr.agreement_id')
    .select((eb) => [
      'a.id',
      'a.reference',
      'a.title',
      eb.fn.count<string>('cr.id').filterWhere('cr.status', '=', 'open').as('open'),
      eb.fn.count<string>('cr.id').filterWhere('cr.status', '=', 'answered').as('answered'),
      eb.fn
        .count<string>('cr.id')
        .filterWhere((w) => w.and([w('cr.status', '=', 'open'), w('cr.deadline', '<', today)]))
        .as('overdue'),
    ])
    .where('cr.agreement_id', 'in', visibleAgreements(db, viewer))
    .where('cr.status', 'in', ['open', 'answered'])
    .groupBy('a.id');
  if (f.agreementId) corrections = corrections.where('cr.agreement_id', '=', f.agreementId);
  if (f.from)
    corrections = corrections.where('cr.sent_on', '>=', localDate(f.from, viewer.country));
  if (f.to) corrections = corrections.where('cr.sent_on', '<=', localDate(f.to, viewer.country));

  const [plans, open] = await Promise.all([
    years.orderBy('p.year', 'desc').orderBy('b.name').execute(),
    corrections.orderBy('a.reference').execute(),
  ]);
  return {
    plans: plans.map((p) => {
      const own = p.bodyId === viewer.organisationId;
      return {
        id: p.id,
        year: p.year,
        body: p.body,
        target: own ? p.targetVisits : null,
        planned: Number(p.planned),
        done: Number(p.done),
        coverage: share(Number(p.done), own ? p.targetVisits : Number(p.planned)),
      };
    }),
    corrections: open.map((c) => ({
      agreement: { id: c.id, reference: c.reference, title: c.title },
      open: Number(c.open),
      answered: Number(c.answered),
      overdue: Number(c.overdue),
    })),
  };
}
