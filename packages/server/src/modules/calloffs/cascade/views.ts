// What the buyer and the offered supplier read of a cascade. The buyer sees every step with the
// supplier's name and rank; a supplier sees only its own offer and how it ended (not why it was
// skipped, nor anything of the others).
import { localDate } from '@tildel/domain/calendar';
import {
  cascadeOutcome,
  currentOffer,
  type CascadeState,
  type CascadeStep,
  type ResponseWindow,
} from '@tildel/domain/procedures/ranking';
import type { LotSupplier } from '@tildel/domain/procedures/invitations';
import { statusOnDate } from '@tildel/domain/supplier-status';
import { Problem } from '../../../platform/problem.ts';
import * as agreementsService from '../../agreements/agreements/service.ts';
import { withEstablishmentHidings } from '../../followup/hiding/lot-standing.ts';
import { mustRequirementSuggestions } from './must-requirements.ts';
import type { RankingCalloff } from './progress.ts';
import * as repo from './repo.ts';
import { cascadeStateFromJson } from './state-json.ts';
import type { Db } from '../../../db/db.ts';

/** What this uses of the agreements area. */
const agreements: Pick<typeof agreementsService, 'suppliersOfAgreement'> = agreementsService;

/** The call-off if it is a ranking call-off of the organisation; 404 / 409 otherwise. */
export function rankingCalloff(row: repo.CascadeCalloffRow | undefined): RankingCalloff {
  if (!row) throw new Problem('not_found', 'problem.not_found.detail');
  const { agreementId, lotId, categoryId, country } = row;
  if (row.procedure !== 'ranking' || !agreementId || !lotId || !categoryId || !country)
    throw new Problem('conflict', 'cascade.not_ranking');
  return { ...row, agreementId, lotId, categoryId, country };
}

export function stateOf(calloff: RankingCalloff): CascadeState | null {
  return calloff.cascadeState === null ? null : cascadeStateFromJson(calloff.cascadeState);
}

/**
 * The lot's suppliers as they stand now, in rank order (for a cascade about to start); a supplier
 * whose establishments on the lot are all hidden stands as hidden (hiding/lot-standing.ts).
 */
export async function lotSuppliersOf(
  db: Db,
  calloff: RankingCalloff,
  now: Date,
): Promise<LotSupplier[]> {
  const rows = await agreements.suppliersOfAgreement(db, calloff.agreementId);
  const suppliers = rows
    .filter((r) => r.lot_id === calloff.lotId)
    .map((r) => ({
      supplierId: r.supplier_id,
      rank: r.rank,
      standing: {
        status: r.status,
        hiddenFrom: r.hidden_from,
        hiddenTo: r.hidden_to,
        terminatedOn: r.terminated_on,
      },
    }));
  return withEstablishmentHidings(db, calloff.lotId, suppliers, localDate(now, calloff.country));
}

function stepView(step: CascadeStep, names: Map<string, string>) {
  const supplierId = 'supplierId' in step ? step.supplierId : null;
  return {
    kind: step.kind,
    supplierId,
    supplierName: supplierId ? (names.get(supplierId) ?? '') : null,
    rank: 'rank' in step ? step.rank : null,
    at: step.at,
    deadline: 'deadline' in step ? step.deadline : null,
    standing: step.kind === 'passed_over' ? step.status : null,
    reasonCode: step.kind === 'skipped' ? step.reason.code : null,
    reasonText:
      step.kind === 'skipped' ? step.reason.text : step.kind === 'declined' ? step.reason : null,
    // Older skips carry matching's finding in Swedish words in their text only.
    reasonFailures:
      step.kind === 'skipped'
        ? (step.reason.failures ?? []).map((f) => ({ code: f.code, params: { ...f.params } }))
        : [],
  };
}

/** The buyer's view: the lot's suppliers, every step, the standing offer and the outcome. */
export async function cascadeView(db: Db, calloff: RankingCalloff, now: Date) {
  const state = stateOf(calloff);
  const suppliers = state ? state.suppliers : await lotSuppliersOf(db, calloff, now);
  const names = new Map(
    (
      await repo.supplierNames(
        db,
        suppliers.map((s) => s.supplierId),
      )
    ).map((s) => [s.id, s.name]),
  );
  const reached = new Set(
    state?.steps.flatMap((s) => ('supplierId' in s ? [s.supplierId] : [])) ?? [],
  );
  const today = localDate(now, calloff.country);
  const offer = state ? currentOffer(state) : null;
  const outcome = state ? cascadeOutcome(state) : null;
  const order = outcome?.kind === 'order' ? await repo.orderOf(db, calloff.id) : undefined;
  const statuses = suppliers.map((s) => ({ ...s, status: statusOnDate(s.standing, today) }));
  // Before the start, the active suppliers matching finds failing a must requirement.
  const suggestions =
    state === null && calloff.status === 'draft'
      ? await mustRequirementSuggestions(
          db,
          calloff,
          calloff.serviceKind,
          statuses.filter((s) => s.status === 'active'),
          now,
        )
      : [];
  return {
    calloffId: calloff.id,
    status: calloff.status,
    version: calloff.version,
    country: calloff.country,
    // Stored at the start from the validated request (service.ts).
    window: calloff.responseWindow as ResponseWindow | null,
    started: state !== null,
    suppliers: statuses.map((s) => ({
      supplierId: s.supplierId,
      name: names.get(s.supplierId) ?? '',
      rank: s.rank,
      status: s.status,
      waiting: state !== null && !reached.has(s.supplierId),
    })),
    mustRequirementSkips: suggestions,
    steps: (state?.steps ?? []).map((step) => stepView(step, names)),
    currentOffer: offer
      ? {
          supplierId: offer.supplierId,
          supplierName: names.get(offer.supplierId) ?? '',
          rank: offer.rank,
          offeredAt: offer.offeredAt,
          deadline: offer.deadline,
        }
      : null,
    outcome: outcome
      ? {
          kind: outcome.kind,
          supplierId: outcome.kind === 'order' ? outcome.supplierId : null,
          supplierName: outcome.kind === 'order' ? (names.get(outcome.supplierId) ?? '') : null,
          orderId: order?.id ?? null,
          orderReference: order?.reference ?? null,
        }
      : null,
  };
}

/** How the supplier's own offer stands, read from its row and (for a withdrawal) the state. */
function offerStatus(
  invitation: NonNullable<Awaited<ReturnType<typeof repo.offerOf>>>,
  state: CascadeState | null,
) {
  if (invitation.accepted_at) return 'accepted' as const;
  if (invitation.declined_at) return 'declined' as const;
  if (invitation.expired_at) {
    const skipped = state?.steps.some(
      (s) => s.kind === 'skipped' && s.supplierId === invitation.supplier_id,
    );
    return skipped ? ('withdrawn' as const) : ('expired' as const);
  }
  return 'offered' as const;
}

/** The supplier's view of its offer: 404 when it was never offered the call-off. */
export async function offerView(db: Db, supplierId: string, calloffId: string, now: Date) {
  const calloff = rankingCalloff(await repo.findOfferedCalloff(db, supplierId, calloffId));
  const invitation = await repo.offerOf(db, calloffId, supplierId);
  if (!invitation?.response_deadline) throw new Problem('not_found', 'problem.not_found.detail');
  const status = offerStatus(invitation, stateOf(calloff));
  const order = status === 'accepted' ? await repo.orderOf(db, calloffId) : undefined;
  return {
    calloffId,
    title: calloff.title,
    country: calloff.country,
    status,
    offeredAt: invitation.invited_at,
    deadline: invitation.response_deadline,
    deadlinePassed: now.getTime() > invitation.response_deadline.getTime(),
    respondedAt: invitation.accepted_at ?? invitation.declined_at,
    declineReason: invitation.decline_reason,
    orderId: order?.id ?? null,
    orderReference: order?.reference ?? null,
  };
}
