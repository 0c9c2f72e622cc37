// For a Swedish ranked framework (issue 12): which ranked suppliers cannot meet a must requirement
// of the call-off, so that the ranking cascade (procedures/ranking.ts) records the skip with the
// reason code 'cannot_meet_must_requirement' and a text saying which requirement, instead of
// the buyer's free text. The call-off's must requirements are given as a referral (service kind,
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
import type { SkipReason } from '../procedures/ranking.ts';
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
  /** What the cascade records: code 'cannot_meet_must_requirement' and a text naming them. */
  reason: SkipReason;
  /** The must requirements its nearest offer fails (all of them); empty when it has no offer. */
  failures: readonly ConstraintFailure[];
}

const NO_OFFER_TEXT = 'Matchning: leverantören har inget erbjudande i ramavtalet för denna tjänst.';

/** Each failed must requirement in the cascade's words (Swedish: the frameworks are Swedish). */
const SV_WORDS: Readonly<Record<ConstraintCode, (p: ConstraintFailure['params']) => string>> = {
  service_kind: () => 'erbjuder ett annat tjänsteslag',
  legal_basis: (p) => `ges inte enligt lagrummet ${String(p.wanted)}`,
  target_group: () => 'tar inte emot målgruppen',
  age: (p) => `tar emot ${String(p.min)}–${String(p.max)} år, personen är ${String(p.age)}`,
  gender: () => 'tar bara emot ett annat kön',
  capacity: (p) =>
    typeof p.until === 'string' ? `ingen ledig plats före ${p.until}` : 'ingen ledig plats',
  languages: (p) => `talar inte personens språk (${String(p.language)})`,
  approval: (p) =>
    p.status === 'pending'
      ? `tillstånd från ${String(p.authority)} väntar`
      : `inte godkänd av ${String(p.authority)}`,
  not_blocked: () => 'dold eller hävd',
  route: () => 'inte på ramavtalet',
  tariff: () => 'inget pris',
};

/** The cascade's text for a skip, in Swedish, naming each must requirement failed. */
export function mustRequirementText(failures: readonly ConstraintFailure[]): string {
  return `Matchning: uppfyller inte skallkrav – ${failures.map((f) => SV_WORDS[f.code](f.params)).join('; ')}.`;
}

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
      reason: {
        code: 'cannot_meet_must_requirement',
        text: nearest === null ? NO_OFFER_TEXT : mustRequirementText(nearest),
      },
      failures: nearest ?? [],
    });
  }
  return skips;
}
