// Use cases of framework agreements: drafting, participating municipalities, lots with ranked
// suppliers and their agreed prices, supplier status with its timeline, contract requirements,
// the lifecycle, and whether a municipality may call off. Expired is computed on read from the
// end date and the clock (agreement-lifecycle.statusOn), not written by a job.
import type { Actor } from '../../../platform/access.ts';
import type { Transaction } from 'kysely';
import {
  activationGaps,
  callOffRefusal,
  canTransition,
  currentEndDate,
  statusOn,
  type AgreementDates,
} from '@tildel/domain/agreement-lifecycle';
import { checkAgreementPeriod, latestPossibleEnd } from '@tildel/domain/agreement-period';
import { localDate, type PlainDate } from '@tildel/domain/calendar';
import { callOffMethodFrom, type CallOffMethodKind } from '@tildel/domain/calloff-method';
import { parseRequirement, requirementParameters } from '@tildel/domain/contract-requirements';
import { findMunicipality } from '@tildel/domain/reference/municipalities';
import {
  applyStatusChange,
  statusChangeRefusal,
  statusOnDate,
  type StatusChange,
  type SupplierStanding,
} from '@tildel/domain/supplier-status';
import type { PriceUnit } from '@tildel/domain/taxonomy';
import type { DB } from '../../../db/types.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import type { MessageKey } from '../../../platform/i18n.ts';
import { fieldProblem, Problem, notFound } from '../../../platform/problem.ts';
import { noticeOfHiding, noticeOfTermination } from '../../followup/hiding/notices.ts';
import * as repo from './repo.ts';
import type { Db } from '../../../db/db.ts';

type AgreementRow = NonNullable<Awaited<ReturnType<typeof repo.lockOwnedAgreement>>>;

function datesOf(a: AgreementRow): AgreementDates {
  return {
    status: a.status,
    startsOn: a.starts_on,
    endsOn: a.ends_on,
    extensionMonths: extensionMonthsOf(a),
    extensionsUsed: a.extensions_used,
    terminatedOn: a.terminated_on,
  };
}

function extensionMonthsOf(a: AgreementRow): number[] {
  return Array.isArray(a.extension_options) ? (a.extension_options as number[]) : [];
}

function todayFor(deps: Deps, country: 'SE' | 'DK'): PlainDate {
  return localDate(deps.clock.now(), country);
}

function summary(
  deps: Deps,
  a: AgreementRow & { owner_name: string; participating: boolean },
  orgId: string,
) {
  const today = todayFor(deps, a.country);
  const extensionOptions = extensionMonthsOf(a);
  return {
    id: a.id,
    reference: a.reference,
    title: a.title,
    description: a.description,
    country: a.country,
    ownerId: a.organisation_id,
    ownerName: a.owner_name,
    owned: a.organisation_id === orgId,
    participating: a.participating,
    status: statusOn(datesOf(a), today),
    startsOn: a.starts_on,
    endsOn: a.ends_on,
    currentEndsOn: currentEndDate(datesOf(a)),
    latestPossibleEnd: latestPossibleEnd(a.ends_on, extensionOptions),
    extensionOptions,
    extensionsUsed: a.extensions_used,
    longPeriodReason: a.long_period_reason,
    terminatedOn: a.terminated_on,
    terminatedReason: a.terminated_reason,
    version: a.version,
  };
}

export async function listAgreements(deps: Deps, orgId: string) {
  const rows = await repo.listVisibleAgreements(deps.db, orgId);
  return rows.map((a) => summary(deps, a, orgId));
}

async function visibleOrThrow(deps: Deps, orgId: string, agreementId: string) {
  const agreement = await repo.findVisibleAgreement(deps.db, orgId, agreementId);
  if (!agreement) throw notFound();
  return agreement;
}

export async function agreementDetail(deps: Deps, orgId: string, agreementId: string) {
  const a = await visibleOrThrow(deps, orgId, agreementId);
  const today = todayFor(deps, a.country);
  const [municipalities, lots, suppliers, prices, requirements] = await Promise.all([
    repo.municipalitiesOf(deps.db, agreementId),
    repo.lotsOf(deps.db, agreementId),
    repo.suppliersOfAgreement(deps.db, agreementId),
    repo.agreedPricesOf(deps.db, agreementId, today),
    repo.requirementsOf(deps.db, agreementId),
  ]);
  const owned = a.organisation_id === orgId;
  const lotViews = lots.map((lot) => {
    const onLot = suppliers.filter((s) => s.lot_id === lot.id);
    return {
      id: lot.id,
      number: lot.number,
      name: lot.name,
      category: {
        id: lot.category_id,
        code: lot.category_code,
        nameSv: lot.category_name_sv,
        nameDa: lot.category_name_da,
        nameEn: lot.category_name_en,
      },
      areaMunicipalityCodes: lot.area_municipality_codes,
      method: methodView(lot),
      suppliers: onLot.map((s) => {
        // The price in force: the newest agreed price that has started (prices are newest first);
        // before any has started (a draft starting later) the first one that will.
        const ofSupplier = prices.filter(
          (p) => p.supplier_id === s.supplier_id && p.category_id === lot.category_id,
        );
        const price = ofSupplier.find((p) => p.valid_from <= today) ?? ofSupplier.at(-1);
        return {
          supplierId: s.supplier_id,
          name: s.supplier_name,
          rank: s.rank,
          status: s.status,
          effectiveStatus: statusOnDate(standingOf(s), today),
          reason: s.status_reason,
          hiddenFrom: s.hidden_from,
          hiddenTo: s.hidden_to,
          terminatedOn: s.terminated_on,
          price: price
            ? {
                amountMinor: Number(price.amount_minor),
                currency: price.currency,
                unit: price.unit,
                validFrom: price.valid_from,
              }
            : null,
        };
      }),
    };
  });
  return {
    ...summary(deps, a, orgId),
    today,
    municipalities: municipalities.map((m) => ({
      id: m.id,
      name: m.name,
      municipalityCode: m.municipality_code,
    })),
    lots: lotViews,
    requirements: requirements.map((r) => ({
      id: r.id,
      lotId: r.lot_id,
      kind: r.kind,
      parameters: r.parameters as Record<string, unknown>,
      description: r.description,
    })),
    activationGaps:
      owned && a.status === 'draft'
        ? activationGaps({
            lots: lotViews.map((l) => ({ supplierCount: l.suppliers.length })),
            municipalityCount: municipalities.length,
          })
        : [],
  };
}

function methodView(lot: {
  calloff_method: CallOffMethodKind;
  volume_threshold: number | null;
  volume_unit: PriceUnit | null;
}) {
  return { kind: lot.calloff_method, threshold: lot.volume_threshold, unit: lot.volume_unit };
}

function standingOf(s: {
  status: SupplierStanding['status'];
  hidden_from: string | null;
  hidden_to: string | null;
  terminated_on: string | null;
}): SupplierStanding {
  return {
    status: s.status,
    hiddenFrom: s.hidden_from,
    hiddenTo: s.hidden_to,
    terminatedOn: s.terminated_on,
  };
}

// ---- drafting -----------------------------------------------------------------------------------

export interface AgreementInput {
  reference: string;
  title: string;
  description?: string;
  country?: 'SE' | 'DK';
  startsOn: string;
  endsOn: string;
  extensionOptions?: number[];
  longPeriodReason?: string | null;
}

async function ownerOrThrow(deps: Deps | { db: Transaction<DB> }, orgId: string) {
  const owner = await repo.findOrganisation(deps.db, orgId);
  if (!owner || owner.kind === 'supplier') throw notFound();
  return owner;
}

function agreementValues(input: AgreementInput, ownerCountry: 'SE' | 'DK'): repo.AgreementValues {
  const reference = input.reference.trim();
  const title = input.title.trim();
  if (!reference) throw fieldProblem('reference', 'field.required');
  if (!title) throw fieldProblem('title', 'field.required');
  const extensionOptions = input.extensionOptions ?? [];
  const longPeriodReason = input.longPeriodReason?.trim() || null;
  const period = {
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    extensionMonths: extensionOptions,
  };
  const problem = checkAgreementPeriod(period, longPeriodReason);
  if (problem === 'ends_before_start') throw fieldProblem('endsOn', 'agreement.ends_before_start');
  if (problem === 'long_period_reason_required')
    throw fieldProblem('longPeriodReason', 'agreement.long_period_reason_required', {
      latestEnd: latestPossibleEnd(input.endsOn, extensionOptions),
    });
  return {
    reference,
    title,
    description: input.description?.trim() ?? '',
    country: input.country ?? ownerCountry,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    extensionOptions,
    longPeriodReason,
  };
}

async function refuseTakenReference(
  trx: Transaction<DB>,
  orgId: string,
  reference: string,
  except?: string,
) {
  const taken = await repo.findByReference(trx, orgId, reference);
  if (taken && taken.id !== except)
    throw new Problem('conflict', 'agreement.reference_taken', {
      params: { reference },
      fields: [{ field: 'reference', key: 'agreement.reference_taken', params: { reference } }],
    });
}

export async function createAgreement(
  deps: Deps,
  actor: Actor,
  orgId: string,
  input: AgreementInput,
) {
  const owner = await ownerOrThrow(deps, orgId);
  const values = agreementValues(input, owner.country);
  const id = await deps.db.transaction().execute(async (trx) => {
    await refuseTakenReference(trx, orgId, values.reference);
    const { id } = await repo.insertAgreement(trx, {
      ...values,
      organisationId: orgId,
      createdAt: deps.clock.now(),
      createdBy: actor.userId,
    });
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'agreement.created',
      objectType: 'framework_agreement',
      objectId: id,
      after: values,
    });
    return id;
  });
  return agreementDetail(deps, orgId, id);
}

/** Runs a change of an owned agreement in one transaction, with the agreement locked. */
async function changeOwned<T>(
  deps: Deps,
  orgId: string,
  agreementId: string,
  change: (trx: Transaction<DB>, agreement: AgreementRow) => Promise<T>,
): Promise<T> {
  return deps.db.transaction().execute(async (trx) => {
    const agreement = await repo.lockOwnedAgreement(trx, orgId, agreementId);
    if (!agreement) throw notFound();
    return change(trx, agreement);
  });
}

function requireDraft(agreement: AgreementRow) {
  if (agreement.status !== 'draft') throw new Problem('conflict', 'agreement.not_draft');
}

function requireVersion(agreement: AgreementRow, version: number) {
  if (agreement.version !== version) throw new Problem('conflict', 'agreement.version_conflict');
}

/** Supplier status and rankings change while the agreement runs (or before it starts). */
function requireRunning(deps: Deps, agreement: AgreementRow) {
  const status = statusOn(datesOf(agreement), todayFor(deps, agreement.country));
  if (status !== 'active' && status !== 'draft')
    throw new Problem('conflict', 'agreement.not_running');
}

export async function updateAgreement(
  deps: Deps,
  actor: Actor,
  orgId: string,
  agreementId: string,
  input: AgreementInput & { version: number },
) {
  const owner = await ownerOrThrow(deps, orgId);
  const values = agreementValues(input, owner.country);
  await changeOwned(deps, orgId, agreementId, async (trx, agreement) => {
    requireVersion(agreement, input.version);
    requireDraft(agreement);
    await refuseTakenReference(trx, orgId, values.reference, agreementId);
    await repo.updateAgreement(trx, agreementId, values);
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'agreement.updated',
      objectType: 'framework_agreement',
      objectId: agreementId,
      before: {
        reference: agreement.reference,
        title: agreement.title,
        startsOn: agreement.starts_on,
        endsOn: agreement.ends_on,
        extensionOptions: agreement.extension_options,
        longPeriodReason: agreement.long_period_reason,
      },
      after: values,
    });
  });
  return agreementDetail(deps, orgId, agreementId);
}

export async function setMunicipalities(
  deps: Deps,
  actor: Actor,
  orgId: string,
  agreementId: string,
  municipalityIds: string[],
) {
  await changeOwned(deps, orgId, agreementId, async (trx, agreement) => {
    requireDraft(agreement);
    const mandate = await repo.mandateOf(trx, orgId);
    const allowed = new Set(mandate.map((m) => m.id));
    const refused = municipalityIds.filter((id) => !allowed.has(id));
    if (refused.length > 0)
      throw fieldProblem('municipalityIds', 'agreement.municipality_not_in_mandate', {
        count: refused.length,
      });
    const before = await repo.municipalitiesOf(trx, agreementId);
    await repo.replaceMunicipalities(trx, agreementId, municipalityIds);
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'agreement.municipalities_set',
      objectType: 'framework_agreement',
      objectId: agreementId,
      before: { municipalityIds: before.map((m) => m.id) },
      after: { municipalityIds },
    });
  });
  return agreementDetail(deps, orgId, agreementId);
}

// ---- lots and ranked suppliers ------------------------------------------------------------------

export interface LotInput {
  number: number;
  name: string;
  categoryId: string;
  areaMunicipalityCodes?: string[];
  method: CallOffMethodKind;
  volumeThreshold?: number | null;
  volumeUnit?: PriceUnit | null;
}

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

async function lotOrThrow(trx: Transaction<DB>, agreementId: string, lotId: string) {
  const lot = await repo.findLot(trx, agreementId, lotId);
  if (!lot) throw notFound();
  return lot;
}

export interface AgreedPriceInput {
  amountMinor: number;
  currency: 'SEK' | 'DKK' | 'EUR';
  unit?: PriceUnit;
  validFrom?: string;
}

export async function addLotSupplier(
  deps: Deps,
  actor: Actor,
  orgId: string,
  agreementId: string,
  lotId: string,
  input: { supplierId: string; rank?: number; price?: AgreedPriceInput },
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

// ---- supplier status ------------------------------------------------------------------------------

export interface StatusChangeInput {
  action: 'hide' | 'lift' | 'terminate';
  lotId?: string;
  reason?: string;
  from?: string;
  to?: string | null;
  effectiveOn?: string;
}

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

export async function supplierTimeline(
  deps: Deps,
  orgId: string,
  agreementId: string,
  supplierId: string,
) {
  await visibleOrThrow(deps, orgId, agreementId);
  const supplier = await repo.findSupplierOrganisation(deps.db, supplierId);
  if (!supplier) throw notFound();
  const events = await repo.timelineOf(deps.db, agreementId, supplierId);
  return {
    supplierId,
    name: supplier.name,
    events: events.map((e) => ({
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
  };
}

// ---- contract requirements -------------------------------------------------------------------------

export async function addRequirement(
  deps: Deps,
  actor: Actor,
  orgId: string,
  agreementId: string,
  input: { kind: string; parameters: unknown; lotId?: string | null; description?: string },
) {
  const parsed = parseRequirement(input.kind, input.parameters);
  if (!parsed.ok)
    throw new Problem('validation', 'agreement.requirement.invalid', {
      fields: parsed.problems.map((p) => ({
        field: p.field,
        key: `agreement.requirement.${p.problem}` as const,
      })),
    });
  const id = await changeOwned(deps, orgId, agreementId, async (trx, agreement) => {
    requireDraft(agreement);
    if (input.lotId) await lotOrThrow(trx, agreementId, input.lotId);
    const parameters = requirementParameters(parsed.requirement);
    const { id } = await repo.insertRequirement(trx, {
      agreementId,
      organisationId: orgId,
      lotId: input.lotId ?? null,
      kind: parsed.requirement.kind,
      parameters,
      description: input.description?.trim() ?? '',
      at: deps.clock.now(),
    });
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'agreement.requirement_added',
      objectType: 'framework_agreement',
      objectId: agreementId,
      after: {
        requirementId: id,
        lotId: input.lotId ?? null,
        kind: parsed.requirement.kind,
        parameters,
      },
    });
    return id;
  });
  return { id };
}

export async function removeRequirement(
  deps: Deps,
  actor: Actor,
  orgId: string,
  agreementId: string,
  requirementId: string,
) {
  await changeOwned(deps, orgId, agreementId, async (trx, agreement) => {
    requireDraft(agreement);
    const removed = await repo.deleteRequirement(trx, agreementId, requirementId);
    if (!removed) throw notFound();
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'agreement.requirement_removed',
      objectType: 'framework_agreement',
      objectId: agreementId,
      before: removed,
    });
  });
}

// ---- lifecycle ------------------------------------------------------------------------------------

const GAP_FIELDS = {
  no_lots: ['lots', 'agreement.gap.no_lots'],
  lot_without_suppliers: ['lots', 'agreement.gap.lot_without_suppliers'],
  no_municipalities: ['municipalityIds', 'agreement.gap.no_municipalities'],
} as const satisfies Record<string, readonly [string, MessageKey]>;

export async function activate(
  deps: Deps,
  actor: Actor,
  orgId: string,
  agreementId: string,
  version: number,
) {
  await changeOwned(deps, orgId, agreementId, async (trx, agreement) => {
    requireVersion(agreement, version);
    if (!canTransition(agreement.status, 'active'))
      throw new Problem('conflict', 'agreement.not_draft');
    const [lots, suppliers, municipalities] = await Promise.all([
      repo.lotsOf(trx, agreementId),
      repo.suppliersOfAgreement(trx, agreementId),
      repo.municipalitiesOf(trx, agreementId),
    ]);
    const gaps = activationGaps({
      lots: lots.map((l) => ({ supplierCount: suppliers.filter((s) => s.lot_id === l.id).length })),
      municipalityCount: municipalities.length,
    });
    if (gaps.length > 0)
      throw new Problem('validation', 'agreement.incomplete', {
        fields: gaps.map((g) => ({ field: GAP_FIELDS[g][0], key: GAP_FIELDS[g][1] })),
      });
    await repo.setAgreementStatus(trx, agreementId, { status: 'active' });
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'agreement.activated',
      objectType: 'framework_agreement',
      objectId: agreementId,
      before: { status: agreement.status },
      after: { status: 'active' },
    });
  });
  return agreementDetail(deps, orgId, agreementId);
}

export async function terminate(
  deps: Deps,
  actor: Actor,
  orgId: string,
  agreementId: string,
  input: { version: number; reason: string; terminatedOn: string },
) {
  const reason = input.reason.trim();
  if (!reason) throw fieldProblem('reason', 'agreement.status.reason_required');
  await changeOwned(deps, orgId, agreementId, async (trx, agreement) => {
    requireVersion(agreement, input.version);
    const status = statusOn(datesOf(agreement), todayFor(deps, agreement.country));
    if (agreement.status !== 'active' || !canTransition(status, 'terminated'))
      throw new Problem('conflict', 'agreement.cannot_terminate');
    if (input.terminatedOn < agreement.starts_on)
      throw fieldProblem('terminatedOn', 'agreement.terminated_before_start');
    await repo.setAgreementStatus(trx, agreementId, {
      status: 'terminated',
      terminatedOn: input.terminatedOn,
      terminatedReason: reason,
    });
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'agreement.terminated',
      objectType: 'framework_agreement',
      objectId: agreementId,
      before: { status: agreement.status },
      after: { status: 'terminated', terminatedOn: input.terminatedOn, reason },
    });
  });
  return agreementDetail(deps, orgId, agreementId);
}

/** Uses the next extension option of a running agreement, so its end date moves on. */
export async function useExtension(
  deps: Deps,
  actor: Actor,
  orgId: string,
  agreementId: string,
  version: number,
) {
  await changeOwned(deps, orgId, agreementId, async (trx, agreement) => {
    requireVersion(agreement, version);
    const dates = datesOf(agreement);
    if (
      statusOn(dates, todayFor(deps, agreement.country)) !== 'active' ||
      agreement.status !== 'active'
    )
      throw new Problem('conflict', 'agreement.cannot_extend');
    if (agreement.extensions_used >= dates.extensionMonths.length)
      throw new Problem('conflict', 'agreement.no_extension_left');
    await repo.useExtension(trx, agreementId);
    const used = agreement.extensions_used + 1;
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'agreement.extension_used',
      objectType: 'framework_agreement',
      objectId: agreementId,
      before: { extensionsUsed: agreement.extensions_used, endsOn: currentEndDate(dates) },
      after: {
        extensionsUsed: used,
        months: dates.extensionMonths[used - 1],
        endsOn: currentEndDate({ ...dates, extensionsUsed: used }),
      },
    });
  });
  return agreementDetail(deps, orgId, agreementId);
}

// ---- what the call-off needs ------------------------------------------------------------------------

/** Whether the caller's organisation may call off the agreement today, and each lot's method. */
export async function callOffEligibility(deps: Deps, orgId: string, agreementId: string) {
  const a = await visibleOrThrow(deps, orgId, agreementId);
  const today = todayFor(deps, a.country);
  const refusal = callOffRefusal(datesOf(a), today, a.participating);
  const [lots, suppliers] = await Promise.all([
    repo.lotsOf(deps.db, agreementId),
    repo.suppliersOfAgreement(deps.db, agreementId),
  ]);
  return {
    agreementId,
    today,
    status: statusOn(datesOf(a), today),
    mayCallOff: refusal === null,
    reason: refusal,
    lots: lots.map((lot) => ({
      id: lot.id,
      number: lot.number,
      name: lot.name,
      categoryId: lot.category_id,
      areaMunicipalityCodes: lot.area_municipality_codes,
      method: methodView(lot),
      // Hidden and terminated suppliers are never offered a call-off.
      activeSuppliers: suppliers
        .filter((s) => s.lot_id === lot.id && statusOnDate(standingOf(s), today) === 'active')
        .map((s) => ({ supplierId: s.supplier_id, name: s.supplier_name, rank: s.rank })),
    })),
  };
}

/** What the owner can choose from when drafting: its categories, municipalities and suppliers. */
export async function draftingChoices(deps: Deps, orgId: string) {
  const owner = await ownerOrThrow(deps, orgId);
  const [categories, municipalities, suppliers] = await Promise.all([
    repo.categoriesOf(deps.db, orgId),
    repo.mandateOf(deps.db, orgId),
    repo.suppliersForChoice(deps.db, owner.country),
  ]);
  return {
    country: owner.country,
    categories: categories.map((c) => ({
      id: c.id,
      code: c.code,
      nameSv: c.name_sv,
      nameDa: c.name_da,
      nameEn: c.name_en,
      defaultUnit: c.default_unit,
    })),
    municipalities: municipalities.map((m) => ({
      id: m.id,
      name: m.name,
      municipalityCode: m.municipality_code,
    })),
    suppliers: suppliers.map((s) => ({ id: s.id, name: s.name })),
  };
}

// ---- for other areas ----------------------------------------------------------------------------
// Call-offs and follow-up read agreements through these, never through the repository.

/** An agreement the organisation may see (it owns it or takes part in it); undefined otherwise. */
export function findVisibleAgreement(db: Db, organisationId: string, agreementId: string) {
  return repo.findVisibleAgreement(db, organisationId, agreementId);
}

/** Every supplier on the agreement's lots, with its rank and status per lot. */
export function suppliersOfAgreement(db: Db, agreementId: string) {
  return repo.suppliersOfAgreement(db, agreementId);
}
