// A follow-up visit records a finding per contract requirement: met, partly met or not met. What
// is not (fully) met must be described, because the text is what the request for correction,
// the logbook and the supplier will read. Every finding that is not met or only partly met calls
// for a request for correction.
export const FINDING_OUTCOMES = ['met', 'partly_met', 'not_met'] as const;
export type FindingOutcome = (typeof FINDING_OUTCOMES)[number];

/** A finding as entered; the outcome is raw until checked. */
export interface FindingInput {
  requirementId: string;
  outcome: string | null;
  text: string | null;
}

export interface Finding {
  requirementId: string;
  outcome: FindingOutcome;
  text: string | null;
}

export type FindingField = 'requirementId' | 'outcome' | 'text';
export type FindingProblemCode =
  'required' | 'unknown_value' | 'unknown_requirement' | 'duplicate_requirement';
export interface FindingProblem {
  /** Position of the finding in the list as entered. */
  index: number;
  field: FindingField;
  code: FindingProblemCode;
}

function isOutcome(value: string): value is FindingOutcome {
  return (FINDING_OUTCOMES as readonly string[]).includes(value);
}

/**
 * Problems of a visit's findings against the agreement's requirements: each finding names a
 * requirement of the agreement, once, with a known outcome, and a text unless it is met.
 */
export function findingProblems(
  findings: readonly FindingInput[],
  requirementIds: readonly string[],
): FindingProblem[] {
  const known = new Set(requirementIds);
  const seen = new Set<string>();
  const problems: FindingProblem[] = [];
  findings.forEach((f, index) => {
    if (!known.has(f.requirementId))
      problems.push({ index, field: 'requirementId', code: 'unknown_requirement' });
    else if (seen.has(f.requirementId))
      problems.push({ index, field: 'requirementId', code: 'duplicate_requirement' });
    seen.add(f.requirementId);

    const outcome = f.outcome?.trim() ?? '';
    if (outcome === '') problems.push({ index, field: 'outcome', code: 'required' });
    else if (!isOutcome(outcome)) problems.push({ index, field: 'outcome', code: 'unknown_value' });
    else if (outcome !== 'met' && (f.text?.trim() ?? '') === '')
      problems.push({ index, field: 'text', code: 'required' });
  });
  return problems;
}

/** The findings a request for correction is made from: those not met or only partly met. */
export function findingsCallingForCorrection<F extends Finding>(findings: readonly F[]): F[] {
  return findings.filter((f) => f.outcome !== 'met');
}
