// The officer's side of requests for correction: send one (with the requirements concerned and a
// deadline the domain accepts), follow them, and accept or reject the supplier's answers.
import {
  acceptAnswer,
  createCorrectionRequest,
  rejectAnswer,
  type CorrectionRefusal,
} from '@tildel/domain/followup/correction';
import { localDate } from '@tildel/domain/calendar';
import type { Actor } from '../../../platform/access.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { ChoiceSearch } from '../../../platform/choices.ts';
import type { Deps } from '../../../platform/deps.ts';
import { readFile } from '../../../platform/files.ts';
import type { Locale, MessageKey } from '../../../platform/i18n.ts';
import { mailSupplier, type Mail } from '../../../platform/notify.ts';
import { pageOf } from '../../../platform/paging.ts';
import { fieldProblem, Problem } from '../../../platform/problem.ts';
import { agreementWithSupplier } from '../logbook/repo.ts';
import { longDate } from '../../../platform/formats.ts';
import { renderLetter, supplierLocale } from './pdf.ts';
import * as repo from './repo.ts';
import {
  CORRECTION_PAGE_DEFAULTS,
  type CorrectionListQuery,
  type Decision,
  type NewRequest,
} from './schemas.ts';
import { asDomain } from './state.ts';
import * as views from './views.ts';

export const stale = () => new Problem('conflict', 'correction.stale');

export const refusalKey = (refusal: CorrectionRefusal) => `correction.${refusal}` as MessageKey;

/** The supplier's page of a request: where the emails and the letter send it. */
export const supplierPath = (id: string) => `/company/corrections/${id}`;
export const officerPath = (id: string) => `/followup/corrections/${id}`;

/** A mail about a request: its deadline in every reader's language. */
export function requestMail(
  row: repo.RequestRow,
  subject: MessageKey,
  body: MessageKey,
  params: Record<string, string> = {},
): Mail {
  return {
    organisationId: row.bodyId,
    country: row.country,
    subject,
    body,
    params: {
      body: row.bodyName,
      supplier: row.supplierName,
      reference: row.agreementReference,
      ...params,
    },
    localized: {
      deadline: {
        sv: longDate('sv', row.deadline),
        da: longDate('da', row.deadline),
        en: longDate('en', row.deadline),
      },
    },
  };
}

export async function createRequest(
  deps: Deps,
  actor: Actor,
  orgId: string,
  input: NewRequest,
  locale: Locale,
) {
  const establishmentId = input.establishmentId ?? null;
  const visitId = input.visitId ?? null;
  const agreement = await agreementWithSupplier(
    deps.db,
    orgId,
    input.agreementId,
    input.supplierId,
    establishmentId,
  );
  if (!agreement) throw fieldProblem('supplierId', 'correction.not_on_agreement');
  const requirementIds = [...new Set(input.requirementIds)];
  const requirements = await repo.requirementsOf(deps.db, input.agreementId, requirementIds);
  if (requirements.length !== requirementIds.length)
    throw fieldProblem('requirementIds', 'correction.requirement_not_on_agreement');
  if (
    visitId &&
    !(await repo.visitExists(deps.db, orgId, input.agreementId, input.supplierId, visitId))
  )
    throw fieldProblem('visitId', 'correction.visit_not_found');
  const now = deps.clock.now();
  const created = createCorrectionRequest({
    country: agreement.country,
    sentOn: localDate(now, agreement.country),
    deadline: input.deadline ?? undefined,
  });
  if (!created.ok) throw fieldProblem('deadline', refusalKey(created.refusal));
  const description = input.description.trim();
  return deps.db.transaction().execute(async (trx) => {
    const id = await repo.insertRequest(trx, {
      bodyId: orgId,
      agreementId: input.agreementId,
      supplierId: input.supplierId,
      establishmentId,
      visitId,
      requirementIds,
      description,
      country: agreement.country,
      sentOn: created.request.sentOn,
      deadline: created.request.deadline,
      createdBy: actor.userId,
      createdAt: now,
    });
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'correction.requested',
      objectType: 'correction_request',
      objectId: id,
      after: {
        agreementId: input.agreementId,
        supplierId: input.supplierId,
        establishmentId,
        visitId,
        requirementIds,
        description,
        sentOn: created.request.sentOn,
        deadline: created.request.deadline,
      },
    });
    const row = await views.requestOrThrow(trx, { body: orgId }, id);
    await mailSupplier(
      trx,
      deps,
      input.supplierId,
      supplierPath(id),
      requestMail(row, 'email.correction.created.subject', 'email.correction.created.body'),
    );
    return views.detailView(trx, row, now, locale);
  });
}

/** The body's requests (optionally of one supplier), or a supplier's own. */
export async function listRequests(
  deps: Deps,
  orgId: string,
  query: CorrectionListQuery,
  as: 'body' | 'supplier',
) {
  const side = as === 'body' ? { body: orgId } : { supplier: orgId };
  const page = pageOf(query, CORRECTION_PAGE_DEFAULTS);
  return views.listView(deps.db, side, deps.clock.now(), { supplierId: query.supplierId }, page);
}

/** Every request of the side's list with its filter, in its order: a download's rows. */
export function requestRows(
  deps: Deps,
  orgId: string,
  query: Omit<CorrectionListQuery, 'limit' | 'offset'>,
  as: 'body' | 'supplier',
) {
  const side = as === 'body' ? { body: orgId } : { supplier: orgId };
  const sort = pageOf(query, CORRECTION_PAGE_DEFAULTS);
  return views.listRows(deps.db, side, deps.clock.now(), { supplierId: query.supplierId }, sort);
}

export async function requestDetail(deps: Deps, side: repo.Side, id: string, locale: Locale) {
  const row = await views.requestOrThrow(deps.db, side, id);
  return views.detailView(deps.db, row, deps.clock.now(), locale);
}

export async function decide(
  deps: Deps,
  actor: Actor,
  orgId: string,
  id: string,
  input: Decision,
  locale: Locale,
) {
  return deps.db.transaction().execute(async (trx) => {
    const row = await views.requestOrThrow(trx, { body: orgId }, id);
    if (row.version !== input.version) throw stale();
    const answers = await repo.answersOf(trx, [id]);
    const now = deps.clock.now();
    const reason = input.reason?.trim() ?? '';
    const result =
      input.decision === 'accepted'
        ? acceptAnswer(asDomain(row, answers), now)
        : rejectAnswer(asDomain(row, answers), now, reason);
    if (!result.ok) {
      if (result.refusal === 'reason_required')
        throw fieldProblem('reason', refusalKey(result.refusal));
      throw new Problem('conflict', refusalKey(result.refusal));
    }
    const answer = answers.at(-1)!;
    if (!(await repo.moveTo(trx, id, input.version, input.decision))) throw stale();
    await repo.decideAnswer(trx, answer.id, {
      decision: input.decision,
      reason: reason || null,
      by: actor.userId,
      at: now,
    });
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: `correction.answer_${input.decision}`,
      objectType: 'correction_request',
      objectId: id,
      before: { status: row.status },
      after: { status: input.decision, answerId: answer.id, reason: reason || null },
    });
    const mail =
      input.decision === 'accepted'
        ? requestMail(row, 'email.correction.accepted.subject', 'email.correction.accepted.body')
        : requestMail(row, 'email.correction.rejected.subject', 'email.correction.rejected.body', {
            reason,
          });
    await mailSupplier(trx, deps, row.supplierId, supplierPath(id), mail);
    return views.detailView(trx, (await repo.findRequest(trx, { body: orgId }, id))!, now, locale);
  });
}

/**
 * The agreements the officer can write a request (or a logbook note) under, with their
 * requirements; only those the supplier is on, when one is given.
 */
export async function choices(
  deps: Deps,
  orgId: string,
  locale: Locale,
  query: { supplierId?: string | undefined },
) {
  const { agreements, requirements } = await repo.choicesOf(deps.db, orgId, query.supplierId);
  return {
    agreements: agreements.map((a) => ({
      ...a,
      requirements: requirements
        .filter((r) => r.agreementId === a.id)
        .map((r) => ({ id: r.id, kind: r.kind, text: views.requirementText(locale, r) })),
    })),
  };
}

/** The suppliers on the agreement whose name holds the text, each with its establishments. */
export async function supplierChoices(
  deps: Deps,
  orgId: string,
  query: { agreementId: string; supplierId?: string | undefined } & ChoiceSearch,
) {
  const { items, total } = await repo.supplierChoices(deps.db, orgId, query, query);
  const establishments = await repo.establishmentsOfSuppliers(
    deps.db,
    items.map((s) => s.id),
  );
  return {
    total,
    items: items.map((s) => ({
      id: s.id,
      name: s.name,
      establishments: establishments
        .filter((e) => e.supplierId === s.id)
        .map((e) => ({ id: e.id, name: e.name })),
    })),
  };
}

/** The letter as a PDF, in the supplier's language unless another is asked for. */
export async function letter(deps: Deps, side: repo.Side, id: string, locale?: Locale) {
  const row = await views.requestOrThrow(deps.db, side, id);
  const language = locale ?? supplierLocale(row.supplierCountry);
  const detail = await views.detailView(deps.db, row, deps.clock.now(), language);
  const content = await renderLetter(
    detail,
    language,
    `${deps.config.publicUrl}${supplierPath(id)}`,
  );
  return { content, fileName: `${detail.agreement.reference}-${detail.sentOn}.pdf` };
}

export async function evidence(deps: Deps, side: repo.Side, id: string, fileId: string) {
  const row = await views.requestOrThrow(deps.db, side, id);
  const file = await readFile(deps.db, await views.evidenceFileId(deps.db, row, fileId));
  if (!file) throw new Problem('not_found', 'problem.not_found.detail');
  return file;
}

/** The officers of the body that sent the request: told of answers and missed deadlines. */
export const OFFICER_ROLES = ['quality_officer'] as const;
