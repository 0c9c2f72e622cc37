// The summaries proposals read (0029_offer_match_facts.sql) against what they summarise. Each
// offer's stored matching facts (offer_match_facts) against its tariffs, permits and quality
// assessments: after rows are inserted one by one and several in one statement, updated (also
// moved to another offer) and deleted, the stored rows hold exactly what reading the three tables
// gives, and an offer none of them names has no row. The open offers per prefilter profile
// (offer_match_profiles) against the establishments: after offers are added, changed, closed,
// reopened and deleted, it holds exactly what counting the open establishments gives.
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

describe('the summaries proposals read', () => {
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

  it('counts exactly the open offers of each profile after every kind of write', async () => {
    const counted = async () => {
      const stored = await sql<Record<string, unknown>>`
        SELECT * FROM offer_match_profiles ORDER BY 1, 2, 3, 4, 5, 6, 7, 8`.execute(db);
      const source = await sql<Record<string, unknown>>`
        SELECT service_kind, country, legal_bases, target_groups, age_min, age_max, gender,
          languages, count(*)::int AS offers
        FROM establishments WHERE closed_at IS NULL
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8`.execute(db);
      return { stored: stored.rows, source: source.rows };
    };
    const profileOf = async (id: string) =>
      (
        await sql<{ offers: number }>`
          SELECT p.offers FROM offer_match_profiles p JOIN establishments e
            ON (p.service_kind, p.country, p.legal_bases, p.target_groups, p.age_min, p.age_max,
              p.gender, p.languages)
             = (e.service_kind, e.country, e.legal_bases, e.target_groups, e.age_min, e.age_max,
              e.gender, e.languages)
          WHERE e.id = ${id}`.execute(db)
      ).rows[0]?.offers;
    const [a, b] = [await establishment('Profil A'), await establishment('Profil B')];
    let { stored, source } = await counted();
    expect(stored).toEqual(source);
    // home, other, untouched, a and b share one profile.
    expect(await profileOf(a)).toBe(5);

    // A confirmation or free places move nothing; a gender and an age range move one offer each.
    await db.updateTable('establishments').set({ places_free: 0 }).where('id', '=', a).execute();
    await db
      .updateTable('establishments')
      .set({ gender: 'female' })
      .where('id', 'in', [a, b])
      .execute();
    await db.updateTable('establishments').set({ age_max: 18 }).where('id', '=', b).execute();
    ({ stored, source } = await counted());
    expect(stored).toEqual(source);
    expect(await profileOf(a)).toBe(1);
    expect(await profileOf(home)).toBe(3);

    // Closed offers leave their profile, reopened ones come back; several in one statement.
    await db
      .updateTable('establishments')
      .set({ closed_at: now })
      .where('id', 'in', [home, other, a])
      .execute();
    ({ stored, source } = await counted());
    expect(stored).toEqual(source);
    expect(await profileOf(untouched)).toBe(1);
    await db
      .updateTable('establishments')
      .set({ closed_at: null })
      .where('id', '=', home)
      .execute();
    ({ stored, source } = await counted());
    expect(stored).toEqual(source);
    expect(await profileOf(untouched)).toBe(2);

    // Deleted offers leave theirs; a profile emptied is gone.
    await db.deleteFrom('establishments').where('id', 'in', [a, b]).execute();
    ({ stored, source } = await counted());
    expect(stored).toEqual(source);
    expect(stored.every((p) => (p.offers as number) > 0)).toBe(true);
  });
});
