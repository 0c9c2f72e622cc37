// Follow-up coverage: per plan and year the visits done against the target, and per agreement
// the requests for correction still open (waiting for the supplier, overdue, or answered and
// waiting for the body). A municipality sees the visits and corrections on the agreements it
// takes part in; the plan's target is the body's own and shown to the body alone.
import { localDate } from '@tildel/domain/calendar';
import { share } from '@tildel/domain/insights/statistics';
import type { Deps } from '../../../platform/deps.ts';
import type { Filter } from './filters.ts';
import * as repo from './repo.ts';
import type { Viewer } from './visibility.ts';

export async function followupCoverage(deps: Deps, viewer: Viewer, f: Filter) {
  const day = (instant: Date | undefined) =>
    instant ? localDate(instant, viewer.country) : undefined;
  const year = (instant: Date | undefined) => {
    const d = day(instant);
    return d ? Number(d.slice(0, 4)) : undefined;
  };
  const [plans, corrections] = await Promise.all([
    repo.planCoverage(deps.db, viewer, f, { from: year(f.from), to: year(f.to) }),
    repo.openCorrections(deps.db, viewer, f, {
      today: localDate(deps.clock.now(), viewer.country),
      from: day(f.from),
      to: day(f.to),
    }),
  ]);
  return {
    plans: plans.map((p) => {
      const own = p.bodyId === viewer.organisationId;
      const done = Number(p.done);
      return {
        id: p.id,
        year: p.year,
        body: p.body,
        target: own ? p.targetVisits : null,
        planned: Number(p.planned),
        done,
        coverage: share(done, own ? p.targetVisits : Number(p.planned)),
      };
    }),
    corrections: corrections.map((c) => ({
      agreement: { id: c.id, reference: c.reference, title: c.title },
      open: Number(c.open),
      answered: Number(c.answered),
      overdue: Number(c.overdue),
    })),
  };
}
