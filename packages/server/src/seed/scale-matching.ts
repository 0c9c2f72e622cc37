// A generated market for the matching benchmark (bench/matching.mjs): the scale market
// (scale.ts: suppliers, establishments, permits, prices, an HVB agreement with 300 ranked
// suppliers) made into offers — legal bases, confirmation dates (a fifth stale), a next free day
// for full homes, tariffs per day (one in force, one older), IVO quality assessments for half —
// plus a DPS for supported housing, family homes and open care that admits every supplier of
// those kinds, and `referrals` referrals of the municipality varied by kind, age, gender, target
// groups, home municipality and start. All INSERT … SELECT over what is there, in seconds.
import { sql, type Kysely } from 'kysely';
import { municipalities } from '@tildel/domain/reference/municipalities';
import type { DB } from '../db/types.ts';
import type { Clock } from '../platform/clock.ts';
import { seedScaleMarket, type ScaleMarket } from './scale.ts';

export interface MatchingMarket extends ScaleMarket {
  referralIds: string[];
  userId: string;
}

const TARGET_GROUPS = ['children_0_12', 'youth_13_17', 'young_adults_18_25', 'addiction'];

export async function seedMatchingMarket(
  db: Kysely<DB>,
  clock: Clock,
  options: { suppliers: number; offersPerSupplier: number; referrals: number; label?: string },
): Promise<MatchingMarket> {
  const label = options.label ?? 'matching';
  const market = await seedScaleMarket(db, clock, {
    suppliers: options.suppliers,
    establishmentsPerSupplier: options.offersPerSupplier,
    label,
  });
  const now = clock.now();
  return db.transaction().execute(async (trx) => {
    await sql`
      UPDATE establishments e SET
        legal_bases = CASE WHEN abs(hashtext(e.id::text)) % 10 = 0 THEN ARRAY['se_lss']
                           ELSE ARRAY['se_sol'] END,
        confirmed_at = ${now}::timestamptz - make_interval(days => abs(hashtext(e.name)) % 38),
        confirmed_by_name = 'Scale',
        next_free_on = CASE WHEN e.places_free = 0
          THEN '2026-11-01'::date + abs(hashtext(e.id::text)) % 120 END
    `.execute(trx);
    await sql`
      INSERT INTO offer_tariffs (establishment_id, supplier_id, unit, amount_minor, currency,
        valid_from, created_at)
      SELECT e.id, e.supplier_id, 'day', 150000 + abs(hashtext(e.id::text)) % 300000, 'SEK',
        v.valid_from, ${now}::timestamptz
      FROM establishments e
      CROSS JOIN (VALUES ('2025-01-01'::date), ('2026-01-01'::date)) v(valid_from)
    `.execute(trx);
    await sql`
      INSERT INTO quality_assessments (establishment_id, authority, assessed_on,
        education_employment, independence_relations, target_group_methods_results,
        health_wellbeing, organisation_management, competences, physical_setting, created_at)
      SELECT e.id, 'IVO', '2026-03-01'::date, 3 + h % 3, 3 + (h / 3) % 3, 2 + (h / 9) % 4,
        4, 3 + (h / 27) % 3, 4 + (h / 81) % 2, 3 + (h / 162) % 3, ${now}::timestamptz
      FROM (SELECT e.id, abs(hashtext(e.id::text)) AS h FROM establishments e) e
      WHERE e.h % 2 = 0
    `.execute(trx);

    const dps = await trx
      .insertInto('dynamic_purchasing_systems')
      .values({
        organisation_id: market.bodyId,
        reference: `${label}-DIS-M`,
        title: 'Stödboende, familjehem och öppenvård',
        country: 'SE',
        status: 'open',
        valid_from: '2024-01-01',
        valid_to: '2029-12-31',
        initial_period_ends_on: '2024-02-01',
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await sql`
      INSERT INTO dps_municipalities (dps_id, municipality_id)
      VALUES (${dps.id}, ${market.municipalityId})
    `.execute(trx);
    await sql`
      INSERT INTO dps_categories (dps_id, category_id)
      SELECT ${dps.id}, c.id FROM service_categories c
      WHERE c.organisation_id = ${market.bodyId}
        AND c.service_kind IN ('supported_housing', 'family_home', 'open_care')
    `.execute(trx);
    await sql`
      WITH admitted AS (
        INSERT INTO dps_applications (dps_id, organisation_id, supplier_id, status, received_at,
          in_initial_period, decision_due_at, decided_at)
        SELECT DISTINCT ${dps.id}::uuid, ${market.bodyId}::uuid, e.supplier_id,
          'approved', ${now}::timestamptz, true, ${now}::timestamptz, ${now}::timestamptz
        FROM establishments e
        WHERE e.service_kind IN ('supported_housing', 'family_home', 'open_care')
        RETURNING id
      )
      INSERT INTO dps_application_categories (application_id, category_id)
      SELECT a.id, dc.category_id FROM admitted a CROSS JOIN dps_categories dc
      WHERE dc.dps_id = ${dps.id}
    `.execute(trx);

    const user = await trx
      .insertInto('users')
      .values({ email: `caseworker@${label}.scale.test`, name: 'Scale caseworker', locale: 'sv' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const homes = JSON.stringify(municipalities('SE').map((m) => m.code));
    const { rows } = await sql<{ id: string }>`
      INSERT INTO referrals (organisation_id, case_reference, kind, service_kind, legal_basis,
        purpose, start_on, expected_duration_days, intensity_kind, urgency, person, due_at,
        created_by, created_at, updated_at)
      SELECT ${market.municipalityId}, ${label} || '-case-' || g, 'new',
        CASE WHEN g % 2 = 0 THEN 'hvb' ELSE 'supported_housing' END, 'se_sol', 'Placering',
        '2026-12-01'::date + g % 60, 30 + g % 300, 'place',
        (ARRAY['today', 'within_5_working_days', 'later'])[1 + g % 3],
        jsonb_build_object('age', 8 + g % 15, 'gender', (ARRAY['female', 'male'])[1 + g % 2],
          'targetGroups', CASE WHEN g % 3 = 0
            THEN jsonb_build_array((${TARGET_GROUPS}::text[])[1 + g % 4])
            ELSE jsonb_build_array((${TARGET_GROUPS}::text[])[1 + g % 4],
              (${TARGET_GROUPS}::text[])[1 + (g + 1) % 4]) END,
          'needs', 'Stöd', 'languages', jsonb_build_array('sv'),
          'siblingCaseReferences', jsonb_build_array(),
          'homeMunicipalityCode', (${homes}::jsonb)->>(g * 37 % jsonb_array_length(${homes}::jsonb)),
          'preferredArea', NULL),
        ${now}::timestamptz, ${user.id}, ${now}::timestamptz, ${now}::timestamptz
      FROM generate_series(1, ${options.referrals}::int) g
      RETURNING id
    `.execute(trx);
    await sql`ANALYZE`.execute(trx);
    return { ...market, referralIds: rows.map((r) => r.id), userId: user.id };
  });
}
