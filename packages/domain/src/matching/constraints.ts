// The hard constraints of matching (issue 12): an offer that fails one is not proposed, and its
// exclusion lists every constraint it fails with what a person needs to read why ("no free place
// until 2027-01-15", "not approved by Socialtilsyn"). Each constraint is a named function of the
// offer and the referral's needs, prepared once per referral (referralNeeds) so that checking
// 40,000 offers allocates nothing for those that pass.
import type { PriceUnit } from '../taxonomy.ts';
import type {
  ConstraintCode,
  ConstraintFailure,
  MatchContext,
  MatchOffer,
  MatchReferral,
  Tariff,
} from './types.ts';

/** What the constraints read of a referral, computed once. */
export interface ReferralNeeds {
  readonly referral: MatchReferral;
  readonly targetGroups: ReadonlySet<string>;
  /** The language the offer must speak: the first the referral lists (null: none listed). */
  readonly firstLanguage: string | null;
  /** Whether the referral asks for a place (residential) rather than hours a week. */
  readonly needsPlace: boolean;
  /** The tariff units that price the referral's intensity, in order of preference. */
  readonly tariffUnits: readonly PriceUnit[];
  /** Whether a not-approved offer may pass (the Danish 3+3-week rule, acute referrals only). */
  readonly notApprovedAllowed: boolean;
  readonly allowOutsideAgreements: boolean;
}

/**
 * Face-to-face hours are priced per hour. A place is priced per day (døgntakst, Tilbudsportalen's
 * usual unit) or else per month; when an offer has both, the day tariff is used.
 */
const HOUR_UNITS: readonly PriceUnit[] = ['hour'];
const PLACE_UNITS: readonly PriceUnit[] = ['day', 'month'];

export function referralNeeds(referral: MatchReferral, context: MatchContext): ReferralNeeds {
  const needsPlace = referral.intensity.kind === 'place';
  return {
    referral,
    targetGroups: new Set(referral.person.targetGroups),
    firstLanguage: referral.person.languages[0] ?? null,
    needsPlace,
    tariffUnits: needsPlace ? PLACE_UNITS : HOUR_UNITS,
    notApprovedAllowed: referral.urgency === 'today' && referral.country === 'DK',
    allowOutsideAgreements: context.allowOutsideAgreements,
  };
}

export type Constraint = (offer: MatchOffer, needs: ReferralNeeds) => ConstraintFailure | null;

function failure(code: ConstraintCode, params: ConstraintFailure['params']): ConstraintFailure {
  return { code, params };
}

/** The offer delivers the kind of service the referral asks for (hvb, botilbud, open care...). */
export function serviceKindConstraint(offer: MatchOffer, needs: ReferralNeeds) {
  const wanted = needs.referral.serviceKind;
  if (offer.serviceKind === wanted) return null;
  return failure('service_kind', { wanted, offered: offer.serviceKind });
}

/** The offer is given under the referral's legal basis (dk_sel_107, se_lss...; legal-basis.ts). */
export function legalBasisConstraint(offer: MatchOffer, needs: ReferralNeeds) {
  const wanted = needs.referral.legalBasis;
  if (offer.legalBases.includes(wanted)) return null;
  return failure('legal_basis', { wanted, offered: offer.legalBases.join(', ') });
}

/**
 * At least one of the person's target groups is served by the offer (not all of them: a youth
 * with both addiction and a mental ill-health is served by an offer for either, and the caseworker
 * weighs the rest). A referral naming no target group passes.
 */
export function targetGroupConstraint(offer: MatchOffer, needs: ReferralNeeds) {
  if (needs.targetGroups.size === 0) return null;
  for (const group of offer.targetGroups) if (needs.targetGroups.has(group)) return null;
  return failure('target_group', {
    wanted: needs.referral.person.targetGroups.join(', '),
    offered: offer.targetGroups.join(', '),
  });
}

/** The person's age lies within the offer's range, both ends included. */
export function ageConstraint(offer: MatchOffer, needs: ReferralNeeds) {
  const age = needs.referral.person.age;
  if (age >= offer.ageMin && age <= offer.ageMax) return null;
  return failure('age', { age, min: offer.ageMin, max: offer.ageMax });
}

/**
 * An offer for 'any' gender fits everyone; one for girls or boys fits that gender only. A person
 * recorded as 'other' or 'not_stated' fits only an offer for 'any', since nobody may be placed by a
 * guess.
 */
export function genderConstraint(offer: MatchOffer, needs: ReferralNeeds) {
  const person = needs.referral.person.gender;
  if (offer.gender === 'any' || offer.gender === person) return null;
  return failure('gender', { person, offered: offer.gender });
}

/**
 * Room on the start date. A referral for a place needs a free place now or one expected free on
 * or before the start; so does any offer that counts places. A team or pool without places (0/0)
 * fits an hours referral unless it has said it is full until after the start (next_free_on).
 * The failure says until when there is no room, when the supplier has said so.
 */
export function capacityConstraint(offer: MatchOffer, needs: ReferralNeeds) {
  const start = needs.referral.startOn;
  const countsPlaces = needs.needsPlace || offer.placesTotal > 0;
  if (countsPlaces && offer.placesFree > 0) return null;
  // 'YYYY-MM-DD' strings order as the dates they name.
  if (offer.nextFreeOn !== null) {
    if (offer.nextFreeOn <= start) return null;
    return failure('capacity', { placesFree: offer.placesFree, until: offer.nextFreeOn });
  }
  if (!countsPlaces) return null;
  return failure('capacity', { placesFree: offer.placesFree });
}

/**
 * The offer speaks the person's first language: the referral lists the person's languages with
 * the one they need first (a child speaking Arabic at home and some Danish lists 'ar' first); the
 * others are what the person also understands and are not required. Codes are ISO 639-1 in lower
 * case, as the server stores them. A referral listing no language passes.
 */
export function languagesConstraint(offer: MatchOffer, needs: ReferralNeeds) {
  const language = needs.firstLanguage;
  if (language === null || offer.languages.includes(language)) return null;
  return failure('languages', { language, offered: offer.languages.join(', ') });
}

/** The supervisory authority whose approval counts in a country. */
export function approvalAuthority(country: MatchReferral['country']): 'Socialtilsyn' | 'IVO' {
  return country === 'DK' ? 'Socialtilsyn' : 'IVO';
}

/**
 * Approved by the supervisory authority. A Danish offer not (yet) approved by Socialtilsyn passes
 * only for an acute referral ('today'), and is then marked notApproved: it may be used for at most
 * 3 + 3 weeks (not-approved.ts). Sweden has no such exception: an HVB without IVO's permit may
 * not be used at all. 'pending' (applied for) counts as not approved.
 */
export function approvalConstraint(offer: MatchOffer, needs: ReferralNeeds) {
  if (offer.approval === 'approved' || needs.notApprovedAllowed) return null;
  return failure('approval', {
    status: offer.approval,
    authority: approvalAuthority(needs.referral.country),
  });
}

/** Not hidden, terminated, excluded or closed on the routes the municipality may use. */
export function notBlockedConstraint(offer: MatchOffer) {
  if (offer.blocked === null) return null;
  return failure('not_blocked', { reason: offer.blocked });
}

/** Whether an agreement or DPS the municipality may use covers the offer. */
export function hasAgreementRoute(offer: MatchOffer): boolean {
  for (const route of offer.routes) if (route.kind !== 'outside_agreements') return true;
  return false;
}

/**
 * Bought through an agreement or DPS the municipality may use; or, where its setting allows
 * offers outside agreements, outside them (the proposal is then marked outsideAgreements).
 */
export function routeConstraint(offer: MatchOffer, needs: ReferralNeeds) {
  if (needs.allowOutsideAgreements || hasAgreementRoute(offer)) return null;
  return failure('route', { reason: 'no_agreement' });
}

/**
 * The tariff in force on the start date for the first unit (see tariffUnits) the offer has one
 * for, in the referral's currency; null when none. Of several for a unit the latest valid from on
 * or before the start is in force.
 */
export function tariffFor(offer: MatchOffer, needs: ReferralNeeds): Tariff | null {
  const start = needs.referral.startOn;
  const currency = needs.referral.currency;
  for (const unit of needs.tariffUnits) {
    let found: Tariff | null = null;
    for (const tariff of offer.tariffs) {
      if (tariff.unit !== unit || tariff.price.currency !== currency) continue;
      if (tariff.validFrom > start) continue;
      if (found === null || tariff.validFrom > found.validFrom) found = tariff;
    }
    if (found !== null) return found;
  }
  return null;
}

/** A tariff in force for the unit the referral's intensity is priced in. */
export function tariffConstraint(offer: MatchOffer, needs: ReferralNeeds) {
  if (tariffFor(offer, needs) !== null) return null;
  return failure('tariff', {
    unit: needs.tariffUnits.join('/'),
    currency: needs.referral.currency,
    startOn: needs.referral.startOn,
  });
}

/** Every hard constraint, in the order exclusions list their failures. */
export const CONSTRAINTS: readonly { code: ConstraintCode; check: Constraint }[] = [
  { code: 'service_kind', check: serviceKindConstraint },
  { code: 'legal_basis', check: legalBasisConstraint },
  { code: 'target_group', check: targetGroupConstraint },
  { code: 'age', check: ageConstraint },
  { code: 'gender', check: genderConstraint },
  { code: 'capacity', check: capacityConstraint },
  { code: 'languages', check: languagesConstraint },
  { code: 'approval', check: approvalConstraint },
  { code: 'not_blocked', check: notBlockedConstraint },
  { code: 'route', check: routeConstraint },
  { code: 'tariff', check: tariffConstraint },
];

export const CONSTRAINT_CODES: readonly ConstraintCode[] = Object.freeze(
  CONSTRAINTS.map((c) => c.code),
);

/** Every constraint the offer fails, in CONSTRAINTS order; empty when it fits. */
export function constraintFailures(offer: MatchOffer, needs: ReferralNeeds): ConstraintFailure[] {
  const failures: ConstraintFailure[] = [];
  for (const { check } of CONSTRAINTS) {
    const failed = check(offer, needs);
    if (failed !== null) failures.push(failed);
  }
  return failures;
}
