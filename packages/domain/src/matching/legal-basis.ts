// The legal bases a referral is made under and offers are given under (issue 12), with their
// names in the three languages and the service kinds each fits by default (an offer's own list
// of legal bases decides; these defaults fill the forms). Codes are stored in referrals.legal_basis
// and in an offer's legal bases.
import type { Country } from '../country.ts';
import type { Names, ServiceKind } from '../taxonomy.ts';

export const LEGAL_BASIS_CODES = [
  'dk_bl_32',
  'dk_sel_85',
  'dk_sel_107',
  'dk_sel_108',
  'se_sol',
  'se_lss',
] as const;
export type LegalBasisCode = (typeof LEGAL_BASIS_CODES)[number];

export interface LegalBasis {
  code: LegalBasisCode;
  country: Country;
  names: Names;
  /** The service kinds given under it by default. */
  serviceKinds: readonly ServiceKind[];
}

export const LEGAL_BASES: readonly LegalBasis[] = [
  {
    // Barnets lov (2024) § 32: supportive measures for a child and its family: family treatment,
    // practical educational support at home, a contact person, respite stays.
    code: 'dk_bl_32',
    country: 'DK',
    names: {
      sv: 'Barnets lov § 32 (stödinsatser för barn och familj, Danmark)',
      da: 'Barnets lov § 32 (støttende indsatser)',
      en: "Children's Act (Barnets lov) § 32 (supportive measures)",
    },
    serviceKinds: ['open_care', 'family_home'],
  },
  {
    // Serviceloven § 85: socio-educational support, mostly in the person's own home.
    code: 'dk_sel_85',
    country: 'DK',
    names: {
      sv: 'Serviceloven § 85 (socialpedagogiskt stöd, Danmark)',
      da: 'Serviceloven § 85 (socialpædagogisk bistand)',
      en: 'Social Services Act (Serviceloven) § 85 (socio-educational support)',
    },
    serviceKinds: ['open_care', 'supported_housing'],
  },
  {
    code: 'dk_sel_107',
    country: 'DK',
    names: {
      sv: 'Serviceloven § 107 (tillfälligt boende, Danmark)',
      da: 'Serviceloven § 107 (midlertidigt botilbud)',
      en: 'Social Services Act (Serviceloven) § 107 (temporary residential care)',
    },
    serviceKinds: ['botilbud', 'supported_housing'],
  },
  {
    code: 'dk_sel_108',
    country: 'DK',
    names: {
      sv: 'Serviceloven § 108 (långvarigt boende, Danmark)',
      da: 'Serviceloven § 108 (længerevarende botilbud)',
      en: 'Social Services Act (Serviceloven) § 108 (long-term residential care)',
    },
    serviceKinds: ['botilbud'],
  },
  {
    code: 'se_sol',
    country: 'SE',
    names: {
      sv: 'Socialtjänstlagen (SoL)',
      da: 'Socialtjänstlagen (SoL, svensk lov om social service)',
      en: 'Social Services Act (Socialtjänstlagen, SoL)',
    },
    serviceKinds: ['hvb', 'supported_housing', 'family_home', 'open_care'],
  },
  {
    code: 'se_lss',
    country: 'SE',
    names: {
      sv: 'Lagen om stöd och service till vissa funktionshindrade (LSS)',
      da: 'LSS (svensk lov om støtte og service til visse funktionshæmmede)',
      en: 'Act on Support and Service for Persons with Certain Functional Impairments (LSS)',
    },
    serviceKinds: ['supported_housing', 'family_home', 'open_care'],
  },
];

const BY_CODE: ReadonlyMap<string, LegalBasis> = new Map(LEGAL_BASES.map((b) => [b.code, b]));

export function isLegalBasisCode(value: string): value is LegalBasisCode {
  return BY_CODE.has(value);
}

export function legalBasis(code: string): LegalBasis | undefined {
  return BY_CODE.get(code);
}

/** The name to show for a code; an unknown code (a body's own) is shown as it is. */
export function legalBasisName(code: string, locale: keyof Names): string {
  return BY_CODE.get(code)?.names[locale] ?? code;
}

/** The legal bases of a country, in the order above. */
export function legalBasesOf(country: Country): LegalBasis[] {
  return LEGAL_BASES.filter((b) => b.country === country);
}

/** The legal bases of a country that a service kind is given under by default. */
export function legalBasesForServiceKind(kind: ServiceKind, country: Country): LegalBasis[] {
  return LEGAL_BASES.filter((b) => b.country === country && b.serviceKinds.includes(kind));
}
