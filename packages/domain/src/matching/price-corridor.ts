// The price corridor shown while negotiating (issue 12): the distribution of the prices in force
// for one service and unit across a body's municipalities. Exact minor units throughout. Only the
// buyer's side sees it; a supplier never sees another supplier's price.
import { divideHalfEven, money, MoneyError, type Money } from '../money.ts';

export interface PriceCorridor {
  lowest: Money;
  lowerQuartile: Money;
  median: Money;
  upperQuartile: Money;
  highest: Money;
  count: number;
}

/**
 * The quantile p = numerator/denominator of sorted amounts by linear interpolation between the
 * closest ranks ("type 7": R's default, and what QUARTILE.INC / KVARTIL.MEDTAG in Excel and
 * LibreOffice give, so a negotiator's spreadsheet agrees): position h = (n − 1) × p, value
 * x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]), rounded to whole minor units half to even. Computed in
 * integers: h's fraction is a whole number of denominator-ths.
 */
function quantile(sorted: readonly number[], numerator: number, denominator: number): number {
  const scaled = (sorted.length - 1) * numerator;
  const index = Math.floor(scaled / denominator);
  const remainder = scaled - index * denominator;
  const low = sorted[index]!;
  if (remainder === 0) return low;
  const high = sorted[index + 1]!;
  const value = divideHalfEven(
    BigInt(low) * BigInt(denominator) + BigInt(remainder) * BigInt(high - low),
    BigInt(denominator),
  );
  return Number(value);
}

/**
 * Lowest, quartiles (see quantile), median, highest and count of prices in one currency; null for
 * no prices. Prices in different currencies are refused (currency_mismatch): a corridor is per
 * service, unit and currency.
 */
export function priceCorridor(prices: readonly Money[]): PriceCorridor | null {
  const [first] = prices;
  if (first === undefined) return null;
  const currency = first.currency;
  const amounts: number[] = [];
  for (const price of prices) {
    if (price.currency !== currency) {
      throw new MoneyError(
        'currency_mismatch',
        `Cannot put ${price.currency} in a ${currency} corridor`,
      );
    }
    amounts.push(price.amount);
  }
  amounts.sort((a, b) => a - b);
  return {
    lowest: money(amounts[0]!, currency),
    lowerQuartile: money(quantile(amounts, 1, 4), currency),
    median: money(quantile(amounts, 1, 2), currency),
    upperQuartile: money(quantile(amounts, 3, 4), currency),
    highest: money(amounts[amounts.length - 1]!, currency),
    count: amounts.length,
  };
}
