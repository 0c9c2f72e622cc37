// The referral and offers the matching rules are tested on: an Aarhus caseworker's referral for
// 4 face-to-face hours a week of family support for a 10-year-old girl, and a family-support team
// near Aarhus that fits it. Tests override what they vary.
import { money } from '../../src/money.ts';
import { DEFAULT_MATCH_WEIGHTS } from '../../src/matching/weights.ts';
import type {
  MatchContext,
  MatchOffer,
  MatchReferral,
  ReferralPerson,
  ThemeScores,
} from '../../src/matching/types.ts';

/** Aarhus city hall. */
export const AARHUS = { lat: 56.1529, lon: 10.2039 };
/** Monday 4 January 2027, 10:00 in Copenhagen. */
export const NOW = new Date('2027-01-04T09:00:00Z');

export const PERSON: ReferralPerson = {
  age: 10,
  gender: 'female',
  targetGroups: ['children_0_12'],
  needs: 'Støtte til forældrene i hverdagen.',
  languages: ['da'],
  siblingCaseReferences: [],
  homeMunicipalityCode: '751',
  preferredArea: null,
};

export function referral(
  o: Partial<MatchReferral> = {},
  person: Partial<ReferralPerson> = {},
): MatchReferral {
  return {
    caseReference: 'AAR-2027-0042',
    country: 'DK',
    serviceKind: 'open_care',
    legalBasis: 'dk_bl_32',
    startOn: '2027-01-11',
    expectedDurationDays: 182,
    intensity: { kind: 'hours_per_week', hoursPerWeek: 4 },
    urgency: 'later',
    origin: AARHUS,
    currency: 'DKK',
    ...o,
    person: { ...PERSON, ...person },
  };
}

export const THEMES_4: ThemeScores = {
  education_employment: 4,
  independence_relations: 4,
  target_group_methods_results: 4,
  health_wellbeing: 4,
  organisation_management: 4,
  competences: 4,
  physical_setting: 4,
};

export function offer(id: string, o: Partial<MatchOffer> = {}): MatchOffer {
  return {
    establishmentId: id,
    supplierId: `supplier-${id}`,
    supplierName: `Supplier ${id}`,
    name: `Familiestøtte ${id}`,
    country: 'DK',
    form: 'team',
    serviceKind: 'open_care',
    legalBases: ['dk_bl_32'],
    targetGroups: ['children_0_12', 'youth_13_17'],
    ageMin: 0,
    ageMax: 17,
    gender: 'any',
    languages: ['da', 'en'],
    methods: ['PMTO'],
    location: AARHUS,
    placesTotal: 0,
    placesFree: 0,
    nextFreeOn: null,
    tariffs: [{ unit: 'hour', price: money(65_000, 'DKK'), validFrom: '2026-01-01' }],
    approval: 'approved',
    approvedOn: '2024-05-01',
    themeScores: THEMES_4,
    assessedOn: '2025-10-01',
    confirmedAt: new Date('2026-12-20T12:00:00Z'),
    blocked: null,
    routes: [{ kind: 'agreement', agreementId: 'agr-1', name: 'Familiebehandling 2026' }],
    followup: { openCorrections: 0, findings: 0, staffListPassed: null },
    ...o,
  };
}

export function context(o: Partial<MatchContext> = {}): MatchContext {
  return {
    now: NOW,
    freshnessLimitDays: 30,
    allowOutsideAgreements: false,
    weights: DEFAULT_MATCH_WEIGHTS,
    continuity: { establishmentIds: new Set(), supplierIds: new Set() },
    ...o,
  };
}
