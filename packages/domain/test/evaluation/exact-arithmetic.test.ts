import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compareRatios, ratio, ratioToDecimalString } from '../../src/evaluation/ratio.ts';
import { receiptInstant } from '../../src/evaluation/receipt-time.ts';
import { sha256Hex } from '../../src/evaluation/sha256.ts';

describe('exact ratios for scores and prices per point', () => {
  it('reduce and compare exactly', () => {
    expect(ratio(420_000, 7)).toEqual({ numerator: 60_000n, denominator: 1n });
    expect(ratio(3, -6)).toEqual({ numerator: -1n, denominator: 2n });
    expect(compareRatios(ratio(1, 3), ratio(333_333, 1_000_000))).toBe(1);
    expect(compareRatios(ratio(2, 4), ratio(1, 2))).toBe(0);
  });

  it('print with fixed decimals, rounding half to even', () => {
    expect(ratioToDecimalString(ratio(84), 2)).toBe('84.00');
    expect(ratioToDecimalString(ratio(123, 8), 2)).toBe('15.38'); // 15.375 → even 8
    expect(ratioToDecimalString(ratio(125, 8), 2)).toBe('15.62'); // 15.625 → even 2
    expect(ratioToDecimalString(ratio(-1, 3), 2)).toBe('-0.33');
    expect(ratioToDecimalString(ratio(-1, 1000), 2)).toBe('0.00');
    expect(ratioToDecimalString(ratio(7, 2), 0)).toBe('4');
  });
});

describe('receipt times compare exactly, across zones and to the microsecond', () => {
  it('reads ISO 8601 and PostgreSQL text with zones', () => {
    expect(receiptInstant('2026-03-02T11:00:00+01:00')).toBe(
      receiptInstant('2026-03-02T10:00:00Z'),
    );
    expect(receiptInstant('2026-03-02 10:00:00.5+00')).toBe(
      receiptInstant('2026-03-02T10:00:00.500Z'),
    );
    expect(
      receiptInstant('2026-03-02T10:00:00.000002Z') - receiptInstant('2026-03-02T10:00:00.000001Z'),
    ).toBe(1_000n);
  });

  it('refuses a time without a zone', () => {
    expect(() => receiptInstant('2026-03-02T10:00:00')).toThrow(RangeError);
  });
});

describe('SHA-256 matches the standard', () => {
  it.each([
    '',
    'abc',
    'a'.repeat(55),
    'a'.repeat(56),
    'a'.repeat(64),
    'x'.repeat(1000),
    'Lindgårdens HVB – åäö 🏠',
  ])('for %j', (text) => {
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});
