// Exact rationals over BigInt for the values that are not money: prices per quality point and
// weighted scores. No floating point touches a comparison, so the same bids rank the same on
// every machine and a replay of a past evaluation gives the same ranks.
import { divideHalfEven } from '../money.ts';

export interface Ratio {
  /** Carries the sign; the ratio is always reduced. */
  readonly numerator: bigint;
  /** Always positive. */
  readonly denominator: bigint;
}

/** The JSON form of a ratio: decimal integer strings, e.g. { numerator: '420000', denominator: '7' }. */
export interface ExactRatio {
  readonly numerator: string;
  readonly denominator: string;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function ratio(numerator: bigint | number, denominator: bigint | number = 1n): Ratio {
  let n = BigInt(numerator);
  let d = BigInt(denominator);
  if (d === 0n) throw new RangeError('A ratio cannot have a zero denominator');
  if (d < 0n) [n, d] = [-n, -d];
  const divisor = gcd(n, d) || 1n;
  return { numerator: n / divisor, denominator: d / divisor };
}

export function addRatios(a: Ratio, b: Ratio): Ratio {
  return ratio(
    a.numerator * b.denominator + b.numerator * a.denominator,
    a.denominator * b.denominator,
  );
}

export function multiplyRatios(a: Ratio, b: Ratio): Ratio {
  return ratio(a.numerator * b.numerator, a.denominator * b.denominator);
}

export function compareRatios(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left < right ? -1 : left > right ? 1 : 0;
}

export function toExactRatio(r: Ratio): ExactRatio {
  return { numerator: String(r.numerator), denominator: String(r.denominator) };
}

export function fromExactRatio(e: ExactRatio): Ratio {
  return ratio(BigInt(e.numerator), BigInt(e.denominator));
}

/**
 * The ratio as a decimal string with `digits` decimals, rounded half to even like money amounts,
 * e.g. 168/2 with 2 digits is "84.00". For display only: ranking always uses the exact ratio.
 */
export function ratioToDecimalString(r: Ratio, digits: number): string {
  const scale = 10n ** BigInt(digits);
  const scaled = r.numerator * scale;
  const negative = scaled < 0n;
  const magnitude = negative ? -scaled : scaled;
  const quotient = divideHalfEven(magnitude, r.denominator);
  const text = String(quotient).padStart(digits + 1, '0');
  const whole = digits === 0 ? text : text.slice(0, -digits);
  const fraction = digits === 0 ? '' : `.${text.slice(-digits)}`;
  return `${negative && quotient !== 0n ? '-' : ''}${whole}${fraction}`;
}
