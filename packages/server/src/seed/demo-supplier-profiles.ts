// Demo data of the market: supplier profiles, contacts and the staffing firms' consultants.
// See demo-market.ts for the order and the context. Everything is derived from the supplier's
// place in DEMO_SUPPLIERS, so the demo is the same every time it is seeded.
import { addCalendarDays, localDate } from '@tildel/domain/calendar';
import type { Education, Experience } from '@tildel/domain/consultant';
import { findMunicipality, foldMunicipalityName } from '@tildel/domain/reference/municipalities';
import { isPlacementKind } from '@tildel/domain/taxonomy';
import * as repo from '../modules/suppliers/suppliers/repo.ts';
import { DEMO_SUPPLIERS, demoSupplierKeys, type DemoSupplier } from './demo-data.ts';
import { demoId, type DemoContext } from './demo-context.ts';

const SE_STREETS = ['Storgatan', 'Västra vägen', 'Kyrkogatan', 'Industrivägen', 'Parkgatan'];
const DK_STREETS = ['Søndergade', 'Skovvej', 'Havnegade', 'Engvej', 'Møllevej'];

const SE_PEOPLE = [
  'Anna Persson',
  'Erik Nilsson',
  'Sara Lindqvist',
  'Mohammed Haddad',
  'Karin Holm',
  'Jonas Berg',
  'Leila Rahimi',
  'Maria Ek',
  'Fredrik Sjöberg',
  'Amra Hodžić',
  'Johanna Wallin',
  'Peter Lund',
];
const DK_PEOPLE = ['Mette Jensen', 'Lars Nielsen', 'Sofie Hansen', 'Ahmed Yilmaz'];

/** Areas of work of hired social workers (the staffing categories of the default taxonomy). */
const AREAS = ['children_youth', 'adult_addiction', 'financial_assistance', 'disability'];
/** Languages beside the country's own and English that buyers often ask for. */
const EXTRA_LANGUAGES = ['ar', 'fa', 'so', 'bs', 'pl', 'ti'];

/** "Lindgårdens HVB AB" → "lindgarden": the first word of the name, folded, without genitive -s. */
function slug(name: string): string {
  const first = foldMunicipalityName(name.split(' ')[0] ?? name).replace(/[^a-z0-9]/g, '');
  return first.length > 5 && first.endsWith('s') ? first.slice(0, -1) : first;
}

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length]!;
}

async function seedProfile(ctx: DemoContext, supplierId: string, s: DemoSupplier, i: number) {
  const seat = findMunicipality(s.country, s.home);
  if (!seat) throw new Error(`demo supplier ${s.name} names an unknown municipality ${s.home}`);
  const domain = `${slug(s.name)}.demo.tildel.se`;
  const now = ctx.clock.now();
  await repo.insertProfile(ctx.trx, {
    supplier_id: supplierId,
    street: `${pick(s.country === 'DK' ? DK_STREETS : SE_STREETS, i)} ${1 + ((i * 7) % 40)}`,
    postal_code:
      s.country === 'DK' ? String(8000 + ((i * 10) % 900)) : `2${10 + ((i * 7) % 89)} ${10 + i}`,
    city: seat.name,
    municipality_code: seat.code,
    website: `https://${domain}`,
    description:
      s.country === 'DK'
        ? `${s.name} leverer ${isPlacementKind(s.service) ? 'botilbud og døgnophold' : 'ydelser'} fra ${seat.name}.`
        : `${s.name} är verksamt i ${seat.name} med omnejd.`,
    version: 1,
    updated_at: now,
  });
  // A shared mailbox outlives the people: it is where call-offs and requests are sent.
  await repo.insertContact(ctx.trx, {
    supplier_id: supplierId,
    kind: 'function_mailbox',
    name: isPlacementKind(s.service) ? 'Placeringar' : 'Avrop',
    purpose: s.country === 'DK' ? 'Forespørgsler og afrop' : 'Förfrågningar och avrop',
    email: `${isPlacementKind(s.service) ? 'placering' : 'avrop'}@${domain}`,
    phone: null,
    receives_notices: true,
    created_at: now,
  });
  const person = pick(s.country === 'DK' ? DK_PEOPLE : SE_PEOPLE, i);
  await repo.insertContact(ctx.trx, {
    supplier_id: supplierId,
    kind: 'person',
    name: person,
    purpose: s.country === 'DK' ? 'Daglig leder' : 'Verksamhetschef',
    email: `${slug(person)}@${domain}`,
    phone: s.country === 'DK' ? `+45 86 ${10 + i} 20 30` : `044-${100 + i} 20 30`,
    receives_notices: false,
    created_at: now,
  });
}

async function seedConsultants(ctx: DemoContext, supplierId: string, s: DemoSupplier, i: number) {
  const people = s.country === 'DK' ? DK_PEOPLE : SE_PEOPLE;
  const own = s.country === 'DK' ? 'da' : 'sv';
  const today = localDate(ctx.clock.now(), s.country);
  const count = 2 + (i % 3);
  for (let k = 0; k < count; k += 1) {
    const n = i * 3 + k;
    const graduated = 2004 + (n % 18);
    const educations: Education[] = [
      { code: s.country === 'DK' ? 'socialradgiver' : 'socionomexamen', year: graduated },
      ...(n % 4 === 0 ? [{ code: 'beteendevetare' as const, year: graduated - 3 }] : []),
    ];
    const working = ctx.clock.now().getUTCFullYear() - graduated;
    const main = pick(AREAS, n);
    const experience: Experience[] = [
      { area: main, years: Math.max(1, working - (n % 3)) },
      ...(n % 2 === 0 ? [{ area: pick(AREAS, n + 1), years: 1 + (n % 4) }] : []),
    ];
    await repo.insertConsultant(ctx.trx, {
      supplier_id: supplierId,
      name: pick(people, n + 5),
      educations: JSON.stringify(educations),
      experience: JSON.stringify(experience),
      languages: [own, 'en', ...(n % 3 === 0 ? [pick(EXTRA_LANGUAGES, n)] : [])],
      available_from: addCalendarDays(today, 7 * (n % 6)),
      available_extent_percent: pick([100, 75, 50, 100], n),
      created_at: ctx.clock.now(),
    });
  }
}

export async function seedDemoSupplierProfiles(ctx: DemoContext): Promise<void> {
  for (const [i, s] of DEMO_SUPPLIERS.entries()) {
    await seedProfile(ctx, demoId(ctx, `supplier:${i}`), s, i);
  }
  const staffing = [...demoSupplierKeys('staffing'), ...demoSupplierKeys('staffing', 'DK')];
  for (const key of staffing) {
    const i = Number(key.split(':')[1]);
    await seedConsultants(ctx, demoId(ctx, key), DEMO_SUPPLIERS[i]!, i);
  }
}
