// The supplier's side of a request for correction: read its own requests and answer one with an
// action plan and evidence (PDF, PNG or JPEG, each at most 5 MB), while the domain allows it.
import { answerCorrection } from '@tildel/domain/followup/correction';
import type { Actor } from '../../../platform/access.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import { storeFile, acceptListedFile, PDF_OR_PICTURE } from '../../../platform/files.ts';
import type { Locale } from '../../../platform/i18n.ts';
import { mailRoles } from '../../../platform/notify.ts';
import { Problem } from '../../../platform/problem.ts';
import * as repo from './repo.ts';
import type { AnswerInput } from './schemas.ts';
import { OFFICER_ROLES, officerPath, refusalKey, requestMail, stale } from './service.ts';
import { asDomain } from './state.ts';
import * as views from './views.ts';

export async function answer(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  id: string,
  input: AnswerInput,
  locale: Locale,
) {
  const side = { supplier: supplierId };
  await views.requestOrThrow(deps.db, side, id);
  const files = input.evidence.map((item, index) =>
    acceptListedFile(
      item,
      { list: 'evidence', index, unknownType: 'correction.evidence_type' },
      { organisationId: supplierId, uploadedBy: actor.userId },
      PDF_OR_PICTURE,
    ),
  );
  const actionPlan = input.actionPlan.trim();
  return deps.db.transaction().execute(async (trx) => {
    const row = await views.requestOrThrow(trx, side, id);
    if (row.version !== input.version) throw stale();
    const now = deps.clock.now();
    const result = answerCorrection(asDomain(row, await repo.answersOf(trx, [id])), now);
    if (!result.ok) throw new Problem('conflict', refusalKey(result.refusal));
    if (!(await repo.moveTo(trx, id, input.version, 'answered'))) throw stale();
    const stored = [];
    for (const file of files) {
      stored.push(
        await storeFile(
          trx,
          deps.clock,
          {
            organisationId: supplierId,
            fileName: file.fileName,
            contentType: file.contentType,
            uploadedBy: actor.userId,
          },
          file.bytes,
        ),
      );
    }
    const answerId = await repo.insertAnswer(trx, {
      requestId: id,
      supplierId,
      actionPlan,
      evidenceFileIds: stored.map((f) => f.id),
      answeredBy: actor.userId,
      answeredAt: now,
    });
    await appendAudit(trx, deps.clock, {
      organisationId: row.bodyId,
      actorUserId: actor.userId,
      action: 'correction.answered',
      objectType: 'correction_request',
      objectId: id,
      before: { status: row.status },
      after: {
        status: 'answered',
        answerId,
        actionPlan,
        evidence: stored.map((f, i) => ({ fileName: files[i]!.fileName, sha256: f.sha256 })),
      },
    });
    await mailRoles(
      trx,
      deps,
      row.bodyId,
      OFFICER_ROLES,
      officerPath(id),
      requestMail(row, 'email.correction.answered.subject', 'email.correction.answered.body'),
    );
    return views.detailView(trx, (await repo.findRequest(trx, side, id))!, now, locale);
  });
}
