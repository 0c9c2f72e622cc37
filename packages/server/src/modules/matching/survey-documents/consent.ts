// The supervisory authority's consent to three more weeks of an offer it has not approved
// (packages/domain/src/matching/supervisor-consent.ts): recorded once, with its note and date,
// by the municipality's matching team; the last day of use becomes the rule's six weeks from the
// start (notApprovedUse with consent).
import { localDate, startOfLocalDay } from '@tildel/domain/calendar';
import { consentRefusal, lastDayWithConsent } from '@tildel/domain/matching/supervisor-consent';
import type { Actor } from '../../../platform/access.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import { Problem } from '../../../platform/problem.ts';
import * as repo from './repo.ts';
import type { ConsentInput } from './schemas.ts';

export async function recordSupervisorConsent(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  orderId: string,
  input: ConsentInput,
) {
  return deps.db.transaction().execute(async (trx) => {
    const order = await repo.lockOrder(trx, organisationId, orderId);
    if (!order) throw new Problem('not_found', 'problem.not_found.detail');
    if (!order.not_approved_reason || !order.not_approved_until)
      throw new Problem('conflict', 'surveyDocs.not_not_approved');
    if (order.version !== input.version)
      throw new Problem('conflict', 'surveyDocs.version_conflict');
    const municipality = await repo.organisationOf(trx, organisationId);
    const country = municipality?.country ?? 'DK';
    const now = deps.clock.now();
    const refusal = consentRefusal(
      order.not_approved_until,
      input.consentOn,
      localDate(now, country),
      order.supervisor_consent_at !== null,
    );
    if (refusal === 'already_consented')
      throw new Problem('conflict', 'surveyDocs.consent_exists', {
        params: { date: localDate(order.supervisor_consent_at!, country) },
      });
    if (refusal !== null)
      throw new Problem('validation', 'surveyDocs.invalid', {
        fields: [
          refusal === 'in_future'
            ? { field: 'consentOn', key: 'surveyDocs.consent_in_future' }
            : {
                field: 'consentOn',
                key: 'surveyDocs.consent_after_end',
                params: { until: order.not_approved_until },
              },
        ],
      });
    const note = input.note.trim();
    const until = lastDayWithConsent(order.start_date);
    const changed = await repo.recordConsent(trx, orderId, {
      note,
      consentAt: startOfLocalDay(input.consentOn, country),
      until,
      now,
    });
    await appendAudit(trx, deps.clock, {
      organisationId,
      actorUserId: actor.userId,
      action: 'order.supervisor_consent_recorded',
      objectType: 'order',
      objectId: orderId,
      before: { notApprovedUntil: order.not_approved_until },
      after: { notApprovedUntil: until, consentOn: input.consentOn, note },
    });
    return {
      orderId,
      notApprovedUntil: changed.not_approved_until!,
      supervisorConsentAt: changed.supervisor_consent_at!,
      supervisorConsentNote: note,
      version: changed.version,
    };
  });
}
