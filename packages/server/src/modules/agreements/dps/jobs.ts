// Recurring work of the dps area: remind the owner's procurement officers of applications whose
// decision is due soon. Each application is reminded of once (reminded_at), in the same
// transaction as its email, so running the job twice sends nothing twice.
import { isReminderDue } from '@tildel/domain/qualification';
import { appendAudit } from '../../../platform/audit.ts';
import type { Job, JobDeps } from '../../../platform/scheduler.ts';
import { mailOfficers } from './notify.ts';
import * as repo from './repo.ts';

// Wider than any reminder lead (two working days plus a long holiday), so the domain rule decides.
const LOOKAHEAD_MS = 14 * 86_400_000;

export async function sendDueReminders(deps: JobDeps): Promise<number> {
  const { db, clock } = deps;
  return db.transaction().execute(async (trx) => {
    const now = clock.now();
    const candidates = await repo.lockRemindable(trx, new Date(now.getTime() + LOOKAHEAD_MS));
    let sent = 0;
    for (const candidate of candidates) {
      const application = await repo.findApplication(trx, candidate.id);
      const dps = await repo.findSystem(trx, candidate.dps_id);
      if (!application || !dps) continue;
      const due = {
        status: candidate.status,
        decisionDueAt: candidate.decision_due_at,
        remindedAt: candidate.reminded_at,
      };
      if (!isReminderDue(due, now, dps.country)) continue;
      await repo.markReminded(trx, candidate.id, now);
      await appendAudit(trx, clock, {
        organisationId: dps.organisation_id,
        actorUserId: null,
        action: 'dps.application.reminded',
        objectType: 'dps_application',
        objectId: candidate.id,
        after: { decisionDueAt: candidate.decision_due_at.toISOString() },
      });
      await mailOfficers(trx, deps, dps.organisation_id, candidate.dps_id, {
        organisationId: dps.organisation_id,
        country: dps.country,
        subject: 'email.dps.reminder.subject',
        body: 'email.dps.reminder.body',
        params: { supplier: application.supplier_name, dps: dps.title, reference: dps.reference },
        instants: { due: candidate.decision_due_at },
      });
      sent += 1;
    }
    return sent;
  });
}

export const dpsJobs: Job[] = [
  {
    name: 'dps.decision_reminders',
    intervalSeconds: 900,
    run: async (deps) => {
      await sendDueReminders(deps);
    },
  },
];
