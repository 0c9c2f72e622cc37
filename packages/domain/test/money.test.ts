import { describe, expect, it } from 'vitest';
import {
  addMoney,
  allocateMoney,
  allocateMoneyEvenly,
  compareMoney,
  CURRENCIES,
  CURRENCY_OF_COUNTRY,
  formatMoney,
  isNegativeMoney,
  isZeroMoney,
  money,
  MAX_UNIT_PRICE_MINOR,
  MAX_VOLUME,
  MoneyError,
  moneyEquals,
  moneyToDecimalString,
  moneyToTypedText,
  multiplyMoneyByRatio,
  negateMoney,
  parseMoney,
  parsePrice,
  priceTimesVolume,
  subtractMoney,
  sumMoney,
  type Money,
  type MoneyErrorCode,
} from '../src/money.ts';

const sek = (amount: number): Money => money(amount, 'SEK');
const dkk = (amount: number): Money => money(amount, 'DKK');

function errorCode(fn: () => unknown): MoneyErrorCode | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof MoneyError) return e.code;
    throw e;
  }
  return undefined;
}

// Intl puts no-break spaces (U+00A0, U+202F) between groups; tests compare with plain spaces.
const plainSpaces = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

describe('an amount is a whole number of minor units with a currency', () => {
  it('keeps öre as an integer', () => {
    expect(sek(123450)).toEqual({ amount: 123450, currency: 'SEK' });
  });

  it('refuses fractions of an öre, NaN, infinities and numbers beyond the safe range', () => {
    for (const bad of [0.5, 12.34, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 1]) {
      expect(errorCode(() => sek(bad))).toBe('not_safe_integer');
    }
  });

  it('accepts the largest safe integer', () => {
    expect(sek(Number.MAX_SAFE_INTEGER).amount).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('refuses a currency it does not know', () => {
    expect(errorCode(() => money(1, 'NOK' as 'SEK'))).toBe('unknown_currency');
  });

  it('has only one zero', () => {
    expect(Object.is(sek(-0).amount, 0)).toBe(true);
    expect(Object.is(negateMoney(sek(0)).amount, 0)).toBe(true);
  });
});

describe('parsing what a person types', () => {
  it.each([
    ['1 234,50', 'sv', 123450],
    ['1\u00a0234,50', 'sv', 123450],
    ['1234.5', 'sv', 123450],
    ['1234,5', 'sv', 123450],
    ['1234', 'sv', 123400],
    ['0,05', 'sv', 5],
    ['1 234 567', 'sv', 123456700],
    ['1 234,50 kr', 'sv', 123450],
    ['1234 SEK', 'sv', 123400],
    ['SEK 1234', 'en', 123400],
    ['100:-', 'sv', 10000],
    ['-12,50 kr', 'sv', -1250],
    ['\u221212,50 kr', 'sv', -1250],
    ['kr -12,50', 'sv', -1250],
    ['1,234.50', 'en', 123450],
    ['1,234', 'en', 123400],
    ['1234.5', 'en', 123450],
  ] as const)('reads "%s" in %s as %i öre', (text, locale, expected) => {
    expect(parseMoney(text, 'SEK', locale)).toEqual(sek(expected));
  });

  it.each([
    ['1.234,50 kr', 123450],
    ['1.234,50 kr.', 123450],
    ['kr. 1.234,50', 123450],
    ['1.234', 123400],
    ['1.234.567', 123456700],
    ['12.5', 1250],
    ['100,-', 10000],
    ['DKK 99,95', 9995],
  ] as const)('reads Danish "%s" as %i øre', (text, expected) => {
    expect(parseMoney(text, 'DKK', 'da')).toEqual(dkk(expected));
  });

  it('reads "1.234" as thousands in Danish but as decimals that are too many in Swedish', () => {
    expect(parseMoney('1.234', 'DKK', 'da').amount).toBe(123400);
    expect(errorCode(() => parseMoney('1.234', 'SEK', 'sv'))).toBe('too_many_decimals');
  });

  it('refuses more than two decimals rather than rounding', () => {
    expect(errorCode(() => parseMoney('12,345', 'SEK', 'sv'))).toBe('too_many_decimals');
    expect(errorCode(() => parseMoney('0.001', 'EUR', 'en'))).toBe('too_many_decimals');
  });

  it.each([
    '',
    'abc',
    '12abc',
    '12,',
    ',5',
    '1 23,50',
    '12 34',
    '1.234 567',
    '1,2,3',
    '--5',
    '- -5',
    '1e3',
    '0x10',
    '5 kr 5',
  ])('refuses "%s" as not an amount', (text) => {
    expect(errorCode(() => parseMoney(text, 'SEK', 'sv'))).toBe('invalid_format');
  });

  it('refuses a currency mark that contradicts the currency', () => {
    expect(errorCode(() => parseMoney('100 DKK', 'SEK', 'sv'))).toBe('currency_mismatch');
    expect(errorCode(() => parseMoney('€ 100', 'SEK', 'sv'))).toBe('currency_mismatch');
    expect(errorCode(() => parseMoney('100 kr', 'EUR', 'en'))).toBe('currency_mismatch');
  });

  it('refuses amounts beyond the safe integer range', () => {
    expect(parseMoney('90 071 992 547 409,91', 'SEK', 'sv').amount).toBe(Number.MAX_SAFE_INTEGER);
    expect(errorCode(() => parseMoney('90 071 992 547 409,92', 'SEK', 'sv'))).toBe(
      'not_safe_integer',
    );
  });

  it('is exact where floating point is not: 0.1 + 0.2 kronor is 30 öre', () => {
    const sum = addMoney(parseMoney('0,1', 'SEK', 'sv'), parseMoney('0,2', 'SEK', 'sv'));
    expect(sum.amount).toBe(30);
    // 1.15 * 100 is 114.99999999999999 in floating point.
    expect(parseMoney('1,15', 'SEK', 'sv').amount).toBe(115);
  });

  it('reads back what formatMoney writes', () => {
    for (const locale of ['sv', 'da', 'en'] as const) {
      for (const currency of CURRENCIES) {
        for (const amount of [123456789, -5, 100, 0, Number.MAX_SAFE_INTEGER]) {
          const m = money(amount, currency);
          expect(parseMoney(formatMoney(m, locale), currency, locale)).toEqual(m);
        }
      }
    }
  });
});

describe('arithmetic keeps currencies apart and stays exact', () => {
  it('adds and subtracts in the same currency', () => {
    expect(addMoney(sek(150), sek(275))).toEqual(sek(425));
    expect(subtractMoney(sek(150), sek(275))).toEqual(sek(-125));
  });

  it('refuses to add kronor of different countries', () => {
    expect(errorCode(() => addMoney(sek(1), dkk(1)))).toBe('currency_mismatch');
    expect(errorCode(() => subtractMoney(sek(1), dkk(1)))).toBe('currency_mismatch');
  });

  it('refuses a sum that leaves the safe range', () => {
    expect(errorCode(() => addMoney(sek(Number.MAX_SAFE_INTEGER), sek(1)))).toBe(
      'not_safe_integer',
    );
  });

  it('indexes a price by a ratio, e.g. +3.2 % as 1032/1000', () => {
    expect(multiplyMoneyByRatio(sek(250000), 1032, 1000)).toEqual(sek(258000));
    // 1 234,57 × 1,032 = 1 274,076… → 1 274,08
    expect(multiplyMoneyByRatio(sek(123457), 1032, 1000)).toEqual(sek(127408));
  });

  it('rounds exact halves to the even öre, in both directions', () => {
    expect(multiplyMoneyByRatio(sek(5), 1, 2).amount).toBe(2); // 2.5 → 2
    expect(multiplyMoneyByRatio(sek(15), 1, 2).amount).toBe(8); // 7.5 → 8
    expect(multiplyMoneyByRatio(sek(-5), 1, 2).amount).toBe(-2); // -2.5 → -2
    expect(multiplyMoneyByRatio(sek(-15), 1, 2).amount).toBe(-8); // -7.5 → -8
    expect(multiplyMoneyByRatio(sek(5), -1, 2).amount).toBe(-2);
    expect(multiplyMoneyByRatio(sek(5), 1, -2).amount).toBe(-2);
  });

  it('rounds what is not a half to the nearest öre', () => {
    expect(multiplyMoneyByRatio(sek(10), 1, 3).amount).toBe(3); // 3.33…
    expect(multiplyMoneyByRatio(sek(20), 1, 3).amount).toBe(7); // 6.66…
    expect(multiplyMoneyByRatio(sek(-20), 1, 3).amount).toBe(-7);
  });

  it('computes products beyond 2^53 exactly before dividing', () => {
    const big = sek(Number.MAX_SAFE_INTEGER - 1);
    expect(multiplyMoneyByRatio(big, 3, 3)).toEqual(big);
  });

  it('refuses a zero or fractional denominator', () => {
    expect(errorCode(() => multiplyMoneyByRatio(sek(1), 1, 0))).toBe('invalid_argument');
    expect(errorCode(() => multiplyMoneyByRatio(sek(1), 1, 0.5))).toBe('invalid_argument');
  });
});

describe('allocating an amount loses no öre', () => {
  it('splits 100 öre in three as 34, 33, 33', () => {
    expect(allocateMoneyEvenly(sek(100), 3).map((m) => m.amount)).toEqual([34, 33, 33]);
  });

  it('splits a negative amount symmetrically', () => {
    expect(allocateMoneyEvenly(sek(-100), 3).map((m) => m.amount)).toEqual([-34, -33, -33]);
  });

  it('splits by ratios, giving the left-over öre to the largest remainder', () => {
    // 1001 × 70/100 = 700.7 and 1001 × 30/100 = 300.3: the öre goes to the first.
    expect(allocateMoney(sek(1001), [70, 30]).map((m) => m.amount)).toEqual([701, 300]);
    // 1001 × 30/100 = 300.3 and 1001 × 70/100 = 700.7: the öre goes to the second.
    expect(allocateMoney(sek(1001), [30, 70]).map((m) => m.amount)).toEqual([300, 701]);
  });

  it('gives nothing to a zero ratio', () => {
    expect(allocateMoney(sek(10), [0, 1, 1]).map((m) => m.amount)).toEqual([0, 5, 5]);
  });

  it('always sums to the original amount', () => {
    const cases: [number, number[]][] = [
      [1, [1, 1, 1]],
      [99999, [3, 7, 11, 13]],
      [-123457, [1, 2, 3, 4, 5, 6]],
      [Number.MAX_SAFE_INTEGER, [1, 1, 1]],
    ];
    for (const [amount, ratios] of cases) {
      const parts = allocateMoney(sek(amount), ratios);
      expect(parts).toHaveLength(ratios.length);
      expect(sumMoney(parts, 'SEK').amount).toBe(amount);
      // Each part is within one öre of its exact share amount × ratio / total.
      const total = BigInt(ratios.reduce((s, r) => s + r, 0));
      parts.forEach((part, i) => {
        const error = BigInt(part.amount) * total - BigInt(amount) * BigInt(ratios[i] ?? 0);
        expect(error < total && -error < total).toBe(true);
      });
    }
  });

  it('refuses no ratios, negative ratios and all-zero ratios', () => {
    expect(errorCode(() => allocateMoney(sek(1), []))).toBe('invalid_argument');
    expect(errorCode(() => allocateMoney(sek(1), [1, -1]))).toBe('invalid_argument');
    expect(errorCode(() => allocateMoney(sek(1), [0, 0]))).toBe('invalid_argument');
    expect(errorCode(() => allocateMoneyEvenly(sek(1), 0))).toBe('invalid_argument');
  });
});

describe('comparing and summing', () => {
  it('orders amounts of one currency', () => {
    expect(compareMoney(sek(1), sek(2))).toBe(-1);
    expect(compareMoney(sek(2), sek(2))).toBe(0);
    expect(compareMoney(sek(3), sek(2))).toBe(1);
    expect([sek(3), sek(-1), sek(2)].sort(compareMoney).map((m) => m.amount)).toEqual([-1, 2, 3]);
  });

  it('refuses to compare different currencies', () => {
    expect(errorCode(() => compareMoney(sek(1), dkk(1)))).toBe('currency_mismatch');
  });

  it('tells equal, zero and negative amounts', () => {
    expect(moneyEquals(sek(1), sek(1))).toBe(true);
    expect(moneyEquals(sek(1), dkk(1))).toBe(false);
    expect(isZeroMoney(sek(0))).toBe(true);
    expect(isZeroMoney(sek(1))).toBe(false);
    expect(isNegativeMoney(sek(-1))).toBe(true);
    expect(isNegativeMoney(sek(0))).toBe(false);
  });

  it('sums a list, and an empty list to zero', () => {
    expect(sumMoney([sek(1), sek(2), sek(3)], 'SEK')).toEqual(sek(6));
    expect(sumMoney([], 'DKK')).toEqual(dkk(0));
  });

  it('refuses a list with a stray currency', () => {
    expect(errorCode(() => sumMoney([sek(1), dkk(2)], 'SEK'))).toBe('currency_mismatch');
  });
});

describe('formatting for people', () => {
  it('writes exact decimal strings', () => {
    expect(moneyToDecimalString(sek(123450))).toBe('1234.50');
    expect(moneyToDecimalString(sek(5))).toBe('0.05');
    expect(moneyToDecimalString(sek(-5))).toBe('-0.05');
    expect(moneyToDecimalString(sek(0))).toBe('0.00');
    expect(moneyToDecimalString(sek(Number.MAX_SAFE_INTEGER))).toBe('90071992547409.91');
  });

  it('formats Swedish, Danish and English conventions', () => {
    expect(plainSpaces(formatMoney(sek(123450), 'sv'))).toBe('1 234,50 kr');
    expect(plainSpaces(formatMoney(dkk(123450), 'da'))).toBe('1.234,50 kr.');
    expect(plainSpaces(formatMoney(sek(123450), 'en'))).toBe('SEK 1,234.50');
    expect(plainSpaces(formatMoney(money(123450, 'EUR'), 'en'))).toBe('€1,234.50');
  });

  it('formats negative amounts and the largest safe amount without losing a digit', () => {
    expect(plainSpaces(formatMoney(sek(-5), 'sv'))).toBe('\u22120,05 kr');
    expect(plainSpaces(formatMoney(sek(Number.MAX_SAFE_INTEGER), 'sv'))).toBe(
      '90 071 992 547 409,91 kr',
    );
  });
});

describe('a price typed into a form', () => {
  it.each([
    ['1 234,50', 'sv', 123450],
    ['1\u00a0234,50', 'sv', 123450],
    ['1\u202f234,50', 'sv', 123450],
    ['1234.50', 'en', 123450],
    ['1,234.50', 'en', 123450],
    ['1.234,50', 'da', 123450],
    ['1 234,50', 'da', 123450],
    ['0', 'sv', 0],
  ] as const)('reads "%s" in %s as %i minor units', (text, locale, expected) => {
    expect(parsePrice(text, 'SEK', locale).amount).toBe(expected);
  });

  it.each(['8a5O,50', '85,5O', 'O', '12 kr 50', '1e3', '½'])(
    'refuses "%s" instead of reading some other number',
    (text) => {
      expect(errorCode(() => parsePrice(text, 'SEK', 'sv'))).toBe('invalid_format');
    },
  );

  it('refuses a negative price', () => {
    expect(errorCode(() => parsePrice('-1', 'SEK', 'sv'))).toBe('negative_price');
  });

  it('takes 100 million per unit and refuses one öre more', () => {
    expect(MAX_UNIT_PRICE_MINOR).toBe(10_000_000_000);
    expect(parsePrice('100 000 000', 'SEK', 'sv').amount).toBe(MAX_UNIT_PRICE_MINOR);
    expect(errorCode(() => parsePrice('100 000 000,01', 'SEK', 'sv'))).toBe('price_too_large');
  });

  it('keeps the decimal and currency rules of parseMoney', () => {
    expect(errorCode(() => parsePrice('12,345', 'SEK', 'sv'))).toBe('too_many_decimals');
    expect(errorCode(() => parsePrice('100 DKK', 'SEK', 'sv'))).toBe('currency_mismatch');
  });
});

describe('a price times a volume', () => {
  it('multiplies a day price by a number of days', () => {
    expect(priceTimesVolume(sek(345000), 31)).toEqual(sek(10695000));
    expect(priceTimesVolume(sek(345000), '31')).toEqual(sek(10695000));
  });

  it('reads a decimal volume exactly: 0.1 hours is a tenth, not 0.1000000000000000055', () => {
    expect(priceTimesVolume(sek(65000), '112.5')).toEqual(sek(7312500));
    expect(priceTimesVolume(sek(65000), '112.50')).toEqual(sek(7312500));
    expect(priceTimesVolume(sek(333), 0.1)).toEqual(sek(33)); // 33.3 öre
  });

  it('rounds half öre to the even öre', () => {
    expect(priceTimesVolume(sek(5), '0.5').amount).toBe(2); // 2.5 → 2
    expect(priceTimesVolume(sek(15), '0.5').amount).toBe(8); // 7.5 → 8
    expect(priceTimesVolume(sek(101), '0.25').amount).toBe(25); // 25.25 → 25
    expect(priceTimesVolume(sek(103), '0.25').amount).toBe(26); // 25.75 → 26
  });

  it('keeps the largest price times the largest volume a safe integer', () => {
    const total = priceTimesVolume(sek(MAX_UNIT_PRICE_MINOR), MAX_VOLUME);
    expect(total.amount).toBe(MAX_UNIT_PRICE_MINOR * MAX_VOLUME);
    expect(Number.isSafeInteger(total.amount)).toBe(true);
  });

  it('refuses volumes that are not non-negative decimals, and products beyond the safe range', () => {
    for (const bad of [-1, '-1', '1e3', 1e21, Number.NaN, '', '1,5'])
      expect(errorCode(() => priceTimesVolume(sek(1), bad))).toBe('invalid_argument');
    expect(errorCode(() => priceTimesVolume(sek(Number.MAX_SAFE_INTEGER), 2))).toBe(
      'not_safe_integer',
    );
  });
});

describe('an amount written for editing', () => {
  it('writes what parsePrice reads back in the same language', () => {
    for (const locale of ['sv', 'da', 'en'] as const)
      for (const amount of [0, 5, 65000, 123450, MAX_UNIT_PRICE_MINOR])
        expect(parsePrice(moneyToTypedText(sek(amount), locale), 'SEK', locale)).toEqual(
          sek(amount),
        );
  });

  it("uses the language's decimal sign and leaves out öre when there are none", () => {
    expect(moneyToTypedText(sek(123450), 'sv')).toBe('1234,50');
    expect(moneyToTypedText(dkk(123405), 'da')).toBe('1234,05');
    expect(moneyToTypedText(sek(123450), 'en')).toBe('1234.50');
    expect(moneyToTypedText(sek(65000), 'sv')).toBe('650');
  });
});

describe('the currency of a country', () => {
  it('is kronor in Sweden and kroner in Denmark', () => {
    expect(CURRENCY_OF_COUNTRY).toEqual({ SE: 'SEK', DK: 'DKK' });
  });
});
