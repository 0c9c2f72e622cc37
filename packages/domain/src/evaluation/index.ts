// The public API of call-off evaluation: import from '@tildel/domain/evaluation/index'.
export {
  mustRequirementFailures,
  metShouldRequirements,
  type BidAnswers,
  type Criterion,
  type MustRequirement,
  type MustRequirementFailure,
  type MustRequirementFailureReason,
  type Requirement,
  type ShouldRequirement,
  type ShouldValue,
} from './requirements.ts';
export {
  EVALUATION_BASES,
  EVALUATION_MODEL_KINDS,
  type EvaluationBasis,
  type EvaluationModel,
  type EvaluationModelKind,
  type RequirementDeduction,
  type RequirementPoints,
} from './model.ts';
export { compareComparisonValues, type ComparisonValue } from './comparison-value.ts';
export {
  RELATIVE_SCORING_WARNING,
  relativeScoringWarning,
  type EvaluationWarning,
} from './weighted-score.ts';
export {
  breakTie,
  TIE_RULE,
  type TieBreak,
  type TieCandidate,
  type TieDecision,
  type TieStep,
} from './ties.ts';
export { drawLots, isDrawingSeed, lotTicket, type LotTicket } from './lot-drawing.ts';
export {
  evaluationSetupProblems,
  type EvaluationSetup,
  type SetupProblem,
  type SetupProblemCode,
} from './setup.ts';
export { EvaluationError, type EvaluationErrorCode } from './errors.ts';
export {
  evaluate,
  type Bid,
  type BidEvaluation,
  type BuyerSetAside,
  type CallOffEvaluation,
  type EvaluationReport,
  type RankedBid,
  type SetAsideBid,
  type SetAsideReason,
} from './evaluate.ts';
export { type ExactRatio } from './ratio.ts';
export {
  replayCallOff,
  replayCallOffs,
  ReplayError,
  type AwardedCallOff,
  type CallOffReplay,
  type ReplayCallOff,
  type ReplayErrorCode,
  type ReplayRefusal,
  type ReplaySummary,
  type ReplayTotal,
  type WinnerCost,
} from './replay.ts';
