// The catalogue's stored prices in force (catalogue_prices, migration 0026): a search sorted or
// filtered by price reads them, so they must follow every price, tariff and establishment change
// at once, and the days as they move; prices under agreements count only for their participants.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { findMunicipality } from '@tildel/domain/reference/municipalities';
import { seedDefaultTaxonomy } from '../src/modules/agreements/taxonomy/defaults.ts';
import { call, createTestApp } from './support/app.ts';
import { createOrganisation, createSession, createUser } from './support/factories.ts';

const { app, database, clock } = await createTestApp(); // today: 2026-11-23
const db = database.db;
const start = clock.now();

const body = await createOrganisation(db, { kind: 'procurement_body' });
const otherBody = await createOrganisation(db, { kind: 'procurement_body' });
const kristianstad = await createOrganisation(db, { kind: 'municipality' });
const elsewhere = await createOrganisation(db, { kind: 'municipality' });
await db
  .insertInto('body_mandates')
  .values({ organisation_id: body.id, municipality_id: kristianstad.id })
  .execute();
await db.transaction().execute((trx) => seedDefaultTaxonomy(trx, clock, body.id, 'SE'));
const hvbYouth = (
  await db
    .selectFrom('service_categories')
    .select('id')
    .where('organisation_id', '=', body.id)
    .where('code', '=', 'hvb_youth')
    .executeTakeFirstOrThrow()
).id;
const caseworker = await createUser(db, {
  memberships: [{ organisationId: kristianstad.id, roles: ['caseworker'] }],
});
let session = await createSession(db, clock, caseworker.id, kristianstad.id);

const [annaAb, bertilAb, ceciliaAb, davidAb] = await Promise.all(
  ['Anna AB', 'Bertil AB', 'Cecilia AB', 'David AB'].map((name) =>
    createOrganisation(db, { kind: 'supplier', name }),
  ),
);

async function establishment(
  supplierId: string,
  name: string,
  kind: 'hvb' | 'supported_housing' = 'hvb',
) {
  const m = findMunicipality('SE', '1290')!;
  const row = await db
    .insertInto('establishments')
    .values({
      supplier_id: supplierId,
      name,
      service_kind: kind,
      country: 'SE',
      municipality_code: m.code,
      lat: m.lat,
      lon: m.lon,
      places_total: 6,
      places_free: 1,
      target_groups: ['youth_13_17'],
      age_min: 13,
      age_max: 17,
      created_at: clock.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function price(values: {
  supplierId: string;
  amount: number;
  establishmentId?: string;
  agreementId?: string;
  validFrom?: string;
  validTo?: string;
}) {
  await db
    .insertInto('prices')
    .values({
      supplier_id: values.supplierId,
      category_id: hvbYouth,
      establishment_id: values.establishmentId ?? null,
      agreement_id: values.agreementId ?? null,
      unit: 'day',
      amount_minor: values.amount,
      currency: 'SEK',
      valid_from: values.validFrom ?? '2026-01-01',
      valid_to: values.validTo ?? null,
      status: 'agreed',
      created_at: clock.now(),
    })
    .execute();
}

async function agreement(ownerId: string, participants: string[]) {
  const row = await db
    .insertInto('framework_agreements')
    .values({
      organisation_id: ownerId,
      reference: `RA-${Math.random().toString(36).slice(2, 10)}`,
      title: 'HVB',
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
      .values({ agreement_id: row.id, municipality_id: municipalityId })
      .execute();
  }
  return row.id;
}

interface Result {
  name: string;
  price: { amountMinor: number; source: string } | null;
  hidden: boolean;
  terminated: boolean;
}

/** The page sorted by price as [name, price] pairs, and the total. */
async function byPrice(query: Record<string, string | number> = {}) {
  const params = new URLSearchParams({ category: hvbYouth, sort: 'price' });
  for (const [k, v] of Object.entries(query)) params.set(k, String(v));
  const response = await call(app, session, {
    method: 'GET',
    url: `/api/organisations/${kristianstad.id}/catalogue?${params.toString()}`,
  });
  expect(response.statusCode, response.body).toBe(200);
  const body = response.json() as { items: Result[]; total: number };
  return {
    rows: body.items.map((r) => [r.name, r.price?.amountMinor ?? null] as const),
    items: body.items,
    total: body.total,
  };
}

/** Moves the clock, signing in again (a session lasts hours, not months). */
async function onDay(day: string | Date) {
  clock.set(typeof day === 'string' ? new Date(`${day}T09:00:00Z`) : day);
  session = await createSession(db, clock, caseworker.id, kristianstad.id);
}

await establishment(annaAb!.id, 'Anna');
const bertil = await establishment(bertilAb!.id, 'Bertil');
const cecilia = await establishment(ceciliaAb!.id, 'Cecilia');
const david = await establishment(davidAb!.id, 'David', 'supported_housing');

describe('the catalogue’s stored prices in force', () => {
  it('take a price from its first day and leave it after its last, as the days move', async () => {
    await price({ supplierId: annaAb!.id, amount: 200_000, validTo: '2026-11-23' });
    await price({ supplierId: annaAb!.id, amount: 210_000, validFrom: '2026-11-24' });
    await price({ supplierId: annaAb!.id, amount: 190_000, validFrom: '2027-01-01' });
    await price({ supplierId: bertilAb!.id, amount: 205_000 });

    await onDay('2026-11-23'); // Anna's first price ends today: still in force
    expect((await byPrice()).rows).toEqual([
      ['Anna', 200_000],
      ['Bertil', 205_000],
      ['Cecilia', null],
    ]);
    await onDay('2026-11-24');
    expect((await byPrice()).rows).toEqual([
      ['Bertil', 205_000],
      ['Anna', 210_000],
      ['Cecilia', null],
    ]);
    await onDay('2027-01-01');
    expect((await byPrice()).rows.slice(0, 2)).toEqual([
      ['Anna', 190_000],
      ['Bertil', 205_000],
    ]);
    await onDay('2025-12-31'); // before any price
    expect((await byPrice()).rows).toEqual([
      ['Anna', null],
      ['Bertil', null],
      ['Cecilia', null],
    ]);
    await onDay(start);
  });

  it('follow a new own price, a new establishment, a change of kind and the tariffs', async () => {
    await price({ supplierId: bertilAb!.id, amount: 150_000, establishmentId: bertil });
    await establishment(bertilAb!.id, 'Bertil 2'); // gets its supplier's price at once
    await price({ supplierId: davidAb!.id, amount: 180_000 });
    expect((await byPrice()).rows).toEqual([
      ['Bertil', 150_000],
      ['Anna', 200_000],
      ['Bertil 2', 205_000],
      ['Cecilia', null],
    ]);

    // David's supported housing becomes an HVB home: its supplier's HVB price applies.
    await db
      .updateTable('establishments')
      .set({ service_kind: 'hvb' })
      .where('id', '=', david)
      .execute();
    // Cecilia has no agreed price: its tariff in the category's unit is shown, not another unit's.
    const tariff = await db
      .insertInto('offer_tariffs')
      .values(
        [
          { unit: 'day' as const, amount_minor: 170_000, valid_from: '2026-01-01' },
          { unit: 'month' as const, amount_minor: 1_000, valid_from: '2026-01-01' },
        ].map((t) => ({
          ...t,
          establishment_id: cecilia,
          supplier_id: ceciliaAb!.id,
          currency: 'SEK' as const,
          created_at: clock.now(),
        })),
      )
      .returning(['id', 'unit'])
      .execute();
    const found = await byPrice();
    expect(found.rows).toEqual([
      ['Bertil', 150_000],
      ['Cecilia', 170_000],
      ['David', 180_000],
      ['Anna', 200_000],
      ['Bertil 2', 205_000],
    ]);
    expect(found.items[1]!.price).toMatchObject({ source: 'tariff' });
    expect(found.total).toBe(5);
    expect((await byPrice({ priceMin: 160_000, priceMax: 190_000 })).rows).toEqual([
      ['Cecilia', 170_000],
      ['David', 180_000],
    ]);

    const dayTariff = tariff.find((t) => t.unit === 'day')!.id;
    await db
      .updateTable('offer_tariffs')
      .set({ amount_minor: 240_000 })
      .where('id', '=', dayTariff)
      .execute();
    expect((await byPrice()).rows.at(-1)).toEqual(['Cecilia', 240_000]);
    await db.deleteFrom('offer_tariffs').where('establishment_id', '=', cecilia).execute();
    expect((await byPrice()).rows.at(-1)).toEqual(['Cecilia', null]);
  });

  it('leave a price under an agreement to its participants, and only while it is active', async () => {
    const ours = await agreement(otherBody.id, [kristianstad.id]);
    const theirs = await agreement(otherBody.id, [elsewhere.id]);
    // Newer than Anna's own price list's, so it is the one in force for Kristianstad.
    await price({
      supplierId: annaAb!.id,
      amount: 100_000,
      agreementId: ours,
      validFrom: '2026-02-01',
    });
    await price({ supplierId: bertilAb!.id, amount: 1_000, agreementId: theirs });
    const lot = await db
      .insertInto('agreement_lots')
      .values({
        agreement_id: ours,
        organisation_id: otherBody.id,
        number: 1,
        name: 'Skåne',
        category_id: hvbYouth,
        calloff_method: 'ranking',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('lot_suppliers')
      .values(
        [
          { supplierId: annaAb!.id, status: 'hidden' as const, hidden_from: '2026-11-01' },
          { supplierId: davidAb!.id, status: 'terminated' as const, terminated_on: '2026-10-01' },
        ].map((s, i) => ({
          lot_id: lot.id,
          supplier_id: s.supplierId,
          agreement_id: ours,
          organisation_id: otherBody.id,
          rank: i + 1,
          status: s.status,
          hidden_from: s.hidden_from ?? null,
          terminated_on: s.terminated_on ?? null,
        })),
      )
      .execute();

    // Anna's agreed price under Kristianstad's agreement comes first; Bertil's under an
    // agreement of others counts not. Hidden and terminated suppliers keep their place.
    const found = await byPrice();
    expect(found.rows).toEqual([
      ['Anna', 100_000],
      ['Bertil', 150_000],
      ['David', 180_000],
      ['Bertil 2', 205_000],
      ['Cecilia', null],
    ]);
    expect(found.items.map((r) => [r.name, r.hidden, r.terminated])).toEqual([
      ['Anna', true, false],
      ['Bertil', false, false],
      ['David', false, true],
      ['Bertil 2', false, false],
      ['Cecilia', false, false],
    ]);
    expect((await byPrice({ priceMax: 120_000 })).rows).toEqual([['Anna', 100_000]]);
    // Counted once, under the agreement's price, though Anna's own price list is in range too.
    const inRange = await byPrice({ priceMax: 210_000 });
    expect(inRange.rows.map(([name]) => name)).toEqual(['Anna', 'Bertil', 'David', 'Bertil 2']);
    expect(inRange.total).toBe(4);

    // The agreement ends: Anna's own price list applies again.
    await db
      .updateTable('framework_agreements')
      .set({ status: 'expired' })
      .where('id', '=', ours)
      .execute();
    expect((await byPrice()).rows.slice(0, 2)).toEqual([
      ['Bertil', 150_000],
      ['David', 180_000],
    ]);
    expect((await byPrice({ priceMax: 120_000 })).total).toBe(0);
  });

  it('pages by price with the unpriced last and counts them all', async () => {
    const first = await byPrice({ limit: 2 });
    const second = await byPrice({ limit: 2, offset: 2 });
    const third = await byPrice({ limit: 2, offset: 4 });
    expect(first.total).toBe(5);
    expect([...first.rows, ...second.rows, ...third.rows]).toEqual((await byPrice()).rows);
    expect(third.rows.at(-1)).toEqual(['Cecilia', null]);
  });

  it('hold what working them out again from scratch gives', async () => {
    const stored = () =>
      sql<Record<string, unknown>>`SELECT * FROM catalogue_prices
        ORDER BY establishment_id, category_id, from_day`.execute(db);
    const kept = (await stored()).rows;
    expect(kept.length).toBeGreaterThan(0);
    await sql`SELECT catalogue_prices_refresh(ARRAY(SELECT id FROM establishments))`.execute(db);
    expect((await stored()).rows).toEqual(kept);
  });
});
