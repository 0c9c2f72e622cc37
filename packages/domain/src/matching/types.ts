// The shapes matching works on (issue 12): an offer as the matching team sees it, a referral's
// needs, and what matching answers — proposals with every constraint passed and every part of the
// score, and exclusions with their reasons. The server fills these from its tables; the rules in
// this folder read nothing else.
import type { Country } from '../country.ts';
import type { Currency, Money } from '../money.ts';
import type { PlainDate } from '../plain-date.ts';
import type { Gender, PriceUnit, ServiceKind } from '../taxonomy.ts';
import type { OFFER_FORMS, REFERRAL_KINDS, URGENCIES } from './vocabulary.ts';

export type OfferForm = (typeof OFFER_FORMS)[number];
export type ReferralKind = (typeof REFERRAL_KINDS)[number];
export type Urgency = (typeof URGENCIES)[number];
/** A referral's intensity: face-to-face hours a week, or a place. */
export type Intensity = { kind: 'hours_per_week'; hoursPerWeek: number } | { kind: 'place' };

/** Socialtilsyn's seven themes, scored 1-5 (only theme-level results are published). */
export const QUALITY_THEMES = [
  'education_employment',
  'independence_relations',
  'target_group_methods_results',
  'health_wellbeing',
  'organisation_management',
  'competences',
  'physical_setting',
] as const;
export type QualityTheme = (typeof QUALITY_THEMES)[number];
export type ThemeScores = Readonly<Record<QualityTheme, number>>;

/** The supervisory approval of an offer, from its permit with Socialtilsyn or IVO. */
export type ApprovalStatus = 'approved' | 'pending' | 'not_approved';

export interface Coordinates {
  lat: number;
  lon: number;
}

/** A tariff (takst) in force for the referral's start date. */
export interface Tariff {
  unit: PriceUnit;
  price: Money;
  validFrom: PlainDate;
}

/** Where an offer may be bought from by this municipality. */
export type OfferRoute =
  | { kind: 'agreement'; agreementId: string; name: string }
  | { kind: 'dps'; dpsId: string; name: string }
  | { kind: 'outside_agreements' };

/** One offer as matching reads it. */
export interface MatchOffer {
  establishmentId: string;
  supplierId: string;
  supplierName: string;
  name: string;
  country: Country;
  form: OfferForm;
  serviceKind: ServiceKind;
  legalBases: readonly string[];
  targetGroups: readonly string[];
  ageMin: number;
  ageMax: number;
  gender: Gender;
  languages: readonly string[];
  methods: readonly string[];
  location: Coordinates;
  /** Places in total and free now (residential offers); teams and pools report 0/0. */
  placesTotal: number;
  placesFree: number;
  /** When no place is free: the first day one is expected to be. */
  nextFreeOn: PlainDate | null;
  tariffs: readonly Tariff[];
  approval: ApprovalStatus;
  approvedOn: PlainDate | null;
  themeScores: ThemeScores | null;
  assessedOn: PlainDate | null;
  /** When capacity and tariffs were last confirmed (null: never). */
  confirmedAt: Date | null;
  /** Hidden, terminated or excluded on every route the municipality may use. */
  blocked: null | 'hidden' | 'terminated' | 'excluded' | 'closed';
  /** The agreements and DPSs through which this municipality may buy the offer; empty: none. */
  routes: readonly OfferRoute[];
  /** Our own follow-up of the supplier. */
  followup: {
    openCorrections: number;
    /** Findings from visits in the last two years. */
    findings: number;
    /** The last staff-list check's result, if any. */
    staffListPassed: boolean | null;
  };
}

/** The pseudonymised person a referral is for. */
export interface ReferralPerson {
  age: number;
  gender: 'female' | 'male' | 'other' | 'not_stated';
  targetGroups: readonly string[];
  needs: string;
  languages: readonly string[];
  /** Case references of siblings to place together (pseudonymous, never identity numbers). */
  siblingCaseReferences: readonly string[];
  homeMunicipalityCode: string;
  /** A preferred area, when not the home municipality. */
  preferredArea: { label: string; lat: number; lon: number } | null;
}

/** What matching needs to know of a referral. */
export interface MatchReferral {
  caseReference: string;
  country: Country;
  serviceKind: ServiceKind;
  legalBasis: string;
  startOn: PlainDate;
  expectedDurationDays: number;
  intensity: Intensity;
  urgency: Urgency;
  person: ReferralPerson;
  /** Coordinates of the home municipality or preferred area, to measure distance from. */
  origin: Coordinates;
  currency: Currency;
}

/** Context per municipality: its settings and what it has ordered before. */
export interface MatchContext {
  now: Date;
  freshnessLimitDays: number;
  allowOutsideAgreements: boolean;
  weights: MatchWeights;
  /** Suppliers and establishments with an earlier order for this case reference or a sibling's. */
  continuity: { establishmentIds: ReadonlySet<string>; supplierIds: ReadonlySet<string> };
}

/** Score weights as data per body; documented defaults in weights.ts. They sum to 100. */
export interface MatchWeights {
  distance: number;
  cost: number;
  quality: number;
  freshness: number;
  continuity: number;
}

export type ConstraintCode =
  | 'service_kind'
  | 'legal_basis'
  | 'target_group'
  | 'age'
  | 'gender'
  | 'capacity'
  | 'languages'
  | 'approval'
  | 'not_blocked'
  | 'route'
  | 'tariff';

/** Why one hard constraint failed, with what a person needs to read it ("no free place until"). */
export interface ConstraintFailure {
  code: ConstraintCode;
  params: Readonly<Record<string, string | number>>;
}

export type ScorePartCode = 'distance' | 'cost' | 'quality' | 'freshness' | 'continuity';

/** One part of a proposal's score: the value it was computed from, its 0-1 score and weight. */
export interface ScorePart {
  code: ScorePartCode;
  /** 0..1, higher is better. */
  score: number;
  weight: number;
  /** weight × score, so the parts add up to the total. */
  points: number;
  params: Readonly<Record<string, string | number>>;
}

export interface Proposal {
  establishmentId: string;
  supplierId: string;
  rank: number;
  /** 0..100. */
  total: number;
  passed: readonly ConstraintCode[];
  parts: readonly ScorePart[];
  /** tariff × intensity × expected duration, in exact minor units. */
  expectedCost: Money;
  /** The tariff in force on the start date that expectedCost is computed from. */
  tariff: Tariff;
  distanceKm: number;
  stale: boolean;
  /** Offered outside the municipality's agreements (allowed by its setting): clearly marked. */
  outsideAgreements: boolean;
  /** Not approved by the supervisory authority: usable only under the 3+3-week rule. */
  notApproved: boolean;
}

export interface Exclusion {
  establishmentId: string;
  supplierId: string;
  failures: readonly ConstraintFailure[];
}

export interface MatchResult {
  /** The best `limit` offers that fit (all of them without a limit), ranked from 1. */
  proposals: readonly Proposal[];
  /** How many offers fit: proposals.length unless a limit cut the list. */
  fitting: number;
  /** Offers that fail a constraint, fewest failures first (near misses), then in input order. */
  exclusions: readonly Exclusion[];
  /** How many offers fail: exclusions.length unless a limit cut the list. */
  excluded: number;
}

/** How much of the result to build: a page showing the best 50 need not explain 40,000. */
export interface MatchOptions {
  /** Build at most this many proposals (the best); default all. */
  limit?: number;
  /** Build at most this many exclusions (the nearest misses); default all. */
  exclusionLimit?: number;
}
