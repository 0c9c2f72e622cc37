// The hard constraints of matching (issue 12): an offer that fails one is not proposed, and its
// exclusion lists every constraint it fails with what a person needs to read why ("no free place
// until 2027-01-15", "not approved by Socialtilsyn"). Each constraint is a named predicate of the
// offer and the referral's needs (prepared once per referral by referralNeeds) and a named
// Constraint giving its failure.
//
// Speed (a referral is matched against up to 40,000 offers): counting an offer's failures
// allocates nothing (failureCount calls the predicates directly), and the failures that depend only on the
// referral, or on a field with a few values (the offer's service kind, gender, approval status,
// block), are frozen objects made once per referral and shared by every exclusion. So the params
// of list constraints (legal basis, target group, language) say what the referral wanted; the
// offer's own lists are shown beside it.
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
  /** The person's target groups (a few: a list is faster to search than a set). */
  readonly targetGroups: readonly string[];
  /** The language the offer must speak: the first the referral lists (null: none listed). */
  readonly firstLanguage: string | null;
  /** Whether the referral asks for a place (residential) rather than hours a week. */
  readonly needsPlace: boolean;
  /** The tariff units that price the referral's intensity, in order of preference. */
  readonly tariffUnits: readonly PriceUnit[];
  /** Whether a not-approved offer may pass (the Danish 3+3-week rule, acute referrals only). */
  readonly notApprovedAllowed: boolean;
  readonly allowOutsideAgreements: boolean;
  /** Failures shared by every exclusion of this referral (see the head of this file). */
  readonly shared: SharedFailures;
}

interface SharedFailures {
  legalBasis: ConstraintFailure;
  targetGroup: ConstraintFailure;
  languages: ConstraintFailure;
  route: ConstraintFailure;
  tariff: ConstraintFailure;
  /** By constraint and the offer's value: its service kind, gender, approval status or block. */
  byValue: Map<ConstraintCode, Map<string, ConstraintFailure>>;
}

/**
 * Face-to-face hours are priced per hour. A place is priced per day (døgntakst, Tilbudsportalen's
 * usual unit) or else per month; when an offer has both, the day tariff is used.
 */
const HOUR_UNITS: readonly PriceUnit[] = ['hour'];
const PLACE_UNITS: readonly PriceUnit[] = ['day', 'month'];

function failure(code: ConstraintCode, params: ConstraintFailure['params']): ConstraintFailure {
  return { code, params };
}

/** A failure shared by many exclusions: frozen, so that no reader can change it for the rest. */
function sharedFailure(
  code: ConstraintCode,
  params: ConstraintFailure['params'],
): ConstraintFailure {
  return Object.freeze({ code, params: Object.freeze(params) });
}

export function referralNeeds(referral: MatchReferral, context: MatchContext): ReferralNeeds {
  const needsPlace = referral.intensity.kind === 'place';
  const tariffUnits = needsPlace ? PLACE_UNITS : HOUR_UNITS;
  const firstLanguage = referral.person.languages[0] ?? null;
  return {
    referral,
    targetGroups: referral.person.targetGroups,
    firstLanguage,
    needsPlace,
    tariffUnits,
    notApprovedAllowed: referral.urgency === 'today' && referral.country === 'DK',
    allowOutsideAgreements: context.allowOutsideAgreements,
    shared: {
      legalBasis: sharedFailure('legal_basis', { wanted: referral.legalBasis }),
      targetGroup: sharedFailure('target_group', {
        wanted: referral.person.targetGroups.join(', '),
      }),
      languages: sharedFailure('languages', { language: firstLanguage ?? '' }),
      route: sharedFailure('route', { reason: 'no_agreement' }),
      tariff: sharedFailure('tariff', {
        unit: tariffUnits.join('/'),
        currency: referral.currency,
        startOn: referral.startOn,
      }),
      byValue: new Map(),
    },
  };
}

/**
 * The failure of a constraint for one of the offer's values, shared by every offer with that
 * value: made by the first, kept in needs.shared.byValue. `params` captures nothing (it gets the
 * value and the needs), so passing it allocates nothing.
 */
function sharedByValue(
  needs: ReferralNeeds,
  code: ConstraintCode,
  value: string,
  params: (value: string, needs: ReferralNeeds) => ConstraintFailure['params'],
): ConstraintFailure {
  let ofCode = needs.shared.byValue.get(code);
  if (ofCode === undefined) {
    ofCode = new Map();
    needs.shared.byValue.set(code, ofCode);
  }
  let found = ofCode.get(value);
  if (found === undefined) {
    found = sharedFailure(code, params(value, needs));
    ofCode.set(value, found);
  }
  return found;
}

export type Constraint = (offer: MatchOffer, needs: ReferralNeeds) => ConstraintFailure | null;

/** The offer delivers the kind of service the referral asks for (hvb, botilbud, open care...). */
export function offersServiceKind(offer: MatchOffer, needs: ReferralNeeds): boolean {
  return offer.serviceKind === needs.referral.serviceKind;
}
export function serviceKindConstraint(offer: MatchOffer, needs: ReferralNeeds) {
  if (offersServiceKind(offer, needs)) return null;
  return sharedByValue(needs, 'service_kind', offer.serviceKind, (offered, { referral }) => ({
    wanted: referral.serviceKind,
    offered,
  }));
}

/** The offer is given under the referral's legal basis (dk_sel_107, se_lss...; legal-basis.ts). */
export function hasLegalBasis(offer: MatchOffer, needs: ReferralNeeds): boolean {
  return offer.legalBases.includes(needs.referral.legalBasis);
}
export function legalBasisConstraint(offer: MatchOffer, needs: ReferralNeeds) {
  return hasLegalBasis(offer, needs) ? null : needs.shared.legalBasis;
}

/**
 * At least one of the person's target groups is served by the offer (not all of them: a youth
 * with both addiction and mental ill-health is served by an offer for either, and the caseworker
 * weighs the rest). A referral naming no target group passes.
 */
export function servesTargetGroup(offer: MatchOffer, needs: ReferralNeeds): boolean {
  const wanted = needs.targetGroups;
  if (wanted.length === 0) return true;
  const offered = offer.targetGroups;
  for (let g = 0; g < offered.length; g += 1) if (wanted.includes(offered[g]!)) return true;
  return false;
}
export function targetGroupConstraint(offer: MatchOffer, needs: ReferralNeeds) {
  return servesTargetGroup(offer, needs) ? null : needs.shared.targetGroup;
}

/** The person's age lies within the offer's range, both ends included. */
export function fitsAge(offer: MatchOffer, needs: ReferralNeeds): boolean {
  const age = needs.referral.person.age;
  return age >= offer.ageMin && age <= offer.ageMax;
}
export function ageConstraint(offer: MatchOffer, needs: ReferralNeeds) {
  if (fitsAge(offer, needs)) return null;
  return failure('age', { age: needs.referral.person.age, min: offer.ageMin, max: offer.ageMax });
}

/**
 * An offer for 'any' gender fits everyone; one for girls or boys fits that gender only. A person
 * recorded as 'other' or 'not_stated' fits only an offer for 'any', since nobody may be placed by a
 * guess.
 */
export function fitsGender(offer: MatchOffer, needs: ReferralNeeds): boolean {
  return offer.gender === 'any' || offer.gender === needs.referral.person.gender;
}
export function genderConstraint(offer: MatchOffer, needs: ReferralNeeds) {
  if (fitsGender(offer, needs)) return null;
  return sharedByValue(needs, 'gender', offer.gender, (offered, { referral }) => ({
    person: referral.person.gender,
    offered,
  }));
}

/**
 * Room on the start date. A referral for a place needs a free place now or one expected free on
 * or before the start; so does any offer that counts places. A team or pool without places (0/0)
 * fits an hours referral unless it has said it is full until after the start (next_free_on).
 * The failure says until when there is no room, when the supplier has said so.
 */
export function hasRoom(offer: MatchOffer, needs: ReferralNeeds): boolean {
  const countsPlaces = needs.needsPlace || offer.placesTotal > 0;
  if (countsPlaces && offer.placesFree > 0) return true;
  // 'YYYY-MM-DD' strings order as the dates they name.
  if (offer.nextFreeOn !== null) return offer.nextFreeOn <= needs.referral.startOn;
  return !countsPlaces;
}
export function capacityConstraint(offer: MatchOffer, needs: ReferralNeeds) {
  if (hasRoom(offer, needs)) return null;
  if (offer.nextFreeOn === null) return failure('capacity', { placesFree: offer.placesFree });
  return failure('capacity', { placesFree: offer.placesFree, until: offer.nextFreeOn });
}

/**
 * The offer speaks the person's first language: the referral lists the person's languages with
 * the one they need first (a child speaking Arabic at home and some Danish lists 'ar' first); the
 * others are what the person also understands and are not required. Codes are ISO 639-1 in lower
 * case, as the server stores them. A referral listing no language passes. Every offer speaks its
 * country's language (an HVB home in Sweden Swedish), whether or not it lists it.
 */
export const COUNTRY_LANGUAGE: Readonly<Record<MatchOffer['country'], string>> = {
  SE: 'sv',
  DK: 'da',
};
export function speaksLanguage(offer: MatchOffer, needs: ReferralNeeds): boolean {
  const wanted = needs.firstLanguage;
  return (
    wanted === null ||
    wanted === COUNTRY_LANGUAGE[offer.country] ||
    offer.languages.includes(wanted)
  );
}
export function languagesConstraint(offer: MatchOffer, needs: ReferralNeeds) {
  return speaksLanguage(offer, needs) ? null : needs.shared.languages;
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
export function approvalAllows(offer: MatchOffer, needs: ReferralNeeds): boolean {
  return offer.approval === 'approved' || needs.notApprovedAllowed;
}
export function approvalConstraint(offer: MatchOffer, needs: ReferralNeeds) {
  if (approvalAllows(offer, needs)) return null;
  return sharedByValue(needs, 'approval', offer.approval, (status, { referral }) => ({
    status,
    authority: approvalAuthority(referral.country),
  }));
}

/** Not hidden, terminated, excluded or closed on the routes the municipality may use. */
export function notBlocked(offer: MatchOffer): boolean {
  return offer.blocked === null;
}
export function notBlockedConstraint(offer: MatchOffer, needs: ReferralNeeds) {
  const reason = offer.blocked;
  if (reason === null) return null;
  return sharedByValue(needs, 'not_blocked', reason, (blocked) => ({ reason: blocked }));
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
export function routeAllows(offer: MatchOffer, needs: ReferralNeeds): boolean {
  return needs.allowOutsideAgreements || hasAgreementRoute(offer);
}
export function routeConstraint(offer: MatchOffer, needs: ReferralNeeds) {
  return routeAllows(offer, needs) ? null : needs.shared.route;
}

/**
 * The tariff in force on the start date for the first unit (see tariffUnits) the offer has one
 * for, in the referral's currency; null when none. Of several for a unit the latest valid from on
 * or before the start is in force.
 */
export function tariffFor(offer: MatchOffer, needs: ReferralNeeds): Tariff | null {
  const start = needs.referral.startOn;
  const currency = needs.referral.currency;
  const units = needs.tariffUnits;
  // One pass over the tariffs (this runs for every offer): the best so far has the most
  // preferred unit, and of that unit the latest valid from.
  let found: Tariff | null = null;
  let foundRank = units.length;
  const tariffs = offer.tariffs;
  for (let t = 0; t < tariffs.length; t += 1) {
    const tariff = tariffs[t]!;
    const rank = units.indexOf(tariff.unit);
    if (rank < 0 || rank > foundRank) continue;
    if (tariff.price.currency !== currency || tariff.validFrom > start) continue;
    if (found === null || rank < foundRank || tariff.validFrom > found.validFrom) {
      found = tariff;
      foundRank = rank;
    }
  }
  return found;
}

/** A tariff in force for the unit the referral's intensity is priced in. */
export function tariffConstraint(offer: MatchOffer, needs: ReferralNeeds) {
  return tariffFor(offer, needs) !== null ? null : needs.shared.tariff;
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
  // The same as looping over CONSTRAINTS, called one by one so that each call can be inlined.
  const all = [
    serviceKindConstraint(offer, needs),
    legalBasisConstraint(offer, needs),
    targetGroupConstraint(offer, needs),
    ageConstraint(offer, needs),
    genderConstraint(offer, needs),
    capacityConstraint(offer, needs),
    languagesConstraint(offer, needs),
    approvalConstraint(offer, needs),
    notBlockedConstraint(offer, needs),
    routeConstraint(offer, needs),
    tariffConstraint(offer, needs),
  ];
  const failures: ConstraintFailure[] = [];
  for (const failed of all) if (failed !== null) failures.push(failed);
  return failures;
}

/**
 * How many constraints the offer fails, without listing them: 0 when it fits. The same predicates
 * as CONSTRAINTS, called directly (the engine inlines them) and allocating nothing, for the
 * 40,000-offer path; constraintFailures then lists the failures of the few exclusions shown. The
 * tariff in force may be passed when already found.
 */
export function failureCount(
  offer: MatchOffer,
  needs: ReferralNeeds,
  tariff: Tariff | null = tariffFor(offer, needs),
): number {
  return (
    +!offersServiceKind(offer, needs) +
    +!hasLegalBasis(offer, needs) +
    +!servesTargetGroup(offer, needs) +
    +!fitsAge(offer, needs) +
    +!fitsGender(offer, needs) +
    +!hasRoom(offer, needs) +
    +!speaksLanguage(offer, needs) +
    +!approvalAllows(offer, needs) +
    +!notBlocked(offer) +
    +!routeAllows(offer, needs) +
    +(tariff === null)
  );
}
