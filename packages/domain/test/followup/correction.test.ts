import { describe, expect, it } from 'vitest';
import {
  acceptAnswer,
  answerCorrection,
  correctionState,
  createCorrectionRequest,
  deadlineInstant,
  defaultCorrectionDeadline,
  rejectAnswer,
  reminderDays,
  reminderDue,
  type CorrectionRequest,
  type CorrectionResult,
} from '../../src/followup/correction.ts';

function ok(result: CorrectionResult): CorrectionRequest {
  if (!result.ok) throw new Error(`refused: ${result.refusal}`);
  return result.request;
}

const at = (iso: string) => new Date(iso);

// Sent on Friday 4 December 2026 by a Swedish body: 20 working days, counted as a statutory time
// limit, skip Christmas eve, Christmas day, New Year's eve, New Year's day and Epiphany.
const swedish = () => ok(createCorrectionRequest({ country: 'SE', sentOn: '2026-12-04' }));

describe('the deadline of a request for correction', () => {
  it('is 20 working days after sending, the holidays of Christmas and Epiphany not counted', () => {
    expect(defaultCorrectionDeadline('2026-12-04', 'SE')).toBe('2027-01-08');
    expect(swedish().deadline).toBe('2027-01-08');
  });

  it('ends at midnight in the agreement country', () => {
    expect(deadlineInstant(swedish()).toISOString()).toBe('2027-01-08T22:59:59.999Z');
  });

  it('may be set by the officer, but only on a working day', () => {
    const onEpiphany = createCorrectionRequest({
      country: 'SE',
      sentOn: '2026-12-04',
      deadline: '2027-01-06',
    });
    expect(onEpiphany).toEqual({ ok: false, refusal: 'deadline_not_working_day' });
    const onChristmasEve = createCorrectionRequest({
      country: 'SE',
      sentOn: '2026-12-04',
      deadline: '2026-12-24',
    });
    expect(onChristmasEve).toEqual({ ok: false, refusal: 'deadline_not_working_day' });
  });

  it('must leave the supplier at least a working week', () => {
    const fourDays = createCorrectionRequest({
      country: 'SE',
      sentOn: '2026-12-04',
      deadline: '2026-12-10',
    });
    expect(fourDays).toEqual({ ok: false, refusal: 'deadline_too_soon' });
    const fiveDays = createCorrectionRequest({
      country: 'SE',
      sentOn: '2026-12-04',
      deadline: '2026-12-11',
    });
    expect(fiveDays.ok).toBe(true);
  });

  it('refuses what is not a date', () => {
    expect(createCorrectionRequest({ country: 'DK', sentOn: '2027-02-30' })).toEqual({
      ok: false,
      refusal: 'invalid_date',
    });
  });
});

describe('reminders', () => {
  it('fall a working week before the deadline and on the day, across a Swedish Christmas', () => {
    // Back from Friday 8 January: 7, (6 Epiphany), 5, 4, (1 New Year), (31 eve), 30, 29 December.
    expect(reminderDays(swedish())).toEqual({
      before_deadline: '2026-12-29',
      on_deadline: '2027-01-08',
    });
  });

  it('fall across a Danish Easter (Maundy Thursday, Good Friday, Easter Monday)', () => {
    const danish = ok(
      createCorrectionRequest({ country: 'DK', sentOn: '2027-03-01', deadline: '2027-03-31' }),
    );
    expect(reminderDays(danish)).toEqual({
      before_deadline: '2027-03-19',
      on_deadline: '2027-03-31',
    });
  });

  it('are due from their day, once each', () => {
    const request = swedish();
    expect(reminderDue(request, at('2026-12-28T10:00:00Z'), [])).toBeNull();
    expect(reminderDue(request, at('2026-12-29T10:00:00Z'), [])).toBe('before_deadline');
    expect(reminderDue(request, at('2026-12-30T10:00:00Z'), ['before_deadline'])).toBeNull();
    expect(reminderDue(request, at('2027-01-08T10:00:00Z'), ['before_deadline'])).toBe(
      'on_deadline',
    );
    expect(
      reminderDue(request, at('2027-01-08T15:00:00Z'), ['before_deadline', 'on_deadline']),
    ).toBeNull();
  });

  it('go by the local date: 23:30 UTC on 28 December is already the 29th in Stockholm', () => {
    expect(reminderDue(swedish(), at('2026-12-28T23:30:00Z'), [])).toBe('before_deadline');
  });

  it('catch up with one message, not two, when a run was missed', () => {
    expect(reminderDue(swedish(), at('2027-01-08T10:00:00Z'), [])).toBe('on_deadline');
  });

  it('stop while an answer awaits the decision and after acceptance, resume after rejection', () => {
    const answered = ok(answerCorrection(swedish(), at('2026-12-20T10:00:00Z')));
    expect(reminderDue(answered, at('2026-12-29T10:00:00Z'), [])).toBeNull();
    const rejected = ok(rejectAnswer(answered, at('2026-12-21T10:00:00Z'), 'No action plan'));
    expect(reminderDue(rejected, at('2026-12-29T10:00:00Z'), [])).toBe('before_deadline');
    const accepted = ok(
      acceptAnswer(
        ok(answerCorrection(rejected, at('2026-12-22T10:00:00Z'))),
        at('2026-12-23T10:00:00Z'),
      ),
    );
    expect(reminderDue(accepted, at('2026-12-29T10:00:00Z'), [])).toBeNull();
  });

  it('are not sent once the deadline has passed (the request is overdue instead)', () => {
    expect(reminderDue(swedish(), at('2027-01-11T10:00:00Z'), [])).toBeNull();
  });
});

describe('the state of a request for correction', () => {
  const inTime = at('2027-01-08T22:30:00Z'); // 23:30 in Stockholm on the deadline day
  const late = at('2027-01-08T23:00:00Z'); // midnight: the 9th has begun

  it('is open until the deadline, then overdue without an answer', () => {
    expect(correctionState(swedish(), inTime)).toBe('open');
    expect(correctionState(swedish(), late)).toBe('overdue');
  });

  it('is answered once the supplier answers, awaiting the officer even past the deadline', () => {
    const answered = ok(answerCorrection(swedish(), inTime));
    expect(correctionState(answered, inTime)).toBe('answered');
    expect(correctionState(answered, at('2027-02-01T10:00:00Z'))).toBe('answered');
  });

  it('is accepted when the officer accepts, and stays so after the deadline', () => {
    const accepted = ok(
      acceptAnswer(ok(answerCorrection(swedish(), at('2026-12-20T10:00:00Z'))), inTime),
    );
    expect(correctionState(accepted, at('2027-06-01T10:00:00Z'))).toBe('accepted');
  });

  it('is rejected with a reason; the supplier may answer again until the deadline', () => {
    const answered = ok(answerCorrection(swedish(), at('2026-12-20T10:00:00Z')));
    const rejected = ok(rejectAnswer(answered, at('2026-12-21T10:00:00Z'), '  Evidence missing '));
    expect(rejected.events.at(-1)).toEqual({
      kind: 'rejected',
      at: at('2026-12-21T10:00:00Z'),
      reason: 'Evidence missing',
    });
    expect(correctionState(rejected, inTime)).toBe('rejected');
    expect(answerCorrection(rejected, inTime).ok).toBe(true);
  });

  it('is overdue when rejected and the deadline passes: the flag for hiding', () => {
    const answered = ok(answerCorrection(swedish(), at('2026-12-20T10:00:00Z')));
    const rejected = ok(rejectAnswer(answered, at('2026-12-21T10:00:00Z'), 'Not enough'));
    expect(correctionState(rejected, late)).toBe('overdue');
    // A rejection decided after the deadline leaves it overdue at once.
    const lateAnswerRejected = ok(rejectAnswer(answered, late, 'Not enough'));
    expect(correctionState(lateAnswerRejected, late)).toBe('overdue');
  });
});

describe('moves that are refused', () => {
  const answered = () => ok(answerCorrection(swedish(), at('2026-12-20T10:00:00Z')));
  const accepted = () => ok(acceptAnswer(answered(), at('2026-12-21T10:00:00Z')));

  it('an answer after acceptance', () => {
    expect(answerCorrection(accepted(), at('2026-12-22T10:00:00Z'))).toEqual({
      ok: false,
      refusal: 'already_accepted',
    });
  });

  it('a second answer while the first awaits the decision', () => {
    expect(answerCorrection(answered(), at('2026-12-21T10:00:00Z'))).toEqual({
      ok: false,
      refusal: 'answer_awaiting_decision',
    });
  });

  it('an answer after the deadline', () => {
    expect(answerCorrection(swedish(), at('2027-01-08T23:00:00Z'))).toEqual({
      ok: false,
      refusal: 'deadline_passed',
    });
  });

  it('a decision without an answer', () => {
    expect(acceptAnswer(swedish(), at('2026-12-20T10:00:00Z'))).toEqual({
      ok: false,
      refusal: 'no_answer_to_decide',
    });
    const rejected = ok(rejectAnswer(answered(), at('2026-12-21T10:00:00Z'), 'No'));
    expect(rejectAnswer(rejected, at('2026-12-22T10:00:00Z'), 'Again')).toEqual({
      ok: false,
      refusal: 'no_answer_to_decide',
    });
  });

  it('a decision on what is already accepted', () => {
    expect(acceptAnswer(accepted(), at('2026-12-22T10:00:00Z'))).toEqual({
      ok: false,
      refusal: 'already_accepted',
    });
  });

  it('a rejection without a reason', () => {
    expect(rejectAnswer(answered(), at('2026-12-21T10:00:00Z'), '   ')).toEqual({
      ok: false,
      refusal: 'reason_required',
    });
  });

  it('a step dated before the last one', () => {
    expect(acceptAnswer(answered(), at('2026-12-19T10:00:00Z'))).toEqual({
      ok: false,
      refusal: 'before_last_event',
    });
  });
});
