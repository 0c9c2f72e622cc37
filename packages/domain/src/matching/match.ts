// Matching a referral to offers (issue 12): the hard constraints first (constraints.ts), then an
// explained score (score.ts, weighed by weights.ts) for the offers that fit. It is the hot path of
// the proposals page (40,000 offers), so it works in three passes that allocate only what it
// answers: (1) constraints, an offer that passes costs nothing, one that fails costs its failures;
// (2) the five part scores of each fitting offer into typed arrays, and the ranking of their
// indices; (3) the explained Proposal objects, for the best `limit` only. Everything that does not
// depend on the offer is computed once per referral.
import { money } from '../money.ts';
import {
  CONSTRAINT_CODES,
  constraintFailures,
  failureCount,
  hasAgreementRoute,
  referralNeeds,
  tariffFor,
  type ReferralNeeds,
} from './constraints.ts';
import {
  CONTINUITY_SCORE,
  continuityVia,
  costScore,
  distanceScore,
  freshnessScore,
  freshnessValue,
  haversineKm,
  qualityScore,
  qualityValue,
  ratioOfMinor,
  volumeRatio,
  type VolumeRatio,
} from './score.ts';
import type {
  Exclusion,
  MatchContext,
  MatchOffer,
  MatchOptions,
  MatchReferral,
  MatchResult,
  Proposal,
  ScorePart,
  Tariff,
} from './types.ts';

/** Points in hundredths, so that the parts add up to the total exactly. */
function hundredths(weight: number, score: number): number {
  return Math.round(weight * score * 100);
}

/**
 * The order of proposals: the highest total first; on equal totals the lower expected cost, then
 * the shorter distance, then the establishment id in code-unit order (so the order never depends
 * on the order offers came in).
 */
export function compareProposals(a: Proposal, b: Proposal): number {
  if (a.total !== b.total) return b.total - a.total;
  if (a.expectedCost.amount !== b.expectedCost.amount) {
    return a.expectedCost.amount - b.expectedCost.amount;
  }
  if (a.distanceKm !== b.distanceKm) return a.distanceKm - b.distanceKm;
  return a.establishmentId < b.establishmentId ? -1 : a.establishmentId > b.establishmentId ? 1 : 0;
}

/**
 * Proposals (offers that pass all hard constraints, scored and ranked from 1; the best
 * options.limit of them) and exclusions (every other offer with ALL the constraints it fails,
 * nearest misses first; the first options.exclusionLimit of them).
 */
export function matchOffers(
  referral: MatchReferral,
  offers: readonly MatchOffer[],
  context: MatchContext,
  options: MatchOptions = {},
): MatchResult {
  const needs = referralNeeds(referral, context);
  const ratios = new Map<Tariff['unit'], VolumeRatio>();
  for (const unit of needs.tariffUnits) {
    ratios.set(unit, volumeRatio(unit, referral.intensity, referral.expectedDurationDays));
  }

  // (1) Constraints.
  const excludedIndex: number[] = [];
  const excludedCount: number[] = [];
  const fitIndex: number[] = [];
  const fitTariff: Tariff[] = [];
  const cost = new Float64Array(offers.length);
  let cheapest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < offers.length; i += 1) {
    const offer = offers[i]!;
    const tariff = tariffFor(offer, needs);
    const failed = failureCount(offer, needs, tariff);
    if (tariff === null || failed > 0) {
      excludedIndex.push(i);
      excludedCount.push(failed);
      continue;
    }
    const minor = ratioOfMinor(
      tariff.price.amount,
      ratios.get(tariff.unit)!,
      tariff.price.currency,
    );
    if (minor < cheapest) cheapest = minor;
    cost[fitIndex.length] = minor;
    fitIndex.push(i);
    fitTariff.push(tariff);
  }

  // (2) Scores and ranking, in numbers only.
  const fitting = fitIndex.length;
  const { weights, now, freshnessLimitDays, continuity } = context;
  const {
    distance: wDistance,
    cost: wCost,
    quality: wQuality,
    freshness: wFreshness,
    continuity: wContinuity,
  } = weights;
  const km = new Float64Array(fitting);
  const total = new Float64Array(fitting); // hundredths
  const scores = new Float64Array(fitting * 5);
  for (let f = 0; f < fitting; f += 1) {
    const offer = offers[fitIndex[f]!]!;
    km[f] = Math.round(haversineKm(referral.origin, offer.location) * 1000) / 1000;
    const s = f * 5;
    scores[s] = distanceScore(km[f]!);
    scores[s + 1] = costScore(cost[f]!, cheapest);
    scores[s + 2] = qualityValue(offer.themeScores, offer.followup);
    scores[s + 3] = freshnessValue(offer.confirmedAt, now, freshnessLimitDays);
    scores[s + 4] = CONTINUITY_SCORE[continuityVia(offer, continuity)];
    total[f] =
      hundredths(wDistance, scores[s]!) +
      hundredths(wCost, scores[s + 1]!) +
      hundredths(wQuality, scores[s + 2]!) +
      hundredths(wFreshness, scores[s + 3]!) +
      hundredths(wContinuity, scores[s + 4]!);
  }
  const compare = (a: number, b: number): number => {
    if (total[a] !== total[b]) return total[b]! - total[a]!;
    if (cost[a] !== cost[b]) return cost[a]! - cost[b]!;
    if (km[a] !== km[b]) return km[a]! - km[b]!;
    const idA = offers[fitIndex[a]!]!.establishmentId;
    const idB = offers[fitIndex[b]!]!.establishmentId;
    return idA < idB ? -1 : idA > idB ? 1 : 0;
  };
  const built = Math.min(fitting, Math.max(0, options.limit ?? fitting));
  const order = best(fitting, built, compare);

  // (3) The explained proposals, best first.
  const proposals: Proposal[] = new Array<Proposal>(built);
  for (let r = 0; r < built; r += 1) {
    const f = order[r]!;
    const offer = offers[fitIndex[f]!]!;
    const tariff = fitTariff[f]!;
    const s = f * 5;
    const freshness = freshnessScore(offer.confirmedAt, now, freshnessLimitDays);
    const quality = qualityScore(offer.themeScores, offer.followup);
    proposals[r] = {
      establishmentId: offer.establishmentId,
      supplierId: offer.supplierId,
      rank: r + 1,
      total: total[f]! / 100,
      passed: CONSTRAINT_CODES,
      parts: [
        part('distance', scores[s]!, weights.distance, { km: Math.round(km[f]! * 10) / 10 }),
        part('cost', scores[s + 1]!, weights.cost, {
          expectedMinor: cost[f]!,
          cheapestMinor: cheapest,
          currency: tariff.price.currency,
          unit: tariff.unit,
        }),
        part('quality', scores[s + 2]!, weights.quality, quality.params),
        part('freshness', scores[s + 3]!, weights.freshness, {
          ageDays: freshness.ageDays,
          limitDays: freshnessLimitDays,
        }),
        part('continuity', scores[s + 4]!, weights.continuity, {
          via: continuityVia(offer, continuity),
        }),
      ],
      expectedCost: money(cost[f]!, tariff.price.currency),
      tariff,
      distanceKm: km[f]!,
      stale: freshness.stale,
      outsideAgreements: !hasAgreementRoute(offer),
      notApproved: offer.approval !== 'approved',
    };
  }
  const exclusions = nearestMisses(offers, needs, excludedIndex, excludedCount, options);
  return { proposals, fitting, exclusions, excluded: excludedIndex.length };
}

/**
 * The first `count` of 0..n-1 in `compare` order. All of them: a sort. A few of many (a page of
 * 100 of 40,000): kept in a sorted list of `count`, which most candidates leave after one
 * comparison with its last, instead of sorting all.
 */
function best(n: number, count: number, compare: (a: number, b: number) => number): number[] {
  if (count * 4 >= n) {
    const all = new Array<number>(n);
    for (let i = 0; i < n; i += 1) all[i] = i;
    return all.sort(compare).slice(0, count);
  }
  const kept: number[] = [];
  if (count === 0) return kept;
  for (let i = 0; i < n; i += 1) {
    if (kept.length === count && compare(i, kept[count - 1]!) >= 0) continue;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(kept[mid]!, i) <= 0) lo = mid + 1;
      else hi = mid;
    }
    kept.splice(lo, 0, i);
    if (kept.length > count) kept.pop();
  }
  return kept;
}

/**
 * The exclusions, fewest failures first and in input order among equals (a counting sort: at most
 * CONSTRAINTS.length buckets), each with every failure; only the first options.exclusionLimit are
 * built, since listing every reason of 39,000 misses costs more than all the rest of matching.
 */
function nearestMisses(
  offers: readonly MatchOffer[],
  needs: ReferralNeeds,
  excludedIndex: readonly number[],
  excludedCount: readonly number[],
  options: MatchOptions,
): Exclusion[] {
  const limit = Math.min(excludedIndex.length, Math.max(0, options.exclusionLimit ?? Infinity));
  const exclusions: Exclusion[] = [];
  for (let count = 1; count <= CONSTRAINT_CODES.length && exclusions.length < limit; count += 1) {
    for (let e = 0; e < excludedIndex.length && exclusions.length < limit; e += 1) {
      if (excludedCount[e] !== count) continue;
      const offer = offers[excludedIndex[e]!]!;
      exclusions.push({
        establishmentId: offer.establishmentId,
        supplierId: offer.supplierId,
        failures: constraintFailures(offer, needs),
      });
    }
  }
  return exclusions;
}

function part(
  code: ScorePart['code'],
  score: number,
  weight: number,
  params: ScorePart['params'],
): ScorePart {
  return { code, score, weight, points: hundredths(weight, score) / 100, params };
}
