import { describe, expect, it } from 'vitest';
import {
  continuityScore,
  costScore,
  distanceScore,
  expectedCost,
  freshnessScore,
  haversineKm,
  qualityScore,
  ratioOfMinor,
  volumeRatio,
} from '../../src/matching/score.ts';
import { QUALITY_THEMES, type Tariff, type ThemeScores } from '../../src/matching/types.ts';
import { money, multiplyMoneyByRatio } from '../../src/money.ts';
import { AARHUS, NOW, THEMES_4 } from '../support/matching.ts';

const tariff = (unit: Tariff['unit'], amount: number): Tariff => ({
  unit,
  price: money(amount, 'DKK'),
  validFrom: '2026-01-01',
});
const HOURS_4 = { kind: 'hours_per_week', hoursPerWeek: 4 } as const;
const PLACE = { kind: 'place' } as const;

describe('expected cost: tariff × intensity × duration, exact', () => {
  it('per hour: hours a week × days / 7', () => {
    // 650 kr × 4 h × 26 weeks.
    expect(expectedCost(tariff('hour', 65_000), HOURS_4, 182)).toEqual(money(6_760_000, 'DKK'));
    // 650 kr × 2.5 h × 10 days / 7 = 2,321.428571… kr → 2,321.43 kr.
    const half = { kind: 'hours_per_week', hoursPerWeek: 2.5 } as const;
    expect(expectedCost(tariff('hour', 65_000), half, 10)).toEqual(money(232_143, 'DKK'));
  });
  it('rounds a half øre to even', () => {
    // 1 øre × 1 h × 7 days / 14... : 0.5 h × 7 days / 7 = 0.5 → 0; 1.5 h → 2 (even).
    const h = (hoursPerWeek: number) => ({ kind: 'hours_per_week', hoursPerWeek }) as const;
    expect(expectedCost(tariff('hour', 1), h(0.5), 7).amount).toBe(0);
    expect(expectedCost(tariff('hour', 1), h(1.5), 7).amount).toBe(2);
  });
  it('per day: days', () => {
    expect(expectedCost(tariff('day', 250_000), PLACE, 90)).toEqual(money(22_500_000, 'DKK'));
  });
  it('per month: days / 30.4375 (365.25 / 12)', () => {
    // 365.25 days are 12 months exactly; 70,000 kr a month.
    expect(volumeRatio('month', PLACE, 365)).toEqual({ numerator: 5840, denominator: 487 });
    expect(expectedCost(tariff('month', 7_000_000), PLACE, 1461)).toEqual(
      money(7_000_000 * 48, 'DKK'),
    );
    // 91 days = 2.98973… months: 209,281.31… kr.
    expect(expectedCost(tariff('month', 7_000_000), PLACE, 91)).toEqual(money(20_928_131, 'DKK'));
  });
  it('a package: once, whatever the duration', () => {
    expect(expectedCost(tariff('package', 4_500_000), HOURS_4, 300)).toEqual(
      money(4_500_000, 'DKK'),
    );
  });
  it('refuses an hour tariff for a place and a negative duration', () => {
    expect(() => expectedCost(tariff('hour', 65_000), PLACE, 30)).toThrow(/hour tariff/);
    expect(() => expectedCost(tariff('day', 65_000), PLACE, -1)).toThrow(/duration/);
  });
  it("the hot path's integer arithmetic gives what multiplyMoneyByRatio gives", () => {
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let i = 0; i < 2000; i += 1) {
      const amount = next() % 10_000_000;
      const ratio = { numerator: (next() % 5000) + 1, denominator: (next() % 500) + 1 };
      expect(ratioOfMinor(amount, ratio, 'DKK')).toBe(
        multiplyMoneyByRatio(money(amount, 'DKK'), ratio.numerator, ratio.denominator).amount,
      );
    }
    // Beyond the safe integers it falls back to BigInt.
    const big = { numerator: 168 * 3650, denominator: 7 };
    expect(ratioOfMinor(10_000_000_000, big, 'DKK')).toBe(
      multiplyMoneyByRatio(money(10_000_000_000, 'DKK'), big.numerator, 7).amount,
    );
  });
});

describe('cost part: the cheapest fitting offer over this one', () => {
  it('is 1 for the cheapest and 0.5 for one twice as dear', () => {
    expect(costScore(100_000, 100_000)).toBe(1);
    expect(costScore(200_000, 100_000)).toBe(0.5);
    expect(costScore(0, 0)).toBe(1);
  });
});

describe('distance part', () => {
  it('measures great-circle km: Aarhus to Copenhagen is about 157 km', () => {
    const copenhagen = { lat: 55.6761, lon: 12.5683 };
    expect(haversineKm(AARHUS, copenhagen)).toBeGreaterThan(155);
    expect(haversineKm(AARHUS, copenhagen)).toBeLessThan(159);
    expect(haversineKm(AARHUS, AARHUS)).toBe(0);
  });
  it('falls with distance: 1 at the door, 0.5 at 25 km, 0.25 at 75 km', () => {
    expect(distanceScore(0)).toBe(1);
    expect(distanceScore(25)).toBe(0.5);
    expect(distanceScore(75)).toBe(0.25);
    expect(distanceScore(10)).toBeGreaterThan(distanceScore(11));
  });
});

describe('quality part', () => {
  const clean = { openCorrections: 0, findings: 0, staffListPassed: true };
  it('half theme scores (3 → 0, 4 → 0.5, 5 → 1), half our follow-up', () => {
    expect(qualityScore(THEMES_4, clean).score).toBe(0.75);
    const fives = Object.fromEntries(QUALITY_THEMES.map((k) => [k, 5])) as ThemeScores;
    expect(qualityScore(fives, clean).score).toBe(1);
    expect(qualityScore(THEMES_4, clean).params).toMatchObject({
      themeMean: 4,
      staffList: 'passed',
    });
  });
  it('a theme below 3 makes the part 0 and is named', () => {
    const weak = { ...THEMES_4, physical_setting: 2 };
    const result = qualityScore(weak, clean);
    expect(result.score).toBe(0);
    expect(result.params).toMatchObject({ lowTheme: 'physical_setting', lowestThemeScore: 2 });
  });
  it('open corrections, findings and a failed staff list lower it', () => {
    const base = qualityScore(THEMES_4, clean).score;
    const corrected = qualityScore(THEMES_4, { ...clean, openCorrections: 1 }).score;
    const found = qualityScore(THEMES_4, { ...clean, findings: 2 }).score;
    const failed = qualityScore(THEMES_4, { ...clean, staffListPassed: false }).score;
    expect(corrected).toBeCloseTo(base - 0.125, 10);
    expect(found).toBeCloseTo(base - 0.1, 10);
    expect(failed).toBeCloseTo(base - 0.15, 10);
    const many = { openCorrections: 9, findings: 9, staffListPassed: false };
    expect(qualityScore(THEMES_4, many).score).toBe(0.25);
  });
  it('an offer never assessed counts as a typical one on the themes', () => {
    const result = qualityScore(null, clean);
    expect(result.score).toBe(0.75);
    expect(result.params.themes).toBe('not_assessed');
  });
});

describe('freshness part', () => {
  const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
  it('is 1 within the limit, the limit day included', () => {
    expect(freshnessScore(daysAgo(3), NOW, 30)).toEqual({ score: 1, stale: false, ageDays: 3 });
    expect(freshnessScore(daysAgo(30), NOW, 30).stale).toBe(false);
  });
  it('is stale and lower past it: 0.5 × limit / age', () => {
    expect(freshnessScore(daysAgo(60), NOW, 30)).toEqual({ score: 0.25, stale: true, ageDays: 60 });
    expect(freshnessScore(daysAgo(31), NOW, 30).score).toBeCloseTo(15 / 31, 10);
  });
  it('is 0 and stale when never confirmed', () => {
    expect(freshnessScore(null, NOW, 30)).toEqual({ score: 0, stale: true, ageDays: -1 });
  });
});

describe('continuity part', () => {
  const continuity = { establishmentIds: new Set(['e1']), supplierIds: new Set(['s1']) };
  it('1 for the same establishment, 0.5 for the same supplier, else 0', () => {
    expect(continuityScore({ establishmentId: 'e1', supplierId: 's1' }, continuity)).toEqual({
      score: 1,
      via: 'establishment',
    });
    expect(continuityScore({ establishmentId: 'e2', supplierId: 's1' }, continuity)).toEqual({
      score: 0.5,
      via: 'supplier',
    });
    expect(continuityScore({ establishmentId: 'e3', supplierId: 's3' }, continuity)).toEqual({
      score: 0,
      via: 'none',
    });
  });
});
