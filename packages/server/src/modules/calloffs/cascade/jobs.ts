// Recurring work of the cascade area: an offer nobody answered passes on once its deadline has
// gone by on the server's clock. Each call-off moves in its own transaction (locked, skipped when
// another worker holds it), so one failure stops no other and running twice moves nothing twice.
import { expire } from '@tildel/domain/procedures/ranking';
import type { Job, JobDeps } from '../../../platform/scheduler.ts';
import { moveOn } from './progress.ts';
import * as repo from './repo.ts';
import { rankingCalloff, stateOf } from './views.ts';

/** Passes on every offer whose deadline has passed; answers how many moved. */
export async function expireOffers(deps: JobDeps): Promise<number> {
  const due = await repo.offeringPastDeadline(deps.db, deps.clock.now());
  let moved = 0;
  for (const calloffId of due) {
    const done = await deps.db.transaction().execute(async (trx) => {
      const row = await repo.lockOffering(trx, calloffId);
      if (!row) return false;
      const calloff = rankingCalloff(row);
      const before = stateOf(calloff);
      if (!before) return false;
      const result = expire(before, deps.clock.now());
      if (!result.ok) return false;
      await moveOn(trx, deps, {
        calloff,
        before,
        after: result.state,
        actorUserId: null,
        action: 'calloff.offer_expired',
      });
      return true;
    });
    if (done) moved += 1;
  }
  return moved;
}

export const cascadeJobs: Job[] = [
  {
    name: 'cascade.expire',
    intervalSeconds: 60,
    run: async (deps) => {
      await expireOffers(deps);
    },
  },
];
