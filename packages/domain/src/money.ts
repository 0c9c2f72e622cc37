// Money as integer minor units (öre, øre, cent) with a currency. No floating point touches an
// amount: parsing and formatting go through decimal strings, products and quotients through BigInt.
// The one money path: the server, the web and the tests parse, limit, multiply and format here.
import type { Country } from './country.ts';

export type Currency = 'SEK' | 'DKK' | 'EUR';
export const CURRENCIES: readonly Currency[] = ['SEK', 'DKK', 'EUR'];

/** The currency an organisation of a country prices in by default. */
export const CURRENCY_OF_COUNTRY: Readonly<Record<Country, Currency>> = { SE: 'SEK', DK: 'DKK' };

/**
 * The largest unit price (per hour, day, month or package): 100 million in the major unit. Beyond
 * it a price is a typing error, not a price; with MAX_VOLUME it keeps every price × volume a safe
 * integer of minor units (10^10 × 10^5 = 10^15 < 2^53).
 */
export const MAX_UNIT_PRICE_MINOR = 10_000_000_000;
/** The most units (hours, days...) an order or a call-off's expected volume counts. */
export const MAX_VOLUME = 100_000;

export type Money = {
  /** Integer minor units: öre, øre or cent. */
  readonly amount: number;
  readonly currency: Currency;
};

export type MoneyLocale = 'sv' | 'da' | 'en';

/** All three currencies have 100 minor units to the major unit. */
const MINOR_DIGITS = 2;
const MINOR_PER_MAJOR = 100n;

export type MoneyErrorCode =
  | 'invalid_format'
  | 'too_many_decimals'
  | 'currency_mismatch'
  | 'not_safe_integer'
  | 'unknown_currency'
  | 'invalid_argument'
  | 'negative_price'
  | 'price_too_large';

export class MoneyError extends Error {
  readonly code: MoneyErrorCode;
  constructor(code: MoneyErrorCode, message: string) {
    super(message);
    this.name = 'MoneyError';
    this.code = code;
  }
}

export function isCurrency(value: unknown): value is Currency {
  return typeof value === 'string' && (CURRENCIES as readonly string[]).includes(value);
}

/** An amount in minor units; refuses anything that is not a safe integer. */
export function money(amountMinor: number, currency: Currency): Money {
  if (!isCurrency(currency)) {
    throw new MoneyError('unknown_currency', `Unknown currency ${String(currency)}`);
  }
  if (!Number.isSafeInteger(amountMinor)) {
    throw new MoneyError(
      'not_safe_integer',
      `Amount ${amountMinor} is not a safe integer of minor units`,
    );
  }
  // -0 would print as "−0,00 kr" and compare oddly in Object.is; there is only one zero.
  return Object.freeze({ amount: amountMinor === 0 ? 0 : amountMinor, currency });
}

export function zeroMoney(currency: Currency): Money {
  return money(0, currency);
}

function fromBigInt(amount: bigint, currency: Currency): Money {
  if (amount > BigInt(Number.MAX_SAFE_INTEGER) || amount < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new MoneyError('not_safe_integer', `Amount ${amount} is outside the safe integer range`);
  }
  return money(Number(amount), currency);
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new MoneyError('currency_mismatch', `Cannot combine ${a.currency} with ${b.currency}`);
  }
}

function requireSafeInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new MoneyError('invalid_argument', `${what} must be a safe integer`);
  }
}

// ---- parsing ---------------------------------------------------------------------------------

// Spaces people and Intl put between digit groups: space, no-break space, narrow no-break space.
const GROUP_SPACES = /[ \u00a0\u202f]/g;

// Currency marks a user may type around the number. "kr" is shared by SEK and DKK, so the longer
// marks ("Dkr", as sv-SE writes Danish kroner) are tried first.
const CURRENCY_MARKS: readonly { pattern: RegExp; currencies: readonly Currency[] }[] = [
  { pattern: /^(sek|skr)/i, currencies: ['SEK'] },
  { pattern: /^(dkk|dkr)/i, currencies: ['DKK'] },
  { pattern: /^(eur|€)/i, currencies: ['EUR'] },
  { pattern: /^(kr\.?)/i, currencies: ['SEK', 'DKK'] },
];

/** The character a locale writes between groups of thousands. */
const GROUP_SEPARATOR: Record<MoneyLocale, string> = { sv: ' ', da: '.', en: ',' };

function stripCurrencyMark(text: string, currency: Currency, atEnd: boolean): string {
  for (const mark of CURRENCY_MARKS) {
    const source = atEnd ? new RegExp(`(${mark.pattern.source.slice(1)})$`, 'i') : mark.pattern;
    const found = source.exec(text);
    if (!found) continue;
    if (!mark.currencies.includes(currency)) {
      throw new MoneyError('currency_mismatch', `"${found[0]}" is not ${currency}`);
    }
    return atEnd ? text.slice(0, text.length - found[0].length) : text.slice(found[0].length);
  }
  return text;
}

/**
 * Parses what a person types as an amount into exact minor units.
 *
 * Accepts "1 234,50", "1234.5", "1.234,50 kr", "1,234.50", "-12,50 kr", "100:-" and "100,-".
 * The decimal separator is decided as follows: when both '.' and ',' occur, the last one is the
 * decimal separator; a single one that is the locale's group separator and is followed by exactly
 * three digits groups thousands ("1.234" is 1234 in Danish, "1,234" in English); otherwise a single
 * '.' or ',' is the decimal separator, since Nordic users type either. Groups must be three digits.
 */
export function parseMoney(text: string, currency: Currency, locale: MoneyLocale): Money {
  if (!isCurrency(currency)) {
    throw new MoneyError('unknown_currency', `Unknown currency ${String(currency)}`);
  }
  // A sign may stand before or after a leading currency mark: "-12 kr", "kr -12", "−12 kr".
  const signed = /^[-\u2212]\s*/;
  let rest = text.trim();
  let negative = signed.test(rest);
  rest = stripCurrencyMark(rest.replace(signed, ''), currency, false).trim();
  if (signed.test(rest)) {
    if (negative) throw new MoneyError('invalid_format', `Two signs in "${text}"`);
    negative = true;
    rest = rest.replace(signed, '');
  }
  rest = stripCurrencyMark(rest, currency, true).trim();
  // "100:-" (Swedish) and "100,-" (Danish) mean whole units.
  rest = rest.replace(/^(\d[\d .,\u00a0\u202f]*)[:,.]-$/, '$1');

  if (!/^\d[\d.,\u00a0\u202f ]*$/.test(rest) || /[^\d]$/.test(rest)) {
    throw new MoneyError('invalid_format', `"${text}" is not an amount`);
  }
  const { integerDigits, fractionDigits } = splitNumber(rest, locale, text);
  if (fractionDigits.length > MINOR_DIGITS) {
    throw new MoneyError('too_many_decimals', `"${text}" has more than ${MINOR_DIGITS} decimals`);
  }
  const minor =
    BigInt(integerDigits) * MINOR_PER_MAJOR + BigInt(fractionDigits.padEnd(MINOR_DIGITS, '0'));
  return fromBigInt(negative ? -minor : minor, currency);
}

/**
 * A unit price as a person types it (see parseMoney): never negative, never above
 * MAX_UNIT_PRICE_MINOR. Every form that takes a price reads it here, so a typed "8a5O,50" is
 * refused with a code rather than read as some other number.
 */
export function parsePrice(text: string, currency: Currency, locale: MoneyLocale): Money {
  return checkedPrice(parseMoney(text, currency, locale));
}

/** The price if it is one a unit may cost; refuses it with a code otherwise. */
export function checkedPrice(price: Money): Money {
  if (price.amount < 0) throw new MoneyError('negative_price', 'A price cannot be negative');
  if (price.amount > MAX_UNIT_PRICE_MINOR) {
    throw new MoneyError('price_too_large', `A unit price is at most ${MAX_UNIT_PRICE_MINOR}`);
  }
  return price;
}

function splitNumber(
  core: string,
  locale: MoneyLocale,
  original: string,
): { integerDigits: string; fractionDigits: string } {
  const dots = core.split('.').length - 1;
  const commas = core.split(',').length - 1;
  let decimal: '.' | ',' | null = null;
  if (dots > 0 && commas > 0) {
    decimal = core.lastIndexOf('.') > core.lastIndexOf(',') ? '.' : ',';
  } else if (dots + commas === 1) {
    const mark = dots === 1 ? '.' : ',';
    const after = core.slice(core.indexOf(mark) + 1);
    const groupsThousands = GROUP_SEPARATOR[locale] === mark && /^\d{3}$/.test(after);
    decimal = groupsThousands ? null : mark;
  }
  // With no decimal mark found, repeated '.' or ',' can only be group separators.

  let integerPart = core;
  let fractionDigits = '';
  if (decimal !== null) {
    const at = core.lastIndexOf(decimal);
    integerPart = core.slice(0, at);
    fractionDigits = core.slice(at + 1);
    if (!/^\d+$/.test(fractionDigits)) {
      throw new MoneyError('invalid_format', `"${original}" has a malformed decimal part`);
    }
  }
  const groupChars = integerPart.replace(/\d/g, '');
  if (groupChars.length === 0) return { integerDigits: integerPart, fractionDigits };

  // One kind of group separator, groups of exactly three digits after the first.
  const normalised = integerPart.replace(GROUP_SPACES, ' ');
  const kinds = new Set(normalised.replace(/\d/g, ''));
  const [kind] = [...kinds];
  if (kinds.size !== 1 || kind === undefined || kind === decimal) {
    throw new MoneyError('invalid_format', `"${original}" mixes digit group separators`);
  }
  const groups = normalised.split(kind);
  const [first, ...others] = groups;
  if (first === undefined || !/^\d{1,3}$/.test(first) || others.some((g) => !/^\d{3}$/.test(g))) {
    throw new MoneyError('invalid_format', `"${original}" has misplaced digit group separators`);
  }
  return { integerDigits: groups.join(''), fractionDigits };
}

// ---- arithmetic ------------------------------------------------------------------------------

export function addMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return fromBigInt(BigInt(a.amount) + BigInt(b.amount), a.currency);
}

export function subtractMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return fromBigInt(BigInt(a.amount) - BigInt(b.amount), a.currency);
}

export function negateMoney(m: Money): Money {
  return money(-m.amount, m.currency);
}

/**
 * A unit price × a volume of units: whole days or hours, or a decimal volume as orders carry it
 * (112.5 hours, "112.50" from the database). The volume is read as a decimal string, never scaled
 * in floating point, and the product is rounded to whole minor units half to even (see
 * divideHalfEven). The evaluation's expected total and an order's expected total are this product.
 */
export function priceTimesVolume(unitPrice: Money, volume: number | string): Money {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(String(volume).trim());
  if (!match) {
    throw new MoneyError('invalid_argument', `Volume ${String(volume)} is not a decimal number`);
  }
  const fraction = match[2] ?? '';
  return fromBigInt(
    divideHalfEven(
      BigInt(unitPrice.amount) * BigInt(match[1]! + fraction),
      10n ** BigInt(fraction.length),
    ),
    unitPrice.currency,
  );
}

/**
 * Divides an integer quotient rounding half to even. Banker's rounding is used because amounts
 * derived this way (indexation, VAT, shares of a price) are summed in spend reports: rounding
 * halves always up would bias every total upward, half-even keeps the error centred on zero.
 */
export function divideHalfEven(numerator: bigint, denominator: bigint): bigint {
  if (denominator < 0n) return divideHalfEven(-numerator, -denominator);
  const quotient = numerator / denominator; // truncates toward zero
  const remainder = numerator % denominator; // same sign as numerator
  const twice = (remainder < 0n ? -remainder : remainder) * 2n;
  if (twice < denominator) return quotient;
  const awayFromZero = numerator < 0n ? quotient - 1n : quotient + 1n;
  if (twice > denominator) return awayFromZero;
  return quotient % 2n === 0n ? quotient : awayFromZero;
}

/**
 * Multiplies by numerator/denominator, e.g. an index of +3.2 % as 1032/1000, rounding the result
 * to whole minor units half to even (see divideHalfEven for why).
 */
export function multiplyMoneyByRatio(m: Money, numerator: number, denominator: number): Money {
  requireSafeInteger(numerator, 'Numerator');
  requireSafeInteger(denominator, 'Denominator');
  if (denominator === 0) throw new MoneyError('invalid_argument', 'Denominator must not be zero');
  return fromBigInt(
    divideHalfEven(BigInt(m.amount) * BigInt(numerator), BigInt(denominator)),
    m.currency,
  );
}

/**
 * Splits an amount by non-negative integer ratios so that the parts add up to the amount exactly.
 * Each part gets its share rounded toward zero; the öre left over go one each to the parts with
 * the largest remainders (the earlier part on a tie), so no öre is lost or invented.
 */
export function allocateMoney(m: Money, ratios: readonly number[]): Money[] {
  if (ratios.length === 0) {
    throw new MoneyError('invalid_argument', 'Allocate needs at least one ratio');
  }
  for (const r of ratios) {
    requireSafeInteger(r, 'Ratio');
    if (r < 0) throw new MoneyError('invalid_argument', 'Ratios must not be negative');
  }
  const total = ratios.reduce((s, r) => s + BigInt(r), 0n);
  if (total === 0n) throw new MoneyError('invalid_argument', 'Ratios must not all be zero');

  const sign = m.amount < 0 ? -1n : 1n;
  const amount = BigInt(m.amount) * sign;
  const shares = ratios.map((r, index) => {
    const product = amount * BigInt(r);
    return { index, base: product / total, remainder: product % total };
  });
  let leftOver = amount - shares.reduce((s, p) => s + p.base, 0n);
  const byRemainder = [...shares].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const share of byRemainder) {
    if (leftOver === 0n) break;
    share.base += 1n;
    leftOver -= 1n;
  }
  return shares.map((s) => fromBigInt(s.base * sign, m.currency));
}

/** Splits an amount into n parts that differ by at most one minor unit. */
export function allocateMoneyEvenly(m: Money, parts: number): Money[] {
  requireSafeInteger(parts, 'Parts');
  if (parts < 1) throw new MoneyError('invalid_argument', 'Parts must be at least 1');
  return allocateMoney(m, new Array<number>(parts).fill(1));
}

/** Sum of amounts in one currency; the currency is given so that an empty list has a sum. */
export function sumMoney(items: readonly Money[], currency: Currency): Money {
  let total = 0n;
  for (const item of items) {
    if (item.currency !== currency) {
      throw new MoneyError('currency_mismatch', `Cannot sum ${item.currency} into ${currency}`);
    }
    total += BigInt(item.amount);
  }
  return fromBigInt(total, currency);
}

// ---- comparison ------------------------------------------------------------------------------

export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b);
  return a.amount < b.amount ? -1 : a.amount > b.amount ? 1 : 0;
}

export function moneyEquals(a: Money, b: Money): boolean {
  return a.currency === b.currency && a.amount === b.amount;
}

export function isZeroMoney(m: Money): boolean {
  return m.amount === 0;
}

export function isNegativeMoney(m: Money): boolean {
  return m.amount < 0;
}

// ---- formatting ------------------------------------------------------------------------------

/** The exact decimal value as a plain string, e.g. "-1234.05", for exports and Intl. */
export function moneyToDecimalString(m: Money): string {
  const digits = String(Math.abs(m.amount)).padStart(MINOR_DIGITS + 1, '0');
  const major = digits.slice(0, -MINOR_DIGITS);
  const minor = digits.slice(-MINOR_DIGITS);
  return `${m.amount < 0 ? '-' : ''}${major}.${minor}`;
}

const LOCALE_TAGS: Record<MoneyLocale, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * An amount as a person would type it in a form, for editing: "1234,50" (sv, da), "1234.50" (en),
 * and "650" when there are no öre. No group separators and no currency, so parseMoney reads it
 * back in the same language.
 */
export function moneyToTypedText(m: Money, locale: MoneyLocale): string {
  const decimal = moneyToDecimalString(m).replace(/\.00$/, '');
  return locale === 'en' ? decimal : decimal.replace('.', ',');
}

/** Formats for people, e.g. "1 234,50 kr" (sv), "1.234,50 kr." (da), "SEK 1,234.50" (en). */
export function formatMoney(m: Money, locale: MoneyLocale): string {
  const key = `${locale}:${m.currency}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(LOCALE_TAGS[locale], {
      style: 'currency',
      currency: m.currency,
      minimumFractionDigits: MINOR_DIGITS,
      maximumFractionDigits: MINOR_DIGITS,
    });
    formatters.set(key, formatter);
  }
  // Intl formats a decimal string exactly; a Number would be divided by 100 in floating point.
  return formatter.format(moneyToDecimalString(m) as Intl.StringNumericLiteral);
}
