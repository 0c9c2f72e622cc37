// The catalogue for a Danish municipality with no body of its own (Aarhus): registered by the
// platform administrator, it starts with the Danish service types and target groups, searches by
// them, and an offer priced only by its own tariff shows that tariff, marked as the tariff.
import { describe, expect, it } from 'vitest';
import { DANISH_DEFAULT_CATEGORIES, DANISH_DEFAULT_TARGET_GROUPS } from '@tildel/domain/taxonomy';
import { findMunicipality } from '@tildel/domain/reference/municipalities';
import { call, createTestApp } from './support/app.ts';
import {
  createOrganisation,
  createSession,
  createUser,
  uniqueIdentifier,
} from './support/factories.ts';

const { app, database, clock } = await createTestApp(); // today: 2026-11-23
const db = database.db;

const platformAdmin = await createUser(db, { platformAdmin: true });
const registered = await call(app, await createSession(db, clock, platformAdmin.id, null), {
  method: 'POST',
  url: '/api/platform/organisations',
  payload: {
    kind: 'municipality',
    name: 'Aarhus Kommune (test)',
    country: 'DK',
    identifier: uniqueIdentifier('DK'),
    adminEmail: `aarhus-admin-${Date.now()}@example.test`,
    adminLocale: 'da',
  },
});
const aarhusId = (registered.json() as { id: string }).id;
const caseworker = await createUser(db, {
  memberships: [{ organisationId: aarhusId, roles: ['caseworker', 'buyer'] }],
});
const session = await createSession(db, clock, caseworker.id, aarhusId);

const supplier = await createOrganisation(db, {
  kind: 'supplier',
  country: 'DK',
  name: 'Familiehuset ApS',
});
const seat = findMunicipality('DK', '751')!;

async function openCareTeam(name: string) {
  const row = await db
    .insertInto('establishments')
    .values({
      supplier_id: supplier.id,
      name,
      service_kind: 'open_care',
      country: 'DK',
      municipality_code: seat.code,
      lat: seat.lat,
      lon: seat.lon,
      places_total: 0,
      places_free: 0,
      target_groups: ['children_0_12', 'dk_families'],
      age_min: 0,
      age_max: 17,
      gender: 'any',
      offer_form: 'team',
      created_at: clock.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const withTariff = await openCareTeam('Familiehuset – familiebehandling');
const withoutTariff = await openCareTeam('Familiehuset – kontaktpersoner');
await db
  .insertInto('offer_tariffs')
  .values(
    [
      // The old hourly tariff is replaced by the newer one; a future one is not in force yet.
      { valid_from: '2026-01-01', amount_minor: 60_000 },
      { valid_from: '2026-07-01', amount_minor: 65_000 },
      { valid_from: '2027-01-01', amount_minor: 70_000 },
    ].map((t) => ({
      establishment_id: withTariff,
      supplier_id: supplier.id,
      unit: 'hour' as const,
      currency: 'DKK' as const,
      created_at: clock.now(),
      ...t,
    })),
  )
  .execute();

interface Filters {
  categories: { id: string; code: string; names: { da: string }; body: { id: string } }[];
  targetGroups: { code: string; names: { sv: string; da: string; en: string } }[];
}
interface Result {
  name: string;
  price: { amountMinor: number; currency: string; unit: string; source: string } | null;
}

async function filters(): Promise<Filters> {
  const response = await call(app, session, {
    method: 'GET',
    url: `/api/organisations/${aarhusId}/catalogue/filters`,
  });
  expect(response.statusCode).toBe(200);
  return response.json() as Filters;
}

describe('the catalogue of a Danish municipality without a body', () => {
  it('registers the municipality with the Danish service types and target groups', async () => {
    expect(registered.statusCode).toBe(201);
    const answer = await filters();
    expect(answer.categories.map((c) => c.code).sort()).toEqual(
      DANISH_DEFAULT_CATEGORIES.map((c) => c.code).sort(),
    );
    expect(answer.categories.every((c) => c.body.id === aarhusId)).toBe(true);
    expect(answer.categories.map((c) => c.names.da)).toContain('Familiebehandling');
    expect(answer.targetGroups.map((g) => g.code).sort()).toEqual(
      DANISH_DEFAULT_TARGET_GROUPS.map((g) => g.code).sort(),
    );
    // Every target group has a name in every language, never its code.
    for (const group of answer.targetGroups) {
      for (const name of Object.values(group.names)) {
        expect(name).not.toBe(group.code);
        expect(name).not.toMatch(/_/);
      }
    }
  });

  it('shows an offer’s own tariff in force, marked as its tariff, not an agreed price', async () => {
    const familyTreatment = (await filters()).categories.find(
      (c) => c.code === 'dk_family_treatment',
    )!;
    const response = await call(app, session, {
      method: 'GET',
      url: `/api/organisations/${aarhusId}/catalogue?category=${familyTreatment.id}&targetGroup=dk_families`,
    });
    expect(response.statusCode).toBe(200);
    const items = (response.json() as { items: Result[] }).items;
    expect(items.map((r) => [r.name, r.price])).toEqual([
      [
        'Familiehuset – familiebehandling',
        {
          amountMinor: 65_000,
          currency: 'DKK',
          unit: 'hour',
          validFrom: '2026-07-01',
          validTo: null,
          source: 'tariff',
        },
      ],
      ['Familiehuset – kontaktpersoner', null],
    ]);
    expect(withoutTariff).toBeTruthy();
  });

  it('shows the tariff without a category too, and sorts by it when the category is chosen', async () => {
    const plain = await call(app, session, {
      method: 'GET',
      url: `/api/organisations/${aarhusId}/catalogue`,
    });
    expect((plain.json() as { items: Result[] }).items.map((r) => r.price?.source ?? null)).toEqual(
      ['tariff', null],
    );
    const contact = (await filters()).categories.find((c) => c.code === 'dk_contact_person')!;
    const sorted = await call(app, session, {
      method: 'GET',
      url: `/api/organisations/${aarhusId}/catalogue?category=${contact.id}&sort=price&priceMax=65000`,
    });
    expect(sorted.statusCode).toBe(200);
    expect((sorted.json() as { items: Result[] }).items.map((r) => r.name)).toEqual([
      'Familiehuset – familiebehandling',
    ]);
  });
});
