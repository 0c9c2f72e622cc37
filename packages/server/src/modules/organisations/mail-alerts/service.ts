// Mail failing for an hour is told to the platform's admins, once per incident: an incident opens
// when a message still undelivered first failed an hour ago or more, and closes when no message
// waits for another attempt. The alert itself goes through the outbox like every mail, so when
// the SMTP server is down altogether it arrives once the server is back (the metrics show it
// at once: tildel_outbox_messages{state="retrying"}).
import { appendAudit } from '../../../platform/audit.ts';
import { t } from '../../../platform/i18n.ts';
import { formatInstant } from '../../../platform/notify.ts';
import { enqueueEmail } from '../../../platform/outbox.ts';
import type { Job, JobDeps } from '../../../platform/scheduler.ts';
import {
  closeAlert,
  failingMessages,
  insertAlert,
  lastClosedAt,
  openAlert,
  platformAdmins,
  retryingMessages,
} from './repo.ts';

export const FAILING_FOR_MS = 60 * 60 * 1000;

/** One look at the outbox: opens an incident (and mails), closes one, or leaves things be. */
export async function checkFailingMail(deps: JobDeps): Promise<'opened' | 'closed' | null> {
  const { db, clock } = deps;
  return db.transaction().execute(async (trx) => {
    const now = clock.now();
    const open = await openAlert(trx);
    if (open) {
      if ((await retryingMessages(trx)) > 0) return null;
      await closeAlert(trx, open.id, now);
      await appendAudit(trx, clock, {
        organisationId: null,
        actorUserId: null,
        action: 'mail_alert.closed',
        objectType: 'mail_alert',
        objectId: open.id,
        before: { closedAt: null },
        after: { closedAt: now.toISOString() },
      });
      return 'closed';
    }
    const cutoff = new Date(now.getTime() - FAILING_FOR_MS);
    const failing = await failingMessages(trx, cutoff, await lastClosedAt(trx));
    if (failing.count === 0 || !failing.since) return null;
    const since = failing.since;
    const id = await insertAlert(trx, { failingSince: since, at: now, count: failing.count });
    const admins = await platformAdmins(trx);
    for (const admin of admins) {
      const params = {
        count: failing.count,
        since: formatInstant(admin.locale, admin.locale === 'da' ? 'DK' : 'SE', since),
      };
      await enqueueEmail(trx, clock, {
        organisationId: null,
        to: admin.email,
        subject: t(admin.locale, 'mail_alert.subject'),
        body: t(admin.locale, 'mail_alert.body', params),
      });
    }
    await appendAudit(trx, clock, {
      organisationId: null,
      actorUserId: null,
      action: 'mail_alert.opened',
      objectType: 'mail_alert',
      objectId: id,
      after: {
        failingSince: since.toISOString(),
        failingMessages: failing.count,
        notified: admins.length,
      },
    });
    return 'opened';
  });
}

export const mailAlertJobs: Job[] = [
  {
    name: 'mail.failure_alert',
    intervalSeconds: 5 * 60,
    run: async (deps) => {
      await checkFailingMail(deps);
    },
  },
];
