// The requirements a call-off states and how a bid's answers meet them. A must requirement that a
// bid does not meet sets the bid aside automatically; a should requirement that it meets is worth
// its value in the evaluation model (a deduction from the price, or quality points).
import type { Money } from '../money.ts';

/** What a requirement asks: a yes, or a number of at least `minimum` (e.g. years of experience). */
export type Criterion = { kind: 'yes_no' } | { kind: 'minimum'; minimum: number };

/**
 * What a met should requirement is worth: a deduction in money per priced unit (comparison-price
 * model, mervärdesavdrag) or points (price per quality point and weighted score). Points are whole
 * numbers so that scores stay exact; scale them (25 for 2.5) if halves are wanted.
 */
export type ShouldValue =
  { kind: 'deduction'; perUnit: Money } | { kind: 'points'; points: number };

export interface MustRequirement {
  readonly id: string;
  readonly title: string;
  readonly level: 'must';
  readonly criterion: Criterion;
}

export interface ShouldRequirement {
  readonly id: string;
  readonly title: string;
  readonly level: 'should';
  readonly criterion: Criterion;
  readonly value: ShouldValue;
}

export type Requirement = MustRequirement | ShouldRequirement;

/** A bid's answers by requirement id: true/false for yes/no, a number for a minimum. */
export type BidAnswers = Readonly<Record<string, boolean | number>>;

export type MustRequirementFailureReason =
  'not_met' | 'below_minimum' | 'unanswered' | 'invalid_answer';

/** Why a bid is set aside automatically, naming the requirement it fails. */
export interface MustRequirementFailure {
  readonly requirementId: string;
  readonly title: string;
  readonly reason: MustRequirementFailureReason;
  /** For a minimum requirement: the minimum asked and the number answered, when there is one. */
  readonly minimum?: number;
  readonly answered?: number;
}

type Outcome = 'met' | MustRequirementFailureReason;

function answerTo(answers: BidAnswers, requirementId: string): boolean | number | undefined {
  // Own properties only: an id such as "constructor" must not find Object.prototype's.
  return Object.hasOwn(answers, requirementId) ? answers[requirementId] : undefined;
}

/** A minimum is met by exactly the minimum: "at least 3 years" accepts 3. */
function outcomeOf(criterion: Criterion, answer: boolean | number | undefined): Outcome {
  if (answer === undefined) return 'unanswered';
  if (criterion.kind === 'yes_no') {
    if (typeof answer !== 'boolean') return 'invalid_answer';
    return answer ? 'met' : 'not_met';
  }
  if (typeof answer !== 'number' || !Number.isFinite(answer)) return 'invalid_answer';
  return answer >= criterion.minimum ? 'met' : 'below_minimum';
}

/** The reasons a bid is set aside automatically: one per must requirement it does not meet. */
export function mustRequirementFailures(
  requirements: readonly Requirement[],
  answers: BidAnswers,
): MustRequirementFailure[] {
  const failures: MustRequirementFailure[] = [];
  for (const requirement of requirements) {
    if (requirement.level !== 'must') continue;
    const answer = answerTo(answers, requirement.id);
    const outcome = outcomeOf(requirement.criterion, answer);
    if (outcome === 'met') continue;
    const failure = { requirementId: requirement.id, title: requirement.title, reason: outcome };
    failures.push(
      requirement.criterion.kind === 'minimum'
        ? {
            ...failure,
            minimum: requirement.criterion.minimum,
            ...(typeof answer === 'number' && Number.isFinite(answer) ? { answered: answer } : {}),
          }
        : failure,
    );
  }
  return failures;
}

/** The should requirements a bid meets; an unanswered or malformed answer simply earns nothing. */
export function metShouldRequirements(
  requirements: readonly Requirement[],
  answers: BidAnswers,
): ShouldRequirement[] {
  return requirements.filter(
    (r): r is ShouldRequirement =>
      r.level === 'should' && outcomeOf(r.criterion, answerTo(answers, r.id)) === 'met',
  );
}
