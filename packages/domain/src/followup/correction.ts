// A request for correction (anmodan om rättelse / påbud om berigtigelse) gives the supplier until
// a deadline - a local date in the agreement's country - to answer with an action plan. The
// officer accepts or rejects each answer; after a rejection the supplier may answer again until
// the deadline. A deadline that passes without an accepted answer is flagged overdue, which is
// what may lead to hiding the supplier. The request is a value; each step returns a new one.
import {
  addWorkingDays,
  endOfLocalDay,
  isPlainDate,
  isWorkingDay,
  localDate,
  workingDaysBetween,
  type PlainDate,
} from '../calendar.ts';
import type { Country } from '../country.ts';

/**
 * Deadlines count working days of the agreement's country, Swedish ones as statutory time limits
 * (Saturdays, midsummer eve, Christmas eve and New Year's eve do not count either). An action
 * plan is written by people at work: 30 calendar days sent on 18 December leave two weeks of
 * holidays in them, working days give the supplier the same time in any season and in both
 * countries.
 */
export const CORRECTION_CALENDAR = { statutory: true } as const;
/** The default: 20 working days is four working weeks, what "30 days" means outside holidays. */
export const DEFAULT_CORRECTION_WORKING_DAYS = 20;
/** Less than a working week is not time enough to make and describe a correction. */
export const MIN_CORRECTION_WORKING_DAYS = 5;
/** The first reminder comes a working week before the deadline: time left to act on it. */
export const REMINDER_WORKING_DAYS_BEFORE = 5;

export const REMINDER_KINDS = ['before_deadline', 'on_deadline'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export type CorrectionEvent =
  | { kind: 'answered'; at: Date }
  | { kind: 'accepted'; at: Date }
  | { kind: 'rejected'; at: Date; reason: string };

export interface CorrectionRequest {
  readonly country: Country;
  readonly sentOn: PlainDate;
  /** The last day to answer, in the agreement's country. */
  readonly deadline: PlainDate;
  readonly events: readonly CorrectionEvent[];
}

export type CorrectionState = 'open' | 'answered' | 'accepted' | 'rejected' | 'overdue';

export type CorrectionRefusal =
  | 'invalid_date'
  | 'deadline_not_working_day'
  | 'deadline_too_soon'
  | 'before_last_event'
  | 'already_accepted'
  | 'answer_awaiting_decision'
  | 'deadline_passed'
  | 'no_answer_to_decide'
  | 'reason_required';

export type CorrectionResult =
  { ok: true; request: CorrectionRequest } | { ok: false; refusal: CorrectionRefusal };

/** The default deadline for a request sent on a day (the day after sending is day 1). */
export function defaultCorrectionDeadline(sentOn: PlainDate, country: Country): PlainDate {
  return addWorkingDays(sentOn, DEFAULT_CORRECTION_WORKING_DAYS, country, CORRECTION_CALENDAR);
}

/**
 * A new request. The officer may set another deadline than the default, but it must be a working
 * day (the last day to answer is one the supplier can use) at least a working week away.
 */
export function createCorrectionRequest(input: {
  country: Country;
  sentOn: PlainDate;
  deadline?: PlainDate;
}): CorrectionResult {
  const { country, sentOn } = input;
  if (!isPlainDate(sentOn)) return { ok: false, refusal: 'invalid_date' };
  const deadline = input.deadline ?? defaultCorrectionDeadline(sentOn, country);
  if (!isPlainDate(deadline)) return { ok: false, refusal: 'invalid_date' };
  if (!isWorkingDay(deadline, country, CORRECTION_CALENDAR))
    return { ok: false, refusal: 'deadline_not_working_day' };
  if (
    workingDaysBetween(sentOn, deadline, country, CORRECTION_CALENDAR) < MIN_CORRECTION_WORKING_DAYS
  )
    return { ok: false, refusal: 'deadline_too_soon' };
  return { ok: true, request: { country, sentOn, deadline, events: [] } };
}

/** The last instant an answer is in time: the end of the deadline day in the country. */
export function deadlineInstant(request: Pick<CorrectionRequest, 'deadline' | 'country'>): Date {
  return endOfLocalDay(request.deadline, request.country);
}

/** The deadline day has ended in the request's country. */
export function deadlinePassed(
  request: Pick<CorrectionRequest, 'deadline' | 'country'>,
  at: Date,
): boolean {
  return at.getTime() > deadlineInstant(request).getTime();
}

/**
 * The state at an instant. An answer given in time waits for the officer's decision however long
 * that takes (the supplier is not late for the officer's sake); a rejection or silence past the
 * deadline is overdue.
 */
export function correctionState(request: CorrectionRequest, at: Date): CorrectionState {
  const last = request.events.at(-1);
  if (last?.kind === 'accepted') return 'accepted';
  if (last?.kind === 'answered') return 'answered';
  if (deadlinePassed(request, at)) return 'overdue';
  return last?.kind === 'rejected' ? 'rejected' : 'open';
}

function withEvent(request: CorrectionRequest, event: CorrectionEvent): CorrectionResult {
  const last = request.events.at(-1);
  if (last && event.at.getTime() < last.at.getTime())
    return { ok: false, refusal: 'before_last_event' };
  return { ok: true, request: { ...request, events: [...request.events, event] } };
}

/** The supplier answers: allowed while open or after a rejection, until the deadline. */
export function answerCorrection(request: CorrectionRequest, at: Date): CorrectionResult {
  const state = correctionState(request, at);
  if (state === 'accepted') return { ok: false, refusal: 'already_accepted' };
  if (state === 'answered') return { ok: false, refusal: 'answer_awaiting_decision' };
  if (state === 'overdue') return { ok: false, refusal: 'deadline_passed' };
  return withEvent(request, { kind: 'answered', at });
}

function decisionRefusal(request: CorrectionRequest, at: Date): CorrectionRefusal | null {
  const state = correctionState(request, at);
  if (state === 'accepted') return 'already_accepted';
  return state === 'answered' ? null : 'no_answer_to_decide';
}

/** The officer accepts the answer awaiting decision; the request is then closed. */
export function acceptAnswer(request: CorrectionRequest, at: Date): CorrectionResult {
  const refusal = decisionRefusal(request, at);
  if (refusal) return { ok: false, refusal };
  return withEvent(request, { kind: 'accepted', at });
}

/** The officer rejects the answer awaiting decision, saying why. */
export function rejectAnswer(
  request: CorrectionRequest,
  at: Date,
  reason: string,
): CorrectionResult {
  const refusal = decisionRefusal(request, at);
  if (refusal) return { ok: false, refusal };
  const text = reason.trim();
  if (text === '') return { ok: false, refusal: 'reason_required' };
  return withEvent(request, { kind: 'rejected', at, reason: text });
}

/** The days the supplier is reminded: a working week before the deadline and on the day. */
export function reminderDays(request: CorrectionRequest): Record<ReminderKind, PlainDate> {
  const { deadline, country } = request;
  return {
    before_deadline: addWorkingDays(
      deadline,
      -REMINDER_WORKING_DAYS_BEFORE,
      country,
      CORRECTION_CALENDAR,
    ),
    on_deadline: deadline,
  };
}

/**
 * The reminder to send now, or null. Only while it is the supplier's turn (open or rejected).
 * The latest reminder whose day has come is the one due, so a run that missed a day catches up
 * with one message rather than two, and each is sent once.
 */
export function reminderDue(
  request: CorrectionRequest,
  at: Date,
  alreadySent: readonly ReminderKind[],
): ReminderKind | null {
  const state = correctionState(request, at);
  if (state !== 'open' && state !== 'rejected') return null;
  const today = localDate(at, request.country);
  const days = reminderDays(request);
  const due = REMINDER_KINDS.findLast((kind) => days[kind] <= today);
  return due !== undefined && !alreadySent.includes(due) ? due : null;
}
