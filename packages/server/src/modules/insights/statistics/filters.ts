// The filters every statistics view takes, made into instants in the viewer's country and a set
// of call-offs: the period, municipality, agreement, DPS and procedure.
import { endOfLocalDay, startOfLocalDay } from '@tildel/domain/calendar';
import type { Db } from '../../../db/db.ts';
import { fieldProblem } from '../../../platform/problem.ts';
import type { StatisticsQuery } from './schemas.ts';
import { visibleCalloffs, type Viewer } from './visibility.ts';

export interface Filter extends Omit<StatisticsQuery, 'from' | 'to'> {
  from?: Date;
  to?: Date;
}

export function filterOf(query: StatisticsQuery, viewer: Viewer): Filter {
  if (query.from && query.to && query.from > query.to) {
    throw fieldProblem('to', 'statistics.period_reversed');
  }
  return {
    ...query,
    from: query.from ? startOfLocalDay(query.from, viewer.country) : undefined,
    to: query.to ? endOfLocalDay(query.to, viewer.country) : undefined,
  };
}

/**
 * The call-offs (past their draft) a view counts: those the viewer may see, or for a supplier's
 * own figures every call-off it may be invited to, narrowed by the filter. The period is when
 * the call-off was made.
 */
export function filteredCalloffs(db: Db, viewer: Viewer, f: Filter, ownInvitations = false) {
  let query = ownInvitations
    ? db.selectFrom('calloffs as c').select('c.id')
    : visibleCalloffs(db, viewer);
  query = query.where('c.status', '<>', 'draft');
  if (f.from) query = query.where('c.created_at', '>=', f.from);
  if (f.to) query = query.where('c.created_at', '<=', f.to);
  if (f.municipalityId) query = query.where('c.organisation_id', '=', f.municipalityId);
  if (f.agreementId) query = query.where('c.agreement_id', '=', f.agreementId);
  if (f.dpsId) query = query.where('c.dps_id', '=', f.dpsId);
  if (f.procedure) query = query.where('c.procedure', '=', f.procedure);
  return query;
}
