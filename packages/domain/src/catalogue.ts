// The catalogue: what a municipal user may ask of the market (criteria), which combinations make
// sense, and in which order the answers come. The search itself runs in SQL; these rules decide
// what it is asked and how it orders.
import { findMunicipality, type Municipality, type Position } from './reference/municipalities.ts';

export const CATALOGUE_SORTS = ['name', 'price', 'distance'] as const;
export type CatalogueSort = (typeof CATALOGUE_SORTS)[number];

export const PERMIT_STATUSES = ['valid', 'problem', 'none'] as const;
/** valid: a permit in force today; problem: permits, none in force; none: no permit recorded. */
export type PermitStatus = (typeof PERMIT_STATUSES)[number];

export interface CatalogueCriteria {
  /** A service category of one of the caller's procurement bodies; it decides the service kind. */
  categoryId?: string;
  targetGroup?: string;
  /** The person's age: the establishment's age range must include it. */
  age?: number;
  gender?: 'female' | 'male';
  /** Establishments located in this municipality (official code). */
  municipalityCode?: string;
  /** Distances are measured from this municipality's seat (official code). */
  nearMunicipalityCode?: string;
  maxDistanceKm?: number;
  minFreePlaces?: number;
  permitValid?: boolean;
  /** The price in force today, in minor units; needs a category (prices are per category). */
  priceMinMinor?: number;
  priceMaxMinor?: number;
  sort: CatalogueSort;
}

export type CriteriaRule =
  'needs_category' | 'needs_origin' | 'unknown_municipality' | 'price_range_inverted';

export interface CriteriaProblem {
  field: keyof CatalogueCriteria;
  rule: CriteriaRule;
}

/**
 * The municipality with this official code: four digits are Swedish (SCB kommunkod), three
 * Danish (kommunekode), so one code names one municipality without a country beside it.
 */
export function municipalityByCode(code: string): Municipality | undefined {
  if (/^\d{4}$/.test(code)) return findMunicipality('SE', code);
  if (/^\d{3}$/.test(code)) return findMunicipality('DK', code);
  return undefined;
}

/** What is wrong with a set of criteria, field by field; empty when the search can run. */
export function criteriaProblems(c: CatalogueCriteria): CriteriaProblem[] {
  const problems: CriteriaProblem[] = [];
  // A price belongs to a category: without one there is no price to filter or sort by.
  if (c.categoryId === undefined) {
    if (c.priceMinMinor !== undefined)
      problems.push({ field: 'priceMinMinor', rule: 'needs_category' });
    if (c.priceMaxMinor !== undefined)
      problems.push({ field: 'priceMaxMinor', rule: 'needs_category' });
    if (c.sort === 'price') problems.push({ field: 'sort', rule: 'needs_category' });
  }
  if (
    c.priceMinMinor !== undefined &&
    c.priceMaxMinor !== undefined &&
    c.priceMinMinor > c.priceMaxMinor
  ) {
    problems.push({ field: 'priceMaxMinor', rule: 'price_range_inverted' });
  }
  // A distance is measured from somewhere.
  if (c.nearMunicipalityCode === undefined) {
    if (c.maxDistanceKm !== undefined)
      problems.push({ field: 'maxDistanceKm', rule: 'needs_origin' });
    if (c.sort === 'distance') problems.push({ field: 'sort', rule: 'needs_origin' });
  } else if (!municipalityByCode(c.nearMunicipalityCode)) {
    problems.push({ field: 'nearMunicipalityCode', rule: 'unknown_municipality' });
  }
  if (c.municipalityCode !== undefined && !municipalityByCode(c.municipalityCode)) {
    problems.push({ field: 'municipalityCode', rule: 'unknown_municipality' });
  }
  return problems;
}

/** What a result is ordered by. A missing price or distance sorts last, whatever the direction. */
export type SortKey = 'price' | 'distance' | 'name' | 'id';

/**
 * The order of the results: the chosen key first, then the others that make it stable, so two
 * pages of the same search never show one establishment twice. Name before id: a person scans
 * names; id only breaks ties between two establishments with the same name.
 */
export const CATALOGUE_ORDER: Readonly<Record<CatalogueSort, readonly SortKey[]>> = {
  price: ['price', 'distance', 'name', 'id'],
  distance: ['distance', 'price', 'name', 'id'],
  name: ['name', 'id'],
};

export interface Sortable {
  id: string;
  name: string;
  priceMinor: number | null;
  distanceKm: number | null;
}

function compareNullable(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

/** Binary comparison, as the database's C collation does, so both orders agree. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const COMPARE: Readonly<Record<SortKey, (a: Sortable, b: Sortable) => number>> = {
  price: (a, b) => compareNullable(a.priceMinor, b.priceMinor),
  distance: (a, b) => compareNullable(a.distanceKm, b.distanceKm),
  name: (a, b) => compareText(a.name, b.name),
  id: (a, b) => compareText(a.id, b.id),
};

/** The comparator of a sort, for ordering results outside the database. */
export function compareCatalogueResults(sort: CatalogueSort) {
  return (a: Sortable, b: Sortable): number => {
    for (const key of CATALOGUE_ORDER[sort]) {
      const order = COMPARE[key](a, b);
      if (order !== 0) return order;
    }
    return 0;
  };
}

const KM_PER_DEGREE_LATITUDE = 111.2;

/**
 * A latitude/longitude box that contains every point within `km` of the origin: a cheap
 * prefilter before the exact haversine distance. Generous at the edges, never too small.
 */
export function boundingBox(origin: Position, km: number) {
  const dLat = km / KM_PER_DEGREE_LATITUDE;
  // Longitude degrees shrink towards the poles: use the box's edge nearest the pole.
  const poleward = Math.min(89, Math.abs(origin.lat) + dLat);
  const dLon = km / (KM_PER_DEGREE_LATITUDE * Math.cos((poleward * Math.PI) / 180));
  return {
    minLat: origin.lat - dLat,
    maxLat: origin.lat + dLat,
    minLon: origin.lon - dLon,
    maxLon: origin.lon + dLon,
  };
}

/** The permit status shown in a result, from whether it has permits and whether one is in force. */
export function permitStatus(permitCount: number, anyInForce: boolean): PermitStatus {
  if (anyInForce) return 'valid';
  return permitCount > 0 ? 'problem' : 'none';
}

/**
 * The catalogue counts its matches exactly up to this many and above it says "more than 1 000":
 * a broad search then costs the same however large the market grows, and a caseworker narrows
 * such a search rather than reads its exact size.
 */
export const CATALOGUE_COUNT_LIMIT = 1000;

/** How far a page's search counts: the count limit, or to the page's end when it lies beyond. */
export function catalogueCountLimit(offset: number, limit: number): number {
  return Math.max(CATALOGUE_COUNT_LIMIT, offset + limit);
}

/**
 * The total a page shows, from the matches counted up to one past its count limit: exact up to
 * the limit, else the limit itself with `capped` (there are more than `total`).
 */
export function catalogueTotal(
  counted: number,
  offset: number,
  limit: number,
): { total: number; capped: boolean } {
  const countLimit = catalogueCountLimit(offset, limit);
  return counted > countLimit
    ? { total: countLimit, capped: true }
    : { total: counted, capped: false };
}
