// Publishing a renewed competition or DPS call-off and changing its request during the tender
// period (DOMAIN.md "How work flows" step 3). Publishing freezes the draft, makes its data key,
// invites every supplier the procedure names (none left out, each omission with its reason) and
// states the tie rule before anyone is invited; a change tells everyone and marks given bids for
// review by their authors.
import { TIE_RULE } from '@tildel/domain/evaluation/index';
import { containsPersonalIdentityNumber } from '@tildel/domain/need';
import { deadlineAfterChange, earliestDeadline } from '@tildel/domain/procedures/tender-period';
import type { Actor } from '../../../platform/access.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import type { Locale, MessageKey } from '../../../platform/i18n.ts';
import { Problem } from '../../../platform/problem.ts';
import { newDataKey } from '../../../platform/sealing.ts';
import * as calloffsRepo from '../calloffs/repo.ts';
import { detailOf } from '../calloffs/service.ts';
import { minimumOf, requireDeadline } from './deadlines.ts';
import { countryOf, inviteesOf } from './invitees.ts';
import { mailInvited } from './mail.ts';
import * as repo from './repo.ts';
import type { ChangeInput, PublishInput } from './schemas.ts';
import type { Db } from '../../../db/db.ts';
import * as bidsRepo from '../bids/repo.ts';

type FieldError = { field: string; key: MessageKey };

async function termsOrThrow(db: Db, organisationId: string, calloffId: string) {
  const terms = await repo.calloffTerms(db, organisationId, calloffId);
  if (!terms) throw new Problem('not_found', 'problem.not_found.detail');
  return terms;
}

/** Every text suppliers will read is searched for identity numbers, field by field. */
function identityNumberFields(texts: Record<string, string>): FieldError[] {
  return Object.entries(texts)
    .filter(([, text]) => containsPersonalIdentityNumber(text))
    .map(([field]) => ({ field, key: 'invitation.personal_identity_number' }));
}

function refuse(fields: FieldError[]) {
  if (fields.length > 0)
    throw new Problem('validation', fields[0]!.key, { fields: fields.map((f) => ({ ...f })) });
}

/** Locks the call-off for a status change: ownership, version, then the state it must be in. */
async function lockedCalloff(
  trx: Parameters<typeof calloffsRepo.lockCalloff>[0],
  organisationId: string,
  calloffId: string,
  version: number,
) {
  const row = await calloffsRepo.lockCalloff(trx, organisationId, calloffId);
  if (!row) throw new Problem('not_found', 'problem.not_found.detail');
  if (row.version !== version) throw new Problem('conflict', 'calloff.version_conflict');
  return row;
}

/**
 * The buyer's view of the publication: before it, who would be invited now and who is left out
 * and why, the minimum period, the earliest deadline and what blocks publishing; after it, the
 * invitations — declines and first reads only once the deadline has passed.
 */
export async function publicationOf(deps: Deps, organisationId: string, calloffId: string) {
  const terms = await termsOrThrow(deps.db, organisationId, calloffId);
  const now = deps.clock.now();
  const detail = await detailOf(deps.db, organisationId, calloffId, now);
  const country = countryOf(terms);
  const base = {
    calloffId,
    status: terms.status,
    procedure: terms.procedure,
    country,
    tieRule: [...TIE_RULE],
  };
  if (terms.procedure === 'ranking')
    return { ...base, minimum: null, earliestDeadline: null, preview: null, invitations: [] };
  const minimum = minimumOf(terms);
  if (terms.status === 'draft') {
    const invitees = await inviteesOf(deps.db, terms, now);
    const earliest = earliestDeadline(now, minimum.days, country);
    return {
      ...base,
      minimum,
      earliestDeadline: earliest.at.toISOString(),
      preview: {
        invited: invitees.invited,
        leftOut: invitees.leftOut,
        setupProblems: detail.setupProblems,
        canPublish: invitees.invited.length > 0 && detail.setupProblems.length === 0,
      },
      invitations: [],
    };
  }
  const deadlinePassed = detail.deadlinePassed;
  const invitations = await repo.invitationsOf(deps.db, organisationId, calloffId);
  return {
    ...base,
    minimum,
    earliestDeadline: null,
    preview: null,
    invitations: invitations.map((i) => ({
      supplierId: i.supplierId,
      supplierName: i.supplierName,
      invitedAt: i.invitedAt,
      // Before the deadline a decline or a read says who is (not) bidding: kept back until then.
      firstReadAt: deadlinePassed ? i.firstReadAt : null,
      declinedAt: deadlinePassed ? i.declinedAt : null,
      declineReason: deadlinePassed ? i.declineReason : null,
    })),
  };
}

export async function publish(
  deps: Deps,
  actor: Actor,
  locale: Locale,
  organisationId: string,
  calloffId: string,
  input: PublishInput,
) {
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockedCalloff(trx, organisationId, calloffId, input.version);
    if (row.status !== 'draft') throw new Problem('conflict', 'calloff.not_draft');
    const terms = await termsOrThrow(trx, organisationId, calloffId);
    if (terms.procedure === 'ranking')
      throw new Problem('conflict', 'invitation.ranking_not_published');
    const now = deps.clock.now();
    const detail = await detailOf(trx, organisationId, calloffId, now);
    const requestText = input.requestText.trim();
    const costCentre = input.costCentre.trim();
    const fields = identityNumberFields({ requestText, costCentre });
    if (detail.setupProblems.length > 0)
      fields.push({ field: 'setupProblems', key: 'invitation.setup_problems' });
    const invitees = await inviteesOf(trx, terms, now);
    if (invitees.invited.length === 0)
      fields.push({ field: 'invited', key: 'invitation.nobody_to_invite' });
    refuse(fields);
    const deadline = new Date(input.tenderDeadline);
    requireDeadline(now, deadline, terms, locale);

    const dataKey = newDataKey(deps.masterKey());
    const published = await repo.publishCalloff(trx, now, calloffId, input.version, {
      publishedBy: actor.userId,
      tenderDeadline: deadline,
      requestText,
      costCentre: costCentre === '' ? null : costCentre,
      dataKeyWrapped: dataKey.wrapped,
      dataKeyId: dataKey.keyId,
    });
    if (!published) throw new Problem('conflict', 'calloff.version_conflict');
    const supplierIds = invitees.invited.map((s) => s.supplierId);
    await repo.insertTenderInvitations(trx, now, calloffId, organisationId, supplierIds);
    await appendAudit(trx, deps.clock, {
      organisationId,
      actorUserId: actor.userId,
      action: 'calloff.published',
      objectType: 'calloff',
      objectId: calloffId,
      before: { status: 'draft' },
      after: {
        status: 'open',
        procedure: terms.procedure,
        tenderDeadline: deadline.toISOString(),
        minimum: minimumOf(terms),
        requestText,
        costCentre: costCentre === '' ? null : costCentre,
        model: detail.model,
        tieRule: [...TIE_RULE],
        invited: invitees.invited,
        leftOut: invitees.leftOut,
        dataKeyId: dataKey.keyId,
      },
    });
    await mailInvited(trx, deps, terms, supplierIds, {
      subject: 'email.invitation.invited.subject',
      body: 'email.invitation.invited.body',
      deadline,
    });
    return detailOf(trx, organisationId, calloffId, deps.clock.now());
  });
}

/**
 * A change of the request during the tender period: the new deadline must leave the minimum
 * from the change; everyone invited is told and every given bid is marked for review.
 */
export async function changeRequest(
  deps: Deps,
  actor: Actor,
  locale: Locale,
  organisationId: string,
  calloffId: string,
  input: ChangeInput,
) {
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockedCalloff(trx, organisationId, calloffId, input.version);
    if (row.status !== 'open') throw new Problem('conflict', 'invitation.not_open');
    const terms = await termsOrThrow(trx, organisationId, calloffId);
    const now = deps.clock.now();
    const current = terms.tenderDeadline!;
    const outcome = deadlineAfterChange(now, current, minimumOf(terms), countryOf(terms));
    if (!outcome.ok) throw new Problem('conflict', 'invitation.tender_period_over');
    const summary = input.summary.trim();
    const requestText = input.requestText.trim();
    refuse(identityNumberFields({ summary, requestText }));
    const deadline = new Date(input.tenderDeadline);
    requireDeadline(now, deadline, terms, locale);

    const changed = await repo.changeRequest(trx, now, calloffId, input.version, {
      requestText,
      tenderDeadline: deadline,
    });
    if (!changed) throw new Problem('conflict', 'calloff.version_conflict');
    const changeId = await repo.insertChange(trx, {
      calloffId,
      organisationId,
      changedBy: actor.userId,
      changedAt: now,
      summary,
      requestTextBefore: terms.requestText,
      requestTextAfter: requestText,
      deadlineBefore: current,
      deadlineAfter: deadline,
    });
    await bidsRepo.markBidsForReview(trx, calloffId);
    await appendAudit(trx, deps.clock, {
      organisationId,
      actorUserId: actor.userId,
      action: 'calloff.request_changed',
      objectType: 'calloff',
      objectId: calloffId,
      before: { requestText: terms.requestText, tenderDeadline: current.toISOString() },
      after: { changeId, summary, requestText, tenderDeadline: deadline.toISOString() },
    });
    const invitations = await repo.invitationsOf(trx, organisationId, calloffId);
    await mailInvited(
      trx,
      deps,
      terms,
      invitations.map((i) => i.supplierId),
      {
        subject: 'email.invitation.changed.subject',
        body: 'email.invitation.changed.body',
        params: { summary },
        deadline,
      },
    );
    return detailOf(trx, organisationId, calloffId, deps.clock.now());
  });
}
