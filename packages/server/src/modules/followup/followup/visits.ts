// The record of a follow-up visit: when, who took part, a finding per contract requirement
// (followup/findings.ts), documents, and a note in the shared logbook. Recording it marks the
// planned visit done. The findings not (fully) met are what a request for correction is made from.
import {
  findingProblems,
  findingsCallingForCorrection,
  type FindingProblem,
} from '@tildel/domain/followup/findings';
import type { Actor } from '../../../platform/access.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import { queryRows } from '../../../platform/export.ts';
import { readFile, storeFile, acceptListedFile, PDF_OR_PICTURE } from '../../../platform/files.ts';
import type { MessageKey } from '../../../platform/i18n.ts';
import { pageOf } from '../../../platform/paging.ts';
import { fieldProblem, Problem } from '../../../platform/problem.ts';
import { agreementWithSupplier } from '../logbook/repo.ts';
import { bodyToday, notFound, stale } from './common.ts';
import * as repo from './repo.ts';
import { VISIT_PAGE_DEFAULTS, type VisitInput, type VisitsQuery } from './schemas.ts';

type Outcome = 'met' | 'partly_met' | 'not_met';

const FINDING_KEYS: Record<FindingProblem['code'], MessageKey> = {
  unknown_requirement: 'followup.finding.requirement_unknown',
  duplicate_requirement: 'followup.finding.requirement_duplicate',
  required: 'followup.finding.outcome_required',
  unknown_value: 'followup.finding.outcome_required',
};

function findingKey(problem: FindingProblem): MessageKey {
  return problem.field === 'text' ? 'followup.finding.text_required' : FINDING_KEYS[problem.code];
}

export async function recordVisit(deps: Deps, actor: Actor, bodyId: string, input: VisitInput) {
  const establishment = await repo.findEstablishment(deps.db, input.establishmentId);
  const agreement =
    establishment &&
    (await agreementWithSupplier(
      deps.db,
      bodyId,
      input.agreementId,
      establishment.supplierId,
      establishment.id,
    ));
  if (!establishment || !agreement)
    throw fieldProblem('establishmentId', 'followup.not_on_agreement');
  if (input.visitedOn > (await bodyToday(deps, bodyId)))
    throw fieldProblem('visitedOn', 'followup.visit_in_future');
  const lots = (await repo.agreementsOfSupplier(deps.db, bodyId, establishment.supplierId)).find(
    (a) => a.id === agreement.id,
  )?.lotIds;
  const requirements = await repo.requirementsFor(deps.db, agreement.id, lots ?? []);
  const problems = findingProblems(
    input.findings.map((f) => ({
      requirementId: f.requirementId,
      outcome: f.outcome,
      text: f.text ?? null,
    })),
    requirements.map((r) => r.id),
  );
  if (problems.length > 0)
    throw new Problem('validation', 'problem.validation.detail', {
      fields: problems.map((p) => ({
        field: `findings.${p.index}.${p.field}`,
        key: findingKey(p),
      })),
    });
  const findings = input.findings.map((f) => ({
    requirementId: f.requirementId,
    outcome: f.outcome.trim() as Outcome,
    text: f.text?.trim() ?? '',
  }));
  const files = (input.documents ?? []).map((item, index) =>
    acceptListedFile(
      item,
      { list: 'documents', index, unknownType: 'followup.document_type' },
      { organisationId: bodyId, uploadedBy: actor.userId },
      PDF_OR_PICTURE,
    ),
  );
  const participants = input.participants.map((p) => p.trim());
  const summary = input.summary.trim();
  const note = input.logbookNote?.text.trim() ? input.logbookNote : null;
  const plannedVisitId = input.plannedVisitId ?? null;

  const id = await deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    if (plannedVisitId) {
      const planned = await repo.findPlannedVisit(trx, bodyId, plannedVisitId);
      if (
        planned?.establishmentId !== establishment.id ||
        planned.agreementId !== agreement.id ||
        planned.status !== 'planned'
      )
        throw fieldProblem('plannedVisitId', 'followup.planned_visit_unavailable');
      const marked = await repo.updatePlannedVisit(trx, planned.id, planned.version, {
        plannedOn: planned.plannedOn,
        status: 'done',
      });
      if (!marked) throw stale();
    }
    const visitId = await repo.insertVisit(trx, {
      bodyId,
      agreementId: agreement.id,
      supplierId: establishment.supplierId,
      establishmentId: establishment.id,
      plannedVisitId,
      visitedOn: input.visitedOn,
      participants,
      summary,
      by: actor.userId,
      at: now,
    });
    await repo.insertFindings(trx, bodyId, visitId, findings);
    const stored = [];
    for (const file of files)
      stored.push(
        await storeFile(
          trx,
          deps.clock,
          {
            organisationId: bodyId,
            fileName: file.fileName,
            contentType: file.contentType,
            uploadedBy: actor.userId,
          },
          file.bytes,
        ),
      );
    await repo.insertVisitDocuments(
      trx,
      visitId,
      stored.map((f) => f.id),
    );
    const noteId = note
      ? await repo.insertVisitNote(trx, {
          bodyId,
          agreementId: agreement.id,
          supplierId: establishment.supplierId,
          establishmentId: establishment.id,
          visitId,
          text: note.text.trim(),
          sensitive: note.sensitive ?? false,
          concern: note.concern ?? false,
          by: actor.userId,
          at: now,
        })
      : null;
    await appendAudit(trx, deps.clock, {
      organisationId: bodyId,
      actorUserId: actor.userId,
      action: 'followup.visit_recorded',
      objectType: 'visit',
      objectId: visitId,
      after: {
        agreementId: agreement.id,
        establishmentId: establishment.id,
        plannedVisitId,
        visitedOn: input.visitedOn,
        participants,
        summary,
        findings,
        logbookNoteId: noteId,
        documents: stored.map((f, i) => ({ fileName: files[i]!.fileName, sha256: f.sha256 })),
      },
    });
    return visitId;
  });
  return visitDetail(deps, bodyId, id);
}

function visitView(row: repo.VisitRow) {
  return {
    id: row.id,
    agreement: {
      id: row.agreementId,
      reference: row.agreementReference,
      title: row.agreementTitle,
    },
    supplier: { id: row.supplierId, name: row.supplierName },
    establishment: { id: row.establishmentId, name: row.establishmentName },
    plannedVisitId: row.plannedVisitId,
    visitedOn: row.visitedOn,
    participants: row.participants,
    summary: row.summary,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    outcomes: {
      met: Number(row.metCount),
      partlyMet: Number(row.partlyMetCount),
      notMet: Number(row.notMetCount),
    },
  };
}

export async function listVisits(deps: Deps, bodyId: string, query: VisitsQuery) {
  const { items: rows, ...paging } = await repo.visitsOf(
    deps.db,
    bodyId,
    query.establishmentId,
    pageOf(query, VISIT_PAGE_DEFAULTS),
  );
  return { ...paging, items: rows.map(visitView) };
}

/** Every visit record of the list with its filter, in its order: a download's rows. */
export function visitRows(
  deps: Deps,
  bodyId: string,
  query: Omit<VisitsQuery, 'limit' | 'offset'>,
) {
  const sort = pageOf(query, VISIT_PAGE_DEFAULTS);
  return queryRows(
    deps.db,
    repo.visitsInOrder(deps.db, bodyId, query.establishmentId, sort),
    visitView,
  );
}

export async function visitDetail(deps: Deps, bodyId: string, visitId: string) {
  const row = await repo.findVisit(deps.db, bodyId, visitId);
  if (!row) throw notFound();
  const findings = (await repo.findingsOf(deps.db, [visitId])).map((f) => ({
    requirementId: f.requirementId,
    kind: f.kind,
    description: f.description,
    outcome: f.outcome,
    text: f.text,
  }));
  return {
    ...visitView(row),
    findings,
    callingForCorrection: findingsCallingForCorrection(findings),
    documents: await repo.documentsOf(deps.db, visitId),
    logbookNotes: (await repo.notesOfVisit(deps.db, visitId)).map((n) => ({
      ...n,
      createdAt: n.createdAt.toISOString(),
    })),
    corrections: await repo.correctionsOfVisit(deps.db, visitId),
  };
}

export async function visitDocument(deps: Deps, bodyId: string, visitId: string, fileId: string) {
  const row = await repo.findVisit(deps.db, bodyId, visitId);
  const linked = row && (await repo.visitDocument(deps.db, visitId, fileId));
  const file = linked && (await readFile(deps.db, fileId));
  if (!file) throw notFound();
  return file;
}
