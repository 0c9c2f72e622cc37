// Requests nobody answered in time: a job marks each request still 'sent' whose reply window has
// passed as 'expired' (audited), and tells whoever sent them, per referral, by mail and in the
// in-app inbox. Answering after the window is refused by the answer itself (service.ts); this job
// only makes the state true in the table, for lists, the evidence pack and statistics.
import { appendAudit } from '../../../platform/audit.ts';
import { sendMail } from '../../../platform/notify.ts';
import type { Job, JobDeps } from '../../../platform/scheduler.ts';
import * as repo from './repo.ts';

/** At most this many requests per run, in one transaction; the rest wait for the next run. */
const BATCH = 500;

type Expired = Awaited<ReturnType<typeof repo.expiredRequests>>[number];

/** The expired requests grouped per referral and sender: one mail each. */
function perSender(rows: readonly Expired[]) {
  const groups = new Map<string, Expired[]>();
  for (const row of rows) {
    const key = `${row.referralId}:${row.sentBy}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()];
}

/** Expires the due requests in one transaction; answers how many. */
export async function expireSurveyRequests(deps: JobDeps): Promise<number> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const ids = await repo.expireDueRequests(trx, now, BATCH);
    const expired = await repo.expiredRequests(trx, ids);
    for (const request of expired)
      await appendAudit(trx, deps.clock, {
        organisationId: request.organisationId,
        actorUserId: null,
        action: 'survey.request_expired',
        objectType: 'survey_request',
        objectId: request.id,
        before: { state: 'sent' },
        after: {
          state: 'expired',
          referralId: request.referralId,
          establishmentId: request.establishmentId,
          supplierId: request.supplierId,
          replyBy: request.replyBy,
        },
      });
    for (const group of perSender(expired)) {
      const first = group[0]!;
      await sendMail(
        trx,
        deps,
        [{ email: first.senderEmail, locale: first.senderLocale }],
        first.organisationId,
        `/matching/referrals/${first.referralId}`,
        {
          organisationId: first.organisationId,
          country: first.country,
          subject: 'survey.email.expired.subject',
          body: 'survey.email.expired.body',
          params: {
            count: group.length,
            offers: group.map((r) => `${r.offerName} (${r.supplierName})`).join('\n- '),
          },
          instants: { replyBy: first.replyBy },
        },
      );
    }
    return expired.length;
  });
}

export const surveyJobs: Job[] = [
  {
    name: 'matching.survey_request_expiry',
    // A quarter of an hour: an acute request's window is a few hours, so its sender hears soon.
    intervalSeconds: 15 * 60,
    run: async (deps) => {
      await expireSurveyRequests(deps);
    },
  },
];
