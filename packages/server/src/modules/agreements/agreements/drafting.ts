// Drafting a framework agreement: what it can be drafted with, its terms, and the participating
// municipalities (from the owner's mandate).
import type { Transaction } from 'kysely';
import { checkAgreementPeriod, latestPossibleEnd } from '@tildel/domain/agreement-period';
import type { DB } from '../../../db/types.ts';
import type { Actor } from '../../../platform/access.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { ChoiceSearch } from '../../../platform/choices.ts';
import type { Deps } from '../../../platform/deps.ts';
import { fieldProblem, Problem, notFound } from '../../../platform/problem.ts';
import { agreementDetail } from './reading.ts';
import * as repo from './repo.ts';
import type { AgreementInput, AgreementUpdate } from './schemas.ts';
import { changeOwned, requireDraft, requireVersion } from './shared.ts';

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

export async function updateAgreement(
  deps: Deps,
  actor: Actor,
  orgId: string,
  agreementId: string,
  input: AgreementUpdate,
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

/**
 * What the owner can choose from when drafting: its categories and municipalities (the suppliers,
 * which are many, are found by name: supplierChoices).
 */
export async function draftingChoices(deps: Deps, orgId: string) {
  const owner = await ownerOrThrow(deps, orgId);
  const [categories, municipalities] = await Promise.all([
    repo.categoriesOf(deps.db, orgId),
    repo.mandateOf(deps.db, orgId),
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
  };
}

/** The suppliers of the owner's country whose name holds the text, to put one on a lot. */
export async function supplierChoices(deps: Deps, orgId: string, search: ChoiceSearch) {
  const owner = await ownerOrThrow(deps, orgId);
  return repo.supplierChoices(deps.db, owner.country, search);
}
