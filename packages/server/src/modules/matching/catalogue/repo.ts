// The catalogue's SQL: one query per search. Cheap filters on the establishment row come first
// (service kind, target group, age, gender, places, bounding box); prices in force come from
// catalogue_prices (migration 0026, kept by triggers) where a filter or the sort needs them for
// every row, and the rest (supplier, permit, agreement badges) only for the page shown. Matches
// are counted up to the count limit, and a search by distance reads only its page's surroundings
// (nearestReach), so a broad search does not grow with the market.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import {
  boundingBox,
  CATALOGUE_ORDER,
  type CatalogueSort,
  type SortKey,
} from '@tildel/domain/catalogue';
import type { Position } from '@tildel/domain/reference/municipalities';
import type { Currency } from '@tildel/domain/money';
import type { PriceUnit, ServiceKind } from '@tildel/domain/taxonomy';
import type { DB } from '../../../db/types.ts';

/**
 * The procurement organisations whose taxonomy the caller searches by: its own, the bodies whose
 * mandate includes it, and the owners of agreements and DPS it takes part in.
 */
function visibleBodies(callerId: string) {
  return sql`(
    SELECT ${callerId}::uuid
    UNION SELECT bm.organisation_id FROM body_mandates bm WHERE bm.municipality_id = ${callerId}
    UNION SELECT fa.organisation_id FROM framework_agreements fa
      JOIN agreement_municipalities am ON am.agreement_id = fa.id
      WHERE am.municipality_id = ${callerId}
    UNION SELECT d.organisation_id FROM dynamic_purchasing_systems d
      JOIN dps_municipalities dm ON dm.dps_id = d.id
      WHERE dm.municipality_id = ${callerId}
  )`;
}

/**
 * The caller's country (whose calendar says what "today" is) and, when asked, the category with
 * its service kind if it belongs to one of the caller's bodies: one round trip before the search.
 */
export async function callerAndCategory(db: Kysely<DB>, callerId: string, categoryId?: string) {
  const result = await sql<{
    country: 'SE' | 'DK';
    category_id: string | null;
    service_kind: ServiceKind | null;
    default_unit: PriceUnit | null;
  }>`
    SELECT o.country, c.id AS category_id, c.service_kind, c.default_unit
    FROM organisations o
    LEFT JOIN service_categories c ON c.id = ${categoryId ?? null}::uuid
      AND c.retired_at IS NULL AND c.organisation_id IN ${visibleBodies(callerId)}
    WHERE o.id = ${callerId}
  `.execute(db);
  return result.rows[0];
}

export async function visibleTaxonomy(db: Kysely<DB>, callerId: string) {
  const categories = await sql<{
    id: string;
    code: string;
    service_kind: ServiceKind;
    name_sv: string;
    name_da: string;
    name_en: string;
    default_unit: PriceUnit;
    body_id: string;
    body_name: string;
  }>`
    SELECT c.id, c.code, c.service_kind, c.name_sv, c.name_da, c.name_en, c.default_unit,
      o.id AS body_id, o.name AS body_name
    FROM service_categories c JOIN organisations o ON o.id = c.organisation_id
    WHERE c.retired_at IS NULL AND c.organisation_id IN ${visibleBodies(callerId)}
    ORDER BY o.name, c.service_kind, c.code
  `.execute(db);
  // Bodies share the default codes: one entry per code, named as the first body names it.
  const targetGroups = await sql<{
    code: string;
    name_sv: string;
    name_da: string;
    name_en: string;
  }>`
    SELECT DISTINCT ON (g.code) g.code, g.name_sv, g.name_da, g.name_en
    FROM target_groups g
    WHERE g.retired_at IS NULL AND g.organisation_id IN ${visibleBodies(callerId)}
    ORDER BY g.code, g.created_at
  `.execute(db);
  return { categories: categories.rows, targetGroups: targetGroups.rows };
}

/** A latitude/longitude box (the domain's boundingBox). */
type Box = ReturnType<typeof boundingBox>;

export interface SearchParams {
  callerId: string;
  today: string;
  serviceKind?: ServiceKind;
  categoryId?: string;
  /** The unit of the offer's own tariff shown when no agreed price is: the category's unit. */
  tariffUnit?: PriceUnit;
  targetGroup?: string;
  age?: number;
  gender?: 'female' | 'male';
  municipalityCode?: string;
  origin?: Position;
  maxDistanceKm?: number;
  box?: Box;
  minFreePlaces?: number;
  permitValid?: boolean;
  priceMinMinor?: number;
  priceMaxMinor?: number;
  sort: CatalogueSort;
  limit: number;
  offset: number;
  /** Matches are counted up to one past this many (the domain's catalogueCountLimit). */
  countLimit: number;
  /**
   * Sorted by distance without a price range: every row of the page lies within `km` of the
   * origin (nearestReach), so only the matches that near are read and sorted.
   */
  reach?: { km: number; box: Box };
}

export interface SearchRow {
  id: string;
  name: string;
  service_kind: ServiceKind;
  city: string;
  municipality_code: string;
  places_total: number;
  places_free: number;
  places_updated_at: Date | null;
  target_groups: string[];
  age_min: number;
  age_max: number;
  gender: 'any' | 'female' | 'male';
  methods: string[];
  languages: string[];
  supplier_id: string;
  supplier_name: string;
  distance_km: number | null;
  price_minor: string | null;
  price_currency: Currency | null;
  price_unit: PriceUnit | null;
  price_valid_from: string | null;
  price_valid_to: string | null;
  /** 'agreed' (an agreement's or DPS's price) or 'tariff' (the offer's own takst). */
  price_source: 'agreed' | 'tariff' | null;
  permit_count: number;
  permit_in_force: boolean;
  hidden: boolean;
  terminated: boolean;
  total: string;
}

const EARTH_RADIUS_KM = 6371.0088;

/** Haversine in SQL, rounded to 0.1 km like the domain's distanceKm. */
function distanceSql(origin: Position) {
  return sql`round((2 * ${EARTH_RADIUS_KM}::float8 * asin(least(1, sqrt(
      power(sin(radians(e.lat - ${origin.lat}::float8) / 2), 2)
      + cos(radians(${origin.lat}::float8)) * cos(radians(e.lat))
        * power(sin(radians(e.lon - ${origin.lon}::float8) / 2), 2)))))::numeric, 1)::float8`;
}

/** Agreements in force that the caller takes part in or owns: their prices and badges count. */
function visibleAgreements(callerId: string) {
  return sql`
    SELECT am.agreement_id AS id FROM agreement_municipalities am
      JOIN framework_agreements fa ON fa.id = am.agreement_id
      WHERE am.municipality_id = ${callerId} AND fa.status = 'active'
    UNION SELECT fa.id FROM framework_agreements fa
      WHERE fa.organisation_id = ${callerId} AND fa.status = 'active'`;
}

/** The lists of establishments whose prices are worked out in the query itself. */
type PricedList = 'page_rows' | 'agreement_candidates' | 'candidates';

/**
 * The agreed prices of the category in force today for the candidates, the newest per supplier
 * (`whose` = 'supplier') or per establishment ('establishment'): computed once and joined rather
 * than looked up row by row. Two lists, so the planner knows the size of each.
 */
function pricesInForce(
  p: SearchParams,
  categoryId: string,
  whose: 'supplier' | 'establishment',
  of: PricedList,
) {
  const key = whose === 'supplier' ? sql`pr.supplier_id` : sql`pr.establishment_id`;
  return sql`
    SELECT DISTINCT ON (${key})
      pr.supplier_id, pr.establishment_id, pr.amount_minor, pr.currency, pr.unit,
      pr.valid_from, pr.valid_to
    FROM prices pr
    WHERE pr.category_id = ${categoryId} AND pr.status = 'agreed'
      AND pr.establishment_id IS ${whose === 'supplier' ? sql`NULL` : sql`NOT NULL`}
      AND pr.valid_from <= ${p.today}::date
      AND (pr.valid_to IS NULL OR pr.valid_to >= ${p.today}::date)
      AND (pr.agreement_id IS NULL OR pr.agreement_id IN (SELECT id FROM agreements))
      AND ${key} IN (SELECT ${whose === 'supplier' ? sql`supplier_id` : sql`id`} FROM ${sql.table(of)})
    ORDER BY ${key}, pr.valid_from DESC, pr.created_at DESC`;
}

/**
 * The offer's own tariffs (takst, offer_tariffs) in force today, the newest per establishment:
 * in the category's unit when a category is searched, else of any unit. A Danish offer outside
 * any agreement is priced by its tariff.
 */
function tariffsInForce(p: SearchParams, of: PricedList) {
  return sql`
    SELECT DISTINCT ON (t.establishment_id)
      t.establishment_id, t.amount_minor, t.currency, t.unit, t.valid_from, NULL::date AS valid_to
    FROM offer_tariffs t
    WHERE t.establishment_id IN (SELECT id FROM ${sql.table(of)})
      AND t.valid_from <= ${p.today}::date
      ${p.tariffUnit ? sql`AND t.unit = ${p.tariffUnit}` : sql``}
    ORDER BY t.establishment_id, t.valid_from DESC, t.unit`;
}

/**
 * An establishment's own agreed price before its supplier's, and the offer's tariff only when
 * neither is agreed (every column from the same row).
 */
function priceColumns(withPrice: boolean) {
  const pick = (column: string) =>
    withPrice
      ? sql`CASE WHEN own.supplier_id IS NOT NULL THEN own.${sql.ref(column)}
          WHEN sup.supplier_id IS NOT NULL THEN sup.${sql.ref(column)}
          ELSE tar.${sql.ref(column)} END`
      : sql`tar.${sql.ref(column)}`;
  const source = withPrice
    ? sql`CASE WHEN own.supplier_id IS NOT NULL OR sup.supplier_id IS NOT NULL THEN 'agreed'
        WHEN tar.establishment_id IS NOT NULL THEN 'tariff' END`
    : sql`CASE WHEN tar.establishment_id IS NOT NULL THEN 'tariff' END`;
  return sql`${pick('amount_minor')} AS price_minor, ${pick('currency')} AS price_currency,
    ${pick('unit')} AS price_unit, ${pick('valid_from')} AS price_valid_from,
    ${pick('valid_to')} AS price_valid_to, ${source} AS price_source`;
}

function permitInForce(p: SearchParams) {
  return sql`pm.status = 'valid'
    AND (pm.valid_from IS NULL OR pm.valid_from <= ${p.today}::date)
    AND (pm.valid_to IS NULL OR pm.valid_to >= ${p.today}::date)`;
}

/** The ORDER BY of a sort (CATALOGUE_ORDER), on the columns of `alias`. */
function orderBy(sort: CatalogueSort, alias: string) {
  const column = (name: string) => sql.ref(`${alias}.${name}`);
  const keys: Readonly<Record<SortKey, RawBuilder<unknown>>> = {
    price: sql`${column('price_minor')} ASC NULLS LAST`,
    distance: sql`${column('distance_km')} ASC NULLS LAST`,
    name: sql`${column('name')} COLLATE "C" ASC`,
    id: sql`${column('id')} ASC`,
  };
  return sql.join(CATALOGUE_ORDER[sort].map((key) => keys[key]));
}

/** An establishment's position, as the GiST index of migration 0043 holds it. */
const position = sql`point(e.lon, e.lat)`;

/** The establishment lies in the box, as the position index finds it. */
function withinBox(box: Box) {
  return sql`${position} <@ box(point(${box.minLon}::float8, ${box.minLat}::float8),
    point(${box.maxLon}::float8, ${box.maxLat}::float8))`;
}

/**
 * Whether a row has what `rows` selects (true) or not, as a subquery run per row: the planner
 * keeps it so, never a join that would first read every row it might need into a hash, so a count
 * or a walk that stops when it has enough reads no more than that.
 */
function existsPerRow(rows: RawBuilder<unknown>) {
  return sql`coalesce((${rows} LIMIT 1), false)`;
}

/** A price range is asked for: the price filters the matches, not only orders them. */
function hasPriceRange(p: SearchParams) {
  return p.priceMinMinor !== undefined || p.priceMaxMinor !== undefined;
}

/** What makes an establishment (`e`) a match of the search, whatever its price. */
function matchConditions(p: SearchParams): RawBuilder<unknown>[] {
  // PostgreSQL tests conditions of equal cost in the order written: the most selective first
  // (the bounding box, plain columns), the array containment after them; the exact distance and
  // the permit subquery cost more, so it runs them last anyway.
  const where: RawBuilder<unknown>[] = [sql`e.closed_at IS NULL`];
  if (p.serviceKind) where.push(sql`e.service_kind = ${p.serviceKind}`);
  // By plain columns here: the walk nearest first (nearestReach) and the page's reach use the
  // position index by their own conditions.
  if (p.box) {
    where.push(sql`e.lat BETWEEN ${p.box.minLat}::float8 AND ${p.box.maxLat}::float8`);
    where.push(sql`e.lon BETWEEN ${p.box.minLon}::float8 AND ${p.box.maxLon}::float8`);
  }
  if (p.municipalityCode) where.push(sql`e.municipality_code = ${p.municipalityCode}`);
  if (p.minFreePlaces !== undefined) where.push(sql`e.places_free >= ${p.minFreePlaces}`);
  if (p.age !== undefined) where.push(sql`e.age_min <= ${p.age} AND e.age_max >= ${p.age}`);
  if (p.gender) where.push(sql`e.gender IN (${p.gender}, 'any')`);
  if (p.targetGroup) where.push(sql`e.target_groups @> ARRAY[${p.targetGroup}]::text[]`);
  if (p.origin && p.maxDistanceKm !== undefined) {
    where.push(sql`${distanceSql(p.origin)} <= ${p.maxDistanceKm}::float8`);
  }
  if (p.permitValid) {
    where.push(
      existsPerRow(
        sql`SELECT true FROM permits pm WHERE pm.establishment_id = e.id AND ${permitInForce(p)}`,
      ),
    );
  }
  return where;
}

/**
 * How far from the origin the page of a nearest-first search reaches, so that the search reads
 * only the matches that near. The position index (KNN) gives as many matches as the page ends
 * at, nearest first by plain degrees; the page's rows are no farther than the greatest
 * great-circle distance among them, ties included. The maximum distance is left out of that walk
 * (the box is kept), since its estimate would make the planner sort every match instead; a
 * match beyond it only makes the reach the maximum distance itself. Undefined when fewer
 * matches exist: then all of them are read.
 */
async function nearestReach(db: Kysely<DB>, p: SearchParams, origin: Position) {
  const first = p.offset + p.limit;
  const inBox = matchConditions({ ...p, maxDistanceKm: undefined });
  const result = await sql<{ km: number | null; found: string }>`
    SELECT max(k.distance_km) AS km, count(*) AS found FROM (
      SELECT ${distanceSql(origin)} AS distance_km FROM establishments e
      WHERE ${sql.join(inBox, sql` AND `)}
      ORDER BY ${position} <-> point(${origin.lon}::float8, ${origin.lat}::float8)
      LIMIT ${first}
    ) k`.execute(db);
  const { km, found } = result.rows[0]!;
  if (km === null || Number(found) < first) return undefined;
  const reach = Math.min(km, p.maxDistanceKm ?? km);
  return { km: reach, box: boundingBox(origin, reach) };
}

/** The search as one statement (exported apart so a benchmark can EXPLAIN it). */
export function searchQuery(p: SearchParams) {
  const where = matchConditions(p);
  // The price range, on whichever column holds the price.
  const inPriceRange = (column: RawBuilder<unknown>) => {
    const range: RawBuilder<unknown>[] = [sql`true`];
    if (p.priceMinMinor !== undefined) range.push(sql`${column} >= ${p.priceMinMinor}`);
    if (p.priceMaxMinor !== undefined) range.push(sql`${column} <= ${p.priceMaxMinor}`);
    return sql.join(range, sql` AND `);
  };
  const priceFiltered = hasPriceRange(p);
  const distance = p.origin ? distanceSql(p.origin) : sql`NULL::float8`;
  // Within the page's reach (nearest first): the position index finds them by their box.
  const near = p.reach ? [withinBox(p.reach.box), sql`${distance} <= ${p.reach.km}::float8`] : [];
  const candidates = sql`
      SELECT e.id, e.name, e.supplier_id, ${distance} AS distance_km
      FROM establishments e
      WHERE ${sql.join([...where, ...near], sql` AND `)}`;
  // Every match of the search counted, but no further than one past the count limit.
  const countOf = (matches: RawBuilder<unknown>) =>
    sql`(SELECT count(*) FROM (${matches} LIMIT ${p.countLimit + 1}) counted)`;
  // Within a distance, the count finds the box's establishments by the position index too: a
  // search with fewer matches than the limit then reads the box's, not the kind's whole market.
  const counted = p.box ? [...where, withinBox(p.box)] : where;
  const matchCount = countOf(
    sql`SELECT 1 FROM establishments e WHERE ${sql.join(counted, sql` AND `)}`,
  );
  const joinTariffs = sql`LEFT JOIN tariffs tar ON tar.establishment_id = c.id`;
  const joinPrices = (withPrice: boolean) =>
    withPrice
      ? sql`LEFT JOIN own_prices own ON own.establishment_id = c.id
          AND own.supplier_id = c.supplier_id
        LEFT JOIN supplier_prices sup ON sup.supplier_id = c.supplier_id
        ${joinTariffs}`
      : joinTariffs;
  const prices = (of: PricedList, categoryId: string | undefined) =>
    categoryId !== undefined
      ? sql`supplier_prices AS (${pricesInForce(p, categoryId, 'supplier', of)}),
          own_prices AS (${pricesInForce(p, categoryId, 'establishment', of)}),
          tariffs AS (${tariffsInForce(p, of)}),`
      : sql`tariffs AS (${tariffsInForce(p, of)}),`;

  // Prices are needed for every match only when they filter or order (price and distance
  // sorts use the price, ties of distance are common: establishments share a municipality's
  // seat). Otherwise the page is chosen first — by an index on the name when it suits the
  // planner — and only its 25 rows are priced.
  const pageQuery =
    p.categoryId !== undefined && (p.sort !== 'name' || priceFiltered)
      ? pricedPage(p, p.categoryId)
      : p.sort === 'distance'
        ? tariffDistancePage()
        : sql`
    candidates AS NOT MATERIALIZED (${candidates}),
    page_rows AS MATERIALIZED (
      SELECT c.*, ${matchCount} AS total FROM candidates c
      ORDER BY ${orderBy(p.sort, 'c')}
      LIMIT ${p.limit} OFFSET ${p.offset}
    ),
    ${prices('page_rows', p.categoryId)}
    page AS (
      SELECT c.*, ${priceColumns(p.categoryId !== undefined)} FROM page_rows c
      ${joinPrices(p.categoryId !== undefined)}
    )`;

  /**
   * By distance without a category: the price shown, which breaks ties of distance, is the
   * offer's own tariff, so the matches (no more than the page's reach) are priced before the
   * page is cut.
   */
  function tariffDistancePage() {
    return sql`
    candidates AS MATERIALIZED (${candidates}),
    ${prices('candidates', undefined)}
    page AS (
      SELECT m.*, ${matchCount} AS total FROM (
        SELECT c.*, ${priceColumns(false)} FROM candidates c ${joinPrices(false)}
      ) m
      ORDER BY ${orderBy(p.sort, 'm')}
      LIMIT ${p.limit} OFFSET ${p.offset}
    )`;
  }

  /**
   * A page sorted or filtered by price, or sorted by distance (whose ties the price breaks). The
   * prices in force come from catalogue_prices (migration 0026) but for the suppliers with a
   * price under one of the caller's agreements, which counts only for its participants: those
   * few are priced here as before (agreement_priced).
   */
  function pricedPage(p: SearchParams, categoryId: string) {
    const inForce = sql`cp.category_id = ${categoryId}
      AND cp.from_day <= ${p.today}::date AND cp.to_day >= ${p.today}::date`;
    const storedColumns = sql`cp.amount_minor AS price_minor, cp.currency AS price_currency,
      cp.unit AS price_unit, cp.valid_from AS price_valid_from, cp.valid_to AS price_valid_to,
      cp.source AS price_source`;
    const first = p.offset + p.limit;
    // By distance without a price range: the price only breaks ties of distance, so only the
    // matches no farther than the page's last row (`contenders`: the page and those tied with
    // its last) are priced; the count is of every match (up to the count limit).
    const distanceFirst = p.sort === 'distance' && !priceFiltered;
    const source = distanceFirst ? sql.table('contenders') : sql.table('candidates');
    const common = sql`
    ${
      distanceFirst
        ? sql`candidates AS MATERIALIZED (${candidates}),
    contenders AS MATERIALIZED (
      SELECT * FROM candidates WHERE distance_km <= (SELECT max(d.distance_km) FROM (
        SELECT distance_km FROM candidates ORDER BY distance_km LIMIT ${first}) d)
    ),`
        : sql`candidates AS NOT MATERIALIZED (${candidates}),`
    }
    agreement_suppliers AS MATERIALIZED (
      SELECT DISTINCT pr.supplier_id FROM prices pr
      WHERE pr.category_id = ${categoryId} AND pr.status = 'agreed'
        AND pr.agreement_id IN (SELECT id FROM agreements)
    ),
    agreement_candidates AS MATERIALIZED (
      SELECT * FROM ${source} c
      WHERE c.supplier_id IN (SELECT supplier_id FROM agreement_suppliers)
    ),
    ${prices('agreement_candidates', categoryId)}
    agreement_priced AS MATERIALIZED (
      SELECT * FROM (
        SELECT c.*, ${priceColumns(true)} FROM agreement_candidates c ${joinPrices(true)}
      ) m
      WHERE ${inPriceRange(sql`m.price_minor`)}
    ),`;
    if (p.sort !== 'price') {
      // Ordered by something else than the price: the matches (or contenders) are priced in
      // one pass.
      return sql`${common}
    priced AS (
      SELECT c.*, ${storedColumns} FROM ${source} c
      LEFT JOIN catalogue_prices cp ON cp.establishment_id = c.id AND ${inForce}
      WHERE c.supplier_id NOT IN (SELECT supplier_id FROM agreement_suppliers)
        AND ${inPriceRange(sql`cp.amount_minor`)}
      UNION ALL SELECT * FROM agreement_priced
    ),
    page AS (
      SELECT m.*, ${distanceFirst ? matchCount : sql`count(*) OVER ()`} AS total FROM priced m
      ORDER BY ${orderBy(p.sort, 'm')}
      LIMIT ${p.limit} OFFSET ${p.offset}
    )`;
    }
    // By price: the index on (category, price) is walked in order until the page is full
    // (stored_first); those without a price come last, and are read only when the priced ones
    // do not fill the page. Each list gives its first offset + limit rows, so the page is
    // among them.
    const unpriced = sql`
      SELECT c.*, NULL::bigint AS price_minor, NULL::text AS price_currency,
        NULL::text AS price_unit, NULL::date AS price_valid_from, NULL::date AS price_valid_to,
        NULL::text AS price_source
      FROM candidates c
      WHERE c.supplier_id NOT IN (SELECT supplier_id FROM agreement_suppliers)
        AND NOT EXISTS (SELECT 1 FROM catalogue_prices cp WHERE cp.establishment_id = c.id
          AND ${inForce})
        AND (SELECT count(*) FROM stored_first)
          + (SELECT count(price_minor) FROM agreement_priced) < ${first}`;
    // The prices in the range are counted one by one, their establishment looked up per price.
    const pricedMatches = sql`
      SELECT 1 FROM catalogue_prices cp
      WHERE ${inForce} AND ${inPriceRange(sql`cp.amount_minor`)}
        AND ${existsPerRow(sql`SELECT true FROM establishments e
          WHERE e.id = cp.establishment_id AND ${sql.join(where, sql` AND `)}
            AND e.supplier_id NOT IN (SELECT supplier_id FROM agreement_suppliers)`)}`;
    const total = priceFiltered
      ? sql`${countOf(pricedMatches)} + (SELECT count(*) FROM agreement_priced)`
      : matchCount;
    return sql`${common}
    stored AS NOT MATERIALIZED (
      SELECT e.id, e.name, e.supplier_id, ${distance} AS distance_km, ${storedColumns}
      FROM catalogue_prices cp
      JOIN establishments e ON e.id = cp.establishment_id
      WHERE ${inForce} AND ${inPriceRange(sql`cp.amount_minor`)}
        AND ${sql.join(where, sql` AND `)}
        AND e.supplier_id NOT IN (SELECT supplier_id FROM agreement_suppliers)
    ),
    stored_first AS MATERIALIZED (
      SELECT * FROM stored m ORDER BY ${orderBy(p.sort, 'm')} LIMIT ${first}
    ),
    page AS (
      SELECT m.*, ${total} AS total FROM (
        SELECT * FROM stored_first
        UNION ALL SELECT * FROM agreement_priced
        ${priceFiltered ? sql`` : sql`UNION ALL (${unpriced})`}
      ) m
      ORDER BY ${orderBy(p.sort, 'm')}
      LIMIT ${p.limit} OFFSET ${p.offset}
    )`;
  }

  return sql<SearchRow>`
    WITH agreements AS (${visibleAgreements(p.callerId)}),
    ${pageQuery}
    SELECT page.id, page.name, page.distance_km, page.price_minor, page.price_currency,
      page.price_unit, page.price_valid_from, page.price_valid_to, page.price_source, page.total,
      permit.permit_count, permit.permit_in_force,
      e.service_kind, e.city, e.municipality_code, e.places_total, e.places_free,
      e.places_updated_at, e.target_groups, e.age_min, e.age_max, e.gender, e.methods,
      e.languages, e.supplier_id, s.name AS supplier_name,
      -- Hidden: the supplier on a visible agreement, or this establishment alone (modules/hiding).
      coalesce(badge.hidden, false) OR EXISTS (
        SELECT 1 FROM establishment_hidings eh
        WHERE eh.establishment_id = e.id AND eh.agreement_id IN (SELECT id FROM agreements)
          AND eh.lifted_at IS NULL AND eh.hidden_from <= ${p.today}::date
          AND (eh.hidden_to IS NULL OR eh.hidden_to >= ${p.today}::date)
      ) AS hidden,
      coalesce(badge.terminated, false) AS terminated
    FROM page
    JOIN establishments e ON e.id = page.id
    JOIN organisations s ON s.id = e.supplier_id
    LEFT JOIN LATERAL (
      SELECT count(*)::int AS permit_count,
        coalesce(bool_or(${permitInForce(p)}), false) AS permit_in_force
      FROM permits pm WHERE pm.establishment_id = e.id
    ) permit ON true
    LEFT JOIN LATERAL (
      SELECT
        bool_or(ls.status = 'hidden'
          AND (ls.hidden_from IS NULL OR ls.hidden_from <= ${p.today}::date)
          AND (ls.hidden_to IS NULL OR ls.hidden_to >= ${p.today}::date)) AS hidden,
        bool_or(ls.status = 'terminated'
          AND (ls.terminated_on IS NULL OR ls.terminated_on <= ${p.today}::date)) AS terminated
      FROM lot_suppliers ls
      WHERE ls.supplier_id = e.supplier_id AND ls.agreement_id IN (SELECT id FROM agreements)
    ) badge ON true
    ORDER BY ${orderBy(p.sort, 'page')}
  `;
}

export async function search(db: Kysely<DB>, p: SearchParams): Promise<SearchRow[]> {
  const nearestFirst = p.sort === 'distance' && !hasPriceRange(p);
  const reach = nearestFirst && p.origin ? await nearestReach(db, p, p.origin) : undefined;
  return (await searchQuery({ ...p, reach }).execute(db)).rows;
}
