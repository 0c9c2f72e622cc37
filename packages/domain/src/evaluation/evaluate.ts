// The evaluation after the deadline: bids failing a must requirement are set aside with the
// reasons, the buyer may set others aside with a reason, the model values the rest, and they are
// ranked 1..n — bids the model cannot tell apart ordered by the tie rule, with the deciding step.
import { priceTimesVolume, type Money } from '../money.ts';
import { compareComparisonValues, type ComparisonValue } from './comparison-value.ts';
import { EvaluationError } from './errors.ts';
import { isDrawingSeed } from './lot-drawing.ts';
import {
  applyModel,
  type EvaluationModel,
  type RequirementDeduction,
  type RequirementPoints,
} from './model.ts';
import { receiptInstant } from './receipt-time.ts';
import {
  metShouldRequirements,
  mustRequirementFailures,
  type BidAnswers,
  type MustRequirementFailure,
} from './requirements.ts';
import { evaluationSetupProblems, unitsOnBasis, type EvaluationSetup } from './setup.ts';
import { breakTie, TIE_RULE, type TieBreak, type TieStep } from './ties.ts';
import { relativeScoringWarning, type EvaluationWarning } from './weighted-score.ts';

export interface CallOffEvaluation extends EvaluationSetup {
  /** Recorded with the evaluation so a lot drawing can be replayed (see lot-drawing.ts). */
  readonly drawingSeed: string;
}

export interface Bid {
  readonly bidId: string;
  /** The price per unit of the call-off (day, hour...), as bid. */
  readonly unitPrice: Money;
  /** The server's receipt time of the bid (of its latest replacement). */
  readonly receivedAt: string;
  readonly answers: BidAnswers;
}

export interface BuyerSetAside {
  readonly bidId: string;
  readonly reason: string;
}

export type SetAsideReason =
  | ({ readonly kind: 'must_requirement_failed' } & MustRequirementFailure)
  | { readonly kind: 'set_aside_by_buyer'; readonly reason: string };

export interface RankedBid {
  readonly outcome: 'ranked';
  readonly bidId: string;
  readonly unitPrice: Money;
  /** The price on the basis: the unit price, or unit price × expected units. */
  readonly price: Money;
  readonly rank: number;
  readonly comparisonValue: ComparisonValue;
  readonly deductions: readonly RequirementDeduction[];
  readonly points: readonly RequirementPoints[];
  /**
   * When the model gave this bid the same value as another: the tie-rule step that placed it
   * below the bid just above it — or, for the best of the tied bids, above the one just below.
   */
  readonly tieDecidedBy: TieStep | null;
}

export interface SetAsideBid {
  readonly outcome: 'set_aside';
  readonly bidId: string;
  readonly unitPrice: Money;
  readonly price: Money;
  readonly reasons: readonly SetAsideReason[];
}

export type BidEvaluation = RankedBid | SetAsideBid;

export interface EvaluationReport {
  readonly model: EvaluationModel;
  readonly unitsOnBasis: number;
  readonly tieRule: readonly TieStep[];
  readonly drawingSeed: string;
  readonly warnings: readonly EvaluationWarning[];
  /** Ranked bids by rank, then the set-aside bids in the order given. */
  readonly bids: readonly BidEvaluation[];
  /** Every group of bids with the same comparison value and how the tie rule ordered it. */
  readonly ties: readonly TieBreak[];
}

function checkInput(
  callOff: CallOffEvaluation,
  bids: readonly Bid[],
  buyerSetAsides: readonly BuyerSetAside[],
): void {
  const problems = evaluationSetupProblems(callOff);
  if (problems.length > 0) {
    throw new EvaluationError('invalid_setup', 'The call-off cannot be evaluated', problems);
  }
  if (!isDrawingSeed(callOff.drawingSeed)) {
    throw new EvaluationError('invalid_drawing_seed', 'The drawing seed is not 32-128 hex chars');
  }
  const ids = new Set<string>();
  for (const bid of bids) {
    if (ids.has(bid.bidId)) throw new EvaluationError('duplicate_bid', `Bid ${bid.bidId} twice`);
    ids.add(bid.bidId);
    const { currency, amount } = bid.unitPrice;
    if (currency !== callOff.currency || !Number.isSafeInteger(amount) || amount < 0) {
      throw new EvaluationError('invalid_bid', `Bid ${bid.bidId} has no valid price`);
    }
    try {
      receiptInstant(bid.receivedAt);
    } catch {
      throw new EvaluationError('invalid_bid', `Bid ${bid.bidId} has no valid receipt time`);
    }
  }
  for (const s of buyerSetAsides) {
    if (!ids.has(s.bidId)) throw new EvaluationError('unknown_bid', `No bid ${s.bidId}`);
    if (s.reason.trim() === '') {
      throw new EvaluationError('set_aside_without_reason', `Bid ${s.bidId} needs a reason`);
    }
  }
}

/** Groups of neighbours in a sorted list that the comparison cannot tell apart. */
function equalRuns<T>(sorted: readonly T[], same: (a: T, b: T) => boolean): T[][] {
  const runs: T[][] = [];
  for (const item of sorted) {
    const run = runs.at(-1);
    if (run !== undefined && same(run[0]!, item)) run.push(item);
    else runs.push([item]);
  }
  return runs;
}

export function evaluate(
  callOff: CallOffEvaluation,
  bids: readonly Bid[],
  buyerSetAsides: readonly BuyerSetAside[] = [],
): EvaluationReport {
  checkInput(callOff, bids, buyerSetAsides);
  const units = unitsOnBasis(callOff);
  const priced = bids.map((bid) => ({ ...bid, price: priceTimesVolume(bid.unitPrice, units) }));

  const setAside: SetAsideBid[] = [];
  const valid: typeof priced = [];
  for (const bid of priced) {
    const reasons: SetAsideReason[] = [
      ...mustRequirementFailures(callOff.requirements, bid.answers).map((failure) => ({
        kind: 'must_requirement_failed' as const,
        ...failure,
      })),
      ...buyerSetAsides
        .filter((s) => s.bidId === bid.bidId)
        .map((s) => ({ kind: 'set_aside_by_buyer' as const, reason: s.reason })),
    ];
    if (reasons.length === 0) valid.push(bid);
    else setAside.push({ outcome: 'set_aside', ...pick(bid), reasons });
  }

  const results = applyModel(
    callOff.model,
    valid.map((bid) => ({
      bidId: bid.bidId,
      price: bid.price,
      met: metShouldRequirements(callOff.requirements, bid.answers),
    })),
    {
      should: callOff.requirements.filter((r) => r.level === 'should'),
      unitsOnBasis: units,
    },
  );
  const scored = valid.map((bid, i) => ({ bid, result: results[i]! }));
  scored.sort((a, b) =>
    compareComparisonValues(a.result.comparisonValue, b.result.comparisonValue),
  );

  const ties: TieBreak[] = [];
  const ranked: RankedBid[] = [];
  const runs = equalRuns(
    scored,
    (a, b) => compareComparisonValues(a.result.comparisonValue, b.result.comparisonValue) === 0,
  );
  for (const run of runs) {
    const tie =
      run.length > 1
        ? breakTie(
            run.map((s) => s.bid),
            callOff.drawingSeed,
          )
        : null;
    if (tie) ties.push(tie);
    const order = tie ? tie.order.map((id) => run.find((s) => s.bid.bidId === id)!) : run;
    order.forEach(({ bid, result }, i) => {
      ranked.push({
        outcome: 'ranked',
        ...pick(bid),
        rank: ranked.length + 1,
        comparisonValue: result.comparisonValue,
        deductions: result.deductions,
        points: result.points,
        tieDecidedBy: tie ? tie.decisions[Math.max(0, i - 1)]!.decidedBy : null,
      });
    });
  }

  const warning = relativeScoringWarning(callOff.model);
  return {
    model: callOff.model,
    unitsOnBasis: units,
    tieRule: TIE_RULE,
    drawingSeed: callOff.drawingSeed,
    warnings: warning ? [warning] : [],
    bids: [...ranked, ...setAside],
    ties,
  };
}

function pick(bid: { bidId: string; unitPrice: Money; price: Money }) {
  return { bidId: bid.bidId, unitPrice: bid.unitPrice, price: bid.price };
}
