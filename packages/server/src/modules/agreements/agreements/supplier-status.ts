// A supplier's status on an agreement (hidden, hiding lifted, terminated; on one lot or all) and
// its timeline.
import {
  applyStatusChange,
  statusChangeRefusal,
  type StatusChange,
} from '@tildel/domain/supplier-status';
import type { Static } from 'typebox';
import type { Actor } from '../../../platform/access.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import type { MessageKey } from '../../../platform/i18n.ts';
import { pageOf } from '../../../platform/paging.ts';
import { fieldProblem, notFound } from '../../../platform/problem.ts';
import { noticeOfHiding, noticeOfTermination } from '../../followup/hiding/notices.ts';
import * as repo from './repo.ts';
import { TIMELINE_PAGE_DEFAULTS, type StatusChangeInput, type timelineQuery } from './schemas.ts';
import { changeOwned, requireRunning, standingOf, todayFor, visibleOrThrow } from './shared.ts';

const REFUSAL_KEYS = {
  terminated_is_final: 'agreement.status.terminated_is_final',
  not_hidden: 'agreement.status.not_hidden',
  hidden_to_before_from: 'agreement.status.hidden_to_before_from',
} as const satisfies Record<string, MessageKey>;

function statusChangeOf(input: StatusChangeInput): StatusChange {
  const reason = input.reason?.trim();
  if (input.action !== 'lift' && !reason)
    throw fieldProblem('reason', 'agreement.status.reason_required');
  switch (input.action) {
    case 'hide':
      if (!input.from) throw fieldProblem('from', 'field.required');
      return { kind: 'hide', from: input.from, to: input.to ?? null };
    case 'lift':
      return { kind: 'lift' };
    case 'terminate':
      if (!input.effectiveOn) throw fieldProblem('effectiveOn', 'field.required');
      return { kind: 'terminate', effectiveOn: input.effectiveOn };
  }
}

export async function changeSupplierStatus(
  deps: Deps,
  actor: Actor,
  orgId: string,
  agreementId: string,
  supplierId: string,
  input: StatusChangeInput,
) {
  const change = statusChangeOf(input);
  const reason = input.reason?.trim() || null;
  await changeOwned(deps, orgId, agreementId, async (trx, agreement) => {
    requireRunning(deps, agreement);
    const rows = await repo.lockSupplierOnAgreement(trx, agreementId, supplierId, input.lotId);
    if (rows.length === 0) throw notFound();
    for (const row of rows) {
      const refusal = statusChangeRefusal(standingOf(row), change);
      if (refusal) {
        const field = refusal === 'hidden_to_before_from' ? 'to' : 'action';
        throw fieldProblem(field, REFUSAL_KEYS[refusal]);
      }
    }
    const after = applyStatusChange(change);
    const now = deps.clock.now();
    for (const row of rows) {
      await repo.setStanding(trx, row.lot_id, supplierId, { ...after, reason });
      await repo.insertStatusEvent(trx, {
        agreementId,
        lotId: row.lot_id,
        supplierId,
        organisationId: orgId,
        status: after.status,
        reason,
        effectiveFrom:
          change.kind === 'hide'
            ? change.from
            : change.kind === 'terminate'
              ? change.effectiveOn
              : todayFor(deps, agreement.country),
        effectiveTo: change.kind === 'hide' ? change.to : null,
        at: now,
        actorUserId: actor.userId,
        actorName: actor.name,
      });
    }
    // Buyers with running call-offs (hiding) or orders (termination) with the supplier are told.
    if (change.kind === 'hide')
      await noticeOfHiding(trx, deps, {
        agreement,
        supplierId,
        establishment: null,
        from: change.from,
      });
    if (change.kind === 'terminate')
      await noticeOfTermination(trx, deps, { agreement, supplierId, from: change.effectiveOn });
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: `agreement.supplier_${input.action === 'hide' ? 'hidden' : input.action === 'lift' ? 'hiding_lifted' : 'terminated'}`,
      objectType: 'framework_agreement',
      objectId: agreementId,
      before: rows.map((r) => ({
        lotId: r.lot_id,
        supplierId,
        ...standingOf(r),
        reason: r.status_reason,
      })),
      after: rows.map((r) => ({ lotId: r.lot_id, supplierId, ...after, reason })),
    });
  });
  return supplierTimeline(deps, orgId, agreementId, supplierId);
}

/** The first page of the timeline unless another is asked for. */
export async function supplierTimeline(
  deps: Deps,
  orgId: string,
  agreementId: string,
  supplierId: string,
  query: Static<typeof timelineQuery> = {},
) {
  await visibleOrThrow(deps, orgId, agreementId);
  const supplier = await repo.findSupplierOrganisation(deps.db, supplierId);
  if (!supplier) throw notFound();
  const events = await repo.timelineOf(
    deps.db,
    agreementId,
    supplierId,
    pageOf(query, TIMELINE_PAGE_DEFAULTS),
  );
  return {
    supplierId,
    name: supplier.name,
    events: {
      ...events,
      items: events.items.map((e) => ({
        id: String(e.id),
        lotId: e.lot_id,
        lotNumber: e.lot_number,
        lotName: e.lot_name,
        status: e.status,
        reason: e.reason,
        effectiveFrom: e.effective_from,
        effectiveTo: e.effective_to,
        at: e.at,
        actorName: e.actor_name,
      })),
    },
  };
}
