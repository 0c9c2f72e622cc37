// The not-approved rule's job: when an order uses an offer the supervisory authority has not
// approved, the authority is told through the outbox (the address per country in config:
// SUPERVISOR_EMAIL_DK / _SE), once; and the municipality's matching team is reminded on the
// rule's reminder dates before the last day of use (notApprovedUse in packages/domain/src/
// matching/not-approved.ts, applied in supervisor-consent.ts). Each notice and reminder leaves an audit record.
import { addCalendarDays, localDate } from '@tildel/domain/calendar';
import { reminderDue } from '@tildel/domain/matching/supervisor-consent';
import { appendAudit } from '../../../platform/audit.ts';
import { longDate } from '../../../platform/formats.ts';
import type { Locale } from '../../../platform/i18n.ts';
import { mailRoles, sendMail } from '../../../platform/notify.ts';
import type { Job, JobDeps } from '../../../platform/scheduler.ts';
import { SURVEY_DOCUMENT_MESSAGES } from './messages.ts';
import * as repo from './repo.ts';

const BATCH = 200;
/** The language the authority of a country reads. */
const AUTHORITY_LOCALE: Record<'SE' | 'DK', Locale> = { DK: 'da', SE: 'sv' };
/** The matching team: the role that works referrals and their orders. */
const MATCHING_TEAM = ['matching_officer'] as const;

const localizedDates = (date: string) => ({
  sv: longDate('sv', date),
  da: longDate('da', date),
  en: longDate('en', date),
});

/** Tells the supervisory authority of every order not told yet; answers how many were told. */
export async function notifySupervisors(deps: JobDeps): Promise<number> {
  return deps.db.transaction().execute(async (trx) => {
    const due = await repo.ordersToNotify(trx, BATCH);
    const told: string[] = [];
    for (const order of due) {
      const address = deps.config.supervisorEmails[order.country];
      if (!address) continue; // told once an address is configured
      const locale = AUTHORITY_LOCALE[order.country];
      await sendMail(trx, deps, [{ email: address, locale }], order.municipalityId, '/matching', {
        organisationId: order.municipalityId,
        country: order.country,
        subject: 'surveyDocs.mail.supervisor.subject',
        body: 'surveyDocs.mail.supervisor.body',
        params: {
          municipality: order.municipalityName,
          supplier: order.supplierName,
          identifier: order.supplierIdentifier,
          offer: order.establishmentName ?? order.supplierName,
          reason: order.reason ?? '',
          reference: order.reference,
          start: longDate(locale, order.startDate),
          until: longDate(locale, order.until!),
        },
      });
      await appendAudit(trx, deps.clock, {
        organisationId: order.municipalityId,
        actorUserId: null,
        action: 'order.supervisor_notified',
        objectType: 'order',
        objectId: order.id,
        after: { to: address, notApprovedUntil: order.until },
      });
      told.push(order.id);
    }
    if (told.length > 0) await repo.markNotified(trx, told, deps.clock.now());
    return told.length;
  });
}

/** Reminds the matching team of every order with a reminder due; answers how many. */
export async function remindMatchingTeams(deps: JobDeps): Promise<number> {
  const now = deps.clock.now();
  // The widest window over both countries' dates; reminderDue decides per order.
  const today = localDate(now, 'SE');
  return deps.db.transaction().execute(async (trx) => {
    const orders = await repo.ordersToRemind(
      trx,
      addCalendarDays(today, -1),
      addCalendarDays(today, 14),
      BATCH,
    );
    let reminded = 0;
    for (const order of orders) {
      const localToday = localDate(now, order.country);
      const due = reminderDue(
        order.startDate,
        order.until!,
        order.consentAt !== null,
        localToday,
        order.remindedOn,
      );
      if (due === null) continue;
      await mailRoles(trx, deps, order.municipalityId, MATCHING_TEAM, `/orders/${order.id}`, {
        organisationId: order.municipalityId,
        country: order.country,
        subject: 'surveyDocs.mail.reminder.subject',
        body: 'surveyDocs.mail.reminder.body',
        params: {
          reference: order.reference,
          supplier: order.supplierName,
          offer: order.establishmentName ?? order.supplierName,
        },
        localized: {
          until: localizedDates(order.until!),
          // Consent can be recorded once; after it, only another offer helps.
          next: SURVEY_DOCUMENT_MESSAGES[
            order.consentAt === null
              ? 'surveyDocs.mail.reminder.next_consent'
              : 'surveyDocs.mail.reminder.next_move'
          ],
        },
      });
      await repo.markReminded(trx, order.id, localToday);
      await appendAudit(trx, deps.clock, {
        organisationId: order.municipalityId,
        actorUserId: null,
        action: 'order.not_approved_reminded',
        objectType: 'order',
        objectId: order.id,
        after: { reminderDate: due, notApprovedUntil: order.until },
      });
      reminded += 1;
    }
    return reminded;
  });
}

export const notApprovedJobs: Job[] = [
  {
    name: 'matching.not_approved',
    intervalSeconds: 60 * 60,
    run: async (deps) => {
      await notifySupervisors(deps);
      await remindMatchingTeams(deps);
    },
  },
];
