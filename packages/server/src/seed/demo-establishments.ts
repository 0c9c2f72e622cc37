// Demo data of the market: establishments. See demo-market.ts for the order and the context.
// Every supplier of placements gets one to three establishments of its service kind, an
// open-care team one team base; staffing and supervision firms deliver people, so none. The
// variety (places, target groups, ages, gender, methods) is derived from the supplier's index,
// so the demo is the same every time it is seeded.
import { findMunicipality } from '@tildel/domain/reference/municipalities';
import type { ServiceKind } from '@tildel/domain/taxonomy';
import type { Insertable } from 'kysely';
import type { EstablishmentsTable } from '../db/types.ts';
import { DEMO_MEMBER_MUNICIPALITIES, DEMO_SUPPLIERS, type DemoSupplier } from './demo-data.ts';
import { demoId, type DemoContext } from './demo-context.ts';

interface Profile {
  /** How many establishments a supplier of this kind runs (1–3, varied by supplier). */
  count: (index: number) => number;
  places: (index: number, n: number) => number;
  targetGroups: (index: number, n: number) => string[];
  ages: (index: number, n: number) => [number, number];
  suffix: readonly string[];
}

const HVB_FOCUS = [
  'neuropsychiatric',
  'criminality',
  'addiction',
  'honour_violence',
  'unaccompanied_minors',
  'psychiatric',
];

const PROFILES: Partial<Record<ServiceKind, Profile>> = {
  hvb: {
    count: (i) => 1 + (i % 3),
    places: (i, n) => 6 + ((i * 5 + n * 3) % 7),
    // The first home is for youth; a second or third one for young adults.
    targetGroups: (i, n) =>
      n === 0
        ? ['youth_13_17', HVB_FOCUS[i % HVB_FOCUS.length]!]
        : ['young_adults_18_25', HVB_FOCUS[(i + n) % HVB_FOCUS.length]!],
    ages: (i, n) => (n === 0 ? [13, 17] : [16 + (n % 2), 21]),
    suffix: ['ungdomshem', 'utsluss', 'unga vuxna'],
  },
  supported_housing: {
    count: (i) => 1 + (i % 2),
    places: (i, n) => 8 + ((i + n * 4) % 9),
    targetGroups: (i, n) => ['young_adults_18_25', n === 0 ? 'psychiatric' : 'addiction'],
    ages: (i, n) => (n === 0 ? [16, 21] : [18, 30]),
    suffix: ['stödboende', 'träningslägenheter'],
  },
  family_home: {
    count: () => 2,
    places: (i, n) => 2 + ((i + n) % 3),
    targetGroups: (i, n) => (n === 0 ? ['children_0_12', 'youth_13_17'] : ['children_0_12']),
    ages: (i, n) => (n === 0 ? [0, 17] : [0, 12]),
    suffix: ['familjehem', 'jourhem'],
  },
  botilbud: {
    count: (i) => 1 + (i % 2),
    places: (i, n) => 10 + ((i * 3 + n) % 11),
    targetGroups: (i, n) => (n === 0 ? ['psychiatric'] : ['intellectual_disability']),
    ages: () => [18, 65],
    suffix: ['bosted', 'botilbud'],
  },
  open_care: {
    count: () => 1,
    places: () => 0,
    targetGroups: (i) =>
      i % 2 === 0 ? ['youth_13_17', 'children_0_12'] : ['youth_13_17', 'addiction'],
    ages: () => [0, 20],
    suffix: ['öppenvårdsteam', 'team'],
  },
};

const METHODS = ['MI', 'ART', 'KBT', 'MST', 'DBT', 'TMO', 'FFT', 'ACT'];
const GENDERS = ['any', 'any', 'female', 'male'] as const;
const SE_LANGUAGES = [
  ['sv', 'en'],
  ['sv', 'en', 'ar'],
  ['sv', 'en', 'so', 'ti'],
  ['sv', 'fa'],
];
const DK_LANGUAGES = [
  ['da', 'en'],
  ['da', 'en', 'ar'],
];
const CITY_OF = new Map(DEMO_MEMBER_MUNICIPALITIES.map(([name, code]) => [code, name]));

/** The home municipality first; further establishments in the joint body's member area. */
function municipalityFor(supplier: DemoSupplier, index: number, n: number): string {
  if (n === 0 || supplier.country === 'DK') return supplier.home;
  const codes = DEMO_MEMBER_MUNICIPALITIES.map(([, code]) => code);
  return codes[(index * 3 + n * 5) % codes.length]!;
}

function shortName(supplier: DemoSupplier): string {
  return supplier.name.replace(/\s+(AB|ApS)$/, '');
}

function establishmentsOf(
  ctx: DemoContext,
  supplier: DemoSupplier,
  index: number,
): Insertable<EstablishmentsTable>[] {
  const profile = PROFILES[supplier.service];
  if (!profile) return [];
  const now = ctx.clock.now();
  return Array.from({ length: profile.count(index) }, (_, n) => {
    const code = municipalityFor(supplier, index, n);
    const municipality = findMunicipality(supplier.country, code);
    if (!municipality) throw new Error(`demo data names an unknown municipality: ${code}`);
    const total = profile.places(index, n);
    // The first establishment has room (1–3), the others vary from full to three free.
    const free = Math.min(total, n === 0 ? 1 + (index % 3) : (index + n) % 4);
    const [ageMin, ageMax] = profile.ages(index, n);
    const languages = supplier.country === 'DK' ? DK_LANGUAGES : SE_LANGUAGES;
    return {
      supplier_id: demoId(ctx, `supplier:${index}`),
      name: `${shortName(supplier)} – ${profile.suffix[n % profile.suffix.length]}`,
      service_kind: supplier.service,
      street: `${['Storgatan', 'Ringvägen', 'Skolgatan', 'Parkvej'][(index + n) % 4]} ${3 + index}`,
      postal_code: supplier.country === 'DK' ? `8${200 + index}` : `${291 + (index % 9)} 3${n}`,
      city: CITY_OF.get(code)?.replace(/s? (kommun|stad)$/, '') ?? municipality.name,
      country: supplier.country,
      municipality_code: municipality.code,
      lat: municipality.lat,
      lon: municipality.lon,
      places_total: total,
      places_free: free,
      // Updated within the last two weeks, so the catalogue shows how fresh the count is.
      places_updated_at: new Date(now.getTime() - ((index * 7 + n) % 14) * 86_400_000),
      target_groups: profile.targetGroups(index, n),
      age_min: ageMin,
      age_max: ageMax,
      gender: supplier.service === 'hvb' ? GENDERS[(index + n) % GENDERS.length]! : 'any',
      methods: [METHODS[index % METHODS.length]!, METHODS[(index + n + 2) % METHODS.length]!],
      languages: languages[(index + n) % languages.length]!,
      description: '',
      created_at: now,
    };
  });
}

export async function seedDemoEstablishments(ctx: DemoContext): Promise<void> {
  const rows = DEMO_SUPPLIERS.flatMap((supplier, index) => establishmentsOf(ctx, supplier, index));
  if (rows.length > 0) await ctx.trx.insertInto('establishments').values(rows).execute();
}
