// Call-offs per procedure (ranking, renewed competition, DPS specific contract) and what became
// of them: the count in each state after the draft.
import { CALLOFF_PROCEDURES } from '@tildel/domain/procedures/vocabulary';
import type { Deps } from '../../../platform/deps.ts';
import type { Filter } from './filters.ts';
import * as repo from './repo.ts';
import { OUTCOMES } from './schemas.ts';
import type { Viewer } from './visibility.ts';

type Outcome = (typeof OUTCOMES)[number];

export async function calloffsByProcedure(deps: Deps, viewer: Viewer, f: Filter) {
  const rows = await repo.calloffCounts(deps.db, viewer, f);
  const items = CALLOFF_PROCEDURES.map((procedure) => {
    const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
    let total = 0;
    for (const row of rows) {
      if (row.procedure !== procedure || row.status === 'draft') continue;
      outcomes[row.status] = Number(row.count);
      total += Number(row.count);
    }
    return { procedure, total, ...outcomes };
  });
  return { items };
}
