// Matching a referral to offers (issue 12): the hard constraints first (constraints.ts), then an
// explained score (score.ts, weighed by weights.ts) for the offers that fit. Everything that does
// not depend on the offer is computed once per referral, and an offer that fails costs only its
// failures, so 40,000 offers match in a few milliseconds.
import { money } from '../money.ts';
import {
  CONSTRAINT_CODES,
  CONSTRAINTS,
  hasAgreementRoute,
  referralNeeds,
  tariffFor,
} from './constraints.ts';
import {
  continuityScore,
  costScore,
  distanceScore,
  freshnessScore,
  haversineKm,
  qualityScore,
  ratioOfMinor,
  volumeRatio,
  type VolumeRatio,
} from './score.ts';
import type {
  ConstraintFailure,
  Exclusion,
  MatchContext,
  MatchOffer,
  MatchReferral,
  MatchResult,
  Proposal,
  ScorePart,
  Tariff,
} from './types.ts';

/** An offer that passed every constraint, with what its score needs. */
interface Fit {
  offer: MatchOffer;
  tariff: Tariff;
  costMinor: number;
}

/** Points as shown: hundredths, so that the parts add up to the total exactly. */
function hundredths(weight: number, score: number): number {
  return Math.round(weight * score * 100);
}

/**
 * The order of proposals: the highest total first; on equal totals the lower expected cost, then
 * the shorter distance, then the establishment id (so the order never depends on input order).
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
 * Proposals (every offer that passes all hard constraints, scored and ranked from 1) and
 * exclusions (every other offer, with ALL the constraints it fails, in input order).
 */
export function matchOffers(
  referral: MatchReferral,
  offers: readonly MatchOffer[],
  context: MatchContext,
): MatchResult {
  const needs = referralNeeds(referral, context);
  const ratios = new Map<Tariff['unit'], VolumeRatio>();
  for (const unit of needs.tariffUnits) {
    ratios.set(unit, volumeRatio(unit, referral.intensity, referral.expectedDurationDays));
  }

  const exclusions: Exclusion[] = [];
  const fits: Fit[] = [];
  let cheapest = Number.POSITIVE_INFINITY;
  for (const offer of offers) {
    let failures: ConstraintFailure[] | null = null;
    for (const { check } of CONSTRAINTS) {
      const failed = check(offer, needs);
      if (failed !== null) (failures ??= []).push(failed);
    }
    if (failures !== null) {
      exclusions.push({
        establishmentId: offer.establishmentId,
        supplierId: offer.supplierId,
        failures,
      });
      continue;
    }
    const tariff = tariffFor(offer, needs)!; // the tariff constraint passed
    const costMinor = ratioOfMinor(
      tariff.price.amount,
      ratios.get(tariff.unit)!,
      tariff.price.currency,
    );
    if (costMinor < cheapest) cheapest = costMinor;
    fits.push({ offer, tariff, costMinor });
  }

  const { weights, now, freshnessLimitDays, continuity } = context;
  const proposals: Proposal[] = new Array<Proposal>(fits.length);
  for (let i = 0; i < fits.length; i += 1) {
    const { offer, tariff, costMinor } = fits[i]!;
    const km = haversineKm(referral.origin, offer.location);
    const distanceKm = Math.round(km * 1000) / 1000;
    const cost = costScore(costMinor, cheapest);
    const quality = qualityScore(offer.themeScores, offer.followup);
    const freshness = freshnessScore(offer.confirmedAt, now, freshnessLimitDays);
    const cont = continuityScore(offer, continuity);
    const distance = distanceScore(km);

    const h = [
      hundredths(weights.distance, distance),
      hundredths(weights.cost, cost),
      hundredths(weights.quality, quality.score),
      hundredths(weights.freshness, freshness.score),
      hundredths(weights.continuity, cont.score),
    ] as const;
    const parts: ScorePart[] = [
      part('distance', distance, weights.distance, h[0], { km: Math.round(km * 10) / 10 }),
      part('cost', cost, weights.cost, h[1], {
        expectedMinor: costMinor,
        cheapestMinor: cheapest,
        currency: tariff.price.currency,
        unit: tariff.unit,
      }),
      part('quality', quality.score, weights.quality, h[2], quality.params),
      part('freshness', freshness.score, weights.freshness, h[3], {
        ageDays: freshness.ageDays,
        limitDays: freshnessLimitDays,
      }),
      part('continuity', cont.score, weights.continuity, h[4], { via: cont.via }),
    ];
    proposals[i] = {
      establishmentId: offer.establishmentId,
      supplierId: offer.supplierId,
      rank: 0,
      total: (h[0] + h[1] + h[2] + h[3] + h[4]) / 100,
      passed: CONSTRAINT_CODES,
      parts,
      expectedCost: money(costMinor, tariff.price.currency),
      tariff,
      distanceKm,
      stale: freshness.stale,
      outsideAgreements: !hasAgreementRoute(offer),
      notApproved: offer.approval !== 'approved',
    };
  }
  proposals.sort(compareProposals);
  for (let i = 0; i < proposals.length; i += 1) proposals[i]!.rank = i + 1;
  return { proposals, exclusions };
}

function part(
  code: ScorePart['code'],
  score: number,
  weight: number,
  pointsInHundredths: number,
  params: ScorePart['params'],
): ScorePart {
  return { code, score, weight, points: pointsInHundredths / 100, params };
}
