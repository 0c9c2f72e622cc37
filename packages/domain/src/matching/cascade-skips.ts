// For a Swedish ranked framework (issue 12): which ranked suppliers cannot meet a must requirement
// of the call-off, so that the ranking cascade (procedures/ranking.ts) records the skip with the
// reason code 'cannot_meet_must_requirement' and the requirements failed as codes with their
// parameters (each reader sees them in their own language), beside the buyer's own words. The call-off's must requirements are given as a referral (service kind,
// legal basis, target group, age, gender, start date, language, approval), each ranked supplier
// by its offers on the framework.
//
// Mapping of the matching constraints to the cascade's skip reasons:
// - service_kind, legal_basis, target_group, age, gender, capacity, languages, approval →
//   'cannot_meet_must_requirement' (none of the supplier's offers meets them);
// - not_blocked → no skip: the cascade passes over hidden and terminated suppliers by itself and
//   records that as 'passed_over';
// - route, tariff → no skip: a ranked supplier is on the framework, and the framework's price
//   applies, not the offer's tariff.
// 'continuity_for_person' and 'siblings_placed_together' are the buyer's choices, not failures;
// they stay with the buyer.
import type { SkipFailure } from '../procedures/ranking.ts';
import { constraintFailures, referralNeeds } from './constraints.ts';
import type {
  ConstraintCode,
  ConstraintFailure,
  MatchContext,
  MatchOffer,
  MatchReferral,
} from './types.ts';

/** The constraints that are must requirements of a ranked call-off (see the mapping above). */
export const MUST_REQUIREMENT_CODES: readonly ConstraintCode[] = [
  'service_kind',
  'legal_basis',
  'target_group',
  'age',
  'gender',
  'capacity',
  'languages',
  'approval',
];

export interface RankedSupplierOffers {
  supplierId: string;
  rank: number;
  /** The supplier's offers on the framework. */
  offers: readonly MatchOffer[];
}

export interface MustRequirementSkip {
  supplierId: string;
  rank: number;
  code: 'cannot_meet_must_requirement';
  /**
   * The must requirements its nearest offer fails (all of them), or the one failure 'no_offer'
   * when it has no offer for the service on the framework.
   */
  failures: readonly SkipFailure[];
}

/** The failure recorded for a ranked supplier with no offer for the service on the framework. */
export const NO_OFFER: SkipFailure = Object.freeze({ code: 'no_offer', params: Object.freeze({}) });

/**
 * The ranked suppliers to skip, in rank order: those none of whose offers meets every must
 * requirement. The failures are those of the supplier's nearest offer (fewest failures; the first
 * such in the order given). A supplier with an offer that meets them all is not listed.
 */
export function mustRequirementSkips(
  ranked: readonly RankedSupplierOffers[],
  requirements: MatchReferral,
  context: MatchContext,
  /** The must requirements the call-off states (a need without a legal basis leaves it out). */
  codes: readonly ConstraintCode[] = MUST_REQUIREMENT_CODES,
): MustRequirementSkip[] {
  // Route and tariff are the framework's (see above): every offer counts as on it.
  const needs = referralNeeds(requirements, { ...context, allowOutsideAgreements: true });
  const skips: MustRequirementSkip[] = [];
  for (const supplier of [...ranked].sort((a, b) => a.rank - b.rank)) {
    let nearest: ConstraintFailure[] | null = null;
    for (const offer of supplier.offers) {
      const failures = constraintFailures(offer, needs).filter((f) => codes.includes(f.code));
      if (nearest === null || failures.length < nearest.length) nearest = failures;
      if (failures.length === 0) break;
    }
    if (nearest !== null && nearest.length === 0) continue;
    skips.push({
      supplierId: supplier.supplierId,
      rank: supplier.rank,
      code: 'cannot_meet_must_requirement',
      failures: nearest === null ? [NO_OFFER] : nearest,
    });
  }
  return skips;
}
