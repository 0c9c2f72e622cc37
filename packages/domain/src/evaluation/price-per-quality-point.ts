// Price per quality point: the price divided by the quality points earned from met should
// requirements — what a supplier asks for each unit of quality (the value-for-money view). It is
// absolute: a bid's value depends on that bid alone, so adding a bid never reorders the others.
import { multiplyMoneyByRatio } from '../money.ts';
import type { ComparisonValue } from './comparison-value.ts';
import { pointsEarned, type ModelBid, type ModelResult } from './model.ts';
import { ratio, toExactRatio } from './ratio.ts';

export function pricePerQualityPoint(bids: readonly ModelBid[]): ModelResult[] {
  return bids.map((bid) => {
    const points = pointsEarned(bid);
    const qualityPoints = points.reduce((sum, p) => sum + p.points, 0);
    const comparisonValue: ComparisonValue =
      qualityPoints === 0
        ? { kind: 'no_quality_points', qualityPoints: 0 }
        : {
            kind: 'price_per_quality_point',
            qualityPoints,
            perPoint: multiplyMoneyByRatio(bid.price, 1, qualityPoints),
            exact: toExactRatio(ratio(bid.price.amount, qualityPoints)),
          };
    return { bidId: bid.bidId, comparisonValue, deductions: [], points };
  });
}
