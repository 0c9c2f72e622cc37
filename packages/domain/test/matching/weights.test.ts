import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FRESHNESS_LIMIT_DAYS,
  FRESHNESS_GOAL,
  freshnessShare,
  isStale,
} from '../../src/matching/freshness.ts';
import { DEFAULT_MATCH_WEIGHTS, weightsProblems } from '../../src/matching/weights.ts';
import { NOW } from '../support/matching.ts';

describe('weights', () => {
  it('the defaults are valid and sum to 100', () => {
    expect(weightsProblems(DEFAULT_MATCH_WEIGHTS)).toEqual([]);
    expect(Object.values(DEFAULT_MATCH_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });
  it('refuses a sum other than 100', () => {
    expect(weightsProblems({ ...DEFAULT_MATCH_WEIGHTS, cost: 31 })).toEqual([
      { code: 'sum_not_100', sum: 101 },
    ]);
  });
  it('refuses weights below 0 or above 100, and fractions', () => {
    const w = { distance: 120, cost: -20, quality: 0, freshness: 0, continuity: 0 };
    expect(weightsProblems(w)).toEqual([
      { code: 'out_of_range', part: 'distance', value: 120 },
      { code: 'out_of_range', part: 'cost', value: -20 },
    ]);
    expect(weightsProblems({ ...DEFAULT_MATCH_WEIGHTS, cost: 29.5, quality: 20.5 })).toEqual([
      { code: 'not_whole_number', part: 'cost', value: 29.5 },
      { code: 'not_whole_number', part: 'quality', value: 20.5 },
    ]);
  });
  it('names a missing part', () => {
    const { continuity: _left, ...rest } = DEFAULT_MATCH_WEIGHTS;
    expect(weightsProblems({ ...rest, distance: 40 })).toEqual([
      { code: 'missing', part: 'continuity' },
    ]);
  });
  it('accepts all on one part', () => {
    expect(
      weightsProblems({ distance: 0, cost: 100, quality: 0, freshness: 0, continuity: 0 }),
    ).toEqual([]);
  });
});

describe('freshness', () => {
  const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
  it('is stale after the limit, never confirmed is stale', () => {
    expect(DEFAULT_FRESHNESS_LIMIT_DAYS).toBe(30);
    expect(isStale(daysAgo(30), NOW, 30)).toBe(false);
    expect(isStale(new Date(daysAgo(30).getTime() - 1), NOW, 30)).toBe(true);
    expect(isStale(null, NOW, 30)).toBe(true);
  });
  it('the share confirmed within the limit against the goal of 0.9', () => {
    expect(FRESHNESS_GOAL).toBe(0.9);
    const offers = [
      ...Array.from({ length: 9 }, () => ({ confirmedAt: daysAgo(2) })),
      { confirmedAt: null },
    ];
    expect(freshnessShare(offers, NOW, 30)).toEqual({
      confirmedWithinLimit: 9,
      total: 10,
      share: 0.9,
      meetsGoal: true,
    });
    expect(freshnessShare([...offers, { confirmedAt: daysAgo(40) }], NOW, 30)).toMatchObject({
      confirmedWithinLimit: 9,
      total: 11,
      meetsGoal: false,
    });
    expect(freshnessShare([], NOW, 30)).toEqual({
      confirmedWithinLimit: 0,
      total: 0,
      share: 1,
      meetsGoal: true,
    });
  });
});
