// Before a follow-up visit the quality officer checks the establishment's permit and supervision
// record with the authority (IVO, Socialtilsyn) to make sure no permit has been revoked and no
// supervision case is open. The checklist item can be marked done only with what was seen; a
// finding other than "valid" needs a note, and a revoked permit the reference to the decision, so
// the record can later stand on its own (in a letter, a hiding, a termination).
import type { PlainDate } from '../plain-date.ts';
import { wholeMonthsBetween } from './months.ts';

export const PERMIT_OBSERVATIONS = ['valid', 'changed', 'revoked', 'open_case'] as const;
export type PermitObservation = (typeof PERMIT_OBSERVATIONS)[number];

/**
 * A check older than this is stale. The authority's decisions change without notice to the body,
 * and visits follow a yearly plan: a check from last year's round says nothing about this one.
 */
export const PERMIT_CHECK_STALE_MONTHS = 12;

/** What the officer enters when marking the check done; raw, as typed. */
export interface PermitCheckInput {
  seen: string | null;
  note: string | null;
  decisionReference: string | null;
}

export interface PermitCheckRecord {
  seen: PermitObservation;
  /** Null only when the permit was seen valid and nothing was noted. */
  note: string | null;
  decisionReference: string | null;
  checkedOn: PlainDate;
}

export type PermitCheckField = 'seen' | 'note' | 'decisionReference';
export type PermitCheckProblemCode = 'required' | 'unknown_value';
export interface PermitCheckProblem {
  field: PermitCheckField;
  code: PermitCheckProblemCode;
}

export type PermitCheckResult =
  { ok: true; record: PermitCheckRecord } | { ok: false; problems: PermitCheckProblem[] };

function isObservation(value: string): value is PermitObservation {
  return (PERMIT_OBSERVATIONS as readonly string[]).includes(value);
}

function filled(value: string | null): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** Marks the check done on a day, or says per field why it cannot be. */
export function markPermitCheckDone(
  input: PermitCheckInput,
  checkedOn: PlainDate,
): PermitCheckResult {
  const seen = filled(input.seen);
  const note = filled(input.note);
  const decisionReference = filled(input.decisionReference);
  if (seen === null) return { ok: false, problems: [{ field: 'seen', code: 'required' }] };
  if (!isObservation(seen))
    return { ok: false, problems: [{ field: 'seen', code: 'unknown_value' }] };

  const problems: PermitCheckProblem[] = [];
  if (seen !== 'valid' && note === null) problems.push({ field: 'note', code: 'required' });
  if (seen === 'revoked' && decisionReference === null)
    problems.push({ field: 'decisionReference', code: 'required' });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, record: { seen, note, decisionReference, checkedOn } };
}

export interface PermitCheckFreshness {
  stale: boolean;
  /** Whole months since the last check; null when it was never checked. */
  monthsSince: number | null;
}

/** Whether the last check is too old to rely on before a visit (never checked is stale). */
export function permitCheckFreshness(
  lastCheckedOn: PlainDate | null,
  today: PlainDate,
): PermitCheckFreshness {
  if (lastCheckedOn === null) return { stale: true, monthsSince: null };
  const monthsSince = wholeMonthsBetween(lastCheckedOn, today);
  return { stale: monthsSince >= PERMIT_CHECK_STALE_MONTHS, monthsSince };
}
