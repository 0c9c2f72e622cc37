// The filters every statistics view takes (period, municipality, agreement, DPS, procedure), the
// period made into instants in the viewer's country.
import { endOfLocalDay, startOfLocalDay } from '@tildel/domain/calendar';
import { fieldProblem } from '../../../platform/problem.ts';
import type { StatisticsQuery } from './schemas.ts';
import type { Viewer } from './visibility.ts';

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
