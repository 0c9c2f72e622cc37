// The value a model gives each bid and by which bids are ranked. Money values stay exact integer
// minor units; per-point prices and scores are exact ratios (with a rounded figure for people).
import { compareMoney, type Money } from '../money.ts';
import { compareRatios, fromExactRatio, type ExactRatio } from './ratio.ts';

export type ComparisonValue =
  /** Lowest price: the price on the basis; lower is better. */
  | { readonly kind: 'price'; readonly amount: Money }
  /** Comparison price (jämförelsepris): price minus deductions; lower is better; may be negative. */
  | { readonly kind: 'comparison_price'; readonly amount: Money }
  /**
   * Price per quality point; lower is better. `exact` is in minor units per point and decides the
   * rank; `perPoint` is the same rounded half to even to whole minor units, for display.
   */
  | {
      readonly kind: 'price_per_quality_point';
      readonly qualityPoints: number;
      readonly perPoint: Money;
      readonly exact: ExactRatio;
    }
  /** A bid with no quality points asks an unbounded price per point: it ranks after all others. */
  | { readonly kind: 'no_quality_points'; readonly qualityPoints: 0 }
  /**
   * Weighted score; higher is better. `exact` decides the rank; the strings are the total, price
   * and quality parts with two decimals (rounded half to even), for display.
   */
  | {
      readonly kind: 'weighted_score';
      readonly score: string;
      readonly priceScore: string;
      readonly qualityScore: string;
      readonly exact: ExactRatio;
    };

function valueOfPerPoint(value: ComparisonValue): ExactRatio | null {
  if (value.kind === 'price_per_quality_point') return value.exact;
  if (value.kind === 'no_quality_points') return null;
  throw new TypeError(`Cannot compare ${value.kind} with a price per quality point`);
}

/** -1 when `a` is the better bid, 1 when `b` is, 0 when the model cannot tell them apart. */
export function compareComparisonValues(a: ComparisonValue, b: ComparisonValue): -1 | 0 | 1 {
  if (a.kind === 'price' || a.kind === 'comparison_price') {
    if (b.kind !== a.kind) throw new TypeError(`Cannot compare ${a.kind} with ${b.kind}`);
    return compareMoney(a.amount, b.amount);
  }
  if (a.kind === 'weighted_score') {
    if (b.kind !== 'weighted_score') throw new TypeError(`Cannot compare ${a.kind} with ${b.kind}`);
    return compareRatios(fromExactRatio(b.exact), fromExactRatio(a.exact));
  }
  const left = valueOfPerPoint(a);
  const right = valueOfPerPoint(b);
  if (left === null || right === null) return left === right ? 0 : left === null ? 1 : -1;
  return compareRatios(fromExactRatio(left), fromExactRatio(right));
}
