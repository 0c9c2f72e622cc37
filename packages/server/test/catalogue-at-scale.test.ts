// The catalogue over more matches than a page: a search by distance reads only the page's
// surroundings (the position index, nearest first) and must still give exactly the order of
// every match; a broad search counts up to 1 000 and then says "more than".
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { CATALOGUE_COUNT_LIMIT, compareCatalogueResults } from '@tildel/domain/catalogue';
import {
  distanceKm,
  findMunicipality,
  municipalities,
} from '@tildel/domain/reference/municipalities';
import { seedDefaultTaxonomy } from '../src/modules/agreements/taxonomy/defaults.ts';
import { call, createTestApp } from './support/app.ts';
import { createOrganisation, createSession, createUser } from './support/factories.ts';

const { app, database, clock } = await createTestApp(); // today: 2026-11-23
const db = database.db;

const body = await createOrganisation(db, { kind: 'procurement_body' });
const kristianstad = await createOrganisation(db, { kind: 'municipality' });
await db
  .insertInto('body_mandates')
  .values({ organisation_id: body.id, municipality_id: kristianstad.id })
  .execute();
await db.transaction().execute((trx) => seedDefaultTaxonomy(trx, clock, body.id, 'SE'));
const { id: hvbYouth } = await db
  .selectFrom('service_categories')
  .select('id')
  .where('organisation_id', '=', body.id)
  .where('code', '=', 'hvb_youth')
  .executeTakeFirstOrThrow();
const caseworker = await createUser(db, {
  memberships: [{ organisationId: kristianstad.id, roles: ['caseworker'] }],
});
const session = await createSession(db, clock, caseworker.id, kristianstad.id);

// Three suppliers with a price each, and 1 030 establishments on the seats of the 40 Swedish
// municipalities nearest Kristianstad: many share a seat, so distances tie and the price, then
// the name, orders them.
const KRISTIANSTAD = findMunicipality('SE', '1290')!;
const SEATS = [...municipalities('SE')]
  .sort((a, b) => distanceKm(KRISTIANSTAD, a) - distanceKm(KRISTIANSTAD, b))
  .slice(0, 40);
const PRICES = [250_000, 200_000, 300_000];
const suppliers = await Promise.all(
  PRICES.map((_, i) => createOrganisation(db, { kind: 'supplier', name: `Leverantör ${i}` })),
);
for (const [i, supplier] of suppliers.entries()) {
  await db
    .insertInto('prices')
    .values({
      supplier_id: supplier.id,
      category_id: hvbYouth,
      unit: 'day',
      amount_minor: PRICES[i]!,
      currency: 'SEK',
      valid_from: '2026-01-01',
      status: 'agreed',
      created_at: clock.now(),
    })
    .execute();
}
const ESTABLISHMENTS = 1030;
await sql`
  INSERT INTO establishments (supplier_id, name, service_kind, country, municipality_code, lat, lon,
    places_total, places_free, target_groups, age_min, age_max, gender, created_at)
  SELECT (${sql.val(suppliers.map((s) => s.id))}::uuid[])[1 + n % 3],
    'Hem ' || lpad(((n * 7919) % ${ESTABLISHMENTS})::text, 4, '0'), 'hvb', 'SE',
    (${sql.val(SEATS.map((m) => m.code))}::text[])[1 + n % ${SEATS.length}],
    (${sql.val(SEATS.map((m) => m.lat))}::float8[])[1 + n % ${SEATS.length}],
    (${sql.val(SEATS.map((m) => m.lon))}::float8[])[1 + n % ${SEATS.length}],
    10, n % 4, ARRAY['youth_13_17'], 13, 17, 'any', ${clock.now()}
  FROM generate_series(0, ${ESTABLISHMENTS - 1}) n`.execute(db);

interface Answer {
  items: { id: string; name: string; distanceKm: number; price: { amountMinor: number } | null }[];
  total: number;
  totalCapped: boolean;
}

async function search(query: Record<string, string | number>) {
  const params = new URLSearchParams(
    Object.entries(query).map(([k, v]) => [k, String(v)] as [string, string]),
  );
  const response = await call(app, session, {
    method: 'GET',
    url: `/api/organisations/${kristianstad.id}/catalogue?${params.toString()}`,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Answer;
}

/**
 * Every match in the catalogue's order by distance, worked out here from the rows inserted: with
 * the category's prices, or without a category by the offer's own tariff (none here).
 */
async function expectedByDistance(maxKm: number, minFree: number, byCategory: boolean) {
  const rows = await db
    .selectFrom('establishments')
    .select(['id', 'name', 'lat', 'lon', 'supplier_id', 'places_free'])
    .execute();
  return rows
    .filter((r) => r.places_free >= minFree)
    .map((r) => ({
      id: r.id,
      name: r.name,
      distanceKm: distanceKm(KRISTIANSTAD, r),
      priceMinor: byCategory ? PRICES[suppliers.findIndex((s) => s.id === r.supplier_id)]! : null,
    }))
    .filter((r) => r.distanceKm <= maxKm)
    .sort(compareCatalogueResults('distance'));
}

describe('the catalogue over many matches', () => {
  it('gives every page of a search by distance exactly in the order of all its matches, with or without a category', async () => {
    for (const [maxKm, minFree, byCategory] of [
      [2000, 0, true],
      [80, 1, true],
      [80, 1, false],
    ] as const) {
      const expected = await expectedByDistance(maxKm, minFree, byCategory);
      expect(expected.length).toBeGreaterThan(120);
      const paged = [];
      for (let offset = 0; offset < 120; offset += 20) {
        const page = await search({
          ...(byCategory ? { category: hvbYouth } : {}),
          near: '1290',
          maxDistanceKm: maxKm,
          minFreePlaces: minFree,
          sort: 'distance',
          limit: 20,
          offset,
        });
        paged.push(...page.items);
        // Counted in full below the limit, within the distance, however the page was found.
        expect([page.total, page.totalCapped]).toEqual(
          expected.length > 1000 ? [1000, true] : [expected.length, false],
        );
      }
      expect(paged.map((r) => [r.name, r.distanceKm, r.price?.amountMinor ?? null])).toEqual(
        expected.slice(0, 120).map((r) => [r.name, r.distanceKm, r.priceMinor]),
      );
      // A tie at the page's edge is broken as the whole order breaks it: by price, then name.
      expect(new Set(expected.slice(0, 120).map((r) => r.distanceKm)).size).toBeLessThan(40);
    }
  });

  it('counts exactly up to 1 000 matches and says “more than” above, as far as the page goes', async () => {
    const all = await search({ category: hvbYouth, limit: 25 });
    expect(all).toMatchObject({ total: CATALOGUE_COUNT_LIMIT, totalCapped: true });
    const near = await search({ category: hvbYouth, near: '1290', sort: 'distance' });
    expect(near).toMatchObject({ total: CATALOGUE_COUNT_LIMIT, totalCapped: true });
    const byPrice = await search({ category: hvbYouth, sort: 'price', priceMin: 100_000 });
    expect(byPrice).toMatchObject({ total: CATALOGUE_COUNT_LIMIT, totalCapped: true });

    const oneSeat = await search({ category: hvbYouth, municipality: SEATS[0]!.code });
    expect(oneSeat).toMatchObject({ total: Math.ceil(ESTABLISHMENTS / 40), totalCapped: false });

    // Beyond the limit the count reaches one past the page, so a next page is offered …
    const deep = await search({ category: hvbYouth, limit: 25, offset: 1000 });
    expect(deep).toMatchObject({ total: 1025, totalCapped: true });
    expect(deep.items).toHaveLength(25);
    // … and the last page counts them all.
    const last = await search({ category: hvbYouth, limit: 25, offset: 1025 });
    expect(last).toMatchObject({ total: ESTABLISHMENTS, totalCapped: false });
    expect(last.items).toHaveLength(ESTABLISHMENTS - 1025);
  });
});
