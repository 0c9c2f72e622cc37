import { describe, expect, it } from 'vitest';
import { priceCorridor } from '../../src/matching/price-corridor.ts';
import { money, type Money } from '../../src/money.ts';

const dkk = (...amounts: number[]): Money[] => amounts.map((a) => money(a, 'DKK'));
const amounts = (c: ReturnType<typeof priceCorridor>) =>
  c && [c.lowest, c.lowerQuartile, c.median, c.upperQuartile, c.highest].map((m) => m.amount);

describe('price corridor (type-7 quartiles, as QUARTILE.INC)', () => {
  it('four prices: quartiles interpolate between ranks', () => {
    // Positions (n − 1) × p = 0.75, 1.5, 2.25: 600 + 0.75 × 50 = 637.50 kr, 675 kr, 712.50 kr.
    const c = priceCorridor(dkk(70_000, 60_000, 75_000, 65_000));
    expect(amounts(c)).toEqual([60_000, 63_750, 67_500, 71_250, 75_000]);
    expect(c?.count).toBe(4);
    expect(c?.median.currency).toBe('DKK');
  });
  it('five prices: the quartiles fall on ranks', () => {
    expect(amounts(priceCorridor(dkk(50, 10, 40, 20, 30)))).toEqual([10, 20, 30, 40, 50]);
  });
  it('rounds to whole øre half to even', () => {
    // [0, 1]: 0.25 → 0, 0.5 → 0 (even), 0.75 → 1; [0, 3]: 0.75 → 1, 1.5 → 2, 2.25 → 2.
    expect(amounts(priceCorridor(dkk(0, 1)))).toEqual([0, 0, 0, 1, 1]);
    expect(amounts(priceCorridor(dkk(3, 0)))).toEqual([0, 1, 2, 2, 3]);
  });
  it('one price is the whole corridor; no prices, none', () => {
    expect(amounts(priceCorridor(dkk(65_000)))).toEqual([65_000, 65_000, 65_000, 65_000, 65_000]);
    expect(priceCorridor([])).toBeNull();
  });
  it('refuses prices in two currencies', () => {
    expect(() => priceCorridor([money(100, 'DKK'), money(100, 'SEK')])).toThrow(/SEK/);
  });
});
