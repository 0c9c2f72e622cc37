// A stored request with its answers as the domain's value (followup/correction.ts), so that every
// rule - state, overdue, answer, decision, reminders - is the domain's and not re-made here.
import type {
  CorrectionEvent,
  CorrectionRequest,
  ReminderKind,
} from '@tildel/domain/followup/correction';
import type { AnswerRow, RequestRow } from './repo.ts';

export function asDomain(row: RequestRow, answers: readonly AnswerRow[]): CorrectionRequest {
  const events: CorrectionEvent[] = [];
  for (const answer of answers) {
    events.push({ kind: 'answered', at: answer.answeredAt });
    if (answer.decision === 'accepted' && answer.decidedAt)
      events.push({ kind: 'accepted', at: answer.decidedAt });
    if (answer.decision === 'rejected' && answer.decidedAt)
      events.push({ kind: 'rejected', at: answer.decidedAt, reason: answer.decisionReason ?? '' });
  }
  return { country: row.country, sentOn: row.sentOn, deadline: row.deadline, events };
}

export function remindersSent(row: RequestRow): ReminderKind[] {
  return row.remindersSent.filter(
    (kind): kind is ReminderKind => kind === 'before_deadline' || kind === 'on_deadline',
  );
}
