// Input the evaluation cannot run on. These are programming or setup errors for the caller to
// prevent (the server validates a call-off with evaluationSetupProblems before the invitation).
import type { SetupProblem } from './setup.ts';

export type EvaluationErrorCode =
  | 'invalid_setup'
  | 'invalid_bid'
  | 'duplicate_bid'
  | 'unknown_bid'
  | 'set_aside_without_reason'
  | 'invalid_drawing_seed';

export class EvaluationError extends Error {
  readonly code: EvaluationErrorCode;
  readonly problems: readonly SetupProblem[];
  constructor(code: EvaluationErrorCode, message: string, problems: readonly SetupProblem[] = []) {
    super(message);
    this.name = 'EvaluationError';
    this.code = code;
    this.problems = problems;
  }
}
