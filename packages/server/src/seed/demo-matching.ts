// Demo data of matching (issue 12). See demo-market.ts for the order and the context.
// Aarhus's matching team works a market of Danish offers: the six Danish demo suppliers plus 36
// more open-care teams (family consultants and contact persons, tariffs per face-to-face hour in
// DKK) and botilbud with free places (tariffs per day or month, with the assumed occupancy), each
// with Socialtilsyn's approval and theme scores; a few offers are stale and a few not approved.
// A week of referrals sits in the queue in every state, one of them ordered with an extension on
// its way. Kristianstad's HVB homes become matchable Swedish offers (SoL, tariffs per day in SEK,
// IVO permits from demo-compliance.ts). Everything is derived from list positions, so the demo
// is the same every time, and inserted a table at a time, so `npm start` on PGlite stays fast.
import { addCalendarDays, localDate } from '@tildel/domain/calendar';
import { referralDueAt } from '@tildel/domain/matching/referral';
import { glnWithCheckDigit } from '@tildel/domain/identifiers';
import { findMunicipality } from '@tildel/domain/reference/municipalities';
import { QUALITY_THEMES, type Proposal } from '@tildel/domain/matching/types';
import type { Insertable } from 'kysely';
import type {
  EstablishmentsTable,
  OfferTariffsTable,
  ReferralState,
  ReferralsTable,
  SurveyRequestsTable,
} from '../db/types.ts';
import { DEMO_SUPPLIERS } from './demo-data.ts';
import { demoId, supplierIdentifier, type DemoContext } from './demo-context.ts';

const DAY = 86_400_000;
const MATCH_TEAM = 'user:matchteam@aarhus.demo.tildel.se';
const CASEWORKER = 'user:sagsbehandler@aarhus.demo.tildel.se';

/** The first words of the 36 further Danish suppliers' names (fictional). */
const WORDS = [
  'Ahornlund', 'Bakkedal', 'Birkely', 'Bølgen', 'Egebjerg', 'Elmehøj', 'Enghaven', 'Fyrrelund',
  'Granly', 'Hasselhøj', 'Hyldebo', 'Kastanjen', 'Kildeholm', 'Kløverhuset', 'Lindely',
  'Lærkereden', 'Mosebo', 'Nøddelund', 'Pilehaven', 'Rønnebo', 'Skovbrynet', 'Solsikken',
  'Stjernehuset', 'Søbredden', 'Tjørnely', 'Tranebo', 'Valmuen', 'Vibeholm', 'Vindrosen',
  'Åbakken', 'Ørnereden', 'Havblik', 'Klitrosen', 'Markblomsten', 'Rosenhøj', 'Strandly',
] as const; // prettier-ignore

/** Aarhus and its neighbours, where the offers are. */
const AREA = ['751', '751', '751', '746', '740', '730', '727', '706', '710', '615'];

type Kind = 'family_consultant' | 'contact_person' | 'botilbud_107' | 'botilbud_108';
/** Every third supplier runs a botilbud; the others are open-care teams of two kinds. */
function kindOf(i: number): Kind {
  if (i % 3 === 2) return i % 2 === 0 ? 'botilbud_107' : 'botilbud_108';
  return i % 3 === 0 ? 'family_consultant' : 'contact_person';
}

const NAME_OF: Record<Kind, string> = {
  family_consultant: 'Familiekonsulenter',
  contact_person: 'Kontaktpersoner',
  botilbud_107: 'Bosted',
  botilbud_108: 'Botilbud',
};

const DK_METHODS = ['MI', 'KRAP', 'Marte Meo', 'ICDP', 'PMTO', 'Low Arousal', 'Neuropædagogik'];

/** Offers i with these positions are stale (confirmed long ago) or not approved (permit status). */
const STALE = new Set([4, 11, 19, 27, 33]);
const NOT_APPROVED: ReadonlyMap<number, 'applied' | 'expired' | 'revoked'> = new Map([
  [7, 'applied'],
  [22, 'applied'],
  [30, 'expired'],
]);

interface DemoOffer {
  i: number;
  supplierId: string;
  establishmentId: string;
  kind: Kind;
  municipalityCode: string;
}

function gln(i: number): string {
  return glnWithCheckDigit(`5790002${String(10_000 + i * 7).padStart(5, '0')}`);
}

async function seedDanishSuppliers(ctx: DemoContext): Promise<DemoOffer[]> {
  const now = ctx.clock.now();
  const lines = WORDS.map((word, i) => {
    const kind = kindOf(i);
    return { word, i, kind, name: `${word} ${NAME_OF[kind]} ApS`, home: AREA[i % AREA.length]! };
  });
  const orgs = await ctx.trx
    .insertInto('organisations')
    .values(
      lines.map((l) => ({
        kind: 'supplier' as const,
        name: l.name,
        country: 'DK' as const,
        identifier: supplierIdentifier('DK', String(4200001 + l.i * 997)),
        municipality_code: null,
      })),
    )
    .returning(['id', 'name'])
    .execute();
  const idOf = new Map(orgs.map((o) => [o.name, o.id]));
  const domainOf = (word: string) =>
    `${word.toLowerCase().replace(/ø/g, 'oe').replace(/æ/g, 'ae').replace(/å/g, 'aa')}.demo.tildel.se`;
  await ctx.trx
    .insertInto('supplier_profiles')
    .values(
      lines.map((l) => {
        const seat = findMunicipality('DK', l.home)!;
        return {
          supplier_id: idOf.get(l.name)!,
          street: `${['Søndergade', 'Skovvej', 'Engvej', 'Møllevej'][l.i % 4]} ${2 + l.i}`,
          postal_code: String(8000 + ((l.i * 30) % 900)),
          city: seat.name,
          municipality_code: seat.code,
          website: `https://${domainOf(l.word)}`,
          description: `${l.name} leverer ${l.kind.startsWith('botilbud') ? 'botilbud efter serviceloven' : 'familiebehandling og kontaktpersoner'} i ${seat.name} og omegn.`,
          ean_gln: gln(l.i),
          updated_at: now,
        };
      }),
    )
    .execute();
  await ctx.trx
    .insertInto('supplier_contacts')
    .values(
      lines.map((l) => ({
        supplier_id: idOf.get(l.name)!,
        kind: 'function_mailbox' as const,
        name: 'Visitation',
        purpose: 'Forespørgsler om tilbud',
        email: `visitation@${domainOf(l.word)}`,
        phone: null,
        receives_notices: true,
        created_at: now,
      })),
    )
    .execute();

  const establishments: Insertable<EstablishmentsTable>[] = lines.map((l) => {
    const place = findMunicipality('DK', l.home)!;
    const botilbud = l.kind.startsWith('botilbud');
    const total = botilbud ? 8 + ((l.i * 5) % 13) : 0;
    // Most botilbud have a free place or two; every fourth is full until a date.
    const free = botilbud ? (l.i % 4 === 1 ? 0 : 1 + (l.i % 3)) : 0;
    const stale = STALE.has(l.i);
    const confirmedDaysAgo = stale ? 62 + l.i * 3 : (l.i * 5) % 21;
    const children = l.kind === 'family_consultant';
    return {
      supplier_id: idOf.get(l.name)!,
      name: `${l.word} – ${botilbud ? NAME_OF[l.kind].toLowerCase() : children ? 'familieteam' : 'kontaktpersonteam'}`,
      service_kind: botilbud ? ('botilbud' as const) : ('open_care' as const),
      street: `${['Søndergade', 'Skovvej', 'Engvej', 'Møllevej'][l.i % 4]} ${2 + l.i}`,
      postal_code: String(8000 + ((l.i * 30) % 900)),
      city: place.name,
      country: 'DK' as const,
      municipality_code: place.code,
      // Spread a little around the seat, so distances differ within a municipality.
      lat: place.lat + ((l.i % 5) - 2) * 0.01,
      lon: place.lon + ((l.i % 7) - 3) * 0.01,
      places_total: total,
      places_free: free,
      places_updated_at: new Date(now.getTime() - confirmedDaysAgo * DAY),
      target_groups: botilbud
        ? l.kind === 'botilbud_108'
          ? ['intellectual_disability', 'dk_autism']
          : ['psychiatric', l.i % 2 === 0 ? 'addiction' : 'dk_aftercare_18_22']
        : children
          ? ['children_0_12', 'youth_13_17', 'dk_families']
          : ['youth_13_17', l.i % 2 === 0 ? 'dk_adhd' : 'criminality'],
      age_min: botilbud ? 18 : children ? 0 : 12,
      age_max: botilbud ? 67 : children ? 17 : 23,
      gender: 'any' as const,
      methods: [DK_METHODS[l.i % DK_METHODS.length]!, DK_METHODS[(l.i + 3) % DK_METHODS.length]!],
      languages:
        l.i % 4 === 0 ? ['da', 'en', 'ar'] : l.i % 4 === 1 ? ['da', 'en', 'so'] : ['da', 'en'],
      description: botilbud
        ? `Botilbud med ${total} pladser og døgnbemanding.`
        : children
          ? 'Familiekonsulenter med uddannelse som socialrådgiver eller pædagog; efter barnets lov § 32.'
          : 'Kontaktpersoner til unge, også aften og weekend.',
      created_at: new Date(now.getTime() - 400 * DAY),
      offer_form: botilbud ? ('establishment' as const) : ('team' as const),
      legal_bases: botilbud
        ? [l.kind === 'botilbud_108' ? 'dk_sel_108' : 'dk_sel_107']
        : children
          ? ['dk_bl_32']
          : ['dk_bl_32', 'dk_sel_85'],
      assumed_occupancy_percent: botilbud ? (l.i % 2 === 0 ? 95 : 90) : null,
      next_free_on:
        botilbud && free === 0 ? addCalendarDays(localDate(now, 'DK'), 20 + l.i * 2) : null,
      confirmed_at: new Date(now.getTime() - confirmedDaysAgo * DAY),
      confirmed_by_name: ['Mette Jensen', 'Lars Nielsen', 'Sofie Hansen'][l.i % 3]!,
    };
  });
  const inserted = await ctx.trx
    .insertInto('establishments')
    .values(establishments)
    .returning(['id', 'supplier_id'])
    .execute();
  const offerOf = new Map(inserted.map((e) => [e.supplier_id, e.id]));
  return lines.map((l) => ({
    i: l.i,
    supplierId: idOf.get(l.name)!,
    establishmentId: offerOf.get(idOf.get(l.name)!)!,
    kind: l.kind,
    municipalityCode: l.home,
  }));
}

/** The six Danish suppliers of demo-data.ts: their establishments become offers too. */
async function danishMarketOffers(ctx: DemoContext): Promise<DemoOffer[]> {
  const keys = DEMO_SUPPLIERS.flatMap((s, i) => (s.country === 'DK' ? [`supplier:${i}`] : []));
  const rows = await ctx.trx
    .selectFrom('establishments')
    .select(['id', 'supplier_id', 'service_kind', 'municipality_code'])
    .where(
      'supplier_id',
      'in',
      keys.map((k) => demoId(ctx, k)),
    )
    .orderBy('name')
    .execute();
  return rows.map((r, n) => ({
    i: 100 + n,
    supplierId: r.supplier_id,
    establishmentId: r.id,
    kind: r.service_kind === 'botilbud' ? 'botilbud_107' : 'family_consultant',
    municipalityCode: r.municipality_code,
  }));
}

async function markExistingOffers(ctx: DemoContext, offers: readonly DemoOffer[]) {
  const now = ctx.clock.now();
  for (const o of offers) {
    const botilbud = o.kind.startsWith('botilbud');
    await ctx.trx
      .updateTable('establishments')
      .set({
        offer_form: botilbud ? 'establishment' : 'team',
        legal_bases: botilbud ? ['dk_sel_107'] : ['dk_bl_32', 'dk_sel_85'],
        assumed_occupancy_percent: botilbud ? 95 : null,
        confirmed_at: new Date(now.getTime() - ((o.i * 3) % 14) * DAY),
        confirmed_by_name: 'Mette Jensen',
      })
      .where('id', '=', o.establishmentId)
      .execute();
  }
  // Their suppliers invoice through EAN/GLN as well.
  for (const [n, o] of offers.entries()) {
    await ctx.trx
      .updateTable('supplier_profiles')
      .set({ ean_gln: gln(200 + n) })
      .where('supplier_id', '=', o.supplierId)
      .execute();
  }
}

/** Tariffs in DKK øre: per face-to-face hour for teams; per day or month for botilbud. */
function tariffsOf(o: DemoOffer, today: string, now: Date): Insertable<OfferTariffsTable>[] {
  const base = {
    establishment_id: o.establishmentId,
    supplier_id: o.supplierId,
    currency: 'DKK' as const,
    created_at: now,
  };
  const thisYear = `${today.slice(0, 4)}-01-01`;
  const lastYear = `${Number(today.slice(0, 4)) - 1}-01-01`;
  const negotiated =
    o.i % 2 === 0
      ? { negotiated_on: addCalendarDays(thisYear, -20), negotiated_by_name: 'Mads Matchteam' }
      : {};
  switch (o.kind) {
    case 'family_consultant': {
      const hour = 58_500 + ((o.i * 1_700) % 18_000);
      return [
        { ...base, unit: 'hour', amount_minor: hour - 2_000, valid_from: lastYear },
        { ...base, unit: 'hour', amount_minor: hour, valid_from: thisYear, ...negotiated },
      ];
    }
    case 'contact_person':
      return [
        {
          ...base,
          unit: 'hour',
          amount_minor: 41_000 + ((o.i * 1_300) % 11_000),
          valid_from: thisYear,
          ...negotiated,
        },
      ];
    default: {
      const day = 245_000 + ((o.i * 9_100) % 140_000);
      // Every other botilbud also quotes a month, slightly below 30 days.
      const month =
        o.i % 2 === 0
          ? [{ ...base, unit: 'month' as const, amount_minor: day * 29, valid_from: thisYear }]
          : [];
      return [
        { ...base, unit: 'day', amount_minor: day, valid_from: thisYear, ...negotiated },
        ...month,
      ];
    }
  }
}

async function seedApprovals(ctx: DemoContext, offers: readonly DemoOffer[], today: string) {
  const now = ctx.clock.now();
  await ctx.trx
    .insertInto('permits')
    .values(
      offers.map((o) => {
        const status = NOT_APPROVED.get(o.i) ?? 'valid';
        const year = 2016 + (o.i % 9);
        return {
          establishment_id: o.establishmentId,
          supplier_id: o.supplierId,
          authority: 'Socialtilsyn' as const,
          reference: `ST-MIDT-${year}-${5200 + o.i}`,
          scope: o.kind.startsWith('botilbud')
            ? `Godkendt efter socialtilsynsloven, serviceloven § ${o.kind === 'botilbud_108' ? 108 : 107}`
            : 'Godkendt efter socialtilsynsloven, barnets lov § 32',
          status,
          valid_from: status === 'applied' ? null : `${year}-0${1 + (o.i % 9)}-01`,
          valid_to: status === 'expired' ? addCalendarDays(today, -45) : null,
          open_cases: status === 'valid' ? 0 : 1,
          decisions:
            status === 'applied'
              ? 'Ansøgning om godkendelse modtaget; sagsbehandling i gang.'
              : status === 'expired'
                ? 'Godkendelsen er udløbet; ny ansøgning ikke modtaget.'
                : '',
          last_checked_on: addCalendarDays(today, -((o.i * 11) % 90)),
          last_checked_by: demoId(ctx, MATCH_TEAM),
          last_checked_by_name: 'Mads Matchteam',
          created_at: now,
          updated_at: now,
        };
      }),
    )
    .execute();
  // Socialtilsyn's theme scores: mostly 4 and 5 (they gate more than they rank), some 3s.
  const approved = offers.filter((o) => !NOT_APPROVED.has(o.i));
  await ctx.trx
    .insertInto('quality_assessments')
    .values(
      approved.map((o) => {
        const scores = Object.fromEntries(
          QUALITY_THEMES.map((theme, t) => [
            theme,
            (o.i + t) % 6 === 0 ? 3 : (o.i * 3 + t) % 4 === 0 ? 5 : 4,
          ]),
        ) as Record<(typeof QUALITY_THEMES)[number], number>;
        return {
          establishment_id: o.establishmentId,
          authority: 'Socialtilsyn' as const,
          assessed_on: addCalendarDays(today, -(60 + ((o.i * 37) % 500))),
          ...scores,
          created_at: now,
        };
      }),
    )
    .execute();
}

async function seedMeetingNotes(ctx: DemoContext, offers: readonly DemoOffer[], today: string) {
  const aarhus = demoId(ctx, 'aarhus');
  const notes = [
    'Teamet har to nye familiekonsulenter med Marte Meo-certificering; kan tage sager med tolk på arabisk.',
    'Har erfaring med unge med ADHD og kriminalitet; ønsker flere sager i Aarhus Vest.',
    'Botilbuddet åbner to pladser til unge voksne med angst i foråret; personalet er uddannet i KRAP.',
    'Kontaktpersonerne arbejder også aften og weekend; prisen er uændret, men kørsel afregnes separat.',
    'Drøftede opfølgning: leverandøren sender statusnotat hver tredje måned uden påmindelse.',
    'Ny leder siden august; tilsynet har ingen åbne sager. Ventetid under en uge.',
  ];
  await ctx.trx
    .insertInto('supplier_meeting_notes')
    .values(
      notes.map((learned, n) => ({
        organisation_id: aarhus,
        supplier_id: offers[n * 5]!.supplierId,
        met_on: addCalendarDays(today, -(10 + n * 23)),
        participants: `Mads Matchteam, Sofie Sagsbehandler, ${['Mette Jensen', 'Lars Nielsen', 'Ahmed Yilmaz'][n % 3]} (leverandør)`,
        learned,
        created_by: demoId(ctx, MATCH_TEAM),
        created_at: ctx.clock.now(),
      })),
    )
    .execute();
  await ctx.trx
    .insertInto('matching_settings')
    .values({
      organisation_id: aarhus,
      freshness_limit_days: 30,
      // Aarhus has no framework agreement for these services in the demo: it buys on tariffs.
      allow_outside_agreements: true,
      weights: null,
      updated_at: ctx.clock.now(),
      updated_by: demoId(ctx, MATCH_TEAM),
    })
    .execute();
}

interface ReferralLine {
  ref: string;
  daysAgo: number;
  urgency: ReferralsTable['urgency'];
  state: ReferralState;
  kind: Kind;
  hours?: number;
  durationDays: number;
  age: number;
  gender: 'female' | 'male';
  purpose: string;
  needs: string;
  groups: string[];
  languages?: string[];
}

/** A week of referrals, newest last, in every state of the queue. */
const REFERRALS: readonly ReferralLine[] = [
  { ref: 'AAR-2026-0412', daysAgo: 58, urgency: 'within_5_working_days', state: 'ordered', kind: 'family_consultant', hours: 6, durationDays: 182, age: 9, gender: 'female', purpose: 'Familiebehandling, så barnet kan blive boende hjemme.', needs: 'Forældrene har brug for støtte til struktur og samspil.', groups: ['children_0_12'] },
  { ref: 'AAR-2026-0518', daysAgo: 7, urgency: 'later', state: 'decided', kind: 'contact_person', hours: 4, durationDays: 365, age: 15, gender: 'male', purpose: 'Fast kontaktperson, så den unge kommer i skole.', needs: 'Skolefravær over 40 %; har brug for voksenkontakt efter skole.', groups: ['youth_13_17'] },
  { ref: 'AAR-2026-0521', daysAgo: 6, urgency: 'within_5_working_days', state: 'negotiating', kind: 'botilbud_107', durationDays: 365, age: 22, gender: 'female', purpose: 'Midlertidigt botilbud med døgnstøtte efter udskrivning.', needs: 'Angst og selvskade; har brug for personale om natten.', groups: ['psychiatric'] },
  { ref: 'AAR-2026-0523', daysAgo: 5, urgency: 'within_5_working_days', state: 'awaiting_answers', kind: 'family_consultant', hours: 5, durationDays: 182, age: 6, gender: 'male', purpose: 'Familiebehandling med fokus på forældrekompetencer.', needs: 'Familien taler arabisk derhjemme; tolk eller arabisktalende konsulent.', groups: ['children_0_12'], languages: ['ar'] },
  { ref: 'AAR-2026-0527', daysAgo: 4, urgency: 'later', state: 'surveying', kind: 'contact_person', hours: 3, durationDays: 273, age: 14, gender: 'female', purpose: 'Kontaktperson som støtte i fritid og netværk.', needs: 'Isoleret; har brug for en voksen at øve sociale situationer med.', groups: ['youth_13_17'] },
  { ref: 'AAR-2026-0530', daysAgo: 3, urgency: 'later', state: 'withdrawn', kind: 'family_consultant', hours: 4, durationDays: 120, age: 11, gender: 'male', purpose: 'Familiebehandling.', needs: 'Familien er flyttet til en anden kommune.', groups: ['children_0_12'] },
  { ref: 'AAR-2026-0534', daysAgo: 2, urgency: 'within_5_working_days', state: 'new', kind: 'botilbud_108', durationDays: 730, age: 24, gender: 'male', purpose: 'Længerevarende botilbud efter serviceloven § 108.', needs: 'Udviklingshæmning; har brug for faste rammer og døgnstøtte.', groups: ['intellectual_disability'] },
  { ref: 'AAR-2026-0536', daysAgo: 1, urgency: 'later', state: 'new', kind: 'contact_person', hours: 5, durationDays: 182, age: 16, gender: 'male', purpose: 'Kontaktperson som led i ungepålæg.', needs: 'Kriminalitetstruet; har brug for fast voksen og struktur.', groups: ['youth_13_17', 'criminality'] },
  { ref: 'AAR-2026-0539', daysAgo: 0, urgency: 'today', state: 'new', kind: 'botilbud_107', durationDays: 90, age: 19, gender: 'female', purpose: 'Akut midlertidigt botilbud; nuværende bolig er ophørt.', needs: 'Psykisk sårbar; kan ikke være alene om natten.', groups: ['psychiatric'] },
  { ref: 'AAR-2026-0540', daysAgo: 0, urgency: 'today', state: 'new', kind: 'family_consultant', hours: 8, durationDays: 60, age: 3, gender: 'female', purpose: 'Akut familiebehandling for at undgå anbringelse.', needs: 'Forældrene har brug for daglig støtte de første uger.', groups: ['children_0_12'] },
]; // prettier-ignore

function legalBasisOf(kind: Kind): string {
  return kind === 'botilbud_107'
    ? 'dk_sel_107'
    : kind === 'botilbud_108'
      ? 'dk_sel_108'
      : 'dk_bl_32';
}

/** How matching explained an offer when the survey began (the shape of a domain Proposal). */
function explanation(
  o: DemoOffer,
  rank: number,
  tariff: { unit: Proposal['tariff']['unit']; amount_minor: string },
  expectedCost: number,
  validFrom: string,
): Proposal {
  return {
    establishmentId: o.establishmentId,
    supplierId: o.supplierId,
    rank,
    total: 84 - rank * 4,
    passed: [
      'service_kind',
      'legal_basis',
      'target_group',
      'age',
      'capacity',
      'approval',
      'tariff',
    ],
    parts: [],
    expectedCost: { amount: expectedCost, currency: 'DKK' },
    tariff: {
      unit: tariff.unit,
      price: { amount: Number(tariff.amount_minor), currency: 'DKK' },
      validFrom,
    },
    distanceKm: 3 + rank * 6,
    stale: false,
    outsideAgreements: true,
    notApproved: false,
  };
}

async function seedReferrals(ctx: DemoContext, offers: readonly DemoOffer[]) {
  const now = ctx.clock.now();
  const aarhus = demoId(ctx, 'aarhus');
  const team = demoId(ctx, MATCH_TEAM);
  const caseworker = demoId(ctx, CASEWORKER);
  const home = findMunicipality('DK', '751')!;
  const approved = offers.filter((o) => !NOT_APPROVED.has(o.i) && !STALE.has(o.i));
  const tariffs = await ctx.trx
    .selectFrom('offer_tariffs')
    .select(['establishment_id', 'unit', 'amount_minor', 'valid_from'])
    .where('currency', '=', 'DKK')
    .orderBy('valid_from', 'desc')
    .execute();
  const tariffOf = (id: string) => tariffs.find((t) => t.establishment_id === id)!;

  const rows = REFERRALS.map((r) => {
    const createdAt = new Date(now.getTime() - r.daysAgo * DAY - 2 * 3_600_000);
    return {
      organisation_id: aarhus,
      case_reference: r.ref,
      kind: 'new' as const,
      order_id: null,
      service_kind: r.kind.startsWith('botilbud') ? ('botilbud' as const) : ('open_care' as const),
      legal_basis: legalBasisOf(r.kind),
      purpose: r.purpose,
      start_on: addCalendarDays(localDate(createdAt, 'DK'), r.urgency === 'today' ? 0 : 14),
      expected_duration_days: r.durationDays,
      intensity_kind: r.hours ? ('hours_per_week' as const) : ('place' as const),
      hours_per_week: r.hours ?? null,
      urgency: r.urgency,
      person: JSON.stringify({
        age: r.age,
        gender: r.gender,
        targetGroups: r.groups,
        needs: r.needs,
        languages: ['da', ...(r.languages ?? [])],
        siblingCaseReferences: [],
        homeMunicipalityCode: home.code,
        preferredArea: null,
      }),
      cannot_live_with: r.kind.startsWith('botilbud')
        ? 'Tidligere kæreste (sagsnr. i journalen).'
        : '',
      state: r.state,
      ...(r.state === 'withdrawn'
        ? { withdrawal_reason: r.needs, withdrawn_at: new Date(createdAt.getTime() + DAY) }
        : {}),
      assignee_id: r.state === 'new' ? null : team,
      due_at: referralDueAt(createdAt, r.urgency, 'DK'),
      created_by: caseworker,
      created_at: createdAt,
      updated_at: createdAt,
    };
  });
  const referrals = await ctx.trx
    .insertInto('referrals')
    .values(rows)
    .returning(['id', 'case_reference', 'created_at', 'start_on', 'expected_duration_days'])
    .execute();

  // The survey of every referral past 'new': three offers of its kind asked, answers by state.
  const considered: {
    referral_id: string;
    establishment_id: string;
    explanation: string;
    considered_at: Date;
  }[] = [];
  const requests: Insertable<SurveyRequestsTable>[] = [];
  const surveyed = REFERRALS.flatMap((r, n) =>
    ['new', 'withdrawn'].includes(r.state) ? [] : [{ line: r, referral: referrals[n]! }],
  );
  for (const [s, { line, referral }] of surveyed.entries()) {
    const kindOffers = approved.filter((o) => o.kind === line.kind);
    const asked = [0, 1, 2].map((k) => kindOffers[(s + k * 2) % kindOffers.length]!);
    const startedAt = new Date(referral.created_at.getTime() + 3 * 3_600_000);
    for (const [rank, o] of asked.entries()) {
      const tariff = tariffOf(o.establishmentId);
      const units = line.hours
        ? Math.round((line.hours * line.durationDays) / 7)
        : line.durationDays;
      considered.push({
        referral_id: referral.id,
        establishment_id: o.establishmentId,
        explanation: JSON.stringify(
          explanation(o, rank + 1, tariff, Number(tariff.amount_minor) * units, tariff.valid_from),
        ),
        considered_at: startedAt,
      });
      if (line.state === 'surveying') continue; // considered, not yet asked
      const answered = line.state !== 'awaiting_answers' || rank === 0;
      requests.push({
        referral_id: referral.id,
        organisation_id: aarhus,
        establishment_id: o.establishmentId,
        supplier_id: o.supplierId,
        sent_at: startedAt,
        sent_by: team,
        reply_by: new Date(startedAt.getTime() + 3 * DAY),
        state: answered ? 'answered' : 'sent',
        ...(answered
          ? {
              available: rank !== 2,
              earliest_start: referral.start_on,
              price_minor: rank === 2 ? null : Number(tariff.amount_minor) + rank * 1_500,
              price_unit: rank === 2 ? null : tariff.unit,
              currency: rank === 2 ? null : ('DKK' as const),
              questions: rank === 1 ? 'Er der tolk til de første møder?' : '',
              answered_at: new Date(startedAt.getTime() + (1 + rank) * 5 * 3_600_000),
            }
          : {}),
      });
    }
  }
  await ctx.trx.insertInto('referral_considered_offers').values(considered).execute();
  const sent = await ctx.trx
    .insertInto('survey_requests')
    .values(requests)
    .returning([
      'id',
      'referral_id',
      'establishment_id',
      'supplier_id',
      'price_minor',
      'price_unit',
      'answered_at',
    ])
    .execute();

  // One negotiation round on the first answer of every referral negotiating or further.
  const firstAnswerOf = (referralId: string) =>
    sent.find((q) => q.referral_id === referralId && q.price_minor !== null)!;
  const negotiated = surveyed.filter(({ line }) =>
    ['negotiating', 'decided', 'ordered'].includes(line.state),
  );
  await ctx.trx
    .insertInto('negotiation_rounds')
    .values(
      negotiated.map(({ line, referral }) => {
        const q = firstAnswerOf(referral.id);
        const asked = Number(q.price_minor);
        return {
          request_id: q.id,
          round: 1,
          price_asked_minor: asked,
          // A round that is still open has no agreed price yet.
          price_agreed_minor: line.state === 'negotiating' ? null : asked - 2_500,
          currency: 'DKK' as const,
          unit: q.price_unit!,
          note:
            line.state === 'negotiating'
              ? 'Bedt om pris uden kørselstillæg.'
              : 'Enige om takst uden kørselstillæg.',
          recorded_by: team,
          recorded_by_name: 'Mads Matchteam',
          recorded_at: new Date(q.answered_at!.getTime() + 3 * 3_600_000),
        };
      }),
    )
    .execute();

  // The choice, and for the oldest referral the order with its extension now in the queue.
  for (const { line, referral } of negotiated.filter(({ line }) => line.state !== 'negotiating')) {
    const q = firstAnswerOf(referral.id);
    const decidedAt = new Date(q.answered_at!.getTime() + DAY);
    await ctx.trx
      .updateTable('referrals')
      .set({
        chosen_request_id: q.id,
        choice_reason:
          'Bedste samlede vurdering: ledig kapacitet fra startdatoen, kendte metoder og laveste forhandlede pris.',
        decided_at: decidedAt,
        decided_by: team,
      })
      .where('id', '=', referral.id)
      .execute();
    if (line.state !== 'ordered') continue;
    const agreed = Number(q.price_minor) - 2_500;
    const volume = Math.round((line.hours! * line.durationDays) / 7);
    const order = await ctx.trx
      .insertInto('orders')
      .values({
        organisation_id: aarhus,
        referral_id: referral.id,
        calloff_id: null,
        supplier_id: q.supplier_id,
        establishment_id: q.establishment_id,
        consultant_id: null,
        // Not the case reference: the supplier reads the order reference.
        reference: 'AAR-KON-2026-0101',
        unit_price_minor: agreed,
        currency: 'DKK',
        unit: q.price_unit!,
        start_date: referral.start_on,
        end_date: addCalendarDays(referral.start_on, referral.expected_duration_days - 1),
        expected_volume: volume,
        created_by: team,
        created_at: decidedAt,
        updated_at: decidedAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // The caseworker asks to extend it by three months: an extension referral in the queue.
    const createdAt = new Date(now.getTime() - 3_600_000);
    await ctx.trx
      .insertInto('referrals')
      .values({
        ...rows[0]!,
        kind: 'extension',
        order_id: order.id,
        purpose: 'Forlængelse af familiebehandlingen med tre måneder; målene er delvist nået.',
        start_on: addCalendarDays(referral.start_on, referral.expected_duration_days),
        expected_duration_days: 91,
        state: 'new',
        assignee_id: null,
        due_at: referralDueAt(createdAt, 'within_5_working_days', 'DK'),
        created_at: createdAt,
        updated_at: createdAt,
      })
      .execute();
  }
}

/** Kristianstad's HVB homes as Swedish offers: SoL, a tariff per day in SEK, confirmed lately. */
async function seedSwedishHvbOffers(ctx: DemoContext, today: string) {
  const now = ctx.clock.now();
  const homes = await ctx.trx
    .selectFrom('establishments')
    .select(['id', 'supplier_id'])
    .where('country', '=', 'SE')
    .where('service_kind', '=', 'hvb')
    .orderBy('name')
    .execute();
  if (homes.length === 0) return;
  await ctx.trx
    .updateTable('establishments')
    .set({
      offer_form: 'establishment',
      legal_bases: ['se_sol'],
      confirmed_by_name: 'Anna Persson',
    })
    .where('country', '=', 'SE')
    .where('service_kind', '=', 'hvb')
    .execute();
  for (const [n, h] of homes.entries()) {
    // Two homes have not confirmed for months: stale, as on the Danish side.
    const days = n % 9 === 4 ? 75 + n : (n * 3) % 20;
    await ctx.trx
      .updateTable('establishments')
      .set({ confirmed_at: new Date(now.getTime() - days * DAY) })
      .where('id', '=', h.id)
      .execute();
  }
  await ctx.trx
    .insertInto('offer_tariffs')
    .values(
      homes.map((h, n) => ({
        establishment_id: h.id,
        supplier_id: h.supplier_id,
        unit: 'day' as const,
        amount_minor: 380_000 + ((n * 17_500) % 160_000),
        currency: 'SEK' as const,
        valid_from: `${today.slice(0, 4)}-01-01`,
        created_at: now,
      })),
    )
    .execute();
}

export async function seedDemoMatching(ctx: DemoContext): Promise<void> {
  const now = ctx.clock.now();
  const today = localDate(now, 'DK');
  const fresh = await seedDanishSuppliers(ctx);
  const existing = await danishMarketOffers(ctx);
  await markExistingOffers(ctx, existing);
  const offers = [...fresh, ...existing];
  await ctx.trx
    .insertInto('offer_tariffs')
    .values(offers.flatMap((o) => tariffsOf(o, today, now)))
    .execute();
  // demo-compliance.ts gave the six suppliers' establishments their permits already.
  await seedApprovals(ctx, fresh, today);
  await seedMeetingNotes(ctx, fresh, today);
  await seedReferrals(ctx, fresh);
  await seedSwedishHvbOffers(ctx, localDate(now, 'SE'));
}
