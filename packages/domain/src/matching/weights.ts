// The score weights: how many of a proposal's 100 points each part can give. Data per body
// (matching_settings.weights; null there means these defaults), checked by weightsProblems.
import type { MatchWeights, ScorePartCode } from './types.ts';

export const SCORE_PARTS: readonly ScorePartCode[] = [
  'distance',
  'cost',
  'quality',
  'freshness',
  'continuity',
];

/**
 * The defaults, in whole points that sum to 100:
 * - cost 30: the expected total for this referral is what the matching team must defend first
 *   (Odense compares price per face-to-face hour); it only ranks offers that already fit.
 * - distance 25: closeness to home, school and network is the next thing a caseworker asks for.
 * - quality 20: Socialtilsyn's theme scores cluster at 4 and above, so they separate little once
 *   a weak theme has been penalised; our own follow-up adds what they miss.
 * - continuity 15: an earlier placement with the same supplier, or a sibling's, is a strong reason
 *   in a child's case, but it should not outweigh cost and distance together.
 * - freshness 10: a nudge towards offers whose capacity and price were confirmed lately; stale ones
 *   are marked anyway.
 */
export const DEFAULT_MATCH_WEIGHTS: Readonly<MatchWeights> = Object.freeze({
  distance: 25,
  cost: 30,
  quality: 20,
  freshness: 10,
  continuity: 15,
});

export type WeightsProblem =
  | { code: 'missing'; part: ScorePartCode }
  | { code: 'not_whole_number'; part: ScorePartCode; value: number }
  | { code: 'out_of_range'; part: ScorePartCode; value: number }
  | { code: 'sum_not_100'; sum: number };

/**
 * What is wrong with a set of weights; empty when they can be used. Each weight is a whole number
 * of points from 0 to 100 (the settings form takes whole numbers), and together they are 100 so
 * that a proposal's total reads as points out of 100.
 */
export function weightsProblems(
  weights: Partial<Record<ScorePartCode, unknown>>,
): WeightsProblem[] {
  const problems: WeightsProblem[] = [];
  let sum = 0;
  let sumKnown = true;
  for (const part of SCORE_PARTS) {
    const value = weights[part];
    if (typeof value !== 'number' || Number.isNaN(value)) {
      problems.push({ code: 'missing', part });
      sumKnown = false;
      continue;
    }
    if (!Number.isInteger(value)) {
      problems.push({ code: 'not_whole_number', part, value });
      sumKnown = false;
    } else if (value < 0 || value > 100) {
      problems.push({ code: 'out_of_range', part, value });
    }
    sum += value;
  }
  if (sumKnown && sum !== 100) problems.push({ code: 'sum_not_100', sum });
  return problems;
}
