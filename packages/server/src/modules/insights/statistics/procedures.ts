// Call-offs per procedure (ranking, renewed competition, DPS specific contract) and what became
// of them: the count in each state after the draft.
import { CALLOFF_PROCEDURES } from '@tildel/domain/procedures/vocabulary';
import type { Db } from '../../../db/db.ts';
import { filteredCalloffs, type Filter } from './filters.ts';
import { OUTCOMES } from './schemas.ts';
import type { Viewer } from './visibility.ts';

export async function calloffsByProcedure(db: Db, viewer: Viewer, f: Filter) {
  const rows = await db
    .selectFrom('calloffs as co')
    .select((eb) => ['co.procedure', 'co.status', eb.fn.countAll<string>().as('count')])
    .where('co.id', 'in', filteredCalloffs(db, viewer, f))
    .groupBy(['co.procedure', 'co.status'])
    .execute();
  const items = CALLOFF_PROCEDURES.map((procedure) => {
    const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<
      (typeof OUTCOMES)[number],
      number
    >;
    let total = 0;
    for (const row of rows.filter((r) => r.procedure === procedure && r.status !== 'draft')) {
      outcomes[row.status as (typeof OUTCOMES)[number]] = Number(row.count);
      total += Number(row.count);
    }
    return { procedure, total, ...outcomes };
  });
  return { items };
}
