// What officers and suppliers see of a request: the same view on both sides, the state computed
// by the domain at the moment of asking (so "overdue" needs no job to have run).
import { correctionState } from '@tildel/domain/followup/correction';
import { inBatches, queryRows } from '../../../platform/export.ts';
import { t, type Locale, type MessageKey } from '../../../platform/i18n.ts';
import { Problem } from '../../../platform/problem.ts';
import type { Page } from '../../../platform/paging.ts';
import * as repo from './repo.ts';
import type { CorrectionSort } from './schemas.ts';
import { asDomain } from './state.ts';
import type { Db } from '../../../db/db.ts';

function summaryOf(row: repo.RequestRow, answers: readonly repo.AnswerRow[], now: Date) {
  return {
    id: row.id,
    body: { id: row.bodyId, name: row.bodyName },
    agreement: {
      id: row.agreementId,
      reference: row.agreementReference,
      title: row.agreementTitle,
    },
    supplier: { id: row.supplierId, name: row.supplierName },
    establishment: row.establishmentId
      ? { id: row.establishmentId, name: row.establishmentName ?? '' }
      : null,
    visitId: row.visitId,
    description: row.description,
    country: row.country,
    sentOn: row.sentOn,
    deadline: row.deadline,
    state: correctionState(asDomain(row, answers), now),
    overdueFlaggedAt: row.overdueFlaggedAt,
    createdAt: row.createdAt,
    version: row.version,
  };
}

/** The requests with their state, which their answers decide: one query for a batch's answers. */
async function summariesOf(db: Db, rows: readonly repo.RequestRow[], now: Date) {
  const answers = await repo.answersOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) =>
    summaryOf(
      row,
      answers.filter((a) => a.requestId === row.id),
      now,
    ),
  );
}

export async function listView(
  db: Db,
  side: repo.Side,
  now: Date,
  filter: { supplierId?: string | undefined },
  page: Page<CorrectionSort>,
) {
  const { items: rows, ...paging } = await repo.listRequests(db, side, filter, page);
  return { ...paging, items: await summariesOf(db, rows, now) };
}

/**
 * Every request of the list in its order, a batch at a time with that batch's answers: a
 * download's rows.
 */
export function listRows(
  db: Db,
  side: repo.Side,
  now: Date,
  filter: { supplierId?: string | undefined },
  sort: Pick<Page<CorrectionSort>, 'sort' | 'order'>,
) {
  return inBatches(
    queryRows(db, repo.requestsInOrder(db, side, filter, sort), (r) => r),
    (batch) => summariesOf(db, batch, now),
  );
}

/** A requirement's text: its own description, or the name of its kind. */
export function requirementText(
  locale: Locale,
  requirement: { kind: string; description: string },
): string {
  return (
    requirement.description.trim() ||
    t(locale, `correction.requirement.${requirement.kind}` as MessageKey)
  );
}

export async function requestOrThrow(db: Db, side: repo.Side, id: string) {
  const row = await repo.findRequest(db, side, id);
  if (!row) throw new Problem('not_found', 'problem.not_found.detail');
  return row;
}

/** The request with the requirements concerned, the answers with their evidence and decisions. */
export async function detailView(db: Db, row: repo.RequestRow, now: Date, locale: Locale) {
  const answers = await repo.answersOf(db, [row.id]);
  const requirements = await repo.requirementsOf(db, row.agreementId, row.requirementIds);
  const files = await repo.filesOf(
    db,
    answers.flatMap((a) => a.evidenceFileIds),
  );
  return {
    ...summaryOf(row, answers, now),
    requirements: requirements.map((r) => ({
      id: r.id,
      kind: r.kind,
      text: requirementText(locale, r),
    })),
    answers: answers.map((a) => ({
      id: a.id,
      actionPlan: a.actionPlan,
      answeredBy: a.answeredBy,
      answeredAt: a.answeredAt,
      evidence: a.evidenceFileIds.flatMap((fileId) => files.filter((f) => f.id === fileId)),
      decision: a.decision,
      decisionReason: a.decisionReason,
      decidedBy: a.decidedBy,
      decidedAt: a.decidedAt,
    })),
  };
}

export type DetailView = Awaited<ReturnType<typeof detailView>>;

/** An evidence file of one of the request's answers; 404 for any other file. */
export async function evidenceFileId(db: Db, row: repo.RequestRow, fileId: string) {
  const answers = await repo.answersOf(db, [row.id]);
  if (!answers.some((a) => a.evidenceFileIds.includes(fileId)))
    throw new Problem('not_found', 'problem.not_found.detail');
  return fileId;
}
