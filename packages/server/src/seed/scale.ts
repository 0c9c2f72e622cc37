// A large generated market for benchmarks: a procurement body with one member municipality,
// its default taxonomy, and (by default) 2 000 Swedish suppliers running 20 000 establishments
// across all 290 Swedish municipalities, each with a permit and agreed prices, plus one active
// framework agreement on which some suppliers are hidden or terminated. Every table is filled by
// one INSERT … SELECT over generate_series, so the whole market loads in seconds. The pieces
// (suppliers, establishments, permits, prices, ordered call-offs) are exported: the national
// market (national.ts) builds on them.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Country } from '@tildel/domain/country';
import { municipalities } from '@tildel/domain/reference/municipalities';
import type { DB } from '../db/types.ts';
import { seedDefaultTaxonomy } from '../modules/agreements/taxonomy/defaults.ts';
import type { Clock } from '../platform/clock.ts';

export interface ScaleOptions {
  suppliers?: number;
  establishmentsPerSupplier?: number;
  /** Makes identifiers unique when several markets share a database. */
  label?: string;
}

export interface ScaleMarket {
  bodyId: string;
  municipalityId: string;
  /** Category ids of the body by code (hvb_youth, supported_housing, ...). */
  categories: Record<string, string>;
  establishments: number;
}

const TARGET_GROUPS = [
  'children_0_12',
  'youth_13_17',
  'young_adults_18_25',
  'addiction',
  'psychiatric',
  'neuropsychiatric',
  'criminality',
  'honour_violence',
];

export const CURRENCY_OF: Readonly<Record<Country, 'SEK' | 'DKK'>> = { SE: 'SEK', DK: 'DKK' };

/** The generated suppliers of a market: identifiers `<label>-supplier-<n>`. */
const supplierPattern = (label: string) => `${label}-supplier-%`;

/**
 * `count` suppliers named `Scale supplier <g>`, their country taken in turn from `countries`
 * (['SE'] for a Swedish market; ['SE', 'SE', 'SE', 'DK'] makes every fourth one Danish).
 */
export async function insertSuppliers(
  trx: Transaction<DB>,
  label: string,
  count: number,
  countries: readonly Country[],
): Promise<void> {
  await sql`
    INSERT INTO organisations (kind, name, country, identifier)
    SELECT 'supplier', 'Scale supplier ' || g,
      (${countries}::text[])[1 + g % ${countries.length}::int], ${label} || '-supplier-' || g
    FROM generate_series(1, ${count}::int) g
  `.execute(trx);
}

/**
 * `perSupplier` establishments for each generated supplier, in the municipalities of the
 * supplier's own country. Each supplier runs establishments of one kind: 40 % HVB, 25 %
 * supported housing, 20 % family homes, 15 % open care; every 50th is closed.
 */
export async function insertEstablishments(
  trx: Transaction<DB>,
  label: string,
  perSupplier: number,
  countries: readonly Country[],
  now: Date,
): Promise<void> {
  const places = JSON.stringify(
    countries.flatMap((country) =>
      municipalities(country).map((m, i) => ({ i, country, code: m.code, lat: m.lat, lon: m.lon })),
    ),
  );
  await sql`
    WITH places AS (
      SELECT p.*, count(*) OVER (PARTITION BY p.country) AS of_country
      FROM jsonb_to_recordset(${places}::jsonb) AS p(i int, country text, code text, lat float8, lon float8)
    ),
    suppliers AS (
      SELECT id, country, row_number() OVER (ORDER BY identifier) AS n FROM organisations
      WHERE identifier LIKE ${supplierPattern(label)}
    ),
    rows AS (
      SELECT s.id AS supplier_id, s.country, s.n, k.k,
        CASE WHEN s.n % 20 < 8 THEN 'hvb' WHEN s.n % 20 < 13 THEN 'supported_housing'
             WHEN s.n % 20 < 17 THEN 'family_home' ELSE 'open_care' END AS kind
      FROM suppliers s CROSS JOIN generate_series(1, ${perSupplier}::int) k(k)
    )
    INSERT INTO establishments (supplier_id, name, service_kind, city, country,
      municipality_code, lat, lon, places_total, places_free, places_updated_at,
      target_groups, age_min, age_max, gender, methods, languages, created_at, closed_at)
    SELECT r.supplier_id, 'Scale home ' || r.n || '-' || r.k, r.kind, p.code, p.country, p.code,
      p.lat, p.lon, 6 + (r.n + r.k) % 7, (r.n * 3 + r.k) % 4, ${now}::timestamptz,
      ARRAY[(${TARGET_GROUPS}::text[])[1 + (r.n + r.k) % 8],
            (${TARGET_GROUPS}::text[])[1 + (r.n * 5 + r.k * 3) % 8]],
      CASE WHEN (r.n + r.k) % 3 = 0 THEN 0 WHEN (r.n + r.k) % 3 = 1 THEN 13 ELSE 18 END,
      CASE WHEN (r.n + r.k) % 3 = 0 THEN 12 WHEN (r.n + r.k) % 3 = 1 THEN 17 ELSE 25 END,
      (ARRAY['any', 'any', 'female', 'male'])[1 + (r.n + r.k) % 4],
      ARRAY['MI', 'KBT'], ARRAY['sv', 'en'], ${now}::timestamptz,
      CASE WHEN (r.n * 11 + r.k) % 50 = 0 THEN ${now}::timestamptz END
    FROM rows r
    JOIN places p ON p.country = r.country AND p.i = (r.n * 7 + r.k * 13) % p.of_country
  `.execute(trx);
}

/** A permit for every generated establishment but open-care teams: most valid, some revoked or expired. */
export async function insertPermits(trx: Transaction<DB>, label: string, now: Date): Promise<void> {
  await sql`
    INSERT INTO permits (establishment_id, supplier_id, authority, reference, status,
      valid_from, valid_to, created_at, updated_at)
    SELECT e.id, e.supplier_id, CASE WHEN e.country = 'DK' THEN 'Socialtilsyn' ELSE 'IVO' END,
      CASE WHEN e.country = 'DK' THEN 'ST-' ELSE 'IVO-' END || e.id::text,
      CASE WHEN n % 10 = 0 THEN 'revoked' ELSE 'valid' END,
      '2022-01-01'::date, CASE WHEN n % 10 = 1 THEN '2024-12-31'::date END, ${now}::timestamptz,
      ${now}::timestamptz
    FROM (SELECT e.*, row_number() OVER (ORDER BY e.id) AS n FROM establishments e
          JOIN organisations o ON o.id = e.supplier_id
          WHERE o.identifier LIKE ${supplierPattern(label)} AND e.service_kind <> 'open_care') e
  `.execute(trx);
}

/**
 * Agreed prices with one body: every generated supplier of the body's country for every category
 * of its kind, an older price that has ended, and for a fifth of the establishments a price of
 * their own.
 */
export async function insertPrices(
  trx: Transaction<DB>,
  label: string,
  bodyId: string,
  country: Country,
  now: Date,
): Promise<void> {
  const currency = CURRENCY_OF[country];
  await sql`
    WITH offers AS (
      SELECT DISTINCT e.supplier_id, c.id AS category_id, c.default_unit,
        abs(hashtext(e.supplier_id::text || c.id::text)) AS h
      FROM establishments e
      JOIN organisations o ON o.id = e.supplier_id AND o.identifier LIKE ${supplierPattern(label)}
        AND o.country = ${country}
      JOIN service_categories c ON c.organisation_id = ${bodyId} AND c.service_kind = e.service_kind
    )
    INSERT INTO prices (supplier_id, category_id, unit, amount_minor, currency, valid_from,
      valid_to, status, created_at)
    SELECT supplier_id, category_id, default_unit, 150000 + h % 300000, ${currency}, '2026-01-01'::date,
      NULL, 'agreed', ${now}::timestamptz FROM offers
    UNION ALL
    SELECT supplier_id, category_id, default_unit, 140000 + h % 280000, ${currency}, '2025-01-01'::date,
      '2025-12-31'::date, 'agreed', ${now}::timestamptz FROM offers
  `.execute(trx);
  await sql`
    INSERT INTO prices (supplier_id, category_id, establishment_id, unit, amount_minor,
      currency, valid_from, status, created_at)
    SELECT e.supplier_id, c.id, e.id, c.default_unit, 160000 + abs(hashtext(e.id::text)) % 300000,
      ${currency}, '2026-06-01'::date, 'agreed', ${now}::timestamptz
    FROM establishments e
    JOIN organisations o ON o.id = e.supplier_id AND o.identifier LIKE ${supplierPattern(label)}
      AND o.country = ${country}
    JOIN service_categories c ON c.organisation_id = ${bodyId} AND c.service_kind = e.service_kind
    WHERE abs(hashtext(e.id::text)) % 5 = 0
  `.execute(trx);
}

/** The category ids of a body by code. */
export async function categoriesOf(
  trx: Transaction<DB>,
  bodyId: string,
): Promise<Record<string, string>> {
  const rows = await trx
    .selectFrom('service_categories')
    .select(['code', 'id'])
    .where('organisation_id', '=', bodyId)
    .execute();
  return Object.fromEntries(rows.map((c) => [c.code, c.id]));
}

export async function seedScaleMarket(
  db: Kysely<DB>,
  clock: Clock,
  options: ScaleOptions = {},
): Promise<ScaleMarket> {
  const supplierCount = options.suppliers ?? 2000;
  const perSupplier = options.establishmentsPerSupplier ?? 10;
  const label = options.label ?? 'scale';
  const now = clock.now();

  return db.transaction().execute(async (trx) => {
    const body = await trx
      .insertInto('organisations')
      .values({
        kind: 'procurement_body',
        name: `Scale body ${label}`,
        country: 'SE',
        identifier: `${label}-body`,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const municipality = await trx
      .insertInto('organisations')
      .values({
        kind: 'municipality',
        name: `Scale municipality ${label}`,
        country: 'SE',
        identifier: `${label}-municipality`,
        municipality_code: '1290',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('body_mandates')
      .values({ organisation_id: body.id, municipality_id: municipality.id })
      .execute();
    await seedDefaultTaxonomy(trx, clock, body.id, 'SE');

    await insertSuppliers(trx, label, supplierCount, ['SE']);
    await insertEstablishments(trx, label, perSupplier, ['SE'], now);
    await insertPermits(trx, label, now);
    await insertPrices(trx, label, body.id, 'SE', now);
    const categories = await categoriesOf(trx, body.id);

    // One active agreement the municipality takes part in: a lot for HVB youth with 300 of
    // the HVB suppliers ranked, every 15th hidden now and every 40th terminated.
    const agreement = await trx
      .insertInto('framework_agreements')
      .values({
        organisation_id: body.id,
        reference: `${label}-RA-1`,
        title: 'HVB för barn och unga',
        country: 'SE',
        status: 'active',
        starts_on: '2026-01-01',
        ends_on: '2029-12-31',
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('agreement_municipalities')
      .values({ agreement_id: agreement.id, municipality_id: municipality.id })
      .execute();
    const lot = await trx
      .insertInto('agreement_lots')
      .values({
        agreement_id: agreement.id,
        organisation_id: body.id,
        number: 1,
        name: 'Hela området',
        category_id: categories.hvb_youth!,
        calloff_method: 'ranking',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await sql`
      INSERT INTO lot_suppliers (lot_id, supplier_id, agreement_id, organisation_id, rank, status,
        hidden_from, hidden_to, terminated_on)
      SELECT ${lot.id}, s.supplier_id, ${agreement.id}, ${body.id}, s.n,
        CASE WHEN s.n % 40 = 0 THEN 'terminated' WHEN s.n % 15 = 0 THEN 'hidden' ELSE 'active' END,
        CASE WHEN s.n % 15 = 0 AND s.n % 40 <> 0 THEN '2026-01-01'::date END,
        CASE WHEN s.n % 15 = 0 AND s.n % 40 <> 0 THEN '2030-12-31'::date END,
        CASE WHEN s.n % 40 = 0 THEN '2026-03-01'::date END
      FROM (SELECT DISTINCT ON (e.supplier_id) e.supplier_id,
              dense_rank() OVER (ORDER BY e.supplier_id) AS n
            FROM establishments e
            JOIN organisations o ON o.id = e.supplier_id AND o.identifier LIKE ${supplierPattern(label)}
            WHERE e.service_kind = 'hvb') s
      WHERE s.n <= 300
    `.execute(trx);

    await sql`ANALYZE`.execute(trx);
    return {
      bodyId: body.id,
      municipalityId: municipality.id,
      categories,
      establishments: supplierCount * perSupplier,
    };
  });
}

export interface ScaleOrders {
  orders: number;
  /** A user of the municipality (its controller), for sessions in a benchmark. */
  userId: string;
}

/**
 * Turns the rows of the temporary table `scale_orders` into fulfilled placement needs, their
 * call-offs (status ordered) and orders. Each row names: n, need_id, calloff_id, organisation_id
 * (the municipality), home_code and country (of the municipality), start_date, agreement_id and
 * lot_id or dps_id and category_id, supplier_id, created_by; prices are per day in the country's
 * currency, rising about 4 % a year. The caller fills the table; three INSERT … SELECT follow.
 */
/** Orders per statement when generating them. */
const ORDER_BATCH = 100_000;

export async function insertOrderedCalloffs(
  trx: Transaction<DB>,
  label: string,
  today: string,
): Promise<void> {
  await sql`
    INSERT INTO needs (id, organisation_id, kind, status, title, details, created_by,
      created_at, updated_at, submitted_at)
    SELECT need_id, organisation_id, 'placement', 'fulfilled', 'Placering ' || n,
      jsonb_build_object('kind', 'placement',
        'person', jsonb_build_object('age', 13 + n % 5,
          'gender', (ARRAY['female', 'male'])[1 + n % 2],
          'targetGroups', jsonb_build_array('youth_13_17'), 'needs', 'Stöd i vardagen',
          'languages', jsonb_build_array('sv'), 'homeCountry', country,
          'homeMunicipalityCode', home_code),
        'start', start_date, 'expectedDurationDays', 30 + n % 150, 'intensity', 'standard',
        'hoursPerWeek', NULL, 'description', 'Placering ' || n),
      created_by, start_date - 20, start_date - 5, start_date - 19
    FROM scale_orders
  `.execute(trx);
  await sql`
    INSERT INTO calloffs (id, organisation_id, need_id, agreement_id, lot_id, dps_id,
      category_id, procedure, procedure_reason, expected_volume, expected_unit, currency,
      evaluation_model, status, title, created_by, created_at, updated_at)
    SELECT calloff_id, organisation_id, need_id, agreement_id, lot_id, dps_id, category_id,
      CASE WHEN lot_id IS NOT NULL THEN 'ranking' ELSE 'dps_specific_contract' END,
      CASE WHEN lot_id IS NOT NULL THEN '{"code":"lot_uses_ranking"}'::jsonb
           ELSE '{"code":"dps_category"}'::jsonb END,
      30 + n % 150, 'day', CASE WHEN country = 'DK' THEN 'DKK' ELSE 'SEK' END,
      '{"kind":"lowest_price","basis":"unit_price"}'::jsonb, 'ordered', 'Placering ' || n,
      created_by, start_date - 18, start_date - 5
    FROM scale_orders
  `.execute(trx);
  // In batches: the spend summary's triggers (0015) sum each statement's orders at once, and a
  // statement of a million orders would hold them all in its transition table.
  const { rows } = await sql<{ first: number | null; last: number | null }>`
    SELECT min(n)::int AS first, max(n)::int AS last FROM scale_orders`.execute(trx);
  const { first, last } = rows[0]!;
  for (let from = first ?? 1; first !== null && from <= last!; from += ORDER_BATCH) {
    await sql`
      INSERT INTO orders (organisation_id, calloff_id, supplier_id, reference, unit_price_minor,
        currency, unit, start_date, end_date, expected_volume, status, created_by, created_at,
        updated_at)
      SELECT organisation_id, calloff_id, supplier_id, ${label} || '-A-' || n,
        (250000 + (n::bigint * 7919) % 250000) * (100 + 4 * (extract(year FROM start_date)::int - 2024)) / 100,
        CASE WHEN country = 'DK' THEN 'DKK' ELSE 'SEK' END, 'day', start_date,
        start_date + (30 + n % 150) - 1, 30 + n % 150,
        CASE WHEN start_date + (30 + n % 150) - 1 < ${today}::date THEN 'ended' ELSE 'active' END,
        created_by, start_date - 5, start_date - 5
      FROM scale_orders
      WHERE n BETWEEN ${from}::int AND ${from + ORDER_BATCH - 1}::int
    `.execute(trx);
  }
}

/**
 * N orders of the market's municipality over the last two years, each with its need and call-off:
 * seven in ten placements under the agreement's lot (its ranked suppliers), the rest specific
 * contracts under a DPS of the body over three more categories (any supplier), day prices rising
 * about 4 % a year. Three INSERT … SELECT over one generated series, so a million load in minutes.
 */
export async function seedScaleOrders(
  db: Kysely<DB>,
  clock: Clock,
  market: ScaleMarket,
  options: { orders: number; label?: string },
): Promise<ScaleOrders> {
  const label = options.label ?? 'scale';
  const now = clock.now();
  const today = now.toISOString().slice(0, 10);
  return db.transaction().execute(async (trx) => {
    const user = await trx
      .insertInto('users')
      .values({ email: `controller@${label}.scale.test`, name: 'Scale controller', locale: 'sv' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('memberships')
      .values({ organisation_id: market.municipalityId, user_id: user.id, roles: ['controller'] })
      .execute();
    const dps = await trx
      .insertInto('dynamic_purchasing_systems')
      .values({
        organisation_id: market.bodyId,
        reference: `${label}-DIS-1`,
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
    const dpsCategories = ['supported_housing', 'family_home', 'open_care_hour'].flatMap((code) =>
      market.categories[code] ? [market.categories[code]] : [],
    );
    await trx
      .insertInto('dps_categories')
      .values(dpsCategories.map((category_id) => ({ dps_id: dps.id, category_id })))
      .execute();
    const lot = await trx
      .selectFrom('agreement_lots as l')
      .innerJoin('framework_agreements as a', 'a.id', 'l.agreement_id')
      .select(['l.id', 'l.agreement_id'])
      .where('a.organisation_id', '=', market.bodyId)
      .executeTakeFirstOrThrow();

    await sql`
      CREATE TEMP TABLE scale_orders ON COMMIT DROP AS
      WITH ranked AS (
        SELECT array_agg(supplier_id ORDER BY rank) AS ids FROM lot_suppliers WHERE lot_id = ${lot.id}
      ),
      everyone AS (
        SELECT array_agg(id ORDER BY identifier) AS ids FROM organisations
        WHERE identifier LIKE ${supplierPattern(label)}
      ),
      series AS (
        SELECT g AS n, (${today}::date - (g % 730)) AS start_date, g % 10 < 7 AS on_lot
        FROM generate_series(1, ${options.orders}::int) g
      )
      SELECT n, gen_random_uuid() AS need_id, gen_random_uuid() AS calloff_id,
        ${market.municipalityId}::uuid AS organisation_id, '1290' AS home_code, 'SE' AS country,
        start_date,
        CASE WHEN on_lot THEN ${lot.agreement_id}::uuid END AS agreement_id,
        CASE WHEN on_lot THEN ${lot.id}::uuid END AS lot_id,
        CASE WHEN NOT on_lot THEN ${dps.id}::uuid END AS dps_id,
        CASE WHEN NOT on_lot THEN (${dpsCategories}::uuid[])[1 + n % ${dpsCategories.length}::int] END
          AS category_id,
        CASE WHEN on_lot THEN ranked.ids[1 + n % array_length(ranked.ids, 1)]
             ELSE everyone.ids[1 + n % array_length(everyone.ids, 1)] END AS supplier_id,
        ${user.id}::uuid AS created_by
      FROM series, ranked, everyone
    `.execute(trx);
    await insertOrderedCalloffs(trx, label, today);
    await sql`ANALYZE needs, calloffs, orders`.execute(trx);
    return { orders: options.orders, userId: user.id };
  });
}
