// Lowest price: the bid with the lowest price on the basis wins; should requirements weigh nothing.
import type { ModelBid, ModelResult } from './model.ts';

export function lowestPrice(bids: readonly ModelBid[]): ModelResult[] {
  return bids.map((bid) => ({
    bidId: bid.bidId,
    comparisonValue: { kind: 'price', amount: bid.price },
    deductions: [],
    points: [],
  }));
}
