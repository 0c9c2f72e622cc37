// The service taxonomy: the kinds of service Tildel knows, the units prices are given in, and the
// default categories and target groups a new procurement body starts with (it can add its own).
import type { Country } from './country.ts';

export const SERVICE_KINDS = [
  'staffing',
  'hvb',
  'supported_housing',
  'family_home',
  'botilbud',
  'open_care',
  'supervision',
] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/** Services delivered at an establishment with places (the rest are delivered by people). */
export const PLACEMENT_KINDS: readonly ServiceKind[] = [
  'hvb',
  'supported_housing',
  'family_home',
  'botilbud',
];

export const PRICE_UNITS = ['hour', 'day', 'month', 'package'] as const;
export type PriceUnit = (typeof PRICE_UNITS)[number];

export const GENDERS = ['any', 'female', 'male'] as const;
export type Gender = (typeof GENDERS)[number];

export interface Names {
  sv: string;
  da: string;
  en: string;
}

export interface DefaultCategory {
  code: string;
  serviceKind: ServiceKind;
  area: string | null;
  unit: PriceUnit;
  names: Names;
}

export interface DefaultTargetGroup {
  code: string;
  names: Names;
}

export const DEFAULT_CATEGORIES: readonly DefaultCategory[] = [
  {
    code: 'staffing_children_youth',
    serviceKind: 'staffing',
    area: 'children_youth',
    unit: 'hour',
    names: {
      sv: 'Hyrsocionom – barn och unga',
      da: 'Vikar-socialrådgiver – børn og unge',
      en: 'Hired social worker – children and youth',
    },
  },
  {
    code: 'staffing_adult_addiction',
    serviceKind: 'staffing',
    area: 'adult_addiction',
    unit: 'hour',
    names: {
      sv: 'Hyrsocionom – vuxna missbruk',
      da: 'Vikar-socialrådgiver – voksne med misbrug',
      en: 'Hired social worker – adult addiction',
    },
  },
  {
    code: 'staffing_financial_assistance',
    serviceKind: 'staffing',
    area: 'financial_assistance',
    unit: 'hour',
    names: {
      sv: 'Hyrsocionom – ekonomiskt bistånd',
      da: 'Vikar-socialrådgiver – økonomisk hjælp',
      en: 'Hired social worker – financial assistance',
    },
  },
  {
    code: 'staffing_disability',
    serviceKind: 'staffing',
    area: 'disability',
    unit: 'hour',
    names: {
      sv: 'Hyrsocionom – funktionsnedsättning (LSS)',
      da: 'Vikar-socialrådgiver – handicap',
      en: 'Hired social worker – disability',
    },
  },
  {
    code: 'hvb_youth',
    serviceKind: 'hvb',
    area: null,
    unit: 'day',
    names: {
      sv: 'HVB för barn och unga',
      da: 'Døgninstitution for børn og unge',
      en: 'Residential care home (HVB) for children and youth',
    },
  },
  {
    code: 'hvb_adults',
    serviceKind: 'hvb',
    area: null,
    unit: 'day',
    names: {
      sv: 'HVB för vuxna',
      da: 'Døgnbehandling for voksne',
      en: 'Residential care home (HVB) for adults',
    },
  },
  {
    code: 'supported_housing',
    serviceKind: 'supported_housing',
    area: null,
    unit: 'day',
    names: { sv: 'Stödboende', da: 'Støttet bolig', en: 'Supported housing' },
  },
  {
    code: 'family_home',
    serviceKind: 'family_home',
    area: null,
    unit: 'day',
    names: {
      sv: 'Familjehem (konsulentstödda)',
      da: 'Plejefamilie (konsulentstøttet)',
      en: 'Family home (agency supported)',
    },
  },
  {
    code: 'botilbud',
    serviceKind: 'botilbud',
    area: null,
    unit: 'day',
    names: { sv: 'Boende (botilbud)', da: 'Botilbud', en: 'Residential service (botilbud)' },
  },
  {
    code: 'open_care_hour',
    serviceKind: 'open_care',
    area: null,
    unit: 'hour',
    names: {
      sv: 'Öppenvård per timme',
      da: 'Ambulant indsats pr. time',
      en: 'Open care per hour',
    },
  },
  {
    code: 'supervision',
    serviceKind: 'supervision',
    area: null,
    unit: 'hour',
    names: { sv: 'Handledning', da: 'Supervision', en: 'Staff supervision' },
  },
];

export const DEFAULT_TARGET_GROUPS: readonly DefaultTargetGroup[] = [
  {
    code: 'children_0_12',
    names: { sv: 'Barn 0–12 år', da: 'Børn 0–12 år', en: 'Children 0–12' },
  },
  {
    code: 'youth_13_17',
    names: { sv: 'Ungdomar 13–17 år', da: 'Unge 13–17 år', en: 'Youth 13–17' },
  },
  {
    code: 'young_adults_18_25',
    names: { sv: 'Unga vuxna 18–25 år', da: 'Unge voksne 18–25 år', en: 'Young adults 18–25' },
  },
  {
    code: 'addiction',
    names: { sv: 'Missbruk och beroende', da: 'Misbrug og afhængighed', en: 'Addiction' },
  },
  {
    code: 'psychiatric',
    names: {
      sv: 'Psykisk ohälsa',
      da: 'Psykiske vanskeligheder',
      en: 'Mental ill-health',
    },
  },
  {
    code: 'neuropsychiatric',
    names: {
      sv: 'Neuropsykiatriska funktionsnedsättningar',
      da: 'Neuropsykiatriske funktionsnedsættelser',
      en: 'Neurodevelopmental disorders',
    },
  },
  {
    code: 'criminality',
    names: { sv: 'Kriminalitet', da: 'Kriminalitet', en: 'Criminality' },
  },
  {
    code: 'honour_violence',
    names: {
      sv: 'Hedersrelaterat våld och förtryck',
      da: 'Æresrelaterede konflikter',
      en: 'Honour-related violence',
    },
  },
  {
    code: 'unaccompanied_minors',
    names: {
      sv: 'Ensamkommande barn',
      da: 'Uledsagede mindreårige',
      en: 'Unaccompanied minors',
    },
  },
  {
    code: 'domestic_violence',
    names: {
      sv: 'Våld i nära relationer',
      da: 'Vold i nære relationer',
      en: 'Domestic violence',
    },
  },
  {
    code: 'intellectual_disability',
    names: {
      sv: 'Intellektuell funktionsnedsättning',
      da: 'Udviklingshæmning',
      en: 'Intellectual disability',
    },
  },
];

/**
 * The Danish default service types, as Tilbudsportalen and a Danish matching team name them:
 * interventions under barnets lov and serviceloven, priced per face-to-face hour or per day or
 * month of a place. Danish municipalities and bodies start with these instead of the Swedish ones.
 */
export const DANISH_DEFAULT_CATEGORIES: readonly DefaultCategory[] = [
  {
    code: 'dk_family_treatment',
    serviceKind: 'open_care',
    area: null,
    unit: 'hour',
    names: {
      sv: 'Familjebehandling',
      da: 'Familiebehandling',
      en: 'Family treatment and support',
    },
  },
  {
    code: 'dk_contact_person',
    serviceKind: 'open_care',
    area: null,
    unit: 'hour',
    names: { sv: 'Kontaktperson', da: 'Kontaktperson', en: 'Contact person' },
  },
  {
    code: 'dk_respite_care',
    serviceKind: 'open_care',
    area: null,
    unit: 'day',
    names: { sv: 'Avlastning', da: 'Aflastning', en: 'Respite care' },
  },
  {
    code: 'dk_social_pedagogical_support',
    serviceKind: 'open_care',
    area: null,
    unit: 'hour',
    names: {
      sv: 'Socialpedagogiskt stöd (§ 85 serviceloven)',
      da: 'Socialpædagogisk støtte (§ 85 serviceloven)',
      en: 'Social-pedagogical support (section 85 of the Social Services Act)',
    },
  },
  {
    code: 'dk_botilbud_107',
    serviceKind: 'botilbud',
    area: null,
    unit: 'day',
    names: {
      sv: 'Tillfälligt boende (§ 107 serviceloven)',
      da: 'Midlertidigt botilbud (§ 107 serviceloven)',
      en: 'Temporary residential service (section 107)',
    },
  },
  {
    code: 'dk_botilbud_108',
    serviceKind: 'botilbud',
    area: null,
    unit: 'month',
    names: {
      sv: 'Långvarigt boende (§ 108 serviceloven)',
      da: 'Længerevarende botilbud (§ 108 serviceloven)',
      en: 'Long-term residential service (section 108)',
    },
  },
  {
    code: 'dk_residential_institution',
    serviceKind: 'hvb',
    area: null,
    unit: 'day',
    names: {
      sv: 'Placering på döginstitution',
      da: 'Anbringelse på døgninstitution',
      en: 'Placement in a residential institution',
    },
  },
  {
    code: 'dk_socio_educational_residence',
    serviceKind: 'hvb',
    area: null,
    unit: 'day',
    names: {
      sv: 'Socialpedagogiskt opholdssted',
      da: 'Socialpædagogisk opholdssted',
      en: 'Socio-educational residential home',
    },
  },
  {
    code: 'dk_foster_family',
    serviceKind: 'family_home',
    area: null,
    unit: 'month',
    names: { sv: 'Familjehem', da: 'Plejefamilie', en: 'Foster family' },
  },
  {
    code: 'dk_supervision',
    serviceKind: 'supervision',
    area: null,
    unit: 'hour',
    names: { sv: 'Handledning', da: 'Supervision', en: 'Staff supervision' },
  },
];

/**
 * The Danish default target groups (Tilbudsportalen's groups). Codes a Swedish group shares keep
 * the Swedish code, so an offer's groups read the same on either side of the sound.
 */
export const DANISH_DEFAULT_TARGET_GROUPS: readonly DefaultTargetGroup[] = [
  {
    code: 'children_0_12',
    names: { sv: 'Barn 0–12 år', da: 'Børn 0–12 år', en: 'Children 0–12' },
  },
  {
    code: 'youth_13_17',
    names: { sv: 'Ungdomar 13–17 år', da: 'Unge 13–17 år', en: 'Youth 13–17' },
  },
  {
    code: 'dk_aftercare_18_22',
    names: {
      sv: 'Unga i efterværn 18–22 år',
      da: 'Unge i efterværn 18–22 år',
      en: 'Young people in aftercare 18–22',
    },
  },
  {
    code: 'dk_families',
    names: {
      sv: 'Familjer med behov av stöd',
      da: 'Familier med behov for støtte',
      en: 'Families in need of support',
    },
  },
  {
    code: 'addiction',
    names: { sv: 'Missbruk och beroende', da: 'Misbrug og afhængighed', en: 'Addiction' },
  },
  {
    code: 'psychiatric',
    names: { sv: 'Psykisk ohälsa', da: 'Psykiske vanskeligheder', en: 'Mental ill-health' },
  },
  {
    code: 'dk_autism',
    names: {
      sv: 'Autismspektrumtillstånd',
      da: 'Autismespektrumforstyrrelse',
      en: 'Autism spectrum disorder',
    },
  },
  {
    code: 'dk_adhd',
    names: { sv: 'ADHD', da: 'ADHD', en: 'ADHD' },
  },
  {
    code: 'intellectual_disability',
    names: {
      sv: 'Intellektuell funktionsnedsättning',
      da: 'Udviklingshæmning',
      en: 'Intellectual disability',
    },
  },
  {
    code: 'dk_physical_disability',
    names: {
      sv: 'Fysisk funktionsnedsättning',
      da: 'Fysisk funktionsnedsættelse',
      en: 'Physical disability',
    },
  },
  {
    code: 'dk_homelessness',
    names: { sv: 'Hemlöshet', da: 'Hjemløshed', en: 'Homelessness' },
  },
  {
    code: 'criminality',
    names: { sv: 'Kriminalitet', da: 'Kriminalitet', en: 'Criminality' },
  },
  {
    code: 'domestic_violence',
    names: {
      sv: 'Våld i nära relationer',
      da: 'Vold i nære relationer',
      en: 'Domestic violence',
    },
  },
];

/** The categories and target groups a new municipality or body of a country starts with. */
export function defaultTaxonomy(country: Country): {
  categories: readonly DefaultCategory[];
  targetGroups: readonly DefaultTargetGroup[];
} {
  return country === 'DK'
    ? { categories: DANISH_DEFAULT_CATEGORIES, targetGroups: DANISH_DEFAULT_TARGET_GROUPS }
    : { categories: DEFAULT_CATEGORIES, targetGroups: DEFAULT_TARGET_GROUPS };
}

/** Every default target group of either country, by code: the names a code is read by. */
export const ALL_DEFAULT_TARGET_GROUPS: readonly DefaultTargetGroup[] = [
  ...DEFAULT_TARGET_GROUPS,
  ...DANISH_DEFAULT_TARGET_GROUPS.filter(
    (d) => !DEFAULT_TARGET_GROUPS.some((g) => g.code === d.code),
  ),
];

export function isServiceKind(value: string): value is ServiceKind {
  return (SERVICE_KINDS as readonly string[]).includes(value);
}

export function isPlacementKind(kind: ServiceKind): boolean {
  return PLACEMENT_KINDS.includes(kind);
}
