// Evaluation-model replay: past call-offs evaluated again, as they were frozen (requirements,
// opened bids, set-asides, drawing seed), under another model — which bid would have won, and
// what that winner would have cost over the expected volume against the bid actually awarded.
// A replay only reads: it never changes an award. Bids that were never opened cannot be replayed.
import {
  addMoney,
  priceTimesVolume,
  subtractMoney,
  zeroMoney,
  type Currency,
  type Money,
} from '../money.ts';
import { evaluate, type Bid, type BuyerSetAside, type CallOffEvaluation } from './evaluate.ts';
import type { EvaluationModel } from './model.ts';
import type { Requirement } from './requirements.ts';
import { evaluationSetupProblems, valueKindUsedBy, type SetupProblem } from './setup.ts';

/** The evaluation of a call-off as its award decided on it. */
export interface AwardedCallOff {
  /** The evaluation as it was frozen at the first invitation. */
  readonly evaluation: CallOffEvaluation;
  /** The expected volume (days, hours) as a decimal, priced for the cost over the duration. */
  readonly expectedVolume: string;
  readonly bids: readonly Bid[];
  readonly buyerSetAsides: readonly BuyerSetAside[];
  /** The bid the award decision went to (below the first rank after a cascade, too). */
  readonly awardedBidId: string;
}

export interface ReplayCallOff {
  readonly callOffId: string;
  /** The framework agreement or DPS the call-off was made under; null for none. */
  readonly agreementId: string | null;
  /** The period the call-off is counted in (e.g. the year of its deadline), chosen by the caller. */
  readonly period: string;
  /** Whether the bids were opened. */
  readonly opened: boolean;
  /** Null while no award is made; a caller opens no bids of a call-off that was not opened. */
  readonly award: AwardedCallOff | null;
}

export type ReplayErrorCode = 'not_opened' | 'not_awarded' | 'model_not_applicable';

export class ReplayError extends Error {
  readonly code: ReplayErrorCode;
  readonly problems: readonly SetupProblem[];
  constructor(code: ReplayErrorCode, message: string, problems: readonly SetupProblem[] = []) {
    super(message);
    this.name = 'ReplayError';
    this.code = code;
    this.problems = problems;
  }
}

export interface WinnerCost {
  readonly bidId: string;
  readonly unitPrice: Money;
  /** The unit price times the expected volume. */
  readonly cost: Money;
}

export interface CallOffReplay {
  readonly callOffId: string;
  readonly agreementId: string | null;
  readonly period: string;
  readonly actual: WinnerCost;
  readonly replayed: WinnerCost;
  /** Replayed cost minus actual cost: below zero the other model would have cost less. */
  readonly difference: Money;
}

export interface ReplayRefusal {
  readonly callOffId: string;
  readonly code: ReplayErrorCode;
  readonly problems: readonly SetupProblem[];
}

export interface ReplayTotal {
  /** The agreement id (or null for none) or the period. */
  readonly key: string | null;
  readonly currency: Currency;
  readonly callOffs: number;
  /** How many of them another bid would have won. */
  readonly otherWinner: number;
  readonly actualCost: Money;
  readonly replayedCost: Money;
  readonly difference: Money;
}

export interface ReplaySummary {
  readonly replays: readonly CallOffReplay[];
  readonly refused: readonly ReplayRefusal[];
  readonly byAgreement: readonly ReplayTotal[];
  readonly byPeriod: readonly ReplayTotal[];
}

/** Should requirements whose value the other model does not count simply count for nothing. */
function requirementsFor(model: EvaluationModel, requirements: readonly Requirement[]) {
  const used = valueKindUsedBy(model);
  return requirements.filter((r) => r.level === 'must' || r.value.kind === used);
}

function winnerCost(bid: { bidId: string; unitPrice: Money }, expectedVolume: string): WinnerCost {
  return {
    bidId: bid.bidId,
    unitPrice: bid.unitPrice,
    cost: priceTimesVolume(bid.unitPrice, expectedVolume),
  };
}

/** One call-off under `model`; throws ReplayError when it cannot be replayed. */
export function replayCallOff(callOff: ReplayCallOff, model: EvaluationModel): CallOffReplay {
  if (!callOff.opened) throw new ReplayError('not_opened', 'The bids have not been opened');
  const { award } = callOff;
  if (award === null) throw new ReplayError('not_awarded', 'No award is made');
  const setup = {
    ...award.evaluation,
    model,
    requirements: requirementsFor(model, award.evaluation.requirements),
  };
  const problems = evaluationSetupProblems(setup);
  if (problems.length > 0) {
    throw new ReplayError('model_not_applicable', 'The model cannot value these bids', problems);
  }
  const replayed = evaluate(setup, award.bids, award.buyerSetAsides);
  const awarded = award.bids.find((b) => b.bidId === award.awardedBidId);
  const winner = replayed.bids[0];
  if (!awarded || winner?.outcome !== 'ranked') {
    throw new RangeError(`Call-off ${callOff.callOffId} has no awarded bid to compare with`);
  }
  const actualCost = winnerCost(awarded, award.expectedVolume);
  const replayedCost = winnerCost(winner, award.expectedVolume);
  return {
    callOffId: callOff.callOffId,
    agreementId: callOff.agreementId,
    period: callOff.period,
    actual: actualCost,
    replayed: replayedCost,
    difference: subtractMoney(replayedCost.cost, actualCost.cost),
  };
}

function totals(replays: readonly CallOffReplay[], keyOf: (r: CallOffReplay) => string | null) {
  const groups = new Map<string, ReplayTotal>();
  for (const r of replays) {
    const key = keyOf(r);
    const currency = r.actual.cost.currency;
    const id = JSON.stringify([key, currency]);
    const zero = zeroMoney(currency);
    const sum = groups.get(id) ?? {
      key,
      currency,
      callOffs: 0,
      otherWinner: 0,
      actualCost: zero,
      replayedCost: zero,
      difference: zero,
    };
    groups.set(id, {
      ...sum,
      callOffs: sum.callOffs + 1,
      otherWinner: sum.otherWinner + (r.actual.bidId === r.replayed.bidId ? 0 : 1),
      actualCost: addMoney(sum.actualCost, r.actual.cost),
      replayedCost: addMoney(sum.replayedCost, r.replayed.cost),
      difference: addMoney(sum.difference, r.difference),
    });
  }
  return [...groups.values()];
}

/** Every call-off under `model`, those that cannot be replayed listed with the reason. */
export function replayCallOffs(
  callOffs: readonly ReplayCallOff[],
  model: EvaluationModel,
): ReplaySummary {
  const replays: CallOffReplay[] = [];
  const refused: ReplayRefusal[] = [];
  for (const callOff of callOffs) {
    try {
      replays.push(replayCallOff(callOff, model));
    } catch (error) {
      if (!(error instanceof ReplayError)) throw error;
      refused.push({ callOffId: callOff.callOffId, code: error.code, problems: error.problems });
    }
  }
  return {
    replays,
    refused,
    byAgreement: totals(replays, (r) => r.agreementId),
    byPeriod: totals(replays, (r) => r.period),
  };
}
