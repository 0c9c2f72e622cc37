// Recurring work of requests for correction: remind the supplier before and on the deadline
// (each reminder once, recorded in reminders_sent) and flag a request whose deadline has passed
// without an accepted answer (once, overdue_flagged_at), telling the body's quality officers.
// Each mark is written in the same transaction as its email, so a second run sends nothing twice.
import { correctionState, reminderDue } from '@tildel/domain/followup/correction';
import { appendAudit } from '../../../platform/audit.ts';
import { mailRoles, mailSupplier } from '../../../platform/notify.ts';
import type { Job, JobDeps } from '../../../platform/scheduler.ts';
import * as repo from './repo.ts';
import { OFFICER_ROLES, officerPath, requestMail, supplierPath } from './service.ts';
import { asDomain, remindersSent } from './state.ts';

export async function remindAndFlag(deps: JobDeps): Promise<{ reminded: number; flagged: number }> {
  const { db, clock } = deps;
  return db.transaction().execute(async (trx) => {
    const now = clock.now();
    const pending = await repo.lockPending(trx);
    const answers = await repo.answersOf(
      trx,
      pending.map((r) => r.id),
    );
    let reminded = 0;
    let flagged = 0;
    for (const row of pending) {
      const request = asDomain(
        row,
        answers.filter((a) => a.requestId === row.id),
      );
      const due = reminderDue(request, now, remindersSent(row));
      if (due) {
        await repo.markReminded(trx, row.id, due);
        await appendAudit(trx, clock, {
          organisationId: row.bodyId,
          actorUserId: null,
          action: 'correction.reminded',
          objectType: 'correction_request',
          objectId: row.id,
          after: { reminder: due, deadline: row.deadline },
        });
        await mailSupplier(
          trx,
          deps,
          row.supplierId,
          supplierPath(row.id),
          requestMail(row, 'email.correction.reminder.subject', 'email.correction.reminder.body'),
        );
        reminded += 1;
      }
      if (correctionState(request, now) === 'overdue') {
        await repo.markOverdue(trx, row.id, now);
        await appendAudit(trx, clock, {
          organisationId: row.bodyId,
          actorUserId: null,
          action: 'correction.overdue_flagged',
          objectType: 'correction_request',
          objectId: row.id,
          after: { deadline: row.deadline },
        });
        await mailRoles(
          trx,
          deps,
          row.bodyId,
          OFFICER_ROLES,
          officerPath(row.id),
          requestMail(row, 'email.correction.overdue.subject', 'email.correction.overdue.body'),
        );
        flagged += 1;
      }
    }
    return { reminded, flagged };
  });
}

export const correctionJobs: Job[] = [
  {
    name: 'corrections.remind',
    intervalSeconds: 3600,
    run: async (deps) => {
      await remindAndFlag(deps);
    },
  },
];
