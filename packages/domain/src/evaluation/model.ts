// What an evaluation model is: chosen per call-off and frozen when the first invitation is sent.
// Every model runs either on the unit price (a day or hour price) or on the expected total cost
// (unit price × expected number of units over the expected duration or volume). No model has a
// price floor: a very low price is ranked like any other, never excluded.
import type { Money } from '../money.ts';
import type { ComparisonValue } from './comparison-value.ts';
import { comparisonPrice } from './comparison-price.ts';
import { lowestPrice } from './lowest-price.ts';
import { pricePerQualityPoint } from './price-per-quality-point.ts';
import type { ShouldRequirement } from './requirements.ts';
import { weightedScore } from './weighted-score.ts';

export const EVALUATION_BASES = ['unit_price', 'expected_total'] as const;
export type EvaluationBasis = (typeof EVALUATION_BASES)[number];

export const EVALUATION_MODEL_KINDS = [
  'lowest_price',
  'comparison_price',
  'price_per_quality_point',
  'weighted_score',
] as const;
export type EvaluationModelKind = (typeof EVALUATION_MODEL_KINDS)[number];

export type EvaluationModel =
  | { readonly kind: 'lowest_price'; readonly basis: EvaluationBasis }
  | { readonly kind: 'comparison_price'; readonly basis: EvaluationBasis }
  | { readonly kind: 'price_per_quality_point'; readonly basis: EvaluationBasis }
  | {
      readonly kind: 'weighted_score';
      readonly basis: EvaluationBasis;
      /** Whole-number weights, e.g. 60 and 40: the most points price and quality can give. */
      readonly priceWeight: number;
      readonly qualityWeight: number;
    };

/** A bid as a model sees it: its price already on the basis and the should requirements it meets. */
export interface ModelBid {
  readonly bidId: string;
  readonly price: Money;
  readonly met: readonly ShouldRequirement[];
}

export interface ModelContext {
  /** Every should requirement of the call-off (the weighted model scores against their total). */
  readonly should: readonly ShouldRequirement[];
  /** Units the basis prices: 1 for the unit price, the expected number of units for the total. */
  readonly unitsOnBasis: number;
}

export interface RequirementDeduction {
  readonly requirementId: string;
  /** The deduction on the basis: per unit, or per unit × expected units. */
  readonly amount: Money;
}

export interface RequirementPoints {
  readonly requirementId: string;
  readonly points: number;
}

export interface ModelResult {
  readonly bidId: string;
  readonly comparisonValue: ComparisonValue;
  readonly deductions: readonly RequirementDeduction[];
  readonly points: readonly RequirementPoints[];
}

/** Runs the model on bids that are not set aside (the weighted model needs all of them at once). */
export function applyModel(
  model: EvaluationModel,
  bids: readonly ModelBid[],
  context: ModelContext,
): ModelResult[] {
  switch (model.kind) {
    case 'lowest_price':
      return lowestPrice(bids);
    case 'comparison_price':
      return comparisonPrice(bids, context);
    case 'price_per_quality_point':
      return pricePerQualityPoint(bids);
    case 'weighted_score':
      return weightedScore(bids, context, model);
  }
}

/** Points a bid earns from the should requirements it meets. */
export function pointsEarned(bid: ModelBid): RequirementPoints[] {
  return bid.met.flatMap((r) =>
    r.value.kind === 'points' ? [{ requirementId: r.id, points: r.value.points }] : [],
  );
}
