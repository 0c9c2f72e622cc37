// Each offer's stored matching facts (offer_match_facts, 0029_offer_match_facts.sql) against its
// tariffs, permits and quality assessments themselves: after rows are inserted one by one and
// several in one statement, updated (also moved to another offer) and deleted, the stored rows
// hold exactly what reading the three tables gives, and an offer none of them names has no row.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestApp } from './support/app.ts';
import { createOrganisation } from './support/factories.ts';

const { database, clock } = await createTestApp();
const db = database.db;
const now = clock.now();

const supplier = await createOrganisation(db, { kind: 'supplier', country: 'SE', name: 'Facts' });
async function establishment(name: string) {
  const row = await db
    .insertInto('establishments')
    .values({
      supplier_id: supplier.id,
      name,
      service_kind: 'hvb',
      country: 'SE',
      municipality_code: '1280',
      lat: 55.6,
      lon: 13.0,
      places_total: 6,
      places_free: 1,
      target_groups: ['youth_13_17'],
      age_min: 13,
      age_max: 17,
      gender: 'any',
      languages: ['sv'],
      legal_bases: ['se_sol'],
      offer_form: 'establishment',
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
const [home, other, untouched] = [
  await establishment('Hem'),
  await establishment('Annat hem'),
  await establishment('Orört hem'),
];

const tariff = (
  establishmentId: string,
  unit: 'day' | 'month',
  validFrom: string,
  amount: number,
) =>
  ({
    establishment_id: establishmentId,
    supplier_id: supplier.id,
    unit,
    amount_minor: amount,
    currency: 'SEK',
    valid_from: validFrom,
    created_at: now,
  }) as const;
const permit = (establishmentId: string, reference: string, status: 'valid' | 'revoked') =>
  ({
    establishment_id: establishmentId,
    supplier_id: supplier.id,
    authority: 'IVO',
    reference,
    status,
    valid_from: '2022-01-01',
    valid_to: status === 'revoked' ? '2024-12-31' : null,
    created_at: now,
    updated_at: now,
  }) as const;
const assessment = (establishmentId: string, assessedOn: string, score: number) =>
  ({
    establishment_id: establishmentId,
    authority: 'IVO',
    assessed_on: assessedOn,
    education_employment: score,
    independence_relations: score,
    target_group_methods_results: score,
    health_wellbeing: score,
    organisation_management: score,
    competences: score,
    physical_setting: score,
    created_at: now,
  }) as const;

/** The stored rows and what reading the three tables gives, for the offers that have a row. */
async function storedAndSource() {
  const stored = await sql<Record<string, unknown>>`
    SELECT * FROM offer_match_facts ORDER BY establishment_id`.execute(db);
  const source = await sql<Record<string, unknown>>`
    SELECT * FROM offer_match_facts_source
    WHERE tariffs <> '[]' OR permits <> '[]' OR assessment IS NOT NULL
    ORDER BY establishment_id`.execute(db);
  return { stored: stored.rows, source: source.rows };
}

describe('offer_match_facts', () => {
  it('holds exactly what the tariffs, permits and assessments give after every kind of write', async () => {
    await db
      .insertInto('offer_tariffs')
      .values(tariff(home, 'day', '2025-01-01', 150_000))
      .execute();
    await db
      .insertInto('offer_tariffs')
      .values([
        tariff(home, 'day', '2026-01-01', 160_000),
        tariff(home, 'month', '2026-01-01', 4_000_000),
        tariff(other, 'day', '2026-01-01', 170_000),
      ])
      .execute();
    await db
      .insertInto('permits')
      .values([permit(home, 'IVO-1', 'revoked'), permit(home, 'IVO-2', 'valid')])
      .execute();
    await db
      .insertInto('quality_assessments')
      .values([assessment(home, '2025-03-01', 3), assessment(home, '2026-03-01', 4)])
      .execute();
    let { stored, source } = await storedAndSource();
    expect(stored.map((r) => r.establishment_id).sort()).toEqual([home, other].sort());
    expect(stored).toEqual(source);
    const homeFacts = stored.find((r) => r.establishment_id === home)!;
    expect(homeFacts.tariffs).toEqual([
      { unit: 'day', amount: '160000', currency: 'SEK', validFrom: '2026-01-01' },
      { unit: 'day', amount: '150000', currency: 'SEK', validFrom: '2025-01-01' },
      { unit: 'month', amount: '4000000', currency: 'SEK', validFrom: '2026-01-01' },
    ]);
    expect(homeFacts.assessment).toEqual(['2026-03-01', 4, 4, 4, 4, 4, 4, 4]);

    // Updates: a price, a permit revoked, a newer assessment's date moved back, a tariff moved.
    await db
      .updateTable('offer_tariffs')
      .set({ amount_minor: 155_000 })
      .where('establishment_id', '=', home)
      .where('valid_from', '=', '2025-01-01')
      .execute();
    await db
      .updateTable('permits')
      .set({ status: 'revoked', valid_to: '2026-11-01' })
      .where('reference', '=', 'IVO-2')
      .execute();
    await db
      .updateTable('quality_assessments')
      .set({ assessed_on: '2024-01-01' })
      .where('establishment_id', '=', home)
      .where('assessed_on', '=', '2026-03-01')
      .execute();
    await db
      .updateTable('offer_tariffs')
      .set({ establishment_id: untouched })
      .where('establishment_id', '=', other)
      .execute();
    ({ stored, source } = await storedAndSource());
    expect(stored).toEqual(source);
    expect(stored.map((r) => r.establishment_id).sort()).toEqual([home, untouched].sort());
    expect(stored.find((r) => r.establishment_id === home)!.assessment).toEqual([
      '2025-03-01',
      3,
      3,
      3,
      3,
      3,
      3,
      3,
    ]);

    // Deletes: several in one statement, then the last rows of an offer.
    await db
      .deleteFrom('offer_tariffs')
      .where('establishment_id', 'in', [home, untouched])
      .execute();
    await db.deleteFrom('quality_assessments').where('establishment_id', '=', home).execute();
    ({ stored, source } = await storedAndSource());
    expect(stored).toEqual(source);
    expect(stored.find((r) => r.establishment_id === home)).toMatchObject({
      tariffs: [],
      assessment: null,
    });
    await db.deleteFrom('permits').where('establishment_id', '=', home).execute();
    ({ stored, source } = await storedAndSource());
    expect(stored).toEqual([]);
    expect(source).toEqual([]);
  });
});
