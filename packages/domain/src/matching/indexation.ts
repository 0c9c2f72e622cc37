// Tariff indexation in contracts from an offer survey: a Danish tariff is adjusted each 1 January
// by the price and wage rate (pris- og lønfremskrivning) that KL announces after the latest
// economy agreement between the government and KL; a Swedish price by SKR's index for municipal
// activities (PKV). The rates are data: a new agreement is one more line here.
import type { Country } from '../country.ts';

export interface IndexationRate {
  country: Country;
  /** The year the rate applies to (tariffs adjusted on 1 January of it). */
  year: number;
  /** Percent with one decimal, as published ("2,6 %"), in tenths of a percent: 26. */
  rateTenthsPercent: number;
  /** Where the rate is published: named in the contract. */
  source: string;
}

/**
 * Rates as published. Check a new year's rate against its source before adding it: the contract
 * prints it as the agreed indexation.
 */
export const INDEXATION_RATES: readonly IndexationRate[] = [
  {
    country: 'DK',
    year: 2025,
    rateTenthsPercent: 29,
    source: 'KL, pris- og lønfremskrivning efter økonomiaftalen for 2025 (juni 2024)',
  },
  {
    country: 'DK',
    year: 2026,
    rateTenthsPercent: 26,
    source: 'KL, pris- og lønfremskrivning efter økonomiaftalen for 2026 (juni 2025)',
  },
  {
    country: 'SE',
    year: 2025,
    rateTenthsPercent: 31,
    source: 'SKR, prisindex för kommunal verksamhet (PKV), cirkulär om budgetförutsättningar 2025',
  },
  {
    country: 'SE',
    year: 2026,
    rateTenthsPercent: 27,
    source: 'SKR, prisindex för kommunal verksamhet (PKV), cirkulär om budgetförutsättningar 2026',
  },
];

/** The latest rate of the country for a year (its own year's, or the newest before it). */
export function latestIndexation(country: Country, year: number): IndexationRate | null {
  let best: IndexationRate | null = null;
  for (const rate of INDEXATION_RATES)
    if (rate.country === country && rate.year <= year && (best === null || rate.year > best.year))
      best = rate;
  return best;
}

/** "2,6" / "2.6": the rate in the reader's decimal notation. */
export function formatRate(rate: IndexationRate, decimalComma: boolean): string {
  const text = `${Math.trunc(rate.rateTenthsPercent / 10)}.${rate.rateTenthsPercent % 10}`;
  return decimalComma ? text.replace('.', ',') : text;
}
