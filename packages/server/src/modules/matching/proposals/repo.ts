// The SQL of proposals: everything matching needs for one referral in a few set-based statements.
// 1. the referral with its organisation and matching settings;
// 2. the candidate offers: open establishments of the referral's service kind and country that
//    pass the constraints SQL checks cheaply (legal basis, target-group overlap, age, gender,
//    first language, and — unless the municipality allows offers outside agreements — being on an
//    agreement or DPS it may use), found as a range of the index establishments_matching_idx,
//    each with its stored tariffs, permits and latest quality assessment (offer_match_facts,
//    migration 0029), and once per supplier its name, routes with their hidden/terminated/excluded
//    state and our follow-up of it; plus up to `sampleSize` offers the SQL filter left out (the
//    first in the index's order), so the domain explains some of them; and, in the same
//    statement, how many offers the SQL filter left out by the first constraint they fail,
//    counted per profile of offers (offer_match_profiles) rather than per offer;
// 3. the continuity: orders of the municipality whose referral is for the same case or a sibling.
import { COUNTRY_LANGUAGE } from '@tildel/domain/matching/constraints';
import { sql, type CompiledQuery, type RawBuilder } from 'kysely';
import type { Country } from '@tildel/domain/country';
import type { Currency } from '@tildel/domain/money';
import type { PlainDate } from '@tildel/domain/plain-date';
import type { PriceUnit, ServiceKind } from '@tildel/domain/taxonomy';
import type { Db } from '../../../db/db.ts';
import { PREPARE_MARK } from '../../../db/prepared.ts';

export interface ReferralRow {
  id: string;
  organisation_id: string;
  case_reference: string;
  kind: 'new' | 'extension' | 'adjustment';
  service_kind: ServiceKind;
  legal_basis: string;
  start_on: PlainDate;
  expected_duration_days: number;
  intensity_kind: 'hours_per_week' | 'place';
  hours_per_week: string | null;
  urgency: 'today' | 'within_5_working_days' | 'later';
  person: unknown;
  state: string;
  country: Country;
  municipality_code: string | null;
  freshness_limit_days: number | null;
  allow_outside_agreements: boolean | null;
  weights: unknown;
}

/** The referral of the organisation, with the organisation's country and matching settings. */
export async function referralWithSettings(db: Db, orgId: string, referralId: string) {
  const { rows } = await sql<ReferralRow>`
    SELECT r.id, r.organisation_id, r.case_reference, r.kind, r.service_kind, r.legal_basis,
      to_char(r.start_on, 'YYYY-MM-DD') AS start_on, r.expected_duration_days, r.intensity_kind,
      r.hours_per_week::text AS hours_per_week, r.urgency, r.person, r.state, o.country, o.municipality_code,
      ms.freshness_limit_days, ms.allow_outside_agreements, ms.weights
    FROM referrals r
    JOIN organisations o ON o.id = r.organisation_id
    LEFT JOIN matching_settings ms ON ms.organisation_id = r.organisation_id
    WHERE r.id = ${referralId} AND r.organisation_id = ${orgId}
  `.execute(db);
  return rows[0];
}

/** What the SQL filter checks; the domain checks the same again on what is loaded. */
export interface CandidateFilter {
  orgId: string;
  country: Country;
  serviceKind: ServiceKind;
  legalBasis: string;
  /** Today in the organisation's country: hidings, terminations, permits and follow-up. */
  today: PlainDate;
  now: Date;
  startOn: PlainDate;
  age: number;
  gender: string;
  targetGroups: readonly string[];
  /** The language the offer must speak (the person's first), if any. */
  language: string | null;
  /** When false, offers of suppliers on no agreement or DPS the municipality may use are left out. */
  requireRoute: boolean;
  /** How many offers the filter left out are loaded anyway, for the domain to explain. */
  sampleSize: number;
  /** Only these suppliers' offers (the ranking cascade's must-requirement check). */
  supplierIds?: readonly string[] | undefined;
}

/**
 * The constraints SQL checks, in the domain's order (CONSTRAINTS in matching/constraints.ts):
 * an offer left out is counted under the first it fails, as the domain's exclusions are.
 */
export const PREFILTER_REASONS = [
  'legal_basis',
  'target_group',
  'age',
  'gender',
  'languages',
  'route',
] as const;
export type PrefilterReason = (typeof PREFILTER_REASONS)[number];

/**
 * Agreements (active, owned by the municipality or listing it) and DPSs (open, likewise) with a
 * category of the service kind: one row per supplier and route with the supplier's state there.
 */
function routesOfMunicipality(f: CandidateFilter) {
  return sql`
    SELECT ls.supplier_id, 'agreement'::text AS kind, fa.id AS route_id, fa.title AS name,
      CASE
        WHEN ls.status = 'terminated'
          AND (ls.terminated_on IS NULL OR ls.terminated_on <= ${f.today}::date) THEN 'terminated'
        WHEN ls.status = 'hidden'
          AND (ls.hidden_from IS NULL OR ls.hidden_from <= ${f.today}::date)
          AND (ls.hidden_to IS NULL OR ls.hidden_to >= ${f.today}::date) THEN 'hidden'
        ELSE 'ok' END AS state
    FROM framework_agreements fa
    JOIN agreement_lots al ON al.agreement_id = fa.id
    JOIN service_categories c ON c.id = al.category_id AND c.service_kind = ${f.serviceKind}
    JOIN lot_suppliers ls ON ls.lot_id = al.id
    WHERE fa.status = 'active' AND (fa.organisation_id = ${f.orgId} OR EXISTS (
      SELECT 1 FROM agreement_municipalities am
      WHERE am.agreement_id = fa.id AND am.municipality_id = ${f.orgId}))
    UNION ALL
    SELECT da.supplier_id, 'dps', d.id, d.title,
      CASE WHEN da.status = 'excluded' THEN 'excluded' ELSE 'ok' END
    FROM dynamic_purchasing_systems d
    JOIN dps_categories dc ON dc.dps_id = d.id
    JOIN service_categories c ON c.id = dc.category_id AND c.service_kind = ${f.serviceKind}
    JOIN dps_applications da ON da.dps_id = d.id AND da.status IN ('approved', 'excluded')
    JOIN dps_application_categories dac ON dac.application_id = da.id
      AND dac.category_id = dc.category_id
    WHERE d.status = 'open' AND (d.organisation_id = ${f.orgId} OR EXISTS (
      SELECT 1 FROM dps_municipalities dm WHERE dm.dps_id = d.id AND dm.municipality_id = ${f.orgId}))`;
}

interface PrefilterCheck {
  reason: PrefilterReason;
  /** When an offer fails the check, and when it passes (written out, so an index can serve it). */
  fails: RawBuilder<boolean>;
  passes: RawBuilder<boolean>;
}

/**
 * The constraints SQL checks, in PREFILTER_REASONS order, over the columns of `table`: an
 * establishment (e) or a profile of establishments (p, offer_match_profiles), which has no
 * supplier and so no route check.
 */
function prefilterChecks(f: CandidateFilter, table: 'e' | 'p'): PrefilterCheck[] {
  const c = (column: string) => sql.ref(`${table}.${column}`);
  const checks: PrefilterCheck[] = [
    {
      reason: 'legal_basis',
      fails: sql`NOT ${f.legalBasis} = ANY(${c('legal_bases')})`,
      passes: sql`${f.legalBasis} = ANY(${c('legal_bases')})`,
    },
  ];
  if (f.targetGroups.length > 0) {
    const wanted = sql`${[...f.targetGroups]}::text[]`;
    checks.push({
      reason: 'target_group',
      fails: sql`NOT ${c('target_groups')} && ${wanted}`,
      passes: sql`${c('target_groups')} && ${wanted}`,
    });
  }
  checks.push({
    reason: 'age',
    fails: sql`(${c('age_min')} > ${f.age}::int OR ${c('age_max')} < ${f.age}::int)`,
    passes: sql`${c('age_min')} <= ${f.age}::int AND ${c('age_max')} >= ${f.age}::int`,
  });
  // An offer for girls or boys fits only that gender; 'other' and 'not_stated' fit only 'any'.
  const genders = sql`${['any', f.gender]}::text[]`;
  checks.push({
    reason: 'gender',
    fails: sql`NOT ${c('gender')} = ANY(${genders})`,
    passes: sql`${c('gender')} = ANY(${genders})`,
  });
  // The country's own language is spoken by every offer there (COUNTRY_LANGUAGE in the domain).
  if (f.language !== null && f.language !== COUNTRY_LANGUAGE[f.country]) {
    checks.push({
      reason: 'languages',
      fails: sql`NOT ${f.language} = ANY(${c('languages')})`,
      passes: sql`${f.language} = ANY(${c('languages')})`,
    });
  }
  if (f.requireRoute && table === 'e') {
    checks.push({
      reason: 'route',
      fails: sql`e.supplier_id NOT IN (SELECT supplier_id FROM routes)`,
      passes: sql`e.supplier_id IN (SELECT supplier_id FROM routes)`,
    });
  }
  return checks;
}

/** The first constraint the SQL filter finds failed, or NULL when the offer passes. */
function prefilterReason(checks: readonly PrefilterCheck[]): RawBuilder<PrefilterReason | null> {
  const whens = checks.map((check) => sql`WHEN ${check.fails} THEN ${sql.lit(check.reason)}`);
  return sql<PrefilterReason | null>`CASE ${sql.join(whens, sql` `)} ELSE NULL END`;
}

/** Whether the offer passes every constraint the SQL filter checks. */
function passesPrefilter(checks: readonly PrefilterCheck[]): RawBuilder<boolean> {
  return sql<boolean>`${sql.join(
    checks.map((check) => check.passes),
    sql` AND `,
  )}`;
}

/** The open offers of the referral's kind and country (index establishments_matching_idx). */
function offersOfKind(f: CandidateFilter) {
  const suppliers = f.supplierIds
    ? sql`AND e.supplier_id = ANY(${[...f.supplierIds]}::uuid[])`
    : sql``;
  return sql`establishments e
    WHERE e.service_kind = ${f.serviceKind} AND e.country = ${f.country} AND e.closed_at IS NULL
    ${suppliers}`;
}

/** The index's order (establishments_matching_idx): candidates and the sample come in it. */
const INDEX_ORDER = sql`gender, age_min, age_max, id`;

/**
 * The offers the prefilter lets through (fitting) and the first `sampleSize` it leaves out in the
 * index's order (left_out, with their reason), and the counts of all it leaves out by reason.
 * A whole market: the candidates are a range of the index, the sample its first entries read
 * until enough are left out, and the counts come from judging each profile of offers
 * (offer_match_profiles) once — with, when a route is required, the offers that pass the rest
 * but not the route: all that pass the rest less the candidates. The given suppliers only (the
 * cascade's check): their offers judged one by one.
 */
function prefiltered(f: CandidateFilter) {
  const checks = prefilterChecks(f, 'e');
  const columns = sql`e.id, e.supplier_id, e.gender, e.age_min, e.age_max`;
  if (f.supplierIds) {
    return sql`judged AS MATERIALIZED (
        SELECT ${columns}, ${prefilterReason(checks)} AS reason FROM ${offersOfKind(f)}
      ),
      fitting AS MATERIALIZED (SELECT * FROM judged WHERE reason IS NULL),
      left_out AS MATERIALIZED (
        SELECT * FROM judged WHERE reason IS NOT NULL ORDER BY ${INDEX_ORDER}
        LIMIT ${f.sampleSize}::int
      ),
      left_out_counts AS (
        SELECT reason, count(*) AS n FROM judged WHERE reason IS NOT NULL GROUP BY reason
      )`;
  }
  const profileChecks = prefilterChecks(f, 'p');
  const route = f.requireRoute
    ? sql`UNION ALL
        SELECT 'route', (SELECT sum(offers) FROM profiles WHERE reason IS NULL)
          - (SELECT count(*) FROM fitting)`
    : sql``;
  return sql`fitting AS MATERIALIZED (
        SELECT ${columns} FROM ${offersOfKind(f)} AND ${passesPrefilter(checks)}
      ),
      left_out AS MATERIALIZED (
        SELECT * FROM (
          SELECT ${columns}, ${prefilterReason(checks)} AS reason FROM ${offersOfKind(f)}
          ORDER BY ${INDEX_ORDER}
        ) j
        WHERE reason IS NOT NULL LIMIT ${f.sampleSize}::int
      ),
      profiles AS MATERIALIZED (
        SELECT p.offers, ${prefilterReason(profileChecks)} AS reason
        FROM offer_match_profiles p
        WHERE p.service_kind = ${f.serviceKind} AND p.country = ${f.country}
      ),
      left_out_counts AS (
        SELECT reason, sum(offers) AS n FROM profiles WHERE reason IS NOT NULL GROUP BY reason
        ${route}
      )`;
}

/** A tariff as offer_match_facts keeps it (0029_offer_match_facts.sql). */
export interface StoredTariff {
  unit: PriceUnit;
  /** Minor units, as text: bigint stays exact. */
  amount: string;
  currency: Currency;
  validFrom: PlainDate;
}

/** A permit as offer_match_facts keeps it. */
export interface StoredPermit {
  authority: 'IVO' | 'Socialtilsyn';
  status: 'valid' | 'changed' | 'revoked' | 'expired' | 'applied';
  validFrom: PlainDate | null;
  validTo: PlainDate | null;
}

/** An agreement or DPS the municipality may use, sent once however many suppliers are on it. */
export interface RouteFacts {
  kind: 'agreement' | 'dps';
  id: string;
  name: string;
}

/**
 * What a supplier of the candidates brings, once per supplier, as a list (no keys repeated for
 * hundreds of suppliers): its name; its routes with the municipality (agreements first, in the
 * order they were found) as the route's number in `CandidateRow.routes` and the supplier's state
 * there; our open requests for correction; findings of the last two years; whether the latest
 * staff list asked for was delivered (null: none asked, or not yet due).
 */
export type SupplierFacts = [
  name: string,
  routes: [number, string][],
  openCorrections: number,
  findings: number,
  staffListPassed: boolean | null,
];

export interface CandidateRow {
  id: string;
  supplier_id: string;
  name: string;
  country: Country;
  offer_form: 'establishment' | 'team' | 'consultant_pool';
  service_kind: ServiceKind;
  legal_bases: string[];
  target_groups: string[];
  age_min: number;
  age_max: number;
  gender: 'any' | 'female' | 'male';
  languages: string[];
  methods: string[];
  lat: number;
  lon: number;
  places_total: number;
  places_free: number;
  next_free_on: PlainDate | null;
  /** Milliseconds since the epoch: a number is read far faster than a timestamp's text. */
  confirmed_at_ms: number | null;
  /** The SQL filter's reason when the offer is one of the sample it left out. */
  prefiltered: PrefilterReason | null;
  /** The offer's stored facts; null when none of the three tables names it. */
  tariffs: StoredTariff[] | null;
  permits: StoredPermit[] | null;
  /** The latest quality assessment: its date, then the seven theme scores in QUALITY_THEMES order. */
  assessment: [PlainDate, ...number[]] | null;
  /** The agreements this establishment is hidden on. */
  hidden_on: string[] | null;
  /** On the first row only: every supplier of the rows by id. */
  suppliers: Record<string, SupplierFacts> | null;
  /** On the first row only: the routes the suppliers' facts name, by number. */
  routes: Record<string, RouteFacts> | null;
  /** On the first row only: the offers the SQL filter left out, by the first reason it found. */
  prefilter_counts: Partial<Record<PrefilterReason, number>> | null;
}

/** The candidates (and a sample of the offers the filter left out) with all matching reads. */
export async function candidates(db: Db, f: CandidateFilter): Promise<CandidateRow[]> {
  // A named prepared statement (db/prepared.ts): it has few shapes (optional target groups,
  // language, route, suppliers), so each is parsed once per connection.
  const compiled = candidatesQuery(f).compile(db);
  const marked: CompiledQuery<CandidateRow> = { ...compiled, sql: PREPARE_MARK + compiled.sql };
  return (await db.executeQuery(marked)).rows;
}

/**
 * The candidates' statement (exported apart so a benchmark can EXPLAIN it). Per row one look-up of
 * the establishment and one of its stored facts (offer_match_facts); what belongs to a supplier
 * (name, routes, follow-up) and the counts are read once, set-based, and sent once, on the first
 * row, not repeated on every row.
 */
export function candidatesQuery(f: CandidateFilter) {
  return sql<CandidateRow>`
    -- Each route numbered (route_no), so a supplier names it by number and its kind, id and name
    -- are sent once rather than once per supplier on it (a DPS may admit every supplier).
    WITH routes AS MATERIALIZED (
      SELECT u.*, row_number() OVER () AS ord,
        dense_rank() OVER (ORDER BY u.kind, u.route_id) AS route_no
      FROM (${routesOfMunicipality(f)}) u
    ),
    ${prefiltered(f)},
    -- The candidates, then the sample, each in the index's order: the domain lists exclusions in
    -- the order it was given them.
    chosen AS MATERIALIZED (
      SELECT id, supplier_id, prefiltered,
        row_number() OVER (ORDER BY part, gender, age_min, age_max, id) AS ord
      FROM (
        SELECT id, supplier_id, gender, age_min, age_max, NULL::text AS prefiltered, 1 AS part
        FROM fitting
        UNION ALL
        SELECT id, supplier_id, gender, age_min, age_max, reason, 2 FROM left_out
      ) u
    ),
    chosen_suppliers AS MATERIALIZED (SELECT DISTINCT supplier_id FROM chosen),
    -- The agreements a chosen establishment is hidden on by the municipality (modules/hiding).
    hidings AS MATERIALIZED (
      SELECT eh.establishment_id, array_agg(eh.agreement_id) AS agreement_ids
      FROM establishment_hidings eh
      WHERE eh.establishment_id IN (SELECT id FROM chosen) AND eh.lifted_at IS NULL
        AND eh.hidden_from <= ${f.today}::date
        AND (eh.hidden_to IS NULL OR eh.hidden_to >= ${f.today}::date)
      GROUP BY eh.establishment_id
    ),
    -- Who follows the supplier up for this municipality: itself and the bodies it mandates.
    followers AS MATERIALIZED (
      SELECT ${f.orgId}::uuid AS id
      UNION SELECT bm.organisation_id FROM body_mandates bm WHERE bm.municipality_id = ${f.orgId}
    ),
    -- Per chosen supplier, once: its name, routes and our follow-up of it, each read in one pass.
    supplier_facts AS (
      SELECT json_object_agg(s.supplier_id, json_build_array(o.name,
          coalesce(sr.routes, '[]'::json), coalesce(cr.n, 0), coalesce(vf.n, 0), sl.passed))
        AS suppliers
      FROM chosen_suppliers s
      JOIN organisations o ON o.id = s.supplier_id
      LEFT JOIN (
        SELECT r.supplier_id, json_agg(json_build_array(r.route_no, r.state) ORDER BY r.ord)
          AS routes
        FROM routes r WHERE r.supplier_id IN (SELECT supplier_id FROM chosen_suppliers)
        GROUP BY r.supplier_id
      ) sr ON sr.supplier_id = s.supplier_id
      LEFT JOIN (
        SELECT cr.supplier_id, count(*)::int AS n FROM correction_requests cr
        WHERE cr.status = 'open' AND cr.organisation_id IN (SELECT id FROM followers)
          AND cr.supplier_id IN (SELECT supplier_id FROM chosen_suppliers)
        GROUP BY cr.supplier_id
      ) cr ON cr.supplier_id = s.supplier_id
      LEFT JOIN (
        SELECT v.supplier_id, count(*)::int AS n
        FROM visits v JOIN visit_findings vf ON vf.visit_id = v.id
        WHERE vf.outcome <> 'met' AND v.visited_on > ${f.today}::date - interval '2 years'
          AND v.organisation_id IN (SELECT id FROM followers)
          AND v.supplier_id IN (SELECT supplier_id FROM chosen_suppliers)
        GROUP BY v.supplier_id
      ) vf ON vf.supplier_id = s.supplier_id
      LEFT JOIN (
        -- The latest staff list asked for: delivered, overdue (failed), or not yet due (unknown).
        SELECT DISTINCT ON (r.supplier_id) r.supplier_id,
          CASE WHEN r.status = 'submitted' THEN true
               WHEN r.deadline < ${f.now}::timestamptz THEN false END AS passed
        FROM staff_list_requests r
        WHERE r.organisation_id IN (SELECT id FROM followers)
          AND r.supplier_id IN (SELECT supplier_id FROM chosen_suppliers)
        ORDER BY r.supplier_id, r.requested_at DESC
      ) sl ON sl.supplier_id = s.supplier_id
    )
    SELECT c.id, c.supplier_id, e.name, e.country, e.offer_form, e.service_kind,
      e.legal_bases, e.target_groups, e.age_min, e.age_max, e.gender, e.languages, e.methods,
      e.lat, e.lon, e.places_total, e.places_free,
      to_char(e.next_free_on, 'YYYY-MM-DD') AS next_free_on, (extract(epoch FROM e.confirmed_at) * 1000)::float8 AS confirmed_at_ms,
      c.prefiltered,
      mf.tariffs, mf.permits, mf.assessment, h.agreement_ids AS hidden_on,
      CASE WHEN c.ord = 1 THEN (SELECT suppliers FROM supplier_facts) END AS suppliers,
      CASE WHEN c.ord = 1 THEN (
        SELECT json_object_agg(route_no, json_build_object('kind', kind, 'id', route_id,
            'name', name))
        FROM (SELECT DISTINCT route_no, kind, route_id, name FROM routes) r
      ) END AS routes,
      -- Counted once for the statement: how many offers the filter left out, by reason.
      CASE WHEN c.ord = 1 THEN (
        SELECT json_object_agg(reason, n) FROM left_out_counts WHERE n > 0
      ) END AS prefilter_counts
    FROM chosen c
    JOIN establishments e ON e.id = c.id
    LEFT JOIN offer_match_facts mf ON mf.establishment_id = c.id
    LEFT JOIN hidings h ON h.establishment_id = c.id
    ORDER BY c.ord
  `;
}

/**
 * Continuity: the establishments and suppliers of the municipality's orders made from a referral
 * for one of these case references (the person's own, or a sibling's).
 */
export async function continuityOf(db: Db, orgId: string, caseReferences: readonly string[]) {
  const { rows } = await sql<{ establishment_id: string | null; supplier_id: string }>`
    SELECT DISTINCT o.establishment_id, o.supplier_id
    FROM referrals r JOIN orders o ON o.referral_id = r.id
    WHERE r.organisation_id = ${orgId} AND r.case_reference = ANY(${[...caseReferences]}::text[])
      AND o.organisation_id = ${orgId}
  `.execute(db);
  return rows;
}

/** The latest `perSupplier` meeting notes of the organisation about each of the suppliers. */
export async function meetingNotes(
  db: Db,
  orgId: string,
  supplierIds: readonly string[],
  perSupplier: number,
) {
  if (supplierIds.length === 0) return [];
  const { rows } = await sql<{
    id: string;
    supplier_id: string;
    met_on: PlainDate;
    participants: string;
    learned: string;
  }>`
    SELECT n.id, n.supplier_id, to_char(n.met_on, 'YYYY-MM-DD') AS met_on, n.participants,
      n.learned
    FROM unnest(${[...supplierIds]}::uuid[]) s(id)
    CROSS JOIN LATERAL (
      SELECT * FROM supplier_meeting_notes m
      WHERE m.organisation_id = ${orgId} AND m.supplier_id = s.id
      ORDER BY m.met_on DESC, m.created_at DESC LIMIT ${perSupplier}::int
    ) n
  `.execute(db);
  return rows;
}

export interface CorridorFilter {
  orgId: string;
  today: PlainDate;
  serviceKind?: ServiceKind;
  unit?: PriceUnit;
  currency?: Currency;
}

/**
 * The corridor of every price in force today across the bodies the organisation belongs to
 * (itself, or the bodies whose mandate includes it) and their municipalities: the agreed prices
 * of the bodies' categories (on their agreements or the body's own price lists) and the tariffs
 * of open offers in those municipalities. Per service kind, unit and currency: how many, lowest,
 * quartiles (price_corridor_quantile, migration 0040: the domain's priceCorridor in SQL, so the
 * prices are not sent one by one) and highest. Amounts only: no supplier.
 */
export async function corridorsInForce(db: Db, f: CorridorFilter) {
  const where = (
    kind: RawBuilder<unknown>,
    unit: RawBuilder<unknown>,
    currency: RawBuilder<unknown>,
  ) =>
    sql.join(
      [
        sql`true`,
        ...(f.serviceKind ? [sql`${kind} = ${f.serviceKind}`] : []),
        ...(f.unit ? [sql`${unit} = ${f.unit}`] : []),
        ...(f.currency ? [sql`${currency} = ${f.currency}`] : []),
      ],
      sql` AND `,
    );
  const { rows } = await sql<{
    service_kind: ServiceKind;
    unit: PriceUnit;
    currency: Currency;
    count: number;
    lowest: string;
    lower_quartile: string;
    median: string;
    upper_quartile: string;
    highest: string;
  }>`
    WITH bodies AS (
      SELECT ${f.orgId}::uuid AS id
      UNION SELECT bm.organisation_id FROM body_mandates bm WHERE bm.municipality_id = ${f.orgId}
    ),
    members AS (
      SELECT o.country, o.municipality_code FROM organisations o
      WHERE o.municipality_code IS NOT NULL AND (o.id IN (SELECT id FROM bodies) OR o.id IN (
        SELECT bm.municipality_id FROM body_mandates bm WHERE bm.organisation_id IN (SELECT id FROM bodies)))
    ),
    agreed AS (
      SELECT c.service_kind, pr.unit, pr.currency, pr.amount_minor
      FROM prices pr JOIN service_categories c ON c.id = pr.category_id
      WHERE pr.status = 'agreed' AND c.organisation_id IN (SELECT id FROM bodies)
        AND pr.valid_from <= ${f.today}::date
        AND (pr.valid_to IS NULL OR pr.valid_to >= ${f.today}::date)
        AND (pr.agreement_id IS NULL OR pr.agreement_id IN (
          SELECT fa.id FROM framework_agreements fa
          WHERE fa.organisation_id IN (SELECT id FROM bodies) AND fa.status = 'active'))
        AND ${where(sql`c.service_kind`, sql`pr.unit`, sql`pr.currency`)}
    ),
    tariffs AS (
      SELECT DISTINCT ON (t.establishment_id, t.unit)
        e.service_kind, t.unit, t.currency, t.amount_minor
      FROM offer_tariffs t JOIN establishments e ON e.id = t.establishment_id
      WHERE e.closed_at IS NULL AND (e.country, e.municipality_code) IN (SELECT * FROM members)
        AND t.valid_from <= ${f.today}::date
        AND ${where(sql`e.service_kind`, sql`t.unit`, sql`t.currency`)}
      ORDER BY t.establishment_id, t.unit, t.valid_from DESC
    ),
    corridors AS (
      SELECT service_kind, unit, currency, array_agg(amount_minor ORDER BY amount_minor) AS sorted
      FROM (SELECT * FROM agreed UNION ALL SELECT * FROM tariffs) p
      GROUP BY service_kind, unit, currency
    )
    SELECT service_kind, unit, currency, cardinality(sorted) AS count, sorted[1] AS lowest,
      price_corridor_quantile(sorted, 1, 4) AS lower_quartile,
      price_corridor_quantile(sorted, 1, 2) AS median,
      price_corridor_quantile(sorted, 3, 4) AS upper_quartile,
      sorted[cardinality(sorted)] AS highest
    FROM corridors
    ORDER BY service_kind, unit, currency
  `.execute(db);
  return rows;
}

export async function countryOf(db: Db, orgId: string) {
  const row = await db
    .selectFrom('organisations')
    .select('country')
    .where('id', '=', orgId)
    .executeTakeFirst();
  return row?.country;
}
