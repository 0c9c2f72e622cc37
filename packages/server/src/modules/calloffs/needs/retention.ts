// Retention: a closed need's free text about the person (the person's needs in words and the
// description) is emptied RETENTION_YEARS after its case closed (withdrawn, or fulfilled with
// every order from it over: repo.ts needsDueForPurge), by a daily job; the rest of the
// need stays for follow-up and statistics. One audit record per need, without the text.
// Referrals have no table of their own yet: a referral is a need here (0003_needs.sql).
import { appendAudit } from '../../../platform/audit.ts';
import type { Job, JobDeps } from '../../../platform/scheduler.ts';
import { needsDueForPurge, purgeNeedText } from './repo.ts';

const BATCH = 500;

/** Purges every need due; answers how many were purged. */
export async function purgeClosedNeedTexts(deps: JobDeps): Promise<number> {
  const { db, clock, config } = deps;
  let purged = 0;
  for (;;) {
    const now = clock.now();
    const due = await needsDueForPurge(db, now, config.retentionYears, BATCH);
    for (const need of due) {
      await db.transaction().execute(async (trx) => {
        if (!(await purgeNeedText(trx, need.id, now))) return;
        await appendAudit(trx, clock, {
          organisationId: need.organisationId,
          actorUserId: null,
          action: 'need.text_purged',
          objectType: 'need',
          objectId: need.id,
          after: { fields: ['person.needs', 'description'], retentionYears: config.retentionYears },
        });
        purged += 1;
      });
    }
    if (due.length < BATCH) return purged;
  }
}

export const retentionJobs: Job[] = [
  {
    name: 'needs.retention',
    intervalSeconds: 24 * 60 * 60,
    run: async (deps) => {
      await purgeClosedNeedTexts(deps);
    },
  },
];
