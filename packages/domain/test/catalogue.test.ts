import { describe, expect, it } from 'vitest';
import {
  boundingBox,
  CATALOGUE_COUNT_LIMIT,
  catalogueCountLimit,
  catalogueTotal,
  compareCatalogueResults,
  criteriaProblems,
  municipalityByCode,
  permitStatus,
  type Sortable,
} from '../src/catalogue.ts';
import { distanceKm, findMunicipality } from '../src/reference/municipalities.ts';

const CATEGORY = '7b0f1d8e-8a4c-4f39-9b83-2f51f3e2a001';

describe('search criteria', () => {
  it('accept a search with no filters, sorted by name', () => {
    expect(criteriaProblems({ sort: 'name' })).toEqual([]);
  });

  it('accept every filter together when they fit', () => {
    expect(
      criteriaProblems({
        sort: 'price',
        categoryId: CATEGORY,
        targetGroup: 'youth_13_17',
        age: 15,
        gender: 'female',
        municipalityCode: '1290',
        nearMunicipalityCode: '1290',
        maxDistanceKm: 50,
        minFreePlaces: 1,
        permitValid: true,
        priceMinMinor: 100_000,
        priceMaxMinor: 500_000,
      }),
    ).toEqual([]);
  });

  it('need a category to filter or sort by price, since a price belongs to a category', () => {
    expect(criteriaProblems({ sort: 'price', priceMinMinor: 1, priceMaxMinor: 2 })).toEqual([
      { field: 'priceMinMinor', rule: 'needs_category' },
      { field: 'priceMaxMinor', rule: 'needs_category' },
      { field: 'sort', rule: 'needs_category' },
    ]);
  });

  it('refuse a price range whose lower bound is above its upper bound', () => {
    expect(
      criteriaProblems({
        sort: 'name',
        categoryId: CATEGORY,
        priceMinMinor: 2,
        priceMaxMinor: 1,
      }),
    ).toEqual([{ field: 'priceMaxMinor', rule: 'price_range_inverted' }]);
    expect(
      criteriaProblems({ sort: 'name', categoryId: CATEGORY, priceMinMinor: 2, priceMaxMinor: 2 }),
    ).toEqual([]);
  });

  it('need a municipality to measure a distance from', () => {
    expect(criteriaProblems({ sort: 'distance', maxDistanceKm: 30 })).toEqual([
      { field: 'maxDistanceKm', rule: 'needs_origin' },
      { field: 'sort', rule: 'needs_origin' },
    ]);
  });

  it('refuse municipality codes that name no municipality', () => {
    expect(
      criteriaProblems({ sort: 'name', municipalityCode: '9999', nearMunicipalityCode: '12' }),
    ).toEqual([
      { field: 'nearMunicipalityCode', rule: 'unknown_municipality' },
      { field: 'municipalityCode', rule: 'unknown_municipality' },
    ]);
  });
});

describe('municipality codes', () => {
  it('read four digits as Swedish and three as Danish', () => {
    expect(municipalityByCode('1290')?.name).toBe('Kristianstad');
    expect(municipalityByCode('751')?.name).toBe('Aarhus');
    expect(municipalityByCode('0751')).toBeUndefined();
    expect(municipalityByCode('abc')).toBeUndefined();
  });
});

describe('the order of results', () => {
  const a: Sortable = { id: 'a', name: 'Ekbacken', priceMinor: 300_000, distanceKm: 40 };
  const b: Sortable = { id: 'b', name: 'Almen', priceMinor: 250_000, distanceKm: 80 };
  const c: Sortable = { id: 'c', name: 'Björken', priceMinor: null, distanceKm: 5 };
  const d: Sortable = { id: 'd', name: 'Almen', priceMinor: 250_000, distanceKm: 10 };

  const order = (sort: 'name' | 'price' | 'distance') =>
    [a, b, c, d].sort(compareCatalogueResults(sort)).map((r) => r.id);

  it('by price: cheapest first, no price last, then the nearest of equal prices', () => {
    expect(order('price')).toEqual(['d', 'b', 'a', 'c']);
  });

  it('by distance: nearest first, then the cheaper of equal distances', () => {
    expect(order('distance')).toEqual(['c', 'd', 'a', 'b']);
  });

  it('by name, with the id breaking a tie between equal names', () => {
    expect(order('name')).toEqual(['b', 'd', 'c', 'a']);
  });

  it('puts a missing distance last when sorting by distance', () => {
    const far: Sortable = { id: 'e', name: 'Ö', priceMinor: 1, distanceKm: null };
    expect([far, c].sort(compareCatalogueResults('distance')).map((r) => r.id)).toEqual(['c', 'e']);
  });
});

describe('the bounding box prefilter', () => {
  it('contains every municipality within the distance, and leaves far ones out', () => {
    const kristianstad = findMunicipality('SE', '1290')!;
    const box = boundingBox(kristianstad, 100);
    const inside = (p: { lat: number; lon: number }) =>
      p.lat >= box.minLat && p.lat <= box.maxLat && p.lon >= box.minLon && p.lon <= box.maxLon;
    const se = ['0180', '1280', '1293', '1286', '0780', '2584', '1480'].map((code) =>
      findMunicipality('SE', code)!,
    );
    for (const m of se) {
      if (distanceKm(kristianstad, m) <= 100) expect(inside(m), m.name).toBe(true);
    }
    expect(inside(findMunicipality('SE', '0180')!)).toBe(false); // Stockholm
    expect(inside(findMunicipality('SE', '1293')!)).toBe(true); // Hässleholm
  });
});

describe('permit status', () => {
  it('is valid when a permit is in force, a problem when none of several is, none without', () => {
    expect(permitStatus(2, true)).toBe('valid');
    expect(permitStatus(1, false)).toBe('problem');
    expect(permitStatus(0, false)).toBe('none');
  });
});

describe('the catalogue’s total', () => {
  it('is exact up to the count limit and “more than” the limit above it', () => {
    expect(CATALOGUE_COUNT_LIMIT).toBe(1000);
    expect(catalogueTotal(0, 0, 25)).toEqual({ total: 0, capped: false });
    expect(catalogueTotal(1000, 0, 25)).toEqual({ total: 1000, capped: false });
    expect(catalogueTotal(1001, 0, 25)).toEqual({ total: 1000, capped: true });
  });

  it('counts to the page’s end when the page lies beyond the limit, so a next page shows', () => {
    expect(catalogueCountLimit(0, 25)).toBe(1000);
    expect(catalogueCountLimit(975, 25)).toBe(1000);
    expect(catalogueCountLimit(1000, 25)).toBe(1025);
    expect(catalogueTotal(1026, 1000, 25)).toEqual({ total: 1025, capped: true });
    expect(catalogueTotal(1010, 1000, 25)).toEqual({ total: 1010, capped: false });
  });
});
