// The supplier's side of a DPS: find open systems, apply with answers, follow and withdraw its own
// applications, answer requests for updated self-declarations, see who else is admitted to its
// categories. The supplier is always the organisation in the URL; it sees only its own.
import { localDate } from '@tildel/domain/calendar';
import {
  answerProblems,
  decisionDeadline,
  isInInitialPeriod,
  transition,
  type AnswerProblem,
} from '@tildel/domain/qualification';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import { inBatches, queryRows } from '../../../platform/export.ts';
import type { Locale, MessageKey } from '../../../platform/i18n.ts';
import { pageOf } from '../../../platform/paging.ts';
import { fieldProblem, Problem, notFound } from '../../../platform/problem.ts';
import { mailSupplier } from './notify.ts';
import * as repo from './repo.ts';
import {
  APPLICATION_PAGE_DEFAULTS,
  DECLARATION_REQUEST_PAGE_DEFAULTS,
  MARKET_PAGE_DEFAULTS,
  type AdmittedQuery,
  type ApplyInput,
  type DeclarationAnswers,
  type DeclarationRequestQuery,
  type MarketQuery,
  type OwnApplicationsQuery,
} from './schemas.ts';
import {
  admittedPage,
  applicationWithAnswers,
  declarationRequestView,
  withCategories,
} from './service.ts';
import type { Actor } from '../../../platform/access.ts';
import {
  asRequirement,
  type ApplicationRow,
  categoryView,
  requirementView,
  systemView,
  validityChangeView,
} from './views.ts';

function today(deps: Deps) {
  const now = deps.clock.now();
  return { SE: localDate(now, 'SE'), DK: localDate(now, 'DK') };
}

/** Open systems within their validity, with categories, requirements and validity changes. */
export async function market(deps: Deps, supplierId: string, query: MarketQuery, locale: Locale) {
  const { items: systems, ...paging } = await repo.pageOfOpenSystems(
    deps.db,
    today(deps),
    pageOf(query, MARKET_PAGE_DEFAULTS),
  );
  const ids = systems.map((s) => s.id);
  const [categories, requirements, changes, documents, own] = await Promise.all([
    repo.categoriesOf(deps.db, ids),
    repo.requirementsOf(deps.db, ids),
    repo.validityChangesOf(deps.db, ids),
    repo.ownDocuments(deps.db, supplierId),
    repo.listApplications(deps.db, { supplierId }),
  ]);
  const ownCategories = await repo.applicationCategories(
    deps.db,
    own.filter((a) => a.status === 'pending' || a.status === 'approved').map((a) => a.id),
  );
  return {
    ...paging,
    items: systems.map((s) => ({
      ...systemView(s),
      categories: categories
        .filter((c) => c.dps_id === s.id)
        .map((c) => {
          const mine = own.find(
            (a) =>
              a.dps_id === s.id &&
              ownCategories.some((oc) => oc.application_id === a.id && oc.id === c.id),
          );
          return { ...categoryView(locale, c), myStatus: mine?.status ?? null };
        }),
      requirements: requirements
        .filter((r) => r.dps_id === s.id)
        .map((r) => requirementView(locale, r)),
      validityChanges: changes.filter((c) => c.dps_id === s.id).map(validityChangeView),
    })),
    documents: documents.map((d) => ({
      id: d.id,
      kind: d.kind,
      title: d.title,
      validUntil: d.valid_until,
    })),
  };
}

const ANSWER_MESSAGES: Record<AnswerProblem, MessageKey> = {
  missing: 'dps.answer.missing',
  wrong_kind: 'dps.answer.wrong_kind',
  unknown_requirement: 'dps.answer.unknown_requirement',
  duplicate: 'dps.answer.duplicate',
  document_not_own: 'dps.answer.document_not_own',
  document_wrong_kind: 'dps.answer.document_wrong_kind',
};

function refuseAnswerProblems(problems: { requirementId: string; problem: AnswerProblem }[]) {
  if (problems.length === 0) return;
  throw new Problem('validation', 'problem.validation.detail', {
    fields: problems.map((p) => ({
      field: `answers.${p.requirementId}`,
      key: ANSWER_MESSAGES[p.problem],
    })),
  });
}

/** An open DPS within validity, or 404. */
async function openSystem(deps: Deps, dpsId: string) {
  const dps = await repo.findSystem(deps.db, dpsId);
  if (!dps) throw notFound();
  const day = localDate(deps.clock.now(), dps.country);
  if (dps.status === 'draft') throw notFound();
  if (dps.status === 'closed')
    throw new Problem('conflict', 'dps.closed', { params: { reason: dps.closed_reason ?? '' } });
  if (dps.status !== 'open' || day < dps.valid_from || day > dps.valid_to)
    throw new Problem('conflict', 'dps.not_open');
  return dps;
}

export async function apply(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  dpsId: string,
  input: ApplyInput,
  locale: Locale,
) {
  const supplier = await repo.organisation(deps.db, supplierId);
  if (supplier?.kind !== 'supplier')
    throw new Problem('conflict', 'dps.application.only_suppliers');
  const dps = await openSystem(deps, dpsId);
  const categoryIds = [...new Set(input.categoryIds)];
  const dpsCategories = await repo.categoriesOf(deps.db, [dpsId]);
  if (!categoryIds.every((id) => dpsCategories.some((c) => c.id === id)))
    throw fieldProblem('categoryIds', 'dps.application.category_not_in_dps');
  const requirements = await repo.requirementsOf(deps.db, [dpsId]);
  const ownDocuments = await repo.ownDocumentKinds(deps.db, supplierId);
  refuseAnswerProblems(
    answerProblems(requirements.map(asRequirement), input.answers, ownDocuments),
  );

  const id = await deps.db.transaction().execute(async (trx) => {
    const open = await repo.openCategoryIds(trx, dpsId, supplierId);
    if (categoryIds.some((c) => open.has(c)))
      throw fieldProblem('categoryIds', 'dps.application.already_applied');
    // The receipt is the server's clock; the deadline follows from it by the domain rule.
    const receivedAt = deps.clock.now();
    const decisionDueAt = decisionDeadline(receivedAt, dps.country);
    const applicationId = await repo.insertApplication(
      trx,
      {
        dps_id: dpsId,
        organisation_id: dps.organisation_id,
        supplier_id: supplierId,
        received_at: receivedAt,
        in_initial_period: isInInitialPeriod(receivedAt, {
          initialPeriodEndsOn: dps.initial_period_ends_on,
          country: dps.country,
        }),
        decision_due_at: decisionDueAt,
        answers: input.answers,
        created_by: actor.userId,
      },
      categoryIds,
    );
    const audit = {
      actorUserId: actor.userId,
      action: 'dps.application.received',
      objectType: 'dps_application',
      objectId: applicationId,
      after: {
        dpsId,
        categoryIds,
        answers: input.answers,
        decisionDueAt: decisionDueAt.toISOString(),
      },
    };
    // Both the supplier's and the owner's trails record it.
    await appendAudit(trx, deps.clock, { organisationId: supplierId, ...audit });
    await appendAudit(trx, deps.clock, { organisationId: dps.organisation_id, ...audit });
    const names = dpsCategories.filter((c) => categoryIds.includes(c.id));
    const join = (pick: (c: (typeof names)[number]) => string) => names.map(pick).join(', ');
    await mailSupplier(trx, deps, supplierId, {
      organisationId: supplierId,
      country: dps.country,
      subject: 'email.dps.received.subject',
      body: 'email.dps.received.body',
      params: { supplier: supplier.name, dps: dps.title, reference: dps.reference },
      instants: { due: decisionDueAt },
      localized: {
        categories: {
          sv: join((c) => c.name_sv),
          da: join((c) => c.name_da),
          en: join((c) => c.name_en),
        },
      },
    });
    return applicationId;
  });
  return ownApplication(deps, supplierId, id, locale);
}

export async function ownApplications(
  deps: Deps,
  supplierId: string,
  query: OwnApplicationsQuery,
  locale: Locale,
) {
  const { items: rows, ...paging } = await repo.pageOfApplications(
    deps.db,
    { supplierId },
    pageOf(query, APPLICATION_PAGE_DEFAULTS),
  );
  return { ...paging, items: await ownApplicationViews(deps, rows, locale, new Map()) };
}

/** The supplier's applications with their categories and clocks (each DPS's country once). */
async function ownApplicationViews(
  deps: Deps,
  rows: ApplicationRow[],
  locale: Locale,
  countries: Map<string, 'SE' | 'DK'>,
) {
  for (const row of rows) {
    if (!countries.has(row.dps_id)) {
      const dps = await repo.findSystem(deps.db, row.dps_id);
      countries.set(row.dps_id, dps?.country ?? 'SE');
    }
  }
  return withCategories(deps, rows, (row) => countries.get(row.dps_id) ?? 'SE', locale);
}

/** Every application of the supplier in the list's order, a batch at a time: a download's rows. */
export function ownApplicationRows(
  deps: Deps,
  supplierId: string,
  query: Omit<OwnApplicationsQuery, 'limit' | 'offset'>,
  locale: Locale,
) {
  const sort = pageOf(query, APPLICATION_PAGE_DEFAULTS);
  const countries = new Map<string, 'SE' | 'DK'>();
  return inBatches(
    queryRows(deps.db, repo.applicationsInOrder(deps.db, { supplierId }, sort), (row) => row),
    (batch) => ownApplicationViews(deps, batch, locale, countries),
  );
}

async function ownApplicationRow(deps: Deps, supplierId: string, applicationId: string) {
  const application = await repo.findApplication(deps.db, applicationId);
  // Another supplier's application does not exist as far as this supplier can tell.
  if (!application || application.supplier_id !== supplierId) throw notFound();
  const dps = await repo.findSystem(deps.db, application.dps_id);
  if (!dps) throw notFound();
  return { application, dps };
}

export async function ownApplication(
  deps: Deps,
  supplierId: string,
  applicationId: string,
  locale: Locale,
) {
  const { application, dps } = await ownApplicationRow(deps, supplierId, applicationId);
  return applicationWithAnswers(deps, application, dps.country, locale);
}

export async function withdraw(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  applicationId: string,
  version: number,
  locale: Locale,
) {
  const { dps } = await ownApplicationRow(deps, supplierId, applicationId);
  await deps.db.transaction().execute(async (trx) => {
    const application = await repo.findApplication(trx, applicationId);
    if (!application) throw notFound();
    const next = transition(application.status, 'withdraw', 'supplier');
    if (!next.ok)
      throw new Problem('conflict', 'dps.application.wrong_status', {
        params: { status: application.status },
      });
    const now = deps.clock.now();
    if (
      !(await repo.updateApplication(trx, applicationId, version, {
        status: next.to,
        decided_at: now,
        decided_by: actor.userId,
      }))
    )
      throw new Problem('conflict', 'dps.stale');
    const audit = {
      actorUserId: actor.userId,
      action: 'dps.application.withdrawn',
      objectType: 'dps_application',
      objectId: applicationId,
      before: { status: application.status },
      after: { status: next.to },
    };
    await appendAudit(trx, deps.clock, { organisationId: supplierId, ...audit });
    await appendAudit(trx, deps.clock, { organisationId: dps.organisation_id, ...audit });
  });
  return ownApplication(deps, supplierId, applicationId, locale);
}

// ---- declaration requests ------------------------------------------------------------------------

export async function ownDeclarationRequests(
  deps: Deps,
  supplierId: string,
  query: DeclarationRequestQuery,
  locale: Locale,
) {
  const { items, ...paging } = await repo.listDeclarationRequests(
    deps.db,
    { supplierId },
    pageOf(query, DECLARATION_REQUEST_PAGE_DEFAULTS),
  );
  return { ...paging, items: await withDeclarations(deps, items, locale) };
}

/** Every request to the supplier in the list's order: a download's rows. */
export function ownDeclarationRequestRows(
  deps: Deps,
  supplierId: string,
  query: Omit<DeclarationRequestQuery, 'limit' | 'offset'>,
) {
  const sort = pageOf(query, DECLARATION_REQUEST_PAGE_DEFAULTS);
  return queryRows(
    deps.db,
    repo.declarationRequestsInOrder(deps.db, { supplierId }, sort),
    declarationRequestView,
  );
}

/** The requests with the declarations each asks the supplier to answer again. */
async function withDeclarations(
  deps: Deps,
  rows: Parameters<typeof declarationRequestView>[0][],
  locale: Locale,
) {
  const requirements = await repo.requirementsOf(deps.db, [...new Set(rows.map((r) => r.dps_id))]);
  return rows.map((row) => ({
    ...declarationRequestView(row),
    requirements: requirements
      .filter((r) => r.dps_id === row.dps_id && r.kind === 'declaration')
      .map((r) => requirementView(locale, r)),
  }));
}

/** Answer every declaration of the DPS again, true or false. */
export async function answerDeclaration(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  requestId: string,
  answers: DeclarationAnswers,
  locale: Locale,
) {
  await deps.db.transaction().execute(async (trx) => {
    const request = await repo.lockDeclarationRequest(trx, requestId);
    if (!request || request.supplier_id !== supplierId) throw notFound();
    if (request.answered_at !== null)
      throw new Problem('conflict', 'dps.declaration.already_answered');
    const declarations = (await repo.requirementsOf(trx, [request.dps_id]))
      .filter((r) => r.kind === 'declaration')
      .map(asRequirement);
    refuseAnswerProblems(answerProblems(declarations, answers, new Map()));
    const now = deps.clock.now();
    await repo.answerDeclarationRequest(trx, requestId, {
      answers,
      answered_at: now,
      answered_by: actor.userId,
    });
    const audit = {
      actorUserId: actor.userId,
      action: 'dps.declaration_answered',
      objectType: 'dps_declaration_request',
      objectId: requestId,
      after: { answers },
    };
    await appendAudit(trx, deps.clock, { organisationId: supplierId, ...audit });
    await appendAudit(trx, deps.clock, { organisationId: request.organisation_id, ...audit });
  });
  const [answered] = await withDeclarations(
    deps,
    [await repo.findDeclarationRequest(deps.db, requestId)],
    locale,
  );
  return answered!;
}

/** The admitted suppliers of the categories this supplier is itself admitted to (names only). */
export async function admittedPeers(
  deps: Deps,
  supplierId: string,
  dpsId: string,
  query: AdmittedQuery,
  locale: Locale,
) {
  const dps = await repo.findSystem(deps.db, dpsId);
  if (!dps) throw notFound();
  const admitted = await repo.admitted(deps.db, dpsId);
  const mine = new Set(
    admitted.filter((a) => a.supplier_id === supplierId).map((a) => a.category_id),
  );
  if (mine.size === 0) throw notFound();
  return admittedPage(deps, dpsId, query, locale, supplierId);
}
