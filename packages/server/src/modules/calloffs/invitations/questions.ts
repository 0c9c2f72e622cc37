// Questions during the tender period: an invited supplier asks; the buyer reads who asked and
// answers; the answer goes to every invited supplier without naming the asker (who learns it the
// same way as everyone else).
import { containsPersonalIdentityNumber } from '@tildel/domain/need';
import type { Actor } from '../../../platform/access.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import { fieldProblem, Problem } from '../../../platform/problem.ts';
import * as repo from './repo.ts';
import type { AnswerInput, QuestionInput } from './schemas.ts';
import { mailInvited } from './mail.ts';
import { openInvitationOf } from './tenders.ts';

export async function askQuestion(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  calloffId: string,
  input: QuestionInput,
) {
  const question = input.question.trim();
  if (containsPersonalIdentityNumber(question))
    throw fieldProblem('question', 'invitation.personal_identity_number');
  return deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    const invitation = await openInvitationOf(trx, supplierId, calloffId, now);
    const id = await repo.insertQuestion(trx, {
      calloffId,
      organisationId: invitation.organisation_id,
      supplierId,
      askedBy: actor.userId,
      askedAt: now,
      question,
    });
    await appendAudit(trx, deps.clock, {
      organisationId: supplierId,
      actorUserId: actor.userId,
      action: 'tender.question_asked',
      objectType: 'calloff',
      objectId: calloffId,
      after: { questionId: id, question },
    });
    return { id, question, askedAt: now, answer: null, answeredAt: null, own: true };
  });
}

export async function questionsForBuyer(deps: Deps, organisationId: string, calloffId: string) {
  const terms = await repo.calloffTerms(deps.db, organisationId, calloffId);
  if (!terms) throw new Problem('not_found', 'problem.not_found.detail');
  return { items: await repo.questionsForBuyer(deps.db, organisationId, calloffId) };
}

export async function answerQuestion(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  calloffId: string,
  questionId: string,
  input: AnswerInput,
) {
  const answer = input.answer.trim();
  if (containsPersonalIdentityNumber(answer))
    throw fieldProblem('answer', 'invitation.personal_identity_number');
  return deps.db.transaction().execute(async (trx) => {
    const question = await repo.lockQuestion(trx, organisationId, calloffId, questionId);
    if (!question) throw new Problem('not_found', 'problem.not_found.detail');
    if (question.answer !== null) throw new Problem('conflict', 'invitation.already_answered');
    const terms = (await repo.calloffTerms(trx, organisationId, calloffId))!;
    if (terms.status !== 'open') throw new Problem('conflict', 'invitation.not_open');
    const now = deps.clock.now();
    await repo.answerQuestion(trx, questionId, { answer, answeredBy: actor.userId, at: now });
    await appendAudit(trx, deps.clock, {
      organisationId,
      actorUserId: actor.userId,
      action: 'calloff.question_answered',
      objectType: 'calloff',
      objectId: calloffId,
      after: { questionId, question: question.question, answer },
    });
    const invitations = await repo.invitationsOf(trx, organisationId, calloffId);
    await mailInvited(
      trx,
      deps,
      terms,
      invitations.map((i) => i.supplierId),
      {
        subject: 'email.invitation.answer.subject',
        body: 'email.invitation.answer.body',
        params: { question: question.question, answer },
        deadline: terms.tenderDeadline!,
      },
    );
    const items = await repo.questionsForBuyer(trx, organisationId, calloffId);
    return items.find((q) => q.id === questionId)!;
  });
}
