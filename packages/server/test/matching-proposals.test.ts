// Proposals for a referral: every kind of failed constraint explained (those SQL filters first as
// well as those the domain finds), the order of proposals, stale offers marked, offers outside the
// municipality's agreements only with its setting, hidden offers excluded, meeting notes beside
// the suppliers, the price corridor without supplier names, and who may ask.
import { describe, expect, it } from 'vitest';
import { findMunicipality } from '@tildel/domain/reference/municipalities';
import { call, createTestApp } from './support/app.ts';
import { createMember, createOrganisation } from './support/factories.ts';

const { app, database, clock } = await createTestApp(); // now: 2026-11-23 09:00 UTC
const db = database.db;
const now = clock.now();
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

const aarhus = await createOrganisation(db, { kind: 'municipality', country: 'DK' });
await db
  .updateTable('organisations')
  .set({ municipality_code: '751' })
  .where('id', '=', aarhus.id)
  .execute();
const officer = await createMember(db, clock, aarhus.id, ['matching_officer']);
const caseworker = await createMember(db, clock, aarhus.id, ['caseworker']);

const category = await db
  .insertInto('service_categories')
  .values({
    organisation_id: aarhus.id,
    code: 'family_support',
    service_kind: 'open_care',
    name_sv: 'Familjestöd',
    name_da: 'Familiebehandling',
    name_en: 'Family support',
    default_unit: 'hour',
    created_at: now,
  })
  .returning('id')
  .executeTakeFirstOrThrow();
const agreement = await db
  .insertInto('framework_agreements')
  .values({
    organisation_id: aarhus.id,
    reference: 'AAR-FB-1',
    title: 'Familiebehandling 2026',
    country: 'DK',
    status: 'active',
    starts_on: '2026-01-01',
    ends_on: '2028-12-31',
    created_at: now,
  })
  .returning('id')
  .executeTakeFirstOrThrow();
const lot = await db
  .insertInto('agreement_lots')
  .values({
    agreement_id: agreement.id,
    organisation_id: aarhus.id,
    number: 1,
    name: 'Hele kommunen',
    category_id: category.id,
    calloff_method: 'ranking',
  })
  .returning('id')
  .executeTakeFirstOrThrow();

let rank = 0;
/** A supplier on the agreement's lot (unless `onAgreement` is false). */
async function supplier(name: string, onAgreement = true) {
  const org = await createOrganisation(db, { kind: 'supplier', country: 'DK', name });
  if (onAgreement) {
    rank += 1;
    await db
      .insertInto('lot_suppliers')
      .values({
        lot_id: lot.id,
        supplier_id: org.id,
        agreement_id: agreement.id,
        organisation_id: aarhus.id,
        rank,
        status: 'active',
      })
      .execute();
  }
  return org;
}

interface OfferValues {
  supplierId: string;
  name: string;
  municipality?: string;
  legalBases?: string[];
  targetGroups?: string[];
  ages?: [number, number];
  gender?: 'any' | 'female' | 'male';
  languages?: string[];
  places?: [number, number];
  nextFreeOn?: string | null;
  confirmedAt?: Date | null;
  permit?: 'valid' | 'revoked' | null;
  hourTariff?: number | null;
}

/** An open-care team of a Danish supplier that fits the referral unless told otherwise. */
async function offer(v: OfferValues) {
  const m = findMunicipality('DK', v.municipality ?? '751')!;
  const row = await db
    .insertInto('establishments')
    .values({
      supplier_id: v.supplierId,
      name: v.name,
      service_kind: 'open_care',
      country: 'DK',
      municipality_code: m.code,
      lat: m.lat,
      lon: m.lon,
      places_total: v.places?.[0] ?? 0,
      places_free: v.places?.[1] ?? 0,
      target_groups: v.targetGroups ?? ['children_0_12'],
      age_min: v.ages?.[0] ?? 0,
      age_max: v.ages?.[1] ?? 12,
      gender: v.gender ?? 'any',
      languages: v.languages ?? ['ar', 'da', 'en'],
      legal_bases: v.legalBases ?? ['dk_bl_32'],
      offer_form: 'team',
      next_free_on: v.nextFreeOn ?? null,
      confirmed_at: v.confirmedAt === undefined ? daysAgo(2) : v.confirmedAt,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (v.permit !== null) {
    await db
      .insertInto('permits')
      .values({
        establishment_id: row.id,
        supplier_id: v.supplierId,
        authority: 'Socialtilsyn',
        reference: `ST-${row.id.slice(0, 8)}`,
        status: v.permit ?? 'valid',
        valid_from: '2022-01-01',
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
  if (v.hourTariff !== null) {
    await db
      .insertInto('offer_tariffs')
      .values({
        establishment_id: row.id,
        supplier_id: v.supplierId,
        unit: 'hour',
        amount_minor: v.hourTariff ?? 60_000,
        currency: 'DKK',
        valid_from: '2026-01-01',
        created_at: now,
      })
      .execute();
  }
  return row.id;
}

const alfa = await supplier('Alfa Familie ApS');
const beta = await supplier('Beta Behandling ApS');
const gamma = await supplier('Gamma Støtte ApS');
const other = await supplier('Delta Diverse ApS');
const hiddenSupplier = await supplier('Epsilon Skjult ApS');
const outside = await supplier('Zeta Udenfor ApS', false);

const near = await offer({ supplierId: alfa.id, name: 'Alfa team Aarhus', hourTariff: 60_000 });
const farCheap = await offer({
  supplierId: beta.id,
  name: 'Beta team København',
  municipality: '101',
  hourTariff: 45_000,
});
const stale = await offer({
  supplierId: gamma.id,
  name: 'Gamma team Aarhus',
  confirmedAt: daysAgo(60),
  hourTariff: 55_000,
});
const excluded = {
  legal_basis: await offer({ supplierId: other.id, name: 'Delta §85', legalBases: ['dk_sel_85'] }),
  target_group: await offer({
    supplierId: other.id,
    name: 'Delta unge',
    targetGroups: ['youth_13_17'],
  }),
  age: await offer({ supplierId: other.id, name: 'Delta 13-17', ages: [13, 17] }),
  gender: await offer({ supplierId: other.id, name: 'Delta drenge', gender: 'male' }),
  languages: await offer({ supplierId: other.id, name: 'Delta English', languages: ['en'] }),
  capacity: await offer({
    supplierId: other.id,
    name: 'Delta fuld',
    places: [4, 0],
    nextFreeOn: '2027-01-15',
  }),
  approval: await offer({ supplierId: other.id, name: 'Delta uden tilsyn', permit: 'revoked' }),
  tariff: await offer({ supplierId: other.id, name: 'Delta uden takst', hourTariff: null }),
  not_blocked: await offer({ supplierId: hiddenSupplier.id, name: 'Epsilon team' }),
  route: await offer({ supplierId: outside.id, name: 'Zeta team', hourTariff: 50_000 }),
};
// Epsilon's team is hidden on the agreement by the municipality (modules/hiding).
await db
  .insertInto('establishment_hidings')
  .values({
    organisation_id: aarhus.id,
    agreement_id: agreement.id,
    supplier_id: hiddenSupplier.id,
    establishment_id: excluded.not_blocked,
    reason: 'Tilsynssag',
    hidden_from: '2026-10-01',
    created_by: officer.user.id,
    created_at: now,
  })
  .execute();
// Offers of another kind or country are not candidates at all.
await db
  .updateTable('establishments')
  .set({ service_kind: 'botilbud' })
  .where(
    'id',
    '=',
    await offer({ supplierId: other.id, name: 'Delta botilbud', hourTariff: 10_000 }),
  )
  .execute();

for (const [i, learned] of ['first', 'second', 'third', 'fourth'].entries()) {
  await db
    .insertInto('supplier_meeting_notes')
    .values({
      organisation_id: aarhus.id,
      supplier_id: alfa.id,
      met_on: `2026-0${i + 1}-10`,
      participants: 'Matchteam, Alfa',
      learned,
      created_by: officer.user.id,
      created_at: now,
    })
    .execute();
}

const referral = await db
  .insertInto('referrals')
  .values({
    organisation_id: aarhus.id,
    case_reference: 'AAR-2026-0042',
    kind: 'new',
    service_kind: 'open_care',
    legal_basis: 'dk_bl_32',
    purpose: 'Familiebehandling i hjemmet',
    start_on: '2026-12-01',
    expected_duration_days: 91,
    intensity_kind: 'hours_per_week',
    hours_per_week: '4',
    urgency: 'later',
    person: JSON.stringify({
      age: 10,
      gender: 'female',
      targetGroups: ['children_0_12'],
      needs: 'Støtte til forældrene',
      // Arabic first: every Danish offer speaks Danish, so only Arabic tells offers apart.
      languages: ['ar', 'da'],
      siblingCaseReferences: [],
      homeMunicipalityCode: '751',
      preferredArea: null,
    }),
    due_at: now,
    created_by: caseworker.user.id,
    created_at: now,
    updated_at: now,
  })
  .returning('id')
  .executeTakeFirstOrThrow();

const url = `/api/organisations/${aarhus.id}/referrals/${referral.id}/proposals`;

interface Answer {
  proposals: {
    total: number;
    items: {
      rank: number;
      total: number;
      offer: { id: string; name: string; routes: { kind: string }[] };
      supplier: { name: string; meetingNotes: { learned: string }[] };
      passed: string[];
      parts: { code: string; points: number }[];
      expectedCost: { amountMinor: number; currency: string };
      stale: boolean;
      outsideAgreements: boolean;
      notApproved: boolean;
    }[];
  };
  exclusions: {
    total: number;
    byReason: { code: string; count: number }[];
    items: {
      offer: { id: string; name: string };
      failures: { code: string; params: Record<string, string | number> }[];
    }[];
  };
}

async function proposals(): Promise<Answer> {
  const res = await call(app, officer.caller, { method: 'GET', url });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('proposals for a referral', () => {
  it('proposes the offers that pass every constraint, best first, with each score part', async () => {
    const answer = await proposals();
    const ids = answer.proposals.items.map((p) => p.offer.id);
    expect(new Set(ids)).toEqual(new Set([near, farCheap, stale]));
    expect(answer.proposals.total).toBe(3);
    expect(answer.proposals.items.map((p) => p.rank)).toEqual([1, 2, 3]);
    const totals = answer.proposals.items.map((p) => p.total);
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
    for (const p of answer.proposals.items) {
      expect(p.passed).toContain('capacity');
      expect(p.passed).toContain('route');
      expect(p.parts.map((part) => part.code).sort()).toEqual(
        ['continuity', 'cost', 'distance', 'freshness', 'quality'].sort(),
      );
      const sum = p.parts.reduce((s, part) => s + part.points, 0);
      expect(sum).toBeCloseTo(p.total, 2);
      expect(p.outsideAgreements).toBe(false);
      expect(p.offer.routes).toEqual([expect.objectContaining({ kind: 'agreement' })]);
    }
    // 4 face-to-face hours a week for 13 weeks at 600 DKK an hour.
    const alfaProposal = answer.proposals.items.find((p) => p.offer.id === near)!;
    expect(alfaProposal.expectedCost).toEqual({ amountMinor: 60_000 * 4 * 13, currency: 'DKK' });
  });

  it('marks a stale offer', async () => {
    const answer = await proposals();
    const byId = new Map(answer.proposals.items.map((p) => [p.offer.id, p]));
    expect(byId.get(stale)!.stale).toBe(true);
    expect(byId.get(near)!.stale).toBe(false);
    expect(byId.get(farCheap)!.stale).toBe(false);
  });

  it('explains every excluded offer, whether SQL or the domain left it out', async () => {
    const answer = await proposals();
    const reasons = Object.fromEntries(answer.exclusions.byReason.map((r) => [r.code, r.count]));
    expect(reasons).toEqual({
      legal_basis: 1,
      target_group: 1,
      age: 1,
      gender: 1,
      languages: 1,
      capacity: 1,
      approval: 1,
      not_blocked: 1,
      tariff: 1,
      route: 1,
    });
    expect(answer.exclusions.total).toBe(10);
    const byId = new Map(answer.exclusions.items.map((e) => [e.offer.id, e]));
    expect(byId.size).toBe(10);
    for (const [code, id] of Object.entries(excluded)) {
      expect(byId.get(id)!.failures[0]!.code, code).toBe(code);
    }
    expect(byId.get(excluded.capacity)!.failures[0]!.params).toMatchObject({
      until: '2027-01-15',
    });
    expect(byId.get(excluded.approval)!.failures[0]!.params).toMatchObject({
      authority: 'Socialtilsyn',
      status: 'not_approved',
    });
    expect(byId.get(excluded.age)!.failures[0]!.params).toMatchObject({ age: 10, min: 13 });
  });

  it('excludes an establishment hidden on the agreement', async () => {
    const answer = await proposals();
    expect(answer.proposals.items.map((p) => p.offer.id)).not.toContain(excluded.not_blocked);
    const hidden = answer.exclusions.items.find((e) => e.offer.id === excluded.not_blocked)!;
    // Hidden on its only agreement, it has no route left either.
    expect(hidden.failures[0]).toEqual({ code: 'not_blocked', params: { reason: 'hidden' } });
    expect(hidden.failures.map((f) => f.code)).toEqual(['not_blocked', 'route']);
  });

  it('shows the latest three meeting notes beside the supplier', async () => {
    const answer = await proposals();
    const alfaProposal = answer.proposals.items.find((p) => p.offer.id === near)!;
    expect(alfaProposal.supplier.meetingNotes.map((n) => n.learned)).toEqual([
      'fourth',
      'third',
      'second',
    ]);
    const betaProposal = answer.proposals.items.find((p) => p.offer.id === farCheap)!;
    expect(betaProposal.supplier.meetingNotes).toEqual([]);
  });

  it('proposes offers outside the agreements only where the municipality allows it, marked', async () => {
    await db
      .insertInto('matching_settings')
      .values({ organisation_id: aarhus.id, allow_outside_agreements: true, updated_at: now })
      .execute();
    try {
      const answer = await proposals();
      const zeta = answer.proposals.items.find((p) => p.offer.id === excluded.route)!;
      expect(zeta.outsideAgreements).toBe(true);
      expect(zeta.offer.routes).toEqual([]);
      expect(answer.proposals.total).toBe(4);
      expect(answer.exclusions.byReason.find((r) => r.code === 'route')).toBeUndefined();
    } finally {
      await db.deleteFrom('matching_settings').where('organisation_id', '=', aarhus.id).execute();
    }
  });

  it('answers 404 for a referral of another organisation and 403 to a supplier or caseworker', async () => {
    const stranger = await createOrganisation(db, { kind: 'municipality', country: 'DK' });
    const strangerOfficer = await createMember(db, clock, stranger.id, ['matching_officer']);
    const foreign = await call(app, strangerOfficer.caller, {
      method: 'GET',
      url: `/api/organisations/${stranger.id}/referrals/${referral.id}/proposals`,
    });
    expect(foreign.statusCode).toBe(404);

    const supplierAdmin = await createMember(db, clock, alfa.id, ['supplier_admin']);
    const asSupplier = await call(app, supplierAdmin.caller, {
      method: 'GET',
      url: `/api/organisations/${alfa.id}/referrals/${referral.id}/proposals`,
    });
    expect(asSupplier.statusCode).toBe(403);
    const asCaseworker = await call(app, caseworker.caller, { method: 'GET', url });
    expect(asCaseworker.statusCode).toBe(403);
  });
});

describe('the price corridor', () => {
  it('gives the distribution of tariffs in force per service and unit, naming no supplier', async () => {
    const res = await call(app, officer.caller, {
      method: 'GET',
      url: `/api/organisations/${aarhus.id}/matching/price-corridor?serviceKind=open_care&unit=hour`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const { items } = res.json() as { items: Record<string, unknown>[] };
    expect(items).toHaveLength(1);
    // The tariffs of the open-care offers located in Aarhus (København's is another municipality).
    const aarhusTariffs = [60_000, 55_000, ...Array(8).fill(60_000), 50_000];
    expect(items[0]).toMatchObject({
      serviceKind: 'open_care',
      unit: 'hour',
      currency: 'DKK',
      count: aarhusTariffs.length,
      lowest: 50_000,
      highest: 60_000,
      median: 60_000,
    });
    expect(res.body).not.toContain('ApS');

    const supplierAdmin = await createMember(db, clock, beta.id, ['supplier_admin']);
    const asSupplier = await call(app, supplierAdmin.caller, {
      method: 'GET',
      url: `/api/organisations/${beta.id}/matching/price-corridor`,
    });
    expect(asSupplier.statusCode).toBe(403);
  });
});
