// Call-off drafts: a municipality's buyer takes a submitted need to one of the lots or DPS
// categories that fit it. The procedure is derived here with the same rules as the need's
// call-off options and kept with its reason; the buyer then states requirements and the
// evaluation model, or cancels (the need goes back to the buyers' list). Invitations come later.
import {
  evaluationSetupProblems,
  relativeScoringWarning,
  type EvaluationModel,
  type Requirement,
  type SetupProblemCode,
} from '@tildel/domain/evaluation/index';
import { CURRENCY_OF_COUNTRY, type Currency } from '@tildel/domain/money';
import type { Need } from '@tildel/domain/need';
import { isRequirementAsks } from '@tildel/domain/need-requirements';
import type { DerivationReason } from '@tildel/domain/procedures/derive';
import type { ResponseWindow } from '@tildel/domain/procedures/ranking';
import type { PriceUnit } from '@tildel/domain/taxonomy';
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/types.ts';
import type { Actor } from '../../../platform/access.ts';
import type { Clock } from '../../../platform/clock.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import { hasMessage, type MessageKey, type MessageParams } from '../../../platform/i18n.ts';
import { queryRows } from '../../../platform/export.ts';
import { pageOf } from '../../../platform/paging.ts';
import { fieldProblem, Problem } from '../../../platform/problem.ts';
import type { SearchMatch } from '../../../platform/search.ts';
import { calloffOptionsOf, type CalloffOption } from '../needs/calloff-options.ts';
import * as needsRepo from '../needs/repo.ts';
import * as repo from './repo.ts';
import {
  CALLOFF_PAGE_DEFAULTS,
  type CancelInput,
  type CreateInput,
  type EvaluationInput,
  type ListQuery,
  type RequirementInput,
} from './schemas.ts';

/** A new draft is compared on the lowest unit price until the buyer picks another model. */
const DEFAULT_MODEL: EvaluationModel = { kind: 'lowest_price', basis: 'unit_price' };

/** Problems that refuse a save; the others are shown on the draft and stop only the invitation. */
const REFUSING: readonly SetupProblemCode[] = [
  'duplicate_requirement',
  'invalid_minimum',
  'invalid_value',
  'invalid_weights',
];

type FieldError = { field: string; key: MessageKey; params?: MessageParams };

// ---- views -------------------------------------------------------------------------------------

/** What the buyer sees of the need: never the free text about a person. */
function needSummary(need: Need) {
  if (need.kind === 'staffing') {
    const { description: _description, ...rest } = need;
    return rest;
  }
  const { description: _description, person, ...rest } = need;
  const { needs: _needs, ...personSummary } = person;
  return { ...rest, person: personSummary };
}

export function modelOf(stored: unknown): EvaluationModel {
  return stored as EvaluationModel;
}

/** A stored requirement as the domain's evaluation reads it (the awards area evaluates with it). */
export function requirementOf(row: repo.RequirementRow): Requirement {
  const criterion =
    row.criterion_kind === 'minimum'
      ? { kind: 'minimum' as const, minimum: Number(row.minimum) }
      : { kind: 'yes_no' as const };
  if (row.level === 'must') return { id: row.id, title: row.title, level: 'must', criterion };
  return {
    id: row.id,
    title: row.title,
    level: 'should',
    criterion,
    value:
      row.value_kind === 'points'
        ? { kind: 'points', points: row.points ?? 0 }
        : {
            kind: 'deduction',
            perUnit: { amount: Number(row.deduction_minor), currency: row.currency as Currency },
          },
  };
}

function requirementView(row: repo.RequirementRow) {
  return {
    id: row.id,
    position: row.position,
    level: row.level,
    title: row.title,
    criterion:
      row.criterion_kind === 'minimum'
        ? { kind: 'minimum' as const, minimum: Number(row.minimum) }
        : { kind: 'yes_no' as const },
    // The table's checks give a should requirement exactly one value, with its columns.
    value:
      row.level === 'must'
        ? null
        : row.value_kind === 'points'
          ? { kind: 'points' as const, points: row.points! }
          : {
              kind: 'deduction' as const,
              amountMinor: Number(row.deduction_minor),
              currency: row.currency as Currency,
            },
    asks: isRequirementAsks(row.asks) ? row.asks : null,
  };
}

function summaryOf(row: repo.CalloffRow) {
  return {
    id: row.id,
    status: row.status,
    title: row.title,
    procedure: row.procedure,
    needId: row.needId,
    needTitle: row.needTitle,
    kind: row.lotId ? ('agreement_lot' as const) : ('dps_category' as const),
    // A call-off is made under a lot (of an agreement) or a DPS: the joined side is there.
    source: row.lotId
      ? { id: row.agreementId!, reference: row.agreementReference!, title: row.agreementTitle! }
      : { id: row.dpsId!, reference: row.dpsReference!, title: row.dpsTitle! },
    lot: row.lotId ? { id: row.lotId, number: row.lotNumber!, name: row.lotName! } : null,
    category: { id: row.categoryId, sv: row.categorySv, da: row.categoryDa, en: row.categoryEn },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/** The municipality's call-offs by title or the reference of their agreement or DPS. */
export async function searchCalloffs(
  deps: Deps,
  organisationId: string,
  q: string,
  limit: number,
): Promise<SearchMatch[]> {
  const rows = await repo.searchCalloffs(deps.db, organisationId, q, limit);
  return rows.map((row) => {
    const { source } = summaryOf(row);
    return { id: row.id, title: row.title, reference: source.reference, context: source.title };
  });
}

/** The call-off as its municipality sees it (other areas return it after their changes). */
export async function detailOf(
  db: Deps['db'],
  organisationId: string,
  calloffId: string,
  now: Date,
) {
  const row = await repo.findCalloff(db, organisationId, calloffId);
  if (!row) throw new Problem('not_found', 'problem.not_found.detail');
  const rows = await repo.requirementsOf(db, organisationId, calloffId);
  const model = modelOf(row.evaluationModel);
  const quantity = Number(row.expectedVolume);
  const positionOf = new Map(rows.map((r) => [r.id, r.position]));
  const setupProblems = evaluationSetupProblems({
    currency: row.currency as Currency,
    requirements: rows.map(requirementOf),
    model,
    expectedQuantity: Number.isSafeInteger(quantity) ? quantity : null,
  }).map((p) => ({
    code: p.code,
    ...(p.requirementId !== undefined
      ? { requirementPosition: positionOf.get(p.requirementId) }
      : {}),
  }));
  return {
    ...summaryOf(row),
    why: row.procedureReason as DerivationReason,
    expectedVolume: { quantity, unit: row.expectedUnit as PriceUnit },
    currency: row.currency as Currency,
    need: {
      id: row.needId,
      kind: row.needKind,
      title: row.needTitle,
      status: row.needStatus,
      summary: needSummary(row.needDetails as Need),
    },
    requirements: rows.map(requirementView),
    model,
    setupProblems,
    warning: relativeScoringWarning(model)?.code ?? null,
    createdBy: { id: row.createdById, name: row.createdByName },
    cancelledReason: row.cancelledReason,
    requestText: row.requestText,
    costCentre: row.costCentre,
    publishedAt: row.publishedAt,
    tenderDeadline: row.tenderDeadline,
    openedAt: row.openedAt,
    responseWindow: row.responseWindow as ResponseWindow | null,
    bidCount: Number(row.bidCount ?? 0),
    deadlinePassed: row.tenderDeadline !== null && row.tenderDeadline.getTime() <= now.getTime(),
  };
}

// ---- reading -----------------------------------------------------------------------------------

export async function listCalloffs(deps: Deps, organisationId: string, query: ListQuery) {
  const { items, ...paging } = await repo.listCalloffs(
    deps.db,
    { organisationId, status: query.status, procedure: query.procedure },
    pageOf(query, CALLOFF_PAGE_DEFAULTS),
  );
  return { ...paging, items: items.map(summaryOf) };
}

/** Every call-off of the list with its filters, in its order: a download's rows. */
export function calloffRows(
  deps: Deps,
  organisationId: string,
  query: Omit<ListQuery, 'limit' | 'offset'>,
) {
  return queryRows(
    deps.db,
    repo.calloffsInOrder(
      deps.db,
      { organisationId, status: query.status, procedure: query.procedure },
      pageOf(query, CALLOFF_PAGE_DEFAULTS),
    ),
    summaryOf,
  );
}

export function readCalloff(deps: Deps, organisationId: string, calloffId: string) {
  return detailOf(deps.db, organisationId, calloffId, deps.clock.now());
}

// ---- making a draft ----------------------------------------------------------------------------

function matches(option: CalloffOption, input: CreateInput) {
  if (input.lotId !== undefined) return option.lot?.id === input.lotId;
  return (
    option.kind === 'dps_category' &&
    option.source.id === input.dpsId &&
    option.category.id === input.categoryId
  );
}

/** The refusal of the rule that decided, as a problem naming the chosen option. */
function refusalProblem(option: CalloffOption, field: string) {
  const key = `calloff.refusal.${option.why.code}`;
  const messageKey: MessageKey = hasMessage(key) ? key : 'calloff.unknown_option';
  const params = ('params' in option.why ? option.why.params : undefined) as
    MessageParams | undefined;
  return new Problem('conflict', messageKey, {
    params,
    fields: [{ field, key: messageKey, params }],
  });
}

export async function createCalloff(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  input: CreateInput,
) {
  const field = input.lotId !== undefined ? 'lotId' : 'categoryId';
  return deps.db.transaction().execute(async (trx) => {
    const need = await needsRepo.findNeed(trx, organisationId, input.needId, true);
    if (!need) throw new Problem('not_found', 'problem.not_found.detail');
    if (need.status !== 'submitted')
      throw new Problem('conflict', 'calloff.need_not_submitted', {
        fields: [{ field: 'needId', key: 'calloff.need_not_submitted' }],
      });
    const now = deps.clock.now();
    const { expectedVolume, options } = await calloffOptionsOf(
      trx,
      organisationId,
      need.details as Need,
      now,
    );
    const option = options.find((o) => matches(o, input));
    if (!option) throw fieldProblem(field, 'calloff.unknown_option');
    if (option.procedure === null) throw refusalProblem(option, field);
    const organisation = await needsRepo.findOrganisationKind(trx, organisationId);
    const currency = CURRENCY_OF_COUNTRY[organisation?.country === 'DK' ? 'DK' : 'SE'];
    const requirements = requirementValues(input.requirements ?? [], currency);
    if (requirements.fields.length === 0)
      requirements.fields.push(...domainFields(requirements.values, DEFAULT_MODEL, currency));
    if (requirements.fields.length > 0)
      throw new Problem('validation', 'calloff.invalid', { fields: requirements.fields });
    const id = await repo.insertCalloff(trx, now, {
      organisationId,
      needId: need.id,
      agreementId: option.kind === 'agreement_lot' ? option.source.id : null,
      lotId: option.lot?.id ?? null,
      dpsId: option.kind === 'dps_category' ? option.source.id : null,
      categoryId: option.kind === 'dps_category' ? option.category.id : null,
      procedure: option.procedure,
      procedureReason: option.why,
      expectedVolume: expectedVolume.quantity,
      expectedUnit: expectedVolume.unit,
      currency,
      evaluationModel: DEFAULT_MODEL,
      title: need.title,
      createdBy: actor.userId,
    });
    await repo.replaceRequirements(trx, organisationId, id, requirements.values);
    await repo.setNeedStatus(trx, now, organisationId, need.id, 'submitted', 'in_calloff');
    await appendAudit(trx, deps.clock, {
      organisationId,
      actorUserId: actor.userId,
      action: 'calloff.created',
      objectType: 'calloff',
      objectId: id,
      after: {
        status: 'draft',
        needId: need.id,
        source: option.source.id,
        lotId: option.lot?.id ?? null,
        categoryId: option.category.id,
        procedure: option.procedure,
        why: option.why,
        model: DEFAULT_MODEL,
        requirements: requirements.values,
      },
    });
    await appendAudit(trx, deps.clock, {
      organisationId,
      actorUserId: actor.userId,
      action: 'need.in_calloff',
      objectType: 'need',
      objectId: need.id,
      before: { status: 'submitted' },
      after: { status: 'in_calloff', calloffId: id },
    });
    return detailOf(trx, organisationId, id, now);
  });
}

// ---- changing a draft --------------------------------------------------------------------------

async function lockedDraft(
  trx: Parameters<typeof repo.lockCalloff>[0],
  organisationId: string,
  calloffId: string,
  version: number,
) {
  const row = await repo.lockCalloff(trx, organisationId, calloffId);
  if (!row) throw new Problem('not_found', 'problem.not_found.detail');
  if (row.version !== version) throw new Problem('conflict', 'calloff.version_conflict');
  if (row.status !== 'draft') throw new Problem('conflict', 'calloff.not_draft');
  return row;
}

function modelFrom(input: EvaluationInput['model']): EvaluationModel {
  if (input.kind !== 'weighted_score') return { kind: input.kind, basis: input.basis };
  return {
    kind: 'weighted_score',
    basis: input.basis,
    priceWeight: input.priceWeight ?? 0,
    qualityWeight: input.qualityWeight ?? 0,
  };
}

/** The requirements as rows to store, refusing what no draft may hold, field by field. */
function requirementValues(
  requirements: readonly RequirementInput[],
  currency: Currency,
): { values: repo.RequirementValues[]; fields: FieldError[] } {
  const fields: FieldError[] = [];
  const values = requirements.map((r, i) => {
    const at = `requirements.${i}`;
    const title = r.title.trim();
    if (title === '') fields.push({ field: `${at}.title`, key: 'calloff.problem.required' });
    const minimum = r.criterion.kind === 'minimum' ? (r.criterion.minimum ?? null) : null;
    if (r.criterion.kind === 'minimum' && (minimum === null || minimum < 0))
      fields.push({ field: `${at}.criterion.minimum`, key: 'calloff.problem.invalid_minimum' });
    const value = r.value ?? null;
    if (r.level === 'must' && value !== null)
      fields.push({ field: `${at}.value`, key: 'calloff.problem.must_has_no_value' });
    if (r.level === 'should' && value === null)
      fields.push({ field: `${at}.value`, key: 'calloff.problem.value_required' });
    const kept = r.level === 'should' ? value : null;
    const asks = r.asks ?? null;
    if (asks !== null && !isRequirementAsks(asks))
      fields.push({ field: `${at}.asks`, key: 'calloff.problem.invalid_asks' });
    return {
      asks: isRequirementAsks(asks) ? asks : null,
      level: r.level,
      title,
      criterionKind: r.criterion.kind,
      minimum,
      valueKind: kept?.kind ?? null,
      deductionMinor: kept?.kind === 'deduction' ? (kept.amountMinor ?? -1) : null,
      currency: kept?.kind === 'deduction' ? currency : null,
      points: kept?.kind === 'points' ? (kept.points ?? -1) : null,
    };
  });
  return { values, fields };
}

/** The domain's refusals (duplicates, values, weights) as field errors. */
function domainFields(
  values: readonly repo.RequirementValues[],
  model: EvaluationModel,
  currency: Currency,
): FieldError[] {
  // The id is the title as read: two requirements with the same title are duplicates.
  const ids = values.map((v) => `${v.level}:${v.title.toLocaleLowerCase('sv')}`);
  const requirements = values.map((v, i) =>
    requirementOf({
      id: ids[i]!,
      calloff_id: '',
      organisation_id: '',
      position: i,
      level: v.level,
      title: v.title,
      criterion_kind: v.criterionKind,
      minimum: v.minimum === null ? null : String(v.minimum),
      value_kind: v.valueKind,
      deduction_minor: v.deductionMinor === null ? null : String(v.deductionMinor),
      currency: v.currency,
      points: v.points,
      asks: v.asks,
    }),
  );
  const problems = evaluationSetupProblems({
    currency,
    requirements,
    model,
    expectedQuantity: null,
  });
  return problems
    .filter((p) => REFUSING.includes(p.code))
    .map((p) => {
      const key = `calloff.problem.${p.code}` as MessageKey;
      if (p.requirementId === undefined) return { field: 'model.priceWeight', key };
      const index =
        p.code === 'duplicate_requirement'
          ? ids.lastIndexOf(p.requirementId)
          : ids.indexOf(p.requirementId);
      const leaf =
        p.code === 'invalid_minimum'
          ? 'criterion.minimum'
          : p.code === 'invalid_value'
            ? 'value'
            : 'title';
      return { field: `requirements.${index}.${leaf}`, key };
    });
}

/** Replaces the requirements and the evaluation model of a draft (optimistic locking). */
export async function replaceEvaluation(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  calloffId: string,
  input: EvaluationInput,
) {
  return deps.db.transaction().execute(async (trx) => {
    const before = await detailOf(trx, organisationId, calloffId, deps.clock.now());
    await lockedDraft(trx, organisationId, calloffId, input.version);
    const currency = before.currency as Currency;
    const model = modelFrom(input.model);
    const { values, fields } = requirementValues(input.requirements, currency);
    if (fields.length === 0) fields.push(...domainFields(values, model, currency));
    if (fields.length > 0) throw new Problem('validation', 'calloff.invalid', { fields });
    const now = deps.clock.now();
    await repo.replaceRequirements(trx, organisationId, calloffId, values);
    await repo.updateCalloff(trx, now, calloffId, input.version, { evaluationModel: model });
    await appendAudit(trx, deps.clock, {
      organisationId,
      actorUserId: actor.userId,
      action: 'calloff.evaluation_replaced',
      objectType: 'calloff',
      objectId: calloffId,
      before: { requirements: before.requirements, model: before.model },
      after: { requirements: values, model },
    });
    return detailOf(trx, organisationId, calloffId, deps.clock.now());
  });
}

/** Cancels a draft with a reason; its need goes back to the submitted needs. */
export async function cancelCalloff(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  calloffId: string,
  input: CancelInput,
) {
  return deps.db.transaction().execute(async (trx) => {
    await lockedDraft(trx, organisationId, calloffId, input.version);
    const now = deps.clock.now();
    const reason = input.reason.trim();
    await repo.updateCalloff(trx, now, calloffId, input.version, {
      status: 'cancelled',
      cancelledReason: reason,
    });
    await appendAudit(trx, deps.clock, {
      organisationId,
      actorUserId: actor.userId,
      action: 'calloff.cancelled',
      objectType: 'calloff',
      objectId: calloffId,
      before: { status: 'draft' },
      after: { status: 'cancelled', reason },
    });
    await returnNeed(trx, deps.clock, { organisationId, calloffId, actorUserId: actor.userId });
    return detailOf(trx, organisationId, calloffId, deps.clock.now());
  });
}

/**
 * A call-off that ends without an order (cancelled, nobody bid, the ranking list exhausted) gives
 * its need back to the buyers' list, so it can be called off again; audited.
 */
export async function returnNeed(
  trx: Transaction<DB>,
  clock: Clock,
  input: { organisationId: string; calloffId: string; actorUserId: string | null },
) {
  const { organisationId, calloffId, actorUserId } = input;
  const row = await repo.needOfCalloff(trx, organisationId, calloffId);
  await repo.setNeedStatus(
    trx,
    clock.now(),
    organisationId,
    row.need_id,
    'in_calloff',
    'submitted',
  );
  await appendAudit(trx, clock, {
    organisationId,
    actorUserId,
    action: 'need.returned',
    objectType: 'need',
    objectId: row.need_id,
    before: { status: 'in_calloff' },
    after: { status: 'submitted', calloffId },
  });
}
