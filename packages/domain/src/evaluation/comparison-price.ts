// Comparison price (jämförelsepris): the price minus a value deduction (mervärdesavdrag) for each
// met should requirement. A deduction is stated per unit, so on the expected total it counts once
// per expected unit. There is no floor: deductions larger than the price give a negative value.
import { priceTimesVolume, subtractMoney, sumMoney } from '../money.ts';
import type { ModelBid, ModelContext, ModelResult, RequirementDeduction } from './model.ts';

export function comparisonPrice(bids: readonly ModelBid[], context: ModelContext): ModelResult[] {
  return bids.map((bid) => {
    const deductions: RequirementDeduction[] = bid.met.flatMap((r) =>
      r.value.kind === 'deduction'
        ? [{ requirementId: r.id, amount: priceTimesVolume(r.value.perUnit, context.unitsOnBasis) }]
        : [],
    );
    const deducted = sumMoney(
      deductions.map((d) => d.amount),
      bid.price.currency,
    );
    return {
      bidId: bid.bidId,
      comparisonValue: { kind: 'comparison_price', amount: subtractMoney(bid.price, deducted) },
      deductions,
      points: [],
    };
  });
}
