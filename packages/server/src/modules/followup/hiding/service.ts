// Use cases of hiding one establishment on an agreement (the whole supplier is hidden through the
// agreements area): hide with reason and dates, lift with a reason, list what is hidden. Each change
// is one transaction with its audit record and the notices to buyers with running call-offs.
import type { Actor } from '../../../platform/access.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { ChoiceSearch } from '../../../platform/choices.ts';
import type { Deps } from '../../../platform/deps.ts';
import { fieldProblem, Problem, notFound } from '../../../platform/problem.ts';
import * as agreementsService from '../../agreements/agreements/service.ts';
import { noticeOfHiding } from './notices.ts';
import * as repo from './repo.ts';
import type { HideInput, LiftInput } from './schemas.ts';

/** What this uses of the agreements area. */
const agreements: Pick<typeof agreementsService, 'findVisibleAgreement'> = agreementsService;

export async function hideEstablishment(
  deps: Deps,
  actor: Actor,
  orgId: string,
  agreementId: string,
  establishmentId: string,
  input: HideInput,
) {
  const hiddenTo = input.hiddenTo ?? null;
  if (hiddenTo !== null && hiddenTo < input.hiddenFrom)
    throw fieldProblem('hiddenTo', 'hiding.hidden_to_before_from');
  const reason = input.reason.trim();
  await deps.db.transaction().execute(async (trx) => {
    const agreement = await repo.lockOwnedAgreement(trx, orgId, agreementId);
    if (!agreement) throw notFound();
    const establishment = await repo.establishmentOnAgreement(trx, agreementId, establishmentId);
    if (!establishment) throw notFound();
    if (await repo.lockStandingHiding(trx, agreementId, establishmentId))
      throw new Problem('conflict', 'hiding.already_hidden');
    const { id } = await repo.insertHiding(trx, {
      organisationId: orgId,
      agreementId,
      supplierId: establishment.supplier_id,
      establishmentId,
      reason,
      hiddenFrom: input.hiddenFrom,
      hiddenTo,
      by: actor.userId,
      at: deps.clock.now(),
    });
    await noticeOfHiding(trx, deps, {
      agreement,
      supplierId: establishment.supplier_id,
      establishment: { name: establishment.name, serviceKind: establishment.service_kind },
      from: input.hiddenFrom,
    });
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'establishment.hidden',
      objectType: 'establishment',
      objectId: establishmentId,
      after: { hidingId: id, agreementId, reason, hiddenFrom: input.hiddenFrom, hiddenTo },
    });
  });
  return establishmentHidings(deps, orgId, agreementId);
}

export async function liftEstablishmentHiding(
  deps: Deps,
  actor: Actor,
  orgId: string,
  agreementId: string,
  establishmentId: string,
  input: LiftInput,
) {
  const reason = input.reason.trim();
  await deps.db.transaction().execute(async (trx) => {
    if (!(await repo.lockOwnedAgreement(trx, orgId, agreementId))) throw notFound();
    if (!(await repo.establishmentOnAgreement(trx, agreementId, establishmentId))) throw notFound();
    const hiding = await repo.lockStandingHiding(trx, agreementId, establishmentId);
    if (!hiding) throw new Problem('conflict', 'hiding.not_hidden');
    await repo.liftHiding(trx, hiding.id, { reason, by: actor.userId, at: deps.clock.now() });
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'establishment.hiding_lifted',
      objectType: 'establishment',
      objectId: establishmentId,
      before: {
        hidingId: hiding.id,
        agreementId,
        reason: hiding.reason,
        hiddenFrom: hiding.hidden_from,
        hiddenTo: hiding.hidden_to,
      },
      after: { liftedReason: reason },
    });
  });
  return establishmentHidings(deps, orgId, agreementId);
}

/**
 * The agreement's establishments hidden now or from a coming day (not lifted). Whoever sees the
 * agreement sees what is hidden on it.
 */
export async function establishmentHidings(deps: Deps, orgId: string, agreementId: string) {
  const agreement = await agreements.findVisibleAgreement(deps.db, orgId, agreementId);
  if (!agreement) throw notFound();
  const hidings = await repo.standingHidingsOf(deps.db, agreementId);
  return {
    items: hidings.map((h) => ({
      id: h.id,
      establishmentId: h.establishment_id,
      establishmentName: h.establishment_name,
      supplierId: h.supplier_id,
      supplierName: h.supplier_name,
      reason: h.reason,
      hiddenFrom: h.hidden_from,
      hiddenTo: h.hidden_to,
      createdAt: h.created_at,
    })),
  };
}

/** For the agreement's owner: the establishments that could be hidden, found by name. */
export async function establishmentsToHide(
  deps: Deps,
  orgId: string,
  agreementId: string,
  search: ChoiceSearch,
) {
  const agreement = await agreements.findVisibleAgreement(deps.db, orgId, agreementId);
  if (!agreement || agreement.organisation_id !== orgId) throw notFound();
  const { items, total } = await repo.establishmentChoices(deps.db, agreementId, search);
  return {
    total,
    items: items.map((e) => ({
      id: e.id,
      name: e.name,
      supplierId: e.supplier_id,
      supplierName: e.supplier_name,
    })),
  };
}
