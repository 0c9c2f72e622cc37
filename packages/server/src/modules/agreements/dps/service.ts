// The owner's side of a DPS: set it up, open it, change its validity, work the application queue
// (approve, reject, extend, exclude), ask for updated self-declarations. Municipalities that
// participate may read the DPS and its admitted suppliers, never its applications.
import type { Actor } from '../../../platform/access.ts';
import type { Transaction } from 'kysely';
import { localDate } from '@tildel/domain/calendar';
import {
  declarationDeadline,
  extendDecision,
  mayStartCallOff,
  setUpProblems,
  STANDARD_REQUIREMENTS,
  transition,
  type Answer,
  type SetUpProblem,
} from '@tildel/domain/qualification';
import type { DB } from '../../../db/types.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import { inBatches, queryRows } from '../../../platform/export.ts';
import type { Locale, MessageKey, MessageParams } from '../../../platform/i18n.ts';
import { pageOf } from '../../../platform/paging.ts';
import { fieldProblem, Problem, notFound } from '../../../platform/problem.ts';
import type { SearchMatch } from '../../../platform/search.ts';
import { mailSupplier } from './notify.ts';
import * as repo from './repo.ts';
import {
  ADMITTED_PAGE_DEFAULTS,
  APPLICATION_PAGE_DEFAULTS,
  DECLARATION_REQUEST_PAGE_DEFAULTS,
  SYSTEM_PAGE_DEFAULTS,
  type AdmittedQuery,
  type DeclarationRequestQuery,
  type NewRequirement,
  type NewSystem,
  type QueueQuery,
  type ReasonInput,
  type SystemListQuery,
  type ValidityInput,
} from './schemas.ts';
import type { Db } from '../../../db/db.ts';
import {
  answersView,
  applicationView,
  categoryView,
  requirementView,
  systemView,
  validityChangeView,
  type ApplicationRow,
} from './views.ts';

const stale = () => new Problem('conflict', 'dps.stale');

/** The DPS when the organisation owns it, or (for reading) participates in it. */
async function visibleSystem(deps: Deps, orgId: string, dpsId: string, as: 'owner' | 'reader') {
  const dps = await repo.findSystem(deps.db, dpsId);
  if (!dps) throw notFound();
  if (dps.organisation_id === orgId) return { dps, isOwner: true };
  if (as === 'reader' && (await repo.participates(deps.db, dpsId, orgId)))
    return { dps, isOwner: false };
  throw notFound();
}

export async function listSystems(
  deps: Deps,
  orgId: string,
  query: SystemListQuery,
  locale: Locale,
) {
  const page = pageOf(query, SYSTEM_PAGE_DEFAULTS);
  const { items: rows, ...paging } = await repo.listVisibleSystems(deps.db, orgId, page);
  return { ...paging, items: await systemSummaries(deps, rows, orgId, locale) };
}

/** The systems of the list with their categories: one query for all of them. */
async function systemSummaries(
  deps: Deps,
  rows: Awaited<ReturnType<typeof repo.listVisibleSystems>>['items'],
  orgId: string,
  locale: Locale,
) {
  const categories = await repo.categoriesOf(
    deps.db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    ...systemView(row),
    isOwner: row.organisation_id === orgId,
    categories: categories.filter((c) => c.dps_id === row.id).map((c) => categoryView(locale, c)),
  }));
}

/** Every system of the organisation's list in its order, a batch at a time: a download's rows. */
export function systemRows(
  deps: Deps,
  orgId: string,
  query: Omit<SystemListQuery, 'limit' | 'offset'>,
  locale: Locale,
) {
  const sort = pageOf(query, SYSTEM_PAGE_DEFAULTS);
  return inBatches(
    queryRows(deps.db, repo.visibleSystemsInOrder(deps.db, orgId, sort), (row) => row),
    (batch) => systemSummaries(deps, batch, orgId, locale),
  );
}

/** Systems the organisation sees (as in its list) by title or reference. */
export async function searchSystems(
  deps: Deps,
  orgId: string,
  q: string,
  limit: number,
): Promise<SearchMatch[]> {
  const rows = await repo.searchVisibleSystems(deps.db, orgId, q, limit);
  return rows.map((d) => ({
    id: d.id,
    title: d.title,
    reference: d.reference,
    context: d.owner_name,
  }));
}

export async function systemDetail(deps: Deps, orgId: string, dpsId: string, locale: Locale) {
  const { dps, isOwner } = await visibleSystem(deps, orgId, dpsId, 'reader');
  const [categories, requirements, changes, municipalities, initial] = await Promise.all([
    repo.categoriesOf(deps.db, [dpsId]),
    repo.requirementsOf(deps.db, [dpsId]),
    repo.validityChangesOf(deps.db, [dpsId]),
    repo.municipalitiesOf(deps.db, dpsId),
    repo.initialPeriodStatuses(deps.db, dpsId),
  ]);
  const readiness = mayStartCallOff(
    initial.map((a) => ({ status: a.status, inInitialPeriod: a.in_initial_period })),
    deps.clock.now(),
    { initialPeriodEndsOn: dps.initial_period_ends_on, country: dps.country },
  );
  return {
    ...systemView(dps),
    isOwner,
    categories: categories.map((c) => categoryView(locale, c)),
    requirements: requirements.map((r) => requirementView(locale, r)),
    validityChanges: changes.map(validityChangeView),
    municipalities,
    callOffs: {
      mayStart: readiness.mayStart,
      reason: readiness.mayStart ? null : readiness.reason,
      undecided:
        !readiness.mayStart && readiness.reason === 'undecided_applications'
          ? readiness.undecided
          : 0,
    },
  };
}

/** What the set-up form offers: the owner's categories and participants, standard requirements. */
export async function setUpChoices(deps: Deps, orgId: string, locale: Locale) {
  const [categories, municipalities] = await Promise.all([
    repo.ownCategories(deps.db, orgId),
    repo.participantCandidates(deps.db, orgId),
  ]);
  return {
    categories: categories.map((c) => categoryView(locale, c)),
    municipalities,
    requirements: STANDARD_REQUIREMENTS.map((r) => ({
      code: r.code,
      kind: r.kind,
      text: r.texts[locale],
      textSv: r.texts.sv,
      textDa: r.texts.da,
      textEn: r.texts.en,
      minimum: r.minimum,
      unit: r.unit,
      documentKind: r.documentKind,
    })),
  };
}

// ---- setting up ---------------------------------------------------------------------------------

const SET_UP_MESSAGES: Record<SetUpProblem['problem'], MessageKey> = {
  invalid_date: 'dps.invalid_date',
  not_after_valid_from: 'dps.valid_to_not_after_valid_from',
  too_short: 'dps.initial_period_too_short',
  after_validity: 'dps.initial_period_after_validity',
  central_purchasing_body: 'dps.shorter_period_central_purchasing_body',
  not_shorter: 'dps.shorter_period_not_shorter',
};

function refuseSetUpProblems(problems: SetUpProblem[]) {
  if (problems.length === 0) return;
  const fields = problems.map((p) => {
    const params: MessageParams =
      p.problem === 'too_short'
        ? { earliest: p.earliest }
        : p.problem === 'not_shorter'
          ? { limit: p.limit }
          : {};
    return { field: p.field, key: SET_UP_MESSAGES[p.problem], params };
  });
  throw new Problem('validation', 'problem.validation.detail', { fields });
}

function refuseIncompleteRequirements(requirements: NewRequirement[]) {
  requirements.forEach((r, i) => {
    if (r.kind === 'numeric_minimum' && (r.minimum === null || r.minimum === undefined))
      throw fieldProblem(`requirements.${i}.minimum`, 'dps.requirement_incomplete');
    if (r.kind === 'document' && !r.documentKind)
      throw fieldProblem(`requirements.${i}.documentKind`, 'dps.requirement_incomplete');
  });
}

export async function createSystem(
  deps: Deps,
  actor: Actor,
  orgId: string,
  input: NewSystem,
  locale: Locale,
) {
  const now = deps.clock.now();
  const terms = {
    validFrom: input.validFrom,
    validTo: input.validTo,
    initialPeriodEndsOn: input.initialPeriodEndsOn,
    ownerIsCentralPurchasingBody: input.ownerIsCentralPurchasingBody,
    agreedTenderPeriodDays: input.agreedTenderPeriodDays ?? null,
  };
  // The initial period is checked against today; opening checks it again on the day it opens.
  refuseSetUpProblems(setUpProblems(terms, localDate(now, input.country)));
  refuseIncompleteRequirements(input.requirements);
  const categoryIds = [...new Set(input.categoryIds)];
  const known = await repo.ownCategories(deps.db, orgId, categoryIds);
  if (known.length !== categoryIds.length)
    throw fieldProblem('categoryIds', 'dps.category_unknown');
  const municipalityIds = [...new Set(input.municipalityIds ?? [])];
  const allowed = await repo.participantsAllowed(deps.db, orgId, municipalityIds);
  if (allowed.length !== municipalityIds.length)
    throw fieldProblem('municipalityIds', 'dps.municipality_not_in_mandate');

  const id = await deps.db.transaction().execute(async (trx) => {
    if (await repo.referenceTaken(trx, orgId, input.reference.trim()))
      throw fieldProblem('reference', 'dps.reference_taken');
    const row = await repo.insertSystem(trx, {
      organisation_id: orgId,
      reference: input.reference.trim(),
      title: input.title.trim(),
      description: input.description ?? '',
      country: input.country,
      valid_from: input.validFrom,
      valid_to: input.validTo,
      initial_period_ends_on: input.initialPeriodEndsOn,
      owner_is_central_purchasing_body: input.ownerIsCentralPurchasingBody,
      agreed_tender_period_days: terms.agreedTenderPeriodDays,
      created_at: now,
      created_by: actor.userId,
    });
    await repo.insertCategories(trx, row.id, categoryIds);
    await repo.insertMunicipalities(trx, row.id, municipalityIds);
    await repo.insertRequirements(
      trx,
      row.id,
      orgId,
      input.requirements.map((r) => ({
        ...r,
        minimum: r.minimum ?? null,
        unit: r.unit ?? null,
        documentKind: r.documentKind ?? null,
      })),
    );
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'dps.created',
      objectType: 'dynamic_purchasing_system',
      objectId: row.id,
      after: { ...input, categoryIds, municipalityIds },
    });
    return row.id;
  });
  return systemDetail(deps, orgId, id, locale);
}

export async function openSystem(
  deps: Deps,
  actor: Actor,
  orgId: string,
  dpsId: string,
  version: number,
  locale: Locale,
) {
  await visibleSystem(deps, orgId, dpsId, 'owner');
  await deps.db.transaction().execute(async (trx) => {
    const dps = await repo.lockSystem(trx, dpsId);
    if (!dps) throw notFound();
    if (dps.status !== 'draft') throw new Problem('conflict', 'dps.not_draft');
    if (dps.version !== version) throw stale();
    const now = deps.clock.now();
    refuseSetUpProblems(
      setUpProblems(
        {
          validFrom: dps.valid_from,
          validTo: dps.valid_to,
          initialPeriodEndsOn: dps.initial_period_ends_on,
          ownerIsCentralPurchasingBody: dps.owner_is_central_purchasing_body,
          agreedTenderPeriodDays: dps.agreed_tender_period_days,
        },
        localDate(now, dps.country),
      ),
    );
    if (!(await repo.updateSystem(trx, dpsId, version, { status: 'open', opened_at: now })))
      throw stale();
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'dps.opened',
      objectType: 'dynamic_purchasing_system',
      objectId: dpsId,
      before: { status: dps.status },
      after: { status: 'open', openedAt: now.toISOString() },
    });
  });
  return systemDetail(deps, orgId, dpsId, locale);
}

export async function changeValidity(
  deps: Deps,
  actor: Actor,
  orgId: string,
  dpsId: string,
  input: ValidityInput,
  locale: Locale,
) {
  await visibleSystem(deps, orgId, dpsId, 'owner');
  if (input.reason.trim() === '') throw fieldProblem('reason', 'dps.reason_required');
  await deps.db.transaction().execute(async (trx) => {
    const dps = await repo.lockSystem(trx, dpsId);
    if (!dps) throw notFound();
    if (dps.status === 'closed') throw new Problem('conflict', 'dps.already_closed');
    if (dps.version !== input.version) throw stale();
    const problems = setUpProblems(
      {
        validFrom: dps.valid_from,
        validTo: input.validTo,
        initialPeriodEndsOn: dps.initial_period_ends_on,
        ownerIsCentralPurchasingBody: dps.owner_is_central_purchasing_body,
        agreedTenderPeriodDays: dps.agreed_tender_period_days,
      },
      // Only the new end is in question: the initial period was checked when the DPS was set up.
      dps.valid_from,
    ).filter((p) => p.field === 'validTo' || p.problem === 'after_validity');
    if (problems.some((p) => p.problem === 'after_validity'))
      throw fieldProblem('validTo', 'dps.valid_to_before_initial_period');
    refuseSetUpProblems(problems);
    const now = deps.clock.now();
    if (input.validTo < localDate(now, dps.country))
      throw fieldProblem('validTo', 'dps.valid_to_in_past');
    if (!(await repo.updateSystem(trx, dpsId, dps.version, { valid_to: input.validTo })))
      throw stale();
    await repo.insertValidityChange(trx, {
      dps_id: dpsId,
      organisation_id: orgId,
      previous_valid_to: dps.valid_to,
      new_valid_to: input.validTo,
      reason: input.reason.trim(),
      at: now,
      actor_user_id: actor.userId,
    });
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'dps.validity_changed',
      objectType: 'dynamic_purchasing_system',
      objectId: dpsId,
      before: { validTo: dps.valid_to },
      after: { validTo: input.validTo, reason: input.reason.trim() },
    });
  });
  return systemDetail(deps, orgId, dpsId, locale);
}

/**
 * Close the DPS for good: no further applications; pending ones stay in the queue to be decided,
 * and admitted suppliers stay admitted. The reason is shown with the suppliers' applications.
 */
export async function closeSystem(
  deps: Deps,
  actor: Actor,
  orgId: string,
  dpsId: string,
  input: ReasonInput,
  locale: Locale,
) {
  await visibleSystem(deps, orgId, dpsId, 'owner');
  const reason = input.reason.trim();
  if (reason === '') throw fieldProblem('reason', 'dps.reason_required');
  await deps.db.transaction().execute(async (trx) => {
    const dps = await repo.lockSystem(trx, dpsId);
    if (!dps) throw notFound();
    if (dps.status === 'closed') throw new Problem('conflict', 'dps.already_closed');
    const now = deps.clock.now();
    const closed = { status: 'closed', closed_at: now, closed_reason: reason } as const;
    if (!(await repo.updateSystem(trx, dpsId, input.version, closed))) throw stale();
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'dps.closed',
      objectType: 'dynamic_purchasing_system',
      objectId: dpsId,
      before: { status: dps.status },
      after: { status: 'closed', closedAt: now.toISOString(), reason },
    });
  });
  return systemDetail(deps, orgId, dpsId, locale);
}

// ---- the queue --------------------------------------------------------------------------------

export async function withCategories(
  deps: Deps,
  rows: ApplicationRow[],
  country: (row: ApplicationRow) => 'SE' | 'DK',
  locale: Locale,
) {
  const categories = await repo.applicationCategories(
    deps.db,
    rows.map((r) => r.id),
  );
  const now = deps.clock.now();
  return rows.map((row) =>
    applicationView(
      row,
      categories.filter((c) => c.application_id === row.id).map((c) => categoryView(locale, c)),
      now,
      country(row),
    ),
  );
}

export async function queue(
  deps: Deps,
  orgId: string,
  dpsId: string,
  query: QueueQuery,
  locale: Locale,
) {
  const { dps } = await visibleSystem(deps, orgId, dpsId, 'owner');
  const { items, ...paging } = await repo.pageOfApplications(
    deps.db,
    { dpsId, status: query.status },
    pageOf(query, APPLICATION_PAGE_DEFAULTS),
  );
  return { ...paging, items: await withCategories(deps, items, () => dps.country, locale) };
}

/** Every application of the queue with its filter, in its order: a download's rows. */
export async function* queueRows(
  deps: Deps,
  orgId: string,
  dpsId: string,
  query: Omit<QueueQuery, 'limit' | 'offset'>,
  locale: Locale,
) {
  const { dps } = await visibleSystem(deps, orgId, dpsId, 'owner');
  const sort = pageOf(query, APPLICATION_PAGE_DEFAULTS);
  yield* inBatches(
    queryRows(
      deps.db,
      repo.applicationsInOrder(deps.db, { dpsId, status: query.status }, sort),
      (row) => row,
    ),
    (batch) => withCategories(deps, batch, () => dps.country, locale),
  );
}

async function ownedApplication(deps: Deps, orgId: string, dpsId: string, applicationId: string) {
  const { dps } = await visibleSystem(deps, orgId, dpsId, 'owner');
  const application = await repo.findApplication(deps.db, applicationId);
  if (!application || application.dps_id !== dpsId) throw notFound();
  return { dps, application };
}

/** An application with its answers; for the owner, or for the supplier that sent it. */
export async function applicationWithAnswers(
  deps: Deps,
  application: ApplicationRow & { answers: unknown },
  country: 'SE' | 'DK',
  locale: Locale,
) {
  const [view] = await withCategories(deps, [application], () => country, locale);
  const requirements = await repo.requirementsOf(deps.db, [application.dps_id]);
  const answers = (Array.isArray(application.answers) ? application.answers : []) as Answer[];
  const documentIds = answers.flatMap((a) => ('documentId' in a ? [a.documentId] : []));
  const documents = await repo.documentTitles(deps.db, documentIds);
  return {
    ...view!,
    answers: answersView(
      locale,
      requirements,
      answers,
      new Map(
        documents
          // Only the applicant's own documents are named; an id of anyone else's stays blank.
          .filter((d) => d.supplier_id === application.supplier_id)
          .map((d) => [d.id, { title: d.title, kind: d.kind, validUntil: d.valid_until }]),
      ),
    ),
  };
}

export async function applicationDetail(
  deps: Deps,
  orgId: string,
  dpsId: string,
  applicationId: string,
  locale: Locale,
) {
  const { dps, application } = await ownedApplication(deps, orgId, dpsId, applicationId);
  return applicationWithAnswers(deps, application, dps.country, locale);
}

type Decision = 'approve' | 'reject' | 'exclude';

const DECISION_MAIL: Record<Decision, { subject: MessageKey; body: MessageKey }> = {
  approve: { subject: 'email.dps.approved.subject', body: 'email.dps.approved.body' },
  reject: { subject: 'email.dps.rejected.subject', body: 'email.dps.rejected.body' },
  exclude: { subject: 'email.dps.excluded.subject', body: 'email.dps.excluded.body' },
};

async function categoryNames(trx: Transaction<DB>, applicationId: string) {
  const rows = await repo.applicationCategories(trx, [applicationId]);
  const join = (pick: (r: (typeof rows)[number]) => string) => rows.map(pick).join(', ');
  return { sv: join((r) => r.name_sv), da: join((r) => r.name_da), en: join((r) => r.name_en) };
}

/** Approve, reject (with a reason the supplier sees) or exclude (with a reason). */
export async function decide(
  deps: Deps,
  actor: Actor,
  orgId: string,
  dpsId: string,
  applicationId: string,
  decision: Decision,
  input: { reason?: string; version: number },
  locale: Locale,
) {
  const { dps } = await ownedApplication(deps, orgId, dpsId, applicationId);
  const reason = input.reason?.trim() ?? '';
  await deps.db.transaction().execute(async (trx) => {
    const application = await repo.findApplication(trx, applicationId);
    if (!application) throw notFound();
    const next = transition(application.status, decision, 'owner', reason);
    if (!next.ok) {
      if (next.refusal === 'reason_required') throw fieldProblem('reason', 'dps.reason_required');
      throw new Problem('conflict', 'dps.application.wrong_status', {
        params: { status: application.status },
      });
    }
    const now = deps.clock.now();
    const updated = await repo.updateApplication(trx, applicationId, input.version, {
      status: next.to,
      decided_at: now,
      decided_by: actor.userId,
      decision_reason: reason === '' ? null : reason,
    });
    if (!updated) throw stale();
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: `dps.application.${next.to}`,
      objectType: 'dps_application',
      objectId: applicationId,
      before: { status: application.status },
      after: { status: next.to, reason: reason || null },
    });
    await mailSupplier(trx, deps, application.supplier_id, {
      organisationId: application.supplier_id,
      country: dps.country,
      ...DECISION_MAIL[decision],
      params: {
        supplier: application.supplier_name,
        dps: dps.title,
        reference: dps.reference,
        reason,
      },
      localized: { categories: await categoryNames(trx, applicationId) },
    });
  });
  return applicationDetail(deps, orgId, dpsId, applicationId, locale);
}

/** Extend the decision time once, to 15 working days from receipt, with a recorded reason. */
export async function extend(
  deps: Deps,
  actor: Actor,
  orgId: string,
  dpsId: string,
  applicationId: string,
  input: ReasonInput,
  locale: Locale,
) {
  const { dps } = await ownedApplication(deps, orgId, dpsId, applicationId);
  await deps.db.transaction().execute(async (trx) => {
    const application = await repo.findApplication(trx, applicationId);
    if (!application) throw notFound();
    const result = extendDecision(
      {
        status: application.status,
        receivedAt: application.received_at,
        extendedAt: application.extended_at,
      },
      input.reason,
      dps.country,
    );
    if (!result.ok) {
      if (result.refusal === 'reason_required') throw fieldProblem('reason', 'dps.reason_required');
      if (result.refusal === 'already_extended')
        throw new Problem('conflict', 'dps.application.already_extended');
      throw new Problem('conflict', 'dps.application.wrong_status', {
        params: { status: application.status },
      });
    }
    const now = deps.clock.now();
    const updated = await repo.updateApplication(trx, applicationId, input.version, {
      decision_due_at: result.decisionDueAt,
      extended_at: now,
      extension_reason: input.reason.trim(),
    });
    if (!updated) throw stale();
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'dps.application.extended',
      objectType: 'dps_application',
      objectId: applicationId,
      before: { decisionDueAt: application.decision_due_at.toISOString() },
      after: { decisionDueAt: result.decisionDueAt.toISOString(), reason: input.reason.trim() },
    });
    await mailSupplier(trx, deps, application.supplier_id, {
      organisationId: application.supplier_id,
      country: dps.country,
      subject: 'email.dps.extended.subject',
      body: 'email.dps.extended.body',
      params: {
        supplier: application.supplier_name,
        dps: dps.title,
        reference: dps.reference,
        reason: input.reason.trim(),
      },
      instants: { due: result.decisionDueAt },
    });
  });
  return applicationDetail(deps, orgId, dpsId, applicationId, locale);
}

// ---- admitted suppliers and declarations ---------------------------------------------------------

/** One page of the DPS's admissions, or (peersOf) of those in the categories of one supplier. */
export async function admittedPage(
  deps: Deps,
  dpsId: string,
  query: AdmittedQuery,
  locale: Locale,
  peersOf?: string,
) {
  const { items, ...paging } = await repo.pageOfAdmitted(
    deps.db,
    dpsId,
    pageOf(query, ADMITTED_PAGE_DEFAULTS),
    peersOf,
  );
  return {
    ...paging,
    items: items.map((row) => ({
      category: categoryView(locale, row),
      supplier: { id: row.supplier_id, name: row.supplier_name },
    })),
  };
}

export async function admittedSuppliers(
  deps: Deps,
  orgId: string,
  dpsId: string,
  query: AdmittedQuery,
  locale: Locale,
) {
  await visibleSystem(deps, orgId, dpsId, 'reader');
  return admittedPage(deps, dpsId, query, locale);
}

export async function declarationRequests(
  deps: Deps,
  orgId: string,
  dpsId: string,
  query: DeclarationRequestQuery,
) {
  await visibleSystem(deps, orgId, dpsId, 'owner');
  const { items, ...paging } = await repo.listDeclarationRequests(
    deps.db,
    { dpsId },
    pageOf(query, DECLARATION_REQUEST_PAGE_DEFAULTS),
  );
  return { ...paging, items: items.map(declarationRequestView) };
}

/** Every request of the DPS in the list's order: a download's rows. */
export async function* declarationRequestRows(
  deps: Deps,
  orgId: string,
  dpsId: string,
  query: Omit<DeclarationRequestQuery, 'limit' | 'offset'>,
) {
  await visibleSystem(deps, orgId, dpsId, 'owner');
  const sort = pageOf(query, DECLARATION_REQUEST_PAGE_DEFAULTS);
  yield* queryRows(
    deps.db,
    repo.declarationRequestsInOrder(deps.db, { dpsId }, sort),
    declarationRequestView,
  );
}

export function declarationRequestView(row: {
  id: string;
  dps_id: string;
  dps_title: string;
  dps_reference: string;
  supplier_id: string;
  supplier_name: string;
  requested_at: Date;
  due_at: Date;
  answered_at: Date | null;
  answers: unknown;
}) {
  return {
    id: row.id,
    dps: { id: row.dps_id, title: row.dps_title, reference: row.dps_reference },
    supplier: { id: row.supplier_id, name: row.supplier_name },
    requestedAt: row.requested_at.toISOString(),
    dueAt: row.due_at.toISOString(),
    answeredAt: row.answered_at?.toISOString() ?? null,
    answers: (Array.isArray(row.answers) ? row.answers : []) as {
      requirementId: string;
      declared: boolean;
    }[],
  };
}

/** Ask an admitted supplier for an updated self-declaration within 5 working days. */
export async function requestDeclaration(
  deps: Deps,
  actor: Actor,
  orgId: string,
  dpsId: string,
  supplierId: string,
) {
  const { dps } = await visibleSystem(deps, orgId, dpsId, 'owner');
  const admitted = await repo.admitted(deps.db, dpsId);
  if (!admitted.some((a) => a.supplier_id === supplierId))
    throw fieldProblem('supplierId', 'dps.supplier_not_admitted');
  const owner = await repo.organisation(deps.db, orgId);
  const supplier = admitted.find((a) => a.supplier_id === supplierId)!;
  const id = await deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    const due = declarationDeadline(now, dps.country);
    const row = await repo.insertDeclarationRequest(trx, {
      dps_id: dpsId,
      organisation_id: orgId,
      supplier_id: supplierId,
      requested_at: now,
      due_at: due,
      requested_by: actor.userId,
    });
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'dps.declaration_requested',
      objectType: 'dps_declaration_request',
      objectId: row.id,
      after: { dpsId, supplierId, dueAt: due.toISOString() },
    });
    await mailSupplier(trx, deps, supplierId, {
      organisationId: supplierId,
      country: dps.country,
      subject: 'email.dps.declaration.subject',
      body: 'email.dps.declaration.body',
      params: {
        body: owner?.name ?? '',
        supplier: supplier.supplier_name,
        dps: dps.title,
        reference: dps.reference,
      },
      instants: { due },
    });
    return row.id;
  });
  return declarationRequestView(await repo.findDeclarationRequest(deps.db, id));
}

// ---- for other areas ----------------------------------------------------------------------------
// Call-offs read who is admitted to a DPS through these, never through the repository.

/** The DPS's applications, filtered as given. */
export function listApplications(db: Db, filter: Parameters<typeof repo.listApplications>[1]) {
  return repo.listApplications(db, filter);
}

/** The categories each of the applications applies to. */
export function applicationCategories(db: Db, applicationIds: string[]) {
  return repo.applicationCategories(db, applicationIds);
}
