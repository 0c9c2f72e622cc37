// The lots of a framework agreement and their ranked suppliers, with the agreed prices.
import type { Transaction } from 'kysely';
import { callOffMethodFrom } from '@tildel/domain/calloff-method';
import { findMunicipality } from '@tildel/domain/reference/municipalities';
import type { DB } from '../../../db/types.ts';
import type { Actor } from '../../../platform/access.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import { fieldProblem, Problem, notFound } from '../../../platform/problem.ts';
import { agreementDetail } from './reading.ts';
import * as repo from './repo.ts';
import type { LotInput, LotSupplierInput } from './schemas.ts';
import {
  changeOwned,
  lotOrThrow,
  requireDraft,
  requireRunning,
  todayFor,
  type AgreementRow,
} from './shared.ts';

type LotValues = Omit<repo.LotValues, 'agreementId' | 'organisationId'>;

/**
 * The checked values of a lot, adding or editing (`lotId` is the lot being edited): the same
 * refusals and field messages either way.
 */
async function lotValues(
  trx: Transaction<DB>,
  orgId: string,
  agreement: AgreementRow,
  input: LotInput,
  lotId?: string,
): Promise<LotValues> {
  const name = input.name.trim();
  if (!name) throw fieldProblem('name', 'field.required');
  const method = callOffMethodFrom(input.method, input.volumeThreshold, input.volumeUnit);
  if (!method) throw fieldProblem('volumeThreshold', 'agreement.volume_rule_incomplete');
  const codes = [...new Set(input.areaMunicipalityCodes ?? [])];
  const unknown = codes.filter((c) => !findMunicipality(agreement.country, c));
  if (unknown.length > 0)
    throw fieldProblem('areaMunicipalityCodes', 'agreement.area_unknown', {
      codes: unknown.join(', '),
    });
  if (!(await repo.findCategory(trx, orgId, input.categoryId)))
    throw fieldProblem('categoryId', 'agreement.category_unknown');
  const holder = await repo.lotNumberTaken(trx, agreement.id, input.number);
  if (holder && holder.id !== lotId)
    throw new Problem('conflict', 'agreement.lot_number_taken', {
      params: { number: input.number },
      fields: [
        { field: 'number', key: 'agreement.lot_number_taken', params: { number: input.number } },
      ],
    });
  return {
    number: input.number,
    name,
    categoryId: input.categoryId,
    areaMunicipalityCodes: codes,
    calloffMethod: method.kind,
    volumeThreshold: method.kind === 'volume_rule' ? method.threshold : null,
    volumeUnit: method.kind === 'volume_rule' ? method.unit : null,
  };
}

function lotValuesOf(lot: NonNullable<Awaited<ReturnType<typeof repo.findLot>>>): LotValues {
  return {
    number: lot.number,
    name: lot.name,
    categoryId: lot.category_id,
    areaMunicipalityCodes: lot.area_municipality_codes,
    calloffMethod: lot.calloff_method,
    volumeThreshold: lot.volume_threshold,
    volumeUnit: lot.volume_unit,
  };
}

export async function addLot(
  deps: Deps,
  actor: Actor,
  orgId: string,
  agreementId: string,
  input: LotInput,
) {
  const lotId = await changeOwned(deps, orgId, agreementId, async (trx, agreement) => {
    requireDraft(agreement);
    const values = await lotValues(trx, orgId, agreement, input);
    const { id } = await repo.insertLot(trx, { ...values, agreementId, organisationId: orgId });
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'agreement.lot_added',
      objectType: 'framework_agreement',
      objectId: agreementId,
      after: { lotId: id, ...values },
    });
    return id;
  });
  return { id: lotId };
}

export async function updateLot(
  deps: Deps,
  actor: Actor,
  orgId: string,
  agreementId: string,
  lotId: string,
  input: LotInput,
) {
  await changeOwned(deps, orgId, agreementId, async (trx, agreement) => {
    requireDraft(agreement);
    const before = lotValuesOf(await lotOrThrow(trx, agreementId, lotId));
    const values = await lotValues(trx, orgId, agreement, input, lotId);
    await repo.updateLot(trx, lotId, values);
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'agreement.lot_updated',
      objectType: 'framework_agreement',
      objectId: agreementId,
      before: { lotId, ...before },
      after: { lotId, ...values },
    });
  });
  return agreementDetail(deps, orgId, agreementId);
}

/**
 * Deletes a lot of a draft with its suppliers and lot-level requirements. A lot whose suppliers
 * already have status events is kept: deleting it would lose that history.
 */
export async function deleteLot(
  deps: Deps,
  actor: Actor,
  orgId: string,
  agreementId: string,
  lotId: string,
) {
  await changeOwned(deps, orgId, agreementId, async (trx, agreement) => {
    requireDraft(agreement);
    const lot = await lotOrThrow(trx, agreementId, lotId);
    if (await repo.lotHasStatusEvents(trx, lotId))
      throw new Problem('conflict', 'agreement.lot_has_history', {
        params: { number: lot.number },
      });
    const suppliers = await repo.lockLotSuppliers(trx, lotId);
    const requirements = await repo.deleteLotRequirements(trx, lotId);
    await repo.deleteLot(trx, lotId);
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'agreement.lot_deleted',
      objectType: 'framework_agreement',
      objectId: agreementId,
      before: {
        lotId,
        ...lotValuesOf(lot),
        suppliers: suppliers.map((s) => ({ supplierId: s.supplier_id, rank: s.rank })),
        requirements,
      },
    });
  });
  return agreementDetail(deps, orgId, agreementId);
}

export async function addLotSupplier(
  deps: Deps,
  actor: Actor,
  orgId: string,
  agreementId: string,
  lotId: string,
  input: LotSupplierInput,
) {
  await changeOwned(deps, orgId, agreementId, async (trx, agreement) => {
    requireDraft(agreement);
    const lot = await lotOrThrow(trx, agreementId, lotId);
    const supplier = await repo.findSupplierOrganisation(trx, input.supplierId);
    if (!supplier) throw fieldProblem('supplierId', 'agreement.supplier_unknown');
    const ranked = await repo.lockLotSuppliers(trx, lotId);
    if (ranked.some((s) => s.supplier_id === input.supplierId))
      throw new Problem('conflict', 'agreement.supplier_already_on_lot', {
        params: { name: supplier.name },
        fields: [
          {
            field: 'supplierId',
            key: 'agreement.supplier_already_on_lot',
            params: { name: supplier.name },
          },
        ],
      });
    const rank = input.rank ?? ranked.length + 1;
    if (rank > ranked.length + 1)
      throw fieldProblem('rank', 'agreement.rank_out_of_range', { max: ranked.length + 1 });
    // Append at the end, then move into place so ranks stay 1..n.
    await repo.insertLotSupplier(trx, {
      lotId,
      supplierId: input.supplierId,
      agreementId,
      organisationId: orgId,
      rank: ranked.length + 1,
    });
    const order = ranked.map((s) => s.supplier_id);
    order.splice(rank - 1, 0, input.supplierId);
    await repo.setRanks(trx, lotId, order);
    if (input.price) {
      const category = await repo.findCategory(trx, orgId, lot.category_id);
      await repo.insertAgreedPrice(trx, {
        supplierId: input.supplierId,
        categoryId: lot.category_id,
        agreementId,
        unit: input.price.unit ?? category?.default_unit ?? 'day',
        amountMinor: input.price.amountMinor,
        currency: input.price.currency,
        validFrom: input.price.validFrom ?? agreement.starts_on,
        negotiatedOn: todayFor(deps, agreement.country),
        actorUserId: actor.userId,
        actorName: actor.name,
        at: deps.clock.now(),
      });
    }
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'agreement.supplier_added',
      objectType: 'framework_agreement',
      objectId: agreementId,
      after: { lotId, supplierId: input.supplierId, rank, price: input.price ?? null },
    });
  });
  return agreementDetail(deps, orgId, agreementId);
}

export async function removeLotSupplier(
  deps: Deps,
  actor: Actor,
  orgId: string,
  agreementId: string,
  lotId: string,
  supplierId: string,
) {
  await changeOwned(deps, orgId, agreementId, async (trx, agreement) => {
    requireDraft(agreement);
    await lotOrThrow(trx, agreementId, lotId);
    const ranked = await repo.lockLotSuppliers(trx, lotId);
    const leaving = ranked.find((s) => s.supplier_id === supplierId);
    if (!leaving) throw notFound();
    await repo.deleteLotSupplier(trx, lotId, supplierId);
    await repo.setRanks(
      trx,
      lotId,
      ranked.filter((s) => s.supplier_id !== supplierId).map((s) => s.supplier_id),
    );
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'agreement.supplier_removed',
      objectType: 'framework_agreement',
      objectId: agreementId,
      before: { lotId, supplierId, rank: leaving.rank },
    });
  });
  return agreementDetail(deps, orgId, agreementId);
}

/** A new ranking of a lot: the same suppliers in a new order, ranks 1..n. */
export async function reorderLot(
  deps: Deps,
  actor: Actor,
  orgId: string,
  agreementId: string,
  lotId: string,
  supplierIds: string[],
) {
  await changeOwned(deps, orgId, agreementId, async (trx, agreement) => {
    requireRunning(deps, agreement);
    await lotOrThrow(trx, agreementId, lotId);
    const ranked = await repo.lockLotSuppliers(trx, lotId);
    const current = ranked.map((s) => s.supplier_id);
    const sameSet =
      supplierIds.length === current.length &&
      new Set(supplierIds).size === supplierIds.length &&
      supplierIds.every((id) => current.includes(id));
    if (!sameSet) throw fieldProblem('supplierIds', 'agreement.ranking_mismatch');
    await repo.setRanks(trx, lotId, supplierIds);
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'agreement.lot_reranked',
      objectType: 'framework_agreement',
      objectId: agreementId,
      before: { lotId, supplierIds: current },
      after: { lotId, supplierIds },
    });
  });
  return agreementDetail(deps, orgId, agreementId);
}
