// Weighted score: price score + quality score, each out of its weight.
//   price score   = price weight × lowest price among the bids / this bid's price
//   quality score = quality weight × points earned / points all should requirements can give
// The price score is relative: it depends on the lowest price among the bids evaluated, so adding
// or setting aside one bid can reorder the others. That is why the model carries a warning and
// why the absolute models are preferred.
import type { EvaluationModel, ModelBid, ModelContext, ModelResult } from './model.ts';
import { pointsEarned } from './model.ts';
import { addRatios, ratio, ratioToDecimalString, toExactRatio, type Ratio } from './ratio.ts';

type WeightedModel = Extract<EvaluationModel, { kind: 'weighted_score' }>;

export interface EvaluationWarning {
  readonly code: 'relative_scoring_can_reorder';
  readonly message: string;
}

export const RELATIVE_SCORING_WARNING: EvaluationWarning = {
  code: 'relative_scoring_can_reorder',
  message:
    'The price score is relative to the lowest price among the bids: adding a bid, or setting ' +
    'one aside, changes every price score and can reorder the other bids.',
};

/** The warning a model carries: only relative scoring (the weighted score) has one. */
export function relativeScoringWarning(model: EvaluationModel): EvaluationWarning | null {
  return model.kind === 'weighted_score' ? RELATIVE_SCORING_WARNING : null;
}

// A price of zero takes the whole price weight; with a lowest price of zero every other price
// scores nothing. Both are the limits of lowest/price, so no bid is excluded for being too low.
function priceScore(weight: number, lowest: bigint, price: bigint): Ratio {
  if (price === 0n) return ratio(weight);
  return ratio(BigInt(weight) * lowest, price);
}

export function weightedScore(
  bids: readonly ModelBid[],
  context: ModelContext,
  model: WeightedModel,
): ModelResult[] {
  const lowest = bids.reduce<bigint | null>((min, bid) => {
    const price = BigInt(bid.price.amount);
    return min === null || price < min ? price : min;
  }, null);
  const maxPoints = context.should.reduce(
    (sum, r) => sum + (r.value.kind === 'points' ? r.value.points : 0),
    0,
  );
  return bids.map((bid) => {
    const points = pointsEarned(bid);
    const earned = points.reduce((sum, p) => sum + p.points, 0);
    const pricePart = priceScore(model.priceWeight, lowest ?? 0n, BigInt(bid.price.amount));
    const qualityPart =
      maxPoints === 0 ? ratio(0) : ratio(BigInt(model.qualityWeight) * BigInt(earned), maxPoints);
    const total = addRatios(pricePart, qualityPart);
    return {
      bidId: bid.bidId,
      comparisonValue: {
        kind: 'weighted_score',
        score: ratioToDecimalString(total, 2),
        priceScore: ratioToDecimalString(pricePart, 2),
        qualityScore: ratioToDecimalString(qualityPart, 2),
        exact: toExactRatio(total),
      },
      deductions: [],
      points,
    };
  });
}
