// A national market for benchmarks (issue 15): all 388 Swedish and Danish municipalities, 10
// procurement bodies (a national Swedish one that every Swedish municipality mandates, six
// regional Swedish and three regional Danish ones), 5 000 suppliers (every fourth Danish) with
// 50 000 establishments, permits and agreed prices with every body of their country; the national
// body's framework agreement with 300 suppliers ranked over 2 900 lots (ten per Swedish
// municipality); a DPS of every regional body with admitted suppliers; 100 000 tendered call-offs
// with invitations and sealed bids (open, opened, awarded or ordered); and 1 000 000 orders in all.
// Every organisation has a user in each role it can hand out. Bulk INSERT … SELECT throughout
// (the pieces of scale.ts); only the bids are sealed in Node, as the bid route seals them.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Country } from '@tildel/domain/country';
import { ASSIGNABLE_ROLES, type OrganisationKind, type Role } from '@tildel/domain/permissions';
import { municipalities } from '@tildel/domain/reference/municipalities';
import type { DB } from '../db/types.ts';
import { seedDefaultTaxonomy } from '../modules/agreements/taxonomy/defaults.ts';
import type { Clock } from '../platform/clock.ts';
import { newDataKey, sealBid, unwrapDataKey, type MasterKey } from '../platform/sealing.ts';
import {
  insertEstablishments,
  insertOrderedCalloffs,
  insertPermits,
  insertPrices,
  insertSuppliers,
} from './scale.ts';

export interface NationalOptions {
  /** 1 is the full national market; 0.1 a tenth of its suppliers, call-offs and orders. */
  scale?: number;
  /** Makes identifiers unique when several markets share a database. */
  label?: string;
  /** Seals the bids; the app that reads them must run with the same master key. */
  masterKey: MasterKey;
}

export interface NationalCaller {
  kind: OrganisationKind | 'platform';
  organisationId: string | null;
  role: Role | 'platform_admin';
  userId: string;
}

export interface NationalMarket {
  /** The national Swedish body, owner of the framework agreement. */
  bodyId: string;
  /** The municipality the sweep calls as (Kristianstad, 1290). */
  municipalityId: string;
  /** The supplier with the most bids. */
  supplierId: string;
  /** A user per role in those three organisations, and a platform administrator. */
  callers: NationalCaller[];
  counts: Record<string, number>;
}

const SWEDISH_REGIONAL_BODIES = 6;
const DANISH_REGIONAL_BODIES = 3;
const LOTS_PER_MUNICIPALITY = 10;
const AGREEMENT_SUPPLIERS = 300;
const SUPPLIERS_PER_LOT = 8;
const INVITED = 5;
const COUNTED = [
  'organisations',
  'users',
  'establishments',
  'agreement_lots',
  'lot_suppliers',
  'calloffs',
  'calloff_invitations',
  'bids',
  'award_decisions',
  'orders',
] as const;
const BIDDERS = 3;

/** Organisations, mandates, taxonomies, suppliers with their establishments, permits and prices. */
async function insertOrganisations(
  trx: Transaction<DB>,
  clock: Clock,
  label: string,
  suppliers: number,
) {
  const now = clock.now();
  const rows = (['SE', 'DK'] as const).flatMap((country) =>
    municipalities(country).map((m) => ({
      country,
      code: m.code,
      name: m.name,
      region: m.regionCode,
    })),
  );
  await sql`
    INSERT INTO organisations (kind, name, country, identifier, municipality_code)
    SELECT 'municipality', m.name, m.country, ${label} || '-m-' || m.country || m.code, m.code
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS m(country text, code text, name text, region text)
  `.execute(trx);
  const bodies: { id: string; country: Country; regional: number | null }[] = [];
  const bodyValues = [
    { country: 'SE' as const, regional: null, name: 'Nationell inköpscentral' },
    ...Array.from({ length: SWEDISH_REGIONAL_BODIES }, (_, i) => ({
      country: 'SE' as const,
      regional: i,
      name: `Regional inköpscentral ${i + 1}`,
    })),
    ...Array.from({ length: DANISH_REGIONAL_BODIES }, (_, i) => ({
      country: 'DK' as const,
      regional: i,
      name: `Regionalt indkøbsfællesskab ${i + 1}`,
    })),
  ];
  for (const [i, body] of bodyValues.entries()) {
    const { id } = await trx
      .insertInto('organisations')
      .values({
        kind: 'procurement_body',
        name: body.name,
        country: body.country,
        identifier: `${label}-body-${i + 1}`,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    bodies.push({ id, country: body.country, regional: body.regional });
    await seedDefaultTaxonomy(trx, clock, id, body.country);
    // The national body has every Swedish municipality; a regional one those of its regions
    // (regions dealt round the bodies of the country by their code).
    const count = body.country === 'SE' ? SWEDISH_REGIONAL_BODIES : DANISH_REGIONAL_BODIES;
    await sql`
      INSERT INTO body_mandates (organisation_id, municipality_id)
      SELECT ${id}, o.id FROM organisations o
      JOIN jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS m(country text, code text, region text)
        ON o.identifier = ${label} || '-m-' || m.country || m.code
      WHERE m.country = ${body.country}
        AND (${body.regional}::int IS NULL OR m.region::int % ${count}::int = ${body.regional}::int)
    `.execute(trx);
  }

  await insertSuppliers(trx, label, suppliers, ['SE', 'SE', 'SE', 'DK']);
  await insertEstablishments(trx, label, 10, ['SE', 'DK'], now);
  await insertPermits(trx, label, now);
  for (const body of bodies) await insertPrices(trx, label, body.id, body.country, now);
  return bodies;
}

/** A user in every role each organisation of the market can hand out, and a platform admin. */
async function insertUsers(trx: Transaction<DB>, label: string) {
  const roles = Object.entries(ASSIGNABLE_ROLES).flatMap(([kind, list]) =>
    list.map((role) => ({ kind, role })),
  );
  await sql`
    CREATE TEMP TABLE national_users ON COMMIT DROP AS
    SELECT gen_random_uuid() AS id, o.id AS organisation_id, o.kind, r.role, o.identifier,
      o.country
    FROM organisations o
    JOIN jsonb_to_recordset(${JSON.stringify(roles)}::jsonb) AS r(kind text, role text)
      ON r.kind = o.kind
    WHERE o.identifier LIKE ${label} || '-%'
  `.execute(trx);
  await sql`
    INSERT INTO users (id, email, name, locale)
    SELECT id, replace(role, '_', '-') || '@' || identifier || '.national.test',
      initcap(replace(role, '_', ' ')) || ' ' || identifier,
      CASE WHEN country = 'DK' THEN 'da' ELSE 'sv' END
    FROM national_users
  `.execute(trx);
  await sql`
    INSERT INTO memberships (organisation_id, user_id, roles)
    SELECT organisation_id, id, ARRAY[role] FROM national_users
  `.execute(trx);
  await sql`CREATE INDEX ON national_users (organisation_id, role)`.execute(trx);
  const admin = await trx
    .insertInto('users')
    .values({
      email: `platform-admin@${label}.national.test`,
      name: 'Platform admin',
      locale: 'en',
      is_platform_admin: true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return admin.id;
}

/**
 * The national body's agreement: every Swedish municipality takes part; ten lots per
 * municipality, each on one category in the municipality's own area, with eight of the 300
 * agreement suppliers ranked (the last one terminated on every tenth lot).
 */
async function insertAgreement(trx: Transaction<DB>, label: string, bodyId: string, now: Date) {
  const agreement = await trx
    .insertInto('framework_agreements')
    .values({
      organisation_id: bodyId,
      reference: `${label}-RA-NAT`,
      title: 'Placeringar i hela Sverige',
      country: 'SE',
      status: 'active',
      starts_on: '2024-01-01',
      ends_on: '2029-12-31',
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await sql`
    INSERT INTO agreement_municipalities (agreement_id, municipality_id)
    SELECT ${agreement.id}, municipality_id FROM body_mandates WHERE organisation_id = ${bodyId}
  `.execute(trx);
  await sql`
    WITH munis AS (
      SELECT o.municipality_code AS code, row_number() OVER (ORDER BY o.municipality_code) - 1 AS i
      FROM body_mandates b JOIN organisations o ON o.id = b.municipality_id
      WHERE b.organisation_id = ${bodyId}
    ),
    categories AS (
      SELECT array_agg(id ORDER BY code) AS ids FROM service_categories
      WHERE organisation_id = ${bodyId} AND service_kind <> 'staffing'
    )
    INSERT INTO agreement_lots (agreement_id, organisation_id, number, name, category_id,
      area_municipality_codes, calloff_method)
    SELECT ${agreement.id}, ${bodyId}, 1 + m.i * ${LOTS_PER_MUNICIPALITY}::int + j,
      'Delområde ' || m.code || '-' || (j + 1),
      c.ids[1 + j % array_length(c.ids, 1)], ARRAY[m.code], 'ranking'
    FROM munis m CROSS JOIN generate_series(0, ${LOTS_PER_MUNICIPALITY - 1}::int) j, categories c
  `.execute(trx);
  await sql`
    WITH chosen AS (
      SELECT array_agg(id ORDER BY identifier) AS ids FROM (
        SELECT id, identifier FROM organisations
        WHERE identifier LIKE ${label} || '-supplier-%' AND country = 'SE'
        ORDER BY identifier LIMIT ${AGREEMENT_SUPPLIERS}::int) s
    )
    INSERT INTO lot_suppliers (lot_id, supplier_id, agreement_id, organisation_id, rank, status,
      terminated_on)
    SELECT l.id,
      c.ids[1 + (l.number + r * (array_length(c.ids, 1) / ${SUPPLIERS_PER_LOT}::int)) % array_length(c.ids, 1)],
      ${agreement.id}, ${bodyId}, r + 1,
      CASE WHEN r = ${SUPPLIERS_PER_LOT - 1}::int AND l.number % 10 = 0 THEN 'terminated' ELSE 'active' END,
      CASE WHEN r = ${SUPPLIERS_PER_LOT - 1}::int AND l.number % 10 = 0 THEN '2026-03-01'::date END
    FROM agreement_lots l, chosen c, generate_series(0, ${SUPPLIERS_PER_LOT - 1}::int) r
    WHERE l.agreement_id = ${agreement.id}
  `.execute(trx);
  return agreement.id;
}

/** The three default categories of a country's regional DPS (a Danish body has Danish ones). */
const DPS_CATEGORY_CODES: Record<Country, string[]> = {
  SE: ['supported_housing', 'family_home', 'hvb_youth'],
  DK: ['dk_botilbud_107', 'dk_foster_family', 'dk_residential_institution'],
};

/**
 * An open DPS of every regional body over its municipalities and three categories; every second
 * supplier of the country admitted to all three, every tenth of the others still waiting.
 */
async function insertDynamicPurchasingSystems(
  trx: Transaction<DB>,
  label: string,
  bodies: { id: string; country: Country; regional: number | null }[],
  now: Date,
) {
  for (const [i, body] of bodies.entries()) {
    if (body.regional === null) continue;
    const dps = await trx
      .insertInto('dynamic_purchasing_systems')
      .values({
        organisation_id: body.id,
        reference: `${label}-DIS-${i + 1}`,
        title: body.country === 'SE' ? 'Stödboende och familjehem' : 'Botilbud og plejefamilier',
        country: body.country,
        status: 'open',
        valid_from: '2024-01-01',
        valid_to: '2029-12-31',
        initial_period_ends_on: '2024-02-01',
        opened_at: new Date('2024-01-01T00:00:00Z'),
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await sql`
      INSERT INTO dps_municipalities (dps_id, municipality_id)
      SELECT ${dps.id}, municipality_id FROM body_mandates WHERE organisation_id = ${body.id}
    `.execute(trx);
    await sql`
      INSERT INTO dps_categories (dps_id, category_id)
      SELECT ${dps.id}, id FROM service_categories
      WHERE organisation_id = ${body.id} AND code IN (${sql.join(DPS_CATEGORY_CODES[body.country])})
    `.execute(trx);
    await sql`
      WITH candidates AS (
        SELECT id, row_number() OVER (ORDER BY identifier) AS n FROM organisations
        WHERE identifier LIKE ${label} || '-supplier-%' AND country = ${body.country}
      ),
      applied AS (
        INSERT INTO dps_applications (dps_id, organisation_id, supplier_id, status, received_at,
          in_initial_period, decision_due_at, decided_at, decision_reason)
        SELECT ${dps.id}, ${body.id}, id, CASE WHEN n % 2 = 0 THEN 'approved' ELSE 'pending' END,
          ${now}::timestamptz - (n % 300) * interval '1 day', false,
          ${now}::timestamptz - (n % 300) * interval '1 day' + interval '10 days',
          CASE WHEN n % 2 = 0 THEN ${now}::timestamptz - (n % 300) * interval '1 day' + interval '5 days' END,
          CASE WHEN n % 2 = 0 THEN 'Uppfyller kraven' END
        FROM candidates WHERE n % 2 = 0 OR n % 20 = 1
        RETURNING id
      )
      INSERT INTO dps_application_categories (application_id, category_id)
      SELECT a.id, c.category_id FROM applied a, dps_categories c WHERE c.dps_id = ${dps.id}
    `.execute(trx);
  }
}

/**
 * The municipalities in one numbered list with what their call-offs need: the buyer, the DPS of
 * their regional body with its categories and admitted suppliers.
 */
async function collectMunicipalities(trx: Transaction<DB>, label: string) {
  await sql`
    CREATE TEMP TABLE national_munis ON COMMIT DROP AS
    WITH dps AS (
      SELECT d.id, d.organisation_id,
        (SELECT array_agg(category_id ORDER BY category_id) FROM dps_categories c WHERE c.dps_id = d.id) AS categories,
        -- A hundred of the admitted suppliers, spread: the call-offs go to them (an array this
        -- small stays in its row, which keeps the bulk inserts reading it fast).
        (SELECT array_agg(supplier_id ORDER BY supplier_id) FROM (
          SELECT supplier_id, row_number() OVER (ORDER BY supplier_id) AS r, count(*) OVER () AS c
          FROM dps_applications a WHERE a.dps_id = d.id AND a.status = 'approved') a
         WHERE a.r % greatest(1, a.c / 100) = 0) AS admitted
      FROM dynamic_purchasing_systems d WHERE d.reference LIKE ${label} || '-DIS-%'
    )
    SELECT row_number() OVER (ORDER BY o.country DESC, o.municipality_code) - 1 AS i,
      o.id, o.country, o.municipality_code AS code,
      (SELECT u.id FROM national_users u WHERE u.organisation_id = o.id AND u.role = 'buyer') AS buyer_id,
      d.id AS dps_id, d.categories, d.admitted
    FROM organisations o
    JOIN body_mandates b ON b.municipality_id = o.id
    JOIN dps d ON d.organisation_id = b.organisation_id
    WHERE o.identifier LIKE ${label} || '-m-%'
  `.execute(trx);
}

/**
 * Tendered call-offs: DPS specific contracts of every municipality, each with five invited
 * admitted suppliers of which three bid. One in ten is open (sealed bids, deadline ahead), one in
 * ten opened and under evaluation, one in twenty awarded and the rest ordered from the lowest
 * price. The bids' content is written in clear to `ciphertext` here and sealed by sealBids.
 */
async function insertTenderedCalloffs(
  trx: Transaction<DB>,
  label: string,
  count: number,
  now: Date,
  key: { wrapped: string; keyId: string },
): Promise<number> {
  await sql`
    CREATE TEMP TABLE national_tenders ON COMMIT DROP AS
    WITH series AS (
      SELECT g AS n, CASE WHEN g % 20 < 2 THEN 'open' WHEN g % 20 < 4 THEN 'evaluation'
        WHEN g % 20 = 4 THEN 'awarded' ELSE 'ordered' END AS status
      FROM generate_series(1, ${count}::int) g
    )
    SELECT s.n, s.status, gen_random_uuid() AS calloff_id, gen_random_uuid() AS need_id,
      m.id AS organisation_id, m.country, m.code AS home_code, m.buyer_id, m.dps_id,
      m.categories[1 + s.n % array_length(m.categories, 1)] AS category_id,
      ARRAY(SELECT m.admitted[1 + (s.n * 7 + i * (array_length(m.admitted, 1) / ${INVITED}::int))
                              % array_length(m.admitted, 1)]
            FROM generate_series(0, ${INVITED - 1}::int) i ORDER BY i) AS invited,
      CASE WHEN s.status = 'open' THEN ${now}::timestamptz + interval '4 days'
           ELSE ${now}::timestamptz - (20 + s.n % 700) * interval '1 day' END AS deadline
    FROM series s
    JOIN national_munis m ON m.i = s.n % (SELECT count(*) FROM national_munis)
    WHERE array_length(m.admitted, 1) >= ${INVITED}::int
  `.execute(trx);
  await sql`
    INSERT INTO needs (id, organisation_id, kind, status, title, details, created_by,
      created_at, updated_at, submitted_at)
    SELECT need_id, organisation_id, 'placement',
      CASE WHEN status = 'ordered' THEN 'fulfilled' ELSE 'in_calloff' END, 'Upphandlad placering ' || n,
      jsonb_build_object('kind', 'placement',
        'person', jsonb_build_object('age', 13 + n % 5, 'gender', (ARRAY['female', 'male'])[1 + n % 2],
          'targetGroups', jsonb_build_array('youth_13_17'), 'needs', 'Stöd i vardagen',
          'languages', jsonb_build_array('sv'), 'homeCountry', country, 'homeMunicipalityCode', home_code),
        'start', (deadline + interval '10 days')::date, 'expectedDurationDays', 30 + n % 150,
        'intensity', 'standard', 'hoursPerWeek', NULL, 'description', 'Upphandlad placering ' || n),
      buyer_id, deadline - interval '20 days', deadline - interval '12 days', deadline - interval '19 days'
    FROM national_tenders
  `.execute(trx);
  await sql`
    INSERT INTO calloffs (id, organisation_id, need_id, dps_id, category_id, procedure,
      procedure_reason, expected_volume, expected_unit, currency, evaluation_model, status, title,
      created_by, created_at, updated_at, request_text, published_at, published_by,
      tender_deadline, data_key_wrapped, data_key_id, opened_at, opened_by, drawing_seed, version)
    SELECT calloff_id, organisation_id, need_id, dps_id, category_id, 'dps_specific_contract',
      '{"code":"dps_category"}'::jsonb, 30 + n % 150, 'day',
      CASE WHEN country = 'DK' THEN 'DKK' ELSE 'SEK' END,
      '{"kind":"lowest_price","basis":"unit_price"}'::jsonb, status, 'Upphandlad placering ' || n,
      buyer_id, deadline - interval '12 days', deadline - interval '10 days', 'Placering enligt behovet.',
      deadline - interval '10 days', buyer_id, deadline, ${key.wrapped}, ${key.keyId},
      CASE WHEN status <> 'open' THEN deadline + interval '12 hours' END,
      CASE WHEN status <> 'open' THEN buyer_id END,
      CASE WHEN status <> 'open' THEN md5(n::text) || md5((n + 1)::text) END,
      CASE WHEN status = 'open' THEN 1 WHEN status = 'evaluation' THEN 2 ELSE 3 END
    FROM national_tenders
  `.execute(trx);
  await sql`
    INSERT INTO calloff_invitations (calloff_id, organisation_id, supplier_id, kind, invited_at,
      first_read_at)
    SELECT t.calloff_id, t.organisation_id, t.invited[1 + i],
      'tender', t.deadline - interval '10 days',
      CASE WHEN i < ${BIDDERS}::int THEN t.deadline - interval '9 days' END
    FROM national_tenders t, generate_series(0, ${INVITED - 1}::int) i
  `.execute(trx);
  await sql`
    CREATE TEMP TABLE national_bids ON COMMIT DROP AS
    SELECT gen_random_uuid() AS id, t.n, t.calloff_id, t.status, t.organisation_id, t.country,
      t.invited[1 + i] AS supplier_id,
      200000 + ((t.n * 7919 + i * 104729) % 100000) * 3 + i AS price,
      t.deadline - (${BIDDERS}::int - i) * interval '1 day' AS received_at,
      (t.deadline + interval '10 days')::date AS earliest_start
    FROM national_tenders t, generate_series(0, ${BIDDERS - 1}::int) i
  `.execute(trx);
  await sql`
    INSERT INTO bids (id, calloff_id, supplier_id, status, iv, ciphertext, auth_tag,
      receipt_sha256, received_at, first_received_at, submitted_by)
    SELECT b.id, b.calloff_id, b.supplier_id, 'submitted', '',
      jsonb_build_object('unitPriceMinor', b.price,
        'currency', CASE WHEN b.country = 'DK' THEN 'DKK' ELSE 'SEK' END, 'unit', 'day',
        'answers', '{}'::jsonb, 'evidence', '{}'::jsonb, 'consultantId', NULL,
        'establishmentId', NULL, 'earliestStart', b.earliest_start,
        'validUntil', b.earliest_start + 60, 'note', '')::text,
      '', '', b.received_at, b.received_at,
      (SELECT u.id FROM national_users u WHERE u.organisation_id = b.supplier_id AND u.role = 'supplier_user')
    FROM national_bids b
  `.execute(trx);
  // The award: the lowest price ranks first; the report frozen as the award route freezes it.
  await sql`
    CREATE TEMP TABLE national_awards ON COMMIT DROP AS
    WITH ranked AS (
      SELECT b.*, o.name AS supplier_name,
        row_number() OVER (PARTITION BY b.calloff_id ORDER BY b.price) AS rank
      FROM national_bids b JOIN organisations o ON o.id = b.supplier_id
      WHERE b.status IN ('awarded', 'ordered')
    ),
    reports AS (
      SELECT calloff_id, jsonb_agg(jsonb_build_object(
          'bidId', id, 'supplierId', supplier_id, 'supplierName', supplier_name,
          'outcome', 'ranked', 'rank', rank, 'unitPriceMinor', price, 'priceMinor', price,
          'deductions', '[]'::jsonb, 'points', '[]'::jsonb,
          'comparisonValue', jsonb_build_object('kind', 'price', 'amountMinor', price,
            'qualityPoints', NULL, 'exact', NULL, 'decimal', to_char(price / 100.0, 'FM999999990.00'),
            'priceScore', NULL, 'qualityScore', NULL),
          'tieDecidedBy', NULL, 'setAsideReasons', '[]'::jsonb,
          'receivedAt', to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
          'receiptVerified', true, 'consultant', NULL, 'establishment', NULL,
          'earliestStart', earliest_start, 'validUntil', earliest_start + 60) ORDER BY rank) AS bids
      FROM ranked GROUP BY calloff_id
    )
    SELECT t.n, t.calloff_id, t.organisation_id, t.buyer_id, t.status, t.country, t.deadline,
      w.id AS bid_id, w.supplier_id, w.price, w.earliest_start, r.bids
    FROM national_tenders t
    JOIN ranked w ON w.calloff_id = t.calloff_id AND w.rank = 1
    JOIN reports r ON r.calloff_id = t.calloff_id
  `.execute(trx);
  await sql`
    INSERT INTO award_decisions (calloff_id, organisation_id, bid_id, supplier_id, reasons, report,
      decided_by, decided_at)
    SELECT calloff_id, organisation_id, bid_id, supplier_id, 'Lägsta pris per dygn.',
      jsonb_build_object('model', '{"kind":"lowest_price","basis":"unit_price"}'::jsonb,
        'currency', CASE WHEN country = 'DK' THEN 'DKK' ELSE 'SEK' END, 'unitsOnBasis', 1,
        'tieRule', '["lower_price","earlier_receipt","lot_drawing"]'::jsonb,
        'drawingSeed', md5(n::text) || md5((n + 1)::text), 'warnings', '[]'::jsonb, 'bids', bids),
      buyer_id, deadline + interval '36 hours'
    FROM national_awards
  `.execute(trx);
  const ordered = await sql<{ count: string }>`
    WITH made AS (
      INSERT INTO orders (organisation_id, calloff_id, supplier_id, reference, unit_price_minor,
        currency, unit, start_date, end_date, expected_volume, status, created_by, created_at,
        updated_at)
      SELECT organisation_id, calloff_id, supplier_id, ${label} || '-T-' || n, price,
        CASE WHEN country = 'DK' THEN 'DKK' ELSE 'SEK' END, 'day', earliest_start,
        earliest_start + (30 + n % 150) - 1, 30 + n % 150,
        CASE WHEN earliest_start + (30 + n % 150) - 1 < ${now}::date THEN 'ended' ELSE 'active' END,
        buyer_id, deadline + interval '2 days', deadline + interval '2 days'
      FROM national_awards WHERE status = 'ordered'
      RETURNING 1
    )
    SELECT count(*) FROM made
  `.execute(trx);
  return Number(ordered.rows[0]?.count ?? 0);
}

/**
 * Seals every bid written in clear by insertTenderedCalloffs, in batches: the content as the bid
 * route seals it, bound to its call-off and bid. All the market's call-offs share one data key —
 * a shortcut of the generator only; the app unwraps it per call-off as for any other.
 */
async function sealBids(
  trx: Transaction<DB>,
  masterKey: MasterKey,
  key: { wrapped: string; keyId: string },
): Promise<number> {
  const dataKey = unwrapDataKey(masterKey, key);
  let after = '00000000-0000-0000-0000-000000000000';
  let sealed = 0;
  for (;;) {
    const batch = await sql<{
      id: string;
      calloff_id: string;
      ciphertext: string;
      received_at: Date;
    }>`
      SELECT id, calloff_id, ciphertext, received_at FROM bids
      WHERE iv = '' AND id > ${after}::uuid ORDER BY id LIMIT 10000
    `.execute(trx);
    if (batch.rows.length === 0) return sealed;
    const columns = { id: [], iv: [], ciphertext: [], tag: [], receipt: [] } as Record<
      string,
      string[]
    >;
    for (const row of batch.rows) {
      const { sealed: bid, receipt } = sealBid(
        dataKey,
        { callOffId: row.calloff_id, bidId: row.id },
        JSON.parse(row.ciphertext),
        row.received_at,
      );
      columns.id!.push(row.id);
      columns.iv!.push(bid.iv);
      columns.ciphertext!.push(bid.ciphertext);
      columns.tag!.push(bid.authTag);
      columns.receipt!.push(receipt.sha256);
    }
    await sql`
      UPDATE bids SET iv = s.iv, ciphertext = s.ciphertext, auth_tag = s.tag, receipt_sha256 = s.receipt
      FROM unnest(${columns.id}::uuid[], ${columns.iv}::text[], ${columns.ciphertext}::text[],
        ${columns.tag}::text[], ${columns.receipt}::text[]) AS s(id, iv, ciphertext, tag, receipt)
      WHERE bids.id = s.id
    `.execute(trx);
    sealed += batch.rows.length;
    after = batch.rows.at(-1)!.id;
  }
}

/**
 * The rest of the orders, each with its fulfilled need and ordered call-off (scale.ts's piece):
 * Swedish municipalities call off down the ranking of their own lots, Danish ones from their
 * DPS's admitted suppliers; start dates spread over the last two years.
 */
async function insertDirectOrders(
  trx: Transaction<DB>,
  label: string,
  agreementId: string,
  count: number,
  today: string,
) {
  await sql`
    CREATE TEMP TABLE scale_orders ON COMMIT DROP AS
    WITH lots AS (
      SELECT l.id, l.area_municipality_codes[1] AS code,
        row_number() OVER (PARTITION BY l.area_municipality_codes[1] ORDER BY l.number) - 1 AS j,
        (SELECT array_agg(s.supplier_id ORDER BY s.rank) FROM lot_suppliers s
          WHERE s.lot_id = l.id AND s.status = 'active') AS ranked
      FROM agreement_lots l WHERE l.agreement_id = ${agreementId}
    ),
    series AS (
      SELECT g AS n, (${today}::date - (g % 730)) AS start_date
      FROM generate_series(1, ${count}::int) g
    )
    SELECT s.n, gen_random_uuid() AS need_id, gen_random_uuid() AS calloff_id,
      m.id AS organisation_id, m.code AS home_code, m.country, s.start_date,
      CASE WHEN l.id IS NOT NULL THEN ${agreementId}::uuid END AS agreement_id, l.id AS lot_id,
      CASE WHEN l.id IS NULL THEN m.dps_id END AS dps_id,
      CASE WHEN l.id IS NULL THEN m.categories[1 + s.n % array_length(m.categories, 1)] END AS category_id,
      CASE WHEN l.id IS NOT NULL THEN l.ranked[1 + s.n % 3]
           ELSE m.admitted[1 + s.n % array_length(m.admitted, 1)] END AS supplier_id,
      m.buyer_id AS created_by
    FROM series s
    JOIN national_munis m ON m.i = s.n % (SELECT count(*) FROM national_munis)
    LEFT JOIN lots l ON m.country = 'SE' AND l.code = m.code AND l.j = s.n % ${LOTS_PER_MUNICIPALITY}::int
  `.execute(trx);
  await insertOrderedCalloffs(trx, label, today);
}

export async function seedNationalMarket(
  db: Kysely<DB>,
  clock: Clock,
  options: NationalOptions,
): Promise<NationalMarket> {
  const scale = options.scale ?? 1;
  const label = options.label ?? 'national';
  const suppliers = Math.round(5000 * scale);
  const tendered = Math.round(100_000 * scale);
  const orders = Math.round(1_000_000 * scale);
  const now = clock.now();
  const today = now.toISOString().slice(0, 10);
  const key = newDataKey(options.masterKey);

  return db.transaction().execute(async (trx) => {
    const bodies = await insertOrganisations(trx, clock, label, suppliers);
    const platformAdminId = await insertUsers(trx, label);
    const national = bodies[0]!;
    const agreementId = await insertAgreement(trx, label, national.id, now);
    await insertDynamicPurchasingSystems(trx, label, bodies, now);
    await collectMunicipalities(trx, label);
    const tenderedOrders = await insertTenderedCalloffs(trx, label, tendered, now, key);
    const sealed = await sealBids(trx, options.masterKey, key);
    await insertDirectOrders(trx, label, agreementId, orders - tenderedOrders, today);
    await sql`ANALYZE`.execute(trx);

    const municipality = await trx
      .selectFrom('organisations')
      .select('id')
      .where('identifier', '=', `${label}-m-SE1290`)
      .executeTakeFirstOrThrow();
    const supplier = await sql<{ supplier_id: string }>`
      SELECT supplier_id FROM bids GROUP BY supplier_id ORDER BY count(*) DESC, supplier_id LIMIT 1
    `.execute(trx);
    const supplierId = supplier.rows[0]!.supplier_id;
    const members = await trx
      .selectFrom('memberships as m')
      .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
      .select(['m.user_id', 'm.organisation_id', 'm.roles', 'o.kind'])
      .where('m.organisation_id', 'in', [national.id, municipality.id, supplierId])
      .execute();
    const counts: Record<string, number> = { sealedBids: sealed };
    for (const table of COUNTED) {
      const row = await trx
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('count'))
        .executeTakeFirstOrThrow();
      counts[table] = Number(row.count);
    }
    return {
      bodyId: national.id,
      municipalityId: municipality.id,
      supplierId,
      callers: [
        ...members.map((m) => ({
          kind: m.kind as OrganisationKind,
          organisationId: m.organisation_id,
          role: m.roles[0] as Role,
          userId: m.user_id,
        })),
        { kind: 'platform', organisationId: null, role: 'platform_admin', userId: platformAdminId },
      ],
      counts,
    };
  });
}
