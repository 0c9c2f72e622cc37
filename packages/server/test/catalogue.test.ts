// Catalogue search: each filter, the sorts, the badges, and which categories a caller may use.
import { describe, expect, it } from 'vitest';
import { compareCatalogueResults } from '@tildel/domain/catalogue';
import { distanceKm, findMunicipality } from '@tildel/domain/reference/municipalities';
import { seedDefaultTaxonomy } from '../src/modules/agreements/taxonomy/defaults.ts';
import { call, createTestApp } from './support/app.ts';
import { createOrganisation, createSession, createUser } from './support/factories.ts';

const { app, database, clock } = await createTestApp(); // today: 2026-11-23
const db = database.db;

async function taxonomyFor(organisationId: string) {
  await db.transaction().execute((trx) => seedDefaultTaxonomy(trx, clock, organisationId, 'SE'));
  const category = (code: string) =>
    db
      .selectFrom('service_categories')
      .select('id')
      .where('organisation_id', '=', organisationId)
      .where('code', '=', code)
      .executeTakeFirstOrThrow()
      .then((r) => r.id);
  return { hvbYouth: await category('hvb_youth'), housing: await category('supported_housing') };
}

// The world: a joint body with Kristianstad in its mandate; a second body that owns an agreement
// Kristianstad takes part in; a third body Kristianstad has nothing to do with.
const body = await createOrganisation(db, { kind: 'procurement_body' });
const agreementBody = await createOrganisation(db, { kind: 'procurement_body' });
const strangerBody = await createOrganisation(db, { kind: 'procurement_body' });
const kristianstad = await createOrganisation(db, { kind: 'municipality' });
await db
  .insertInto('body_mandates')
  .values({ organisation_id: body.id, municipality_id: kristianstad.id })
  .execute();
const categories = await taxonomyFor(body.id);
const agreementCategories = await taxonomyFor(agreementBody.id);
const strangerCategories = await taxonomyFor(strangerBody.id);

const caseworker = await createUser(db, {
  memberships: [{ organisationId: kristianstad.id, roles: ['caseworker'] }],
});
const session = await createSession(db, clock, caseworker.id, kristianstad.id);

const suppliers = await Promise.all(
  ['Alfa Omsorg AB', 'Beta Vård AB', 'Gamma Hem AB', 'Zeta Unga AB'].map((name) =>
    createOrganisation(db, { kind: 'supplier', name }),
  ),
);
const [alfaAb, betaAb, gammaAb, zetaAb] = suppliers as [
  (typeof suppliers)[number],
  (typeof suppliers)[number],
  (typeof suppliers)[number],
  (typeof suppliers)[number],
];

async function establishment(values: {
  supplierId: string;
  name: string;
  kind?: 'hvb' | 'supported_housing';
  municipality: string;
  targetGroups: string[];
  ages: [number, number];
  gender?: 'any' | 'female' | 'male';
  places: [number, number];
  closed?: boolean;
}) {
  const m = findMunicipality('SE', values.municipality)!;
  const row = await db
    .insertInto('establishments')
    .values({
      supplier_id: values.supplierId,
      name: values.name,
      service_kind: values.kind ?? 'hvb',
      country: 'SE',
      municipality_code: m.code,
      lat: m.lat,
      lon: m.lon,
      places_total: values.places[0],
      places_free: values.places[1],
      places_updated_at: clock.now(),
      target_groups: values.targetGroups,
      age_min: values.ages[0],
      age_max: values.ages[1],
      gender: values.gender ?? 'any',
      created_at: clock.now(),
      closed_at: values.closed ? clock.now() : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function permit(
  establishmentId: string,
  supplierId: string,
  status: 'valid' | 'revoked',
  validTo: string | null,
) {
  await db
    .insertInto('permits')
    .values({
      establishment_id: establishmentId,
      supplier_id: supplierId,
      authority: 'IVO',
      reference: `IVO-${establishmentId.slice(0, 8)}-${status}`,
      status,
      valid_from: '2020-01-01',
      valid_to: validTo,
      created_at: clock.now(),
      updated_at: clock.now(),
    })
    .execute();
}

async function price(values: {
  supplierId: string;
  categoryId: string;
  amount: number;
  establishmentId?: string;
  validFrom?: string;
  validTo?: string;
  status?: 'agreed' | 'proposed';
}) {
  await db
    .insertInto('prices')
    .values({
      supplier_id: values.supplierId,
      category_id: values.categoryId,
      establishment_id: values.establishmentId ?? null,
      unit: 'day',
      amount_minor: values.amount,
      currency: 'SEK',
      valid_from: values.validFrom ?? '2026-01-01',
      valid_to: values.validTo ?? null,
      status: values.status ?? 'agreed',
      created_at: clock.now(),
    })
    .execute();
}

async function agreementWith(
  ownerId: string,
  categoryId: string,
  participants: string[],
  onLot: {
    supplierId: string;
    status: 'active' | 'hidden' | 'terminated';
    hidden?: [string, string];
  }[],
) {
  const agreement = await db
    .insertInto('framework_agreements')
    .values({
      organisation_id: ownerId,
      reference: `RA-${Math.random().toString(36).slice(2, 10)}`,
      title: 'HVB för unga',
      country: 'SE',
      status: 'active',
      starts_on: '2026-01-01',
      ends_on: '2027-12-31',
      created_at: clock.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const municipalityId of participants) {
    await db
      .insertInto('agreement_municipalities')
      .values({ agreement_id: agreement.id, municipality_id: municipalityId })
      .execute();
  }
  const lot = await db
    .insertInto('agreement_lots')
    .values({
      agreement_id: agreement.id,
      organisation_id: ownerId,
      number: 1,
      name: 'Skåne',
      category_id: categoryId,
      calloff_method: 'ranking',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [i, s] of onLot.entries()) {
    await db
      .insertInto('lot_suppliers')
      .values({
        lot_id: lot.id,
        supplier_id: s.supplierId,
        agreement_id: agreement.id,
        organisation_id: ownerId,
        rank: i + 1,
        status: s.status,
        hidden_from: s.hidden?.[0] ?? null,
        hidden_to: s.hidden?.[1] ?? null,
        terminated_on: s.status === 'terminated' ? '2026-10-01' : null,
      })
      .execute();
  }
}

const alfa = await establishment({
  supplierId: alfaAb.id,
  name: 'Alfa',
  municipality: '1290', // Kristianstad
  targetGroups: ['youth_13_17', 'neuropsychiatric'],
  ages: [13, 17],
  places: [8, 2],
});
const beta = await establishment({
  supplierId: betaAb.id,
  name: 'Beta',
  municipality: '1293', // Hässleholm, about 25 km away
  targetGroups: ['youth_13_17'],
  ages: [14, 17],
  gender: 'female',
  places: [6, 0],
});
const gamma = await establishment({
  supplierId: gammaAb.id,
  name: 'Gamma',
  municipality: '0180', // Stockholm
  targetGroups: ['young_adults_18_25'],
  ages: [18, 21],
  gender: 'male',
  places: [10, 1],
});
const zeta = await establishment({
  supplierId: zetaAb.id,
  name: 'Zeta',
  municipality: '1286', // Ystad
  targetGroups: ['youth_13_17'],
  ages: [13, 16],
  places: [9, 1],
});
await establishment({
  supplierId: alfaAb.id,
  name: 'Delta',
  kind: 'supported_housing',
  municipality: '1290',
  targetGroups: ['youth_13_17'],
  ages: [16, 20],
  places: [12, 3],
});
await establishment({
  supplierId: alfaAb.id,
  name: 'Epsilon (closed)',
  municipality: '1290',
  targetGroups: ['youth_13_17'],
  ages: [13, 17],
  places: [8, 4],
  closed: true,
});

await permit(alfa, alfaAb.id, 'valid', null);
await permit(beta, betaAb.id, 'revoked', null);
await permit(gamma, gammaAb.id, 'valid', '2026-01-01'); // expired
await permit(zeta, zetaAb.id, 'valid', '2027-06-30');

await price({ supplierId: alfaAb.id, categoryId: categories.hvbYouth, amount: 250_000 });
await price({
  supplierId: alfaAb.id,
  categoryId: categories.hvbYouth,
  amount: 240_000,
  establishmentId: alfa,
});
await price({ supplierId: betaAb.id, categoryId: categories.hvbYouth, amount: 300_000 });
await price({ supplierId: gammaAb.id, categoryId: categories.hvbYouth, amount: 200_000 });
await price({
  supplierId: gammaAb.id,
  categoryId: categories.hvbYouth,
  amount: 100_000,
  validFrom: '2025-01-01',
  validTo: '2025-12-31',
});
await price({
  supplierId: gammaAb.id,
  categoryId: categories.hvbYouth,
  amount: 50_000,
  validFrom: '2026-11-01',
  status: 'proposed',
});

// Kristianstad takes part in the agreement: Zeta is hidden now, Beta's hiding has ended, Gamma
// is terminated. On an agreement Kristianstad is no part of, Alfa's hiding is none of its business.
await agreementWith(
  agreementBody.id,
  agreementCategories.hvbYouth,
  [kristianstad.id],
  [
    { supplierId: zetaAb.id, status: 'hidden', hidden: ['2026-11-01', '2026-12-31'] },
    { supplierId: betaAb.id, status: 'hidden', hidden: ['2026-09-01', '2026-11-22'] },
    { supplierId: gammaAb.id, status: 'terminated' },
  ],
);
await agreementWith(
  strangerBody.id,
  strangerCategories.hvbYouth,
  [],
  [{ supplierId: alfaAb.id, status: 'hidden', hidden: ['2026-01-01', '2026-12-31'] }],
);

interface Result {
  id: string;
  name: string;
  distanceKm: number | null;
  permitStatus: string;
  price: { amountMinor: number; currency: string; unit: string } | null;
  hidden: boolean;
  terminated: boolean;
  placesFree: number;
  supplier: { id: string; name: string };
  municipality: { code: string; name: string };
}

async function search(query: Record<string, string | number | boolean>) {
  const params = new URLSearchParams(
    Object.entries(query).map(([k, v]) => [k, String(v)] as [string, string]),
  );
  return call(app, session, {
    method: 'GET',
    url: `/api/organisations/${kristianstad.id}/catalogue?${params.toString()}`,
  });
}

async function names(query: Record<string, string | number | boolean>) {
  const response = await search(query);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { items: Result[] }).items.map((r) => r.name);
}

const hvb = { category: categories.hvbYouth };

describe('the catalogue', () => {
  it('shows the open establishments of the category’s service kind, by name', async () => {
    expect(await names(hvb)).toEqual(['Alfa', 'Beta', 'Gamma', 'Zeta']);
    expect(await names({})).toEqual(['Alfa', 'Beta', 'Delta', 'Gamma', 'Zeta']);
  });

  it('filters by target group', async () => {
    expect(await names({ ...hvb, targetGroup: 'youth_13_17' })).toEqual(['Alfa', 'Beta', 'Zeta']);
    expect(await names({ ...hvb, targetGroup: 'young_adults_18_25' })).toEqual(['Gamma']);
  });

  it('filters by age: the person’s age lies within the range, both ends included', async () => {
    expect(await names({ ...hvb, age: 13 })).toEqual(['Alfa', 'Zeta']);
    expect(await names({ ...hvb, age: 17 })).toEqual(['Alfa', 'Beta']);
    expect(await names({ ...hvb, age: 18 })).toEqual(['Gamma']);
    expect(await names({ ...hvb, age: 12 })).toEqual([]);
  });

  it('filters by gender: the establishment takes that gender or any', async () => {
    expect(await names({ ...hvb, gender: 'female' })).toEqual(['Alfa', 'Beta', 'Zeta']);
    expect(await names({ ...hvb, gender: 'male' })).toEqual(['Alfa', 'Gamma', 'Zeta']);
  });

  it('filters by municipality', async () => {
    expect(await names({ municipality: '1290' })).toEqual(['Alfa', 'Delta']);
  });

  it('filters by distance from a municipality and reports it', async () => {
    const kristianstadSeat = findMunicipality('SE', '1290')!;
    const hassleholm = distanceKm(kristianstadSeat, findMunicipality('SE', '1293')!);
    const ystad = distanceKm(kristianstadSeat, findMunicipality('SE', '1286')!);
    expect(hassleholm).toBeLessThan(30);
    expect(ystad).toBeGreaterThan(30);
    const response = await search({ ...hvb, near: '1290', maxDistanceKm: 30 });
    const items = (response.json() as { items: Result[] }).items;
    expect(items.map((r) => [r.name, r.distanceKm])).toEqual([
      ['Alfa', 0],
      ['Beta', hassleholm],
    ]);
    expect(await names({ ...hvb, near: '1290', maxDistanceKm: ystad })).toEqual([
      'Alfa',
      'Beta',
      'Zeta',
    ]);
  });

  it('filters by free places', async () => {
    expect(await names({ ...hvb, minFreePlaces: 1 })).toEqual(['Alfa', 'Gamma', 'Zeta']);
    expect(await names({ ...hvb, minFreePlaces: 2 })).toEqual(['Alfa']);
  });

  it('shows the permit status and filters to permits in force: not revoked, not expired', async () => {
    const response = await search({});
    const status = Object.fromEntries(
      (response.json() as { items: Result[] }).items.map((r) => [r.name, r.permitStatus]),
    );
    expect(status).toEqual({
      Alfa: 'valid',
      Beta: 'problem',
      Delta: 'none',
      Gamma: 'problem',
      Zeta: 'valid',
    });
    expect(await names({ ...hvb, permitValid: true })).toEqual(['Alfa', 'Zeta']);
    expect(await names({ ...hvb, permitValid: false })).toEqual(['Alfa', 'Beta', 'Gamma', 'Zeta']);
  });

  it('shows the agreed price in force, the establishment’s own first, and filters by it', async () => {
    const response = await search(hvb);
    const prices = Object.fromEntries(
      (response.json() as { items: Result[] }).items.map((r) => [
        r.name,
        r.price?.amountMinor ?? null,
      ]),
    );
    // Gamma's old price has ended and its proposal is not agreed.
    expect(prices).toEqual({ Alfa: 240_000, Beta: 300_000, Gamma: 200_000, Zeta: null });
    expect(await names({ ...hvb, priceMin: 210_000, priceMax: 260_000 })).toEqual(['Alfa']);
    expect(await names({ ...hvb, priceMin: 240_000, priceMax: 240_000 })).toEqual(['Alfa']);
    expect(await names({ ...hvb, priceMax: 239_999 })).toEqual(['Gamma']);
  });

  it('marks a supplier hidden or terminated on the caller’s agreements, without leaving it out', async () => {
    const response = await search(hvb);
    const badges = Object.fromEntries(
      (response.json() as { items: Result[] }).items.map((r) => [r.name, [r.hidden, r.terminated]]),
    );
    expect(badges).toEqual({
      Alfa: [false, false], // hidden only on an agreement Kristianstad is not part of
      Beta: [false, false], // its hiding ended yesterday
      Gamma: [false, true],
      Zeta: [true, false],
    });
  });

  it('sorts by price (no price last) and by distance, as the domain’s order says', async () => {
    const byPrice = (await search({ ...hvb, sort: 'price', near: '1290' })).json() as {
      items: Result[];
    };
    expect(byPrice.items.map((r) => r.name)).toEqual(['Gamma', 'Alfa', 'Beta', 'Zeta']);
    const byDistance = (await search({ ...hvb, sort: 'distance', near: '1290' })).json() as {
      items: Result[];
    };
    expect(byDistance.items.map((r) => r.name)).toEqual(['Alfa', 'Beta', 'Zeta', 'Gamma']);
    const sortable = byDistance.items.map((r) => ({
      id: r.id,
      name: r.name,
      priceMinor: r.price?.amountMinor ?? null,
      distanceKm: r.distanceKm,
    }));
    expect([...sortable].sort(compareCatalogueResults('distance'))).toEqual(sortable);
  });

  it('pages the results and counts them all', async () => {
    const first = (await search({ ...hvb, limit: 3 })).json() as { items: Result[]; total: number };
    const second = (await search({ ...hvb, limit: 3, offset: 3 })).json() as {
      items: Result[];
      total: number;
    };
    expect(first.total).toBe(4);
    expect(second.total).toBe(4);
    expect([...first.items, ...second.items].map((r) => r.name)).toEqual([
      'Alfa',
      'Beta',
      'Gamma',
      'Zeta',
    ]);
  });

  it('searches by a category of a body owning an agreement the caller takes part in', async () => {
    expect(
      await names({ category: agreementCategories.hvbYouth, targetGroup: 'youth_13_17' }),
    ).toEqual(['Alfa', 'Beta', 'Zeta']);
    expect(await names({ category: categories.housing })).toEqual(['Delta']);
  });

  it('answers 404 naming the category for a body the caller has no relation to', async () => {
    const response = await search({ category: strangerCategories.hvbYouth });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({
      detail: 'This category is not among the categories you can search.',
      errors: [{ field: 'category' }],
    });
  });

  it('refuses criteria that do not fit together, naming the parameters', async () => {
    const noCategory = await search({ sort: 'price', priceMin: 1 });
    expect(noCategory.statusCode).toBe(400);
    expect(
      (noCategory.json() as { errors: { field: string }[] }).errors.map((e) => e.field),
    ).toEqual(['priceMin', 'sort']);
    const noOrigin = await search({ maxDistanceKm: 10 });
    expect(noOrigin.statusCode).toBe(400);
    expect(noOrigin.json()).toMatchObject({
      errors: [
        { field: 'maxDistanceKm', message: 'Choose a municipality to measure the distance from.' },
      ],
    });
    const inverted = await search({ ...hvb, priceMin: 5, priceMax: 4 });
    expect(inverted.statusCode).toBe(400);
    const unknown = await search({ near: '9999' });
    expect(unknown.statusCode).toBe(400);
  });

  it('lists the categories of the caller’s bodies and their target groups to search by', async () => {
    const response = await call(app, session, {
      method: 'GET',
      url: `/api/organisations/${kristianstad.id}/catalogue/filters`,
    });
    expect(response.statusCode).toBe(200);
    const answer = response.json() as {
      categories: { id: string; body: { id: string } }[];
      targetGroups: { code: string }[];
    };
    const bodies = new Set(answer.categories.map((c) => c.body.id));
    expect(bodies).toEqual(new Set([body.id, agreementBody.id]));
    expect(answer.categories.map((c) => c.id)).not.toContain(strangerCategories.hvbYouth);
    expect(answer.targetGroups.map((g) => g.code)).toContain('youth_13_17');
    expect(new Set(answer.targetGroups.map((g) => g.code)).size).toBe(answer.targetGroups.length);
  });
});
