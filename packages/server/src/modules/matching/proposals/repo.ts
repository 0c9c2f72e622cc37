// The SQL of proposals: everything matching needs for one referral in a few set-based statements.
// 1. the referral with its organisation and matching settings;
// 2. the candidate offers: open establishments of the referral's service kind and country that
//    pass the constraints SQL checks cheaply (age, gender, target-group overlap, and — unless the
//    municipality allows offers outside agreements — being on an agreement or DPS it may use),
//    each with its tariffs in force on the start date, supervisory approval, latest quality
//    assessment, routes with their hidden/terminated/excluded state and the supplier's follow-up;
//    plus up to `sampleSize` offers the SQL filter left out (the first in the index's order), so
//    the domain explains some of them;
//    and, in the same statement, how many offers the SQL filter left out by the first constraint
//    they fail;
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

/** The first constraint the SQL filter finds failed, or NULL when the offer passes. */
function prefilterReason(f: CandidateFilter): RawBuilder<PrefilterReason | null> {
  const targetGroups =
    f.targetGroups.length > 0
      ? sql`WHEN NOT e.target_groups && ${[...f.targetGroups]}::text[] THEN 'target_group'`
      : sql``;
  // The country's own language is spoken by every offer there (COUNTRY_LANGUAGE in the domain).
  const language =
    f.language !== null && f.language !== COUNTRY_LANGUAGE[f.country]
      ? sql`WHEN NOT ${f.language} = ANY(e.languages) THEN 'languages'`
      : sql``;
  const route = f.requireRoute
    ? sql`WHEN e.supplier_id NOT IN (SELECT supplier_id FROM routes) THEN 'route'`
    : sql``;
  // An offer for girls or boys fits only that gender; 'other' and 'not_stated' fit only 'any'.
  return sql<PrefilterReason | null>`CASE
    WHEN NOT ${f.legalBasis} = ANY(e.legal_bases) THEN 'legal_basis'
    ${targetGroups}
    WHEN e.age_min > ${f.age}::int OR e.age_max < ${f.age}::int THEN 'age'
    WHEN e.gender <> 'any' AND e.gender <> ${f.gender} THEN 'gender'
    ${language} ${route}
    ELSE NULL END`;
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

export interface CandidateRow {
  id: string;
  supplier_id: string;
  supplier_name: string;
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
  confirmed_at: Date | null;
  /** The SQL filter's reason when the offer is one of the sample it left out. */
  prefiltered: PrefilterReason | null;
  tariffs: { unit: PriceUnit; amount: string; currency: Currency; validFrom: PlainDate }[];
  permit_status: 'valid' | 'changed' | 'revoked' | 'expired' | 'applied' | null;
  permit_in_force: boolean | null;
  permit_valid_from: PlainDate | null;
  /** The latest quality assessment: its date, then the seven theme scores in QUALITY_THEMES order. */
  assessment: [PlainDate, ...number[]] | null;
  /** The supplier's routes as parallel arrays, and the agreements this establishment is hidden on. */
  route_kinds: ('agreement' | 'dps')[];
  route_ids: string[];
  route_names: string[];
  route_states: string[];
  hidden_on: string[] | null;
  /** On every row alike: the offers the SQL filter left out, by the first reason it found. */
  prefilter_counts: Partial<Record<PrefilterReason, number>> | null;
  open_corrections: number;
  findings: number;
  staff_list_passed: boolean | null;
}

/** The candidates (and a sample of the offers the filter left out) with all matching reads. */
export async function candidates(db: Db, f: CandidateFilter): Promise<CandidateRow[]> {
  // A named prepared statement (db/prepared.ts): planning this statement costs about as much as
  // running its set-based part, and it has few shapes (optional target groups, language, route).
  const compiled = candidatesQuery(f).compile(db);
  const marked: CompiledQuery<CandidateRow> = { ...compiled, sql: PREPARE_MARK + compiled.sql };
  return (await db.executeQuery(marked)).rows;
}

/** The candidates' statement (exported apart so a benchmark can EXPLAIN it). */
export function candidatesQuery(f: CandidateFilter) {
  const authority = f.country === 'DK' ? 'Socialtilsyn' : 'IVO';
  return sql<CandidateRow>`
    WITH routes AS MATERIALIZED (${routesOfMunicipality(f)}),
    judged AS MATERIALIZED (
      SELECT e.id, e.supplier_id, ${prefilterReason(f)} AS reason FROM ${offersOfKind(f)}
    ),
    chosen AS MATERIALIZED (
      SELECT id, supplier_id, NULL::text AS prefiltered FROM judged WHERE reason IS NULL
      UNION ALL
      (SELECT id, supplier_id, reason FROM judged WHERE reason IS NOT NULL
       LIMIT ${f.sampleSize}::int)
    ),
    -- The agreements a chosen establishment is hidden on by the municipality (modules/hiding).
    hidings AS MATERIALIZED (
      SELECT eh.establishment_id, array_agg(eh.agreement_id) AS agreement_ids
      FROM establishment_hidings eh
      WHERE eh.establishment_id IN (SELECT id FROM chosen) AND eh.lifted_at IS NULL
        AND eh.hidden_from <= ${f.today}::date
        AND (eh.hidden_to IS NULL OR eh.hidden_to >= ${f.today}::date)
      GROUP BY eh.establishment_id
    ),
    -- The routes of each chosen supplier, with the establishment's own hidings applied below.
    supplier_routes AS MATERIALIZED (
      SELECT r.supplier_id, array_agg(r.kind) AS kinds, array_agg(r.route_id) AS ids,
        array_agg(r.name) AS names, array_agg(r.state) AS states
      FROM routes r WHERE r.supplier_id IN (SELECT supplier_id FROM chosen)
      GROUP BY r.supplier_id
    ),
    -- Who follows the supplier up for this municipality: itself and the bodies it mandates.
    followers AS (
      SELECT ${f.orgId}::uuid AS id
      UNION SELECT bm.organisation_id FROM body_mandates bm WHERE bm.municipality_id = ${f.orgId}
    ),
    -- Per supplier, once: its routes and our follow-up of it.
    followup AS MATERIALIZED (
      SELECT s.supplier_id,
        coalesce(sr.kinds, '{}') AS route_kinds, coalesce(sr.ids, '{}') AS route_ids,
        coalesce(sr.names, '{}') AS route_names, coalesce(sr.states, '{}') AS route_states,
        (SELECT count(*)::int FROM correction_requests cr
          WHERE cr.supplier_id = s.supplier_id AND cr.status = 'open'
            AND cr.organisation_id IN (SELECT id FROM followers)) AS open_corrections,
        (SELECT count(*)::int FROM visits v JOIN visit_findings vf ON vf.visit_id = v.id
          WHERE v.supplier_id = s.supplier_id AND vf.outcome <> 'met'
            AND v.visited_on > ${f.today}::date - interval '2 years'
            AND v.organisation_id IN (SELECT id FROM followers)) AS findings,
        -- The latest staff list asked for: delivered, overdue (failed), or not yet due (unknown).
        (SELECT CASE WHEN r.status = 'submitted' THEN true
                     WHEN r.deadline < ${f.now}::timestamptz THEN false END
          FROM staff_list_requests r
          WHERE r.supplier_id = s.supplier_id AND r.organisation_id IN (SELECT id FROM followers)
          ORDER BY r.requested_at DESC LIMIT 1) AS staff_list_passed
      FROM (SELECT DISTINCT supplier_id FROM chosen) s
      LEFT JOIN supplier_routes sr ON sr.supplier_id = s.supplier_id
    )
    -- Per row by primary key and index (the establishment, its tariffs, permit and assessment);
    -- OFFSET 0 keeps it apart, so the per-supplier sets below are joined once by hash.
    SELECT x.*, o.name AS supplier_name, fu.route_kinds, fu.route_ids, fu.route_names,
      fu.route_states, h.agreement_ids AS hidden_on,
      fu.open_corrections, fu.findings, fu.staff_list_passed,
      -- Counted once for the statement: how many offers the filter left out, by reason.
      (SELECT json_object_agg(reason, n) FROM (
        SELECT reason, count(*) AS n FROM judged WHERE reason IS NOT NULL GROUP BY reason) x
      ) AS prefilter_counts
    FROM (
      SELECT e.id, e.supplier_id, e.name, e.country, e.offer_form, e.service_kind,
        e.legal_bases, e.target_groups, e.age_min, e.age_max, e.gender, e.languages, e.methods,
        e.lat, e.lon, e.places_total, e.places_free,
        to_char(e.next_free_on, 'YYYY-MM-DD') AS next_free_on, e.confirmed_at, c.prefiltered,
        coalesce((
          SELECT json_agg(json_build_object('unit', t.unit, 'amount', t.amount_minor::text,
            'currency', t.currency, 'validFrom', to_char(t.valid_from, 'YYYY-MM-DD')))
          FROM (SELECT DISTINCT ON (t.unit) t.unit, t.amount_minor, t.currency, t.valid_from
                FROM offer_tariffs t
                WHERE t.establishment_id = e.id AND t.valid_from <= ${f.startOn}::date
                ORDER BY t.unit, t.valid_from DESC) t
        ), '[]'::json) AS tariffs,
        pm.status AS permit_status, pm.in_force AS permit_in_force,
        to_char(pm.valid_from, 'YYYY-MM-DD') AS permit_valid_from,
        (SELECT json_build_array(to_char(q.assessed_on, 'YYYY-MM-DD'), q.education_employment,
            q.independence_relations, q.target_group_methods_results, q.health_wellbeing,
            q.organisation_management, q.competences, q.physical_setting)
          FROM quality_assessments q
          WHERE q.establishment_id = e.id ORDER BY q.assessed_on DESC LIMIT 1) AS assessment
      FROM chosen c
      CROSS JOIN LATERAL (SELECT * FROM establishments e WHERE e.id = c.id OFFSET 0) e
      LEFT JOIN LATERAL (
        SELECT pm.status, pm.valid_from,
          pm.status = 'valid' AND (pm.valid_from IS NULL OR pm.valid_from <= ${f.today}::date)
            AND (pm.valid_to IS NULL OR pm.valid_to >= ${f.today}::date) AS in_force
        FROM permits pm
        WHERE pm.establishment_id = e.id AND pm.authority = ${authority}
        ORDER BY (pm.status = 'valid' AND (pm.valid_to IS NULL OR pm.valid_to >= ${f.today}::date)) DESC,
          pm.status = 'applied' DESC, pm.valid_from DESC NULLS LAST
        LIMIT 1
      ) pm ON true
      OFFSET 0
    ) x
    JOIN organisations o ON o.id = x.supplier_id
    JOIN followup fu ON fu.supplier_id = x.supplier_id
    LEFT JOIN hidings h ON h.establishment_id = x.id
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
 * Every price in force today across the bodies the organisation belongs to (itself, or the
 * bodies whose mandate includes it) and their municipalities: the agreed prices of the bodies'
 * categories (on their agreements or the body's own price lists) and the tariffs of open offers
 * in those municipalities. Amounts only, grouped by service kind, unit and currency: no supplier.
 */
export async function pricesInForce(db: Db, f: CorridorFilter) {
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
    amounts: string[];
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
    )
    SELECT service_kind, unit, currency, array_agg(amount_minor::text ORDER BY amount_minor) AS amounts
    FROM (SELECT * FROM agreed UNION ALL SELECT * FROM tariffs) p
    GROUP BY service_kind, unit, currency
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
