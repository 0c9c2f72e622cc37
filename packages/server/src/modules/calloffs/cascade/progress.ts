// What a step of the cascade does outside its state: every use case (start, skip, answer, the
// expiry job) moves the state with the domain, stores it, then hands the new steps here. An offer
// becomes an invitation row and an email; a skip becomes a deviation row; an ended offer is closed
// on its row; an exhausted list tells the buyers.
import {
  currentOffer,
  type CascadeState,
  type CascadeStep,
} from '@tildel/domain/procedures/ranking';
import type { Transaction } from 'kysely';
import type { CalloffStatus, DB } from '../../../db/types.ts';
import { appendAudit } from '../../../platform/audit.ts';
import { mailRoles, mailSupplier, type MailDeps } from '../../../platform/notify.ts';
import { returnNeed } from '../calloffs/service.ts';
import type { CascadeCalloffRow } from './repo.ts';
import * as repo from './repo.ts';
import { cascadeStateToJson } from './state-json.ts';

/** The call-off's status for a cascade state (an accepted offer has its order by then). */
export function statusOf(state: CascadeState): CalloffStatus {
  if (state.status === 'exhausted') return 'unfulfilled';
  return state.status === 'accepted' ? 'ordered' : 'offering';
}

/** The steps `after` added to `before` (at the start, all of them). */
function newSteps(before: CascadeState | null, after: CascadeState): CascadeStep[] {
  return after.steps.slice(before?.steps.length ?? 0);
}

/** A ranking call-off always has its agreement and lot; the use cases check that first. */
export interface RankingCalloff extends CascadeCalloffRow {
  agreementId: string;
  lotId: string;
  categoryId: string;
  country: 'SE' | 'DK';
}

/** Answers and skips are always made by a user; only the expiry job acts without one. */
function user(actorUserId: string | null): string {
  if (actorUserId === null) throw new Error('A cascade answer or skip needs the acting user');
  return actorUserId;
}

async function recordSteps(
  trx: Transaction<DB>,
  deps: MailDeps,
  change: {
    calloff: RankingCalloff;
    before: CascadeState | null;
    after: CascadeState;
    /** The buyer or supplier user acting; null for the expiry job. */
    actorUserId: string | null;
  },
) {
  const { calloff, before, after, actorUserId } = change;
  const holder = before ? currentOffer(before)?.supplierId : undefined;
  for (const step of newSteps(before, after)) {
    switch (step.kind) {
      case 'offered':
        await repo.insertOffer(trx, {
          calloffId: calloff.id,
          organisationId: calloff.organisationId,
          supplierId: step.supplierId,
          at: step.at,
          deadline: step.deadline,
        });
        await mailSupplier(trx, deps, step.supplierId, `/tenders/${calloff.id}`, {
          organisationId: calloff.organisationId,
          country: calloff.country,
          subject: 'email.cascade.offer.subject',
          body: 'email.cascade.offer.body',
          params: { title: calloff.title },
          instants: { deadline: step.deadline },
        });
        break;
      case 'accepted':
      case 'declined':
        // Only the supplier's own answer makes these steps, so there is a user.
        await repo.closeOffer(
          trx,
          calloff.id,
          step.supplierId,
          step.kind === 'accepted'
            ? { kind: 'accepted', at: step.at, by: user(actorUserId) }
            : { kind: 'declined', at: step.at, by: user(actorUserId), reason: step.reason },
        );
        break;
      case 'expired':
        await repo.closeOffer(trx, calloff.id, step.supplierId, { kind: 'expired', at: step.at });
        break;
      case 'skipped':
        await repo.insertDeviation(trx, {
          agreementId: calloff.agreementId,
          lotId: calloff.lotId,
          calloffId: calloff.id,
          organisationId: calloff.organisationId,
          supplierId: step.supplierId,
          rank: step.rank,
          code: step.reason.code,
          text: step.reason.text,
          decidedBy: user(actorUserId),
          decidedAt: step.at,
        });
        // Skipping the supplier holding the offer withdraws it.
        if (step.supplierId === holder)
          await repo.closeOffer(trx, calloff.id, step.supplierId, { kind: 'expired', at: step.at });
        break;
      case 'exhausted':
        await returnNeed(trx, deps.clock, {
          organisationId: calloff.organisationId,
          calloffId: calloff.id,
          actorUserId,
        });
        await mailRoles(trx, deps, calloff.organisationId, ['buyer'], `/calloffs/${calloff.id}`, {
          organisationId: calloff.organisationId,
          country: calloff.country,
          subject: 'email.cascade.exhausted.subject',
          body: 'email.cascade.exhausted.body',
          params: { title: calloff.title },
        });
        break;
      case 'passed_over':
        // Kept in the state only: the buyer sees who was passed over and why.
        break;
    }
  }
}

/** Stores the moved state, does what its new steps call for, and audits it. */
export async function moveOn(
  trx: Transaction<DB>,
  deps: MailDeps,
  change: {
    calloff: RankingCalloff;
    before: CascadeState | null;
    after: CascadeState;
    actorUserId: string | null;
    action: string;
    start?: Parameters<typeof repo.saveCascade>[3]['start'];
  },
) {
  const { calloff, before, after, actorUserId } = change;
  const status = statusOf(after);
  await repo.saveCascade(trx, deps.clock.now(), calloff.id, {
    state: cascadeStateToJson(after),
    status,
    start: change.start,
  });
  await recordSteps(trx, deps, { calloff, before, after, actorUserId });
  await appendAudit(trx, deps.clock, {
    organisationId: calloff.organisationId,
    actorUserId,
    action: change.action,
    objectType: 'calloff',
    objectId: calloff.id,
    before: { status: calloff.status },
    after: { status, steps: newSteps(before, after) },
  });
}
