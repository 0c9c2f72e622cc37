// Catalogue search: municipal users look through the market like a catalogue. The criteria are
// checked by the domain's rules; the category must belong to a procurement organisation the
// caller has a relation to, and it decides the service kind searched.
import {
  boundingBox,
  catalogueCountLimit,
  catalogueTotal,
  criteriaProblems,
  municipalityByCode,
  permitStatus,
  type CatalogueCriteria,
  type CriteriaRule,
} from '@tildel/domain/catalogue';
import { localDate } from '@tildel/domain/calendar';
import type { Deps } from '../../../platform/deps.ts';
import type { MessageKey } from '../../../platform/i18n.ts';
import { Problem } from '../../../platform/problem.ts';
import * as repo from './repo.ts';
import { SEARCH_DEFAULTS, type CatalogueQuery } from './schemas.ts';

/** Criteria field → the query parameter a problem names. */
const PARAMETER: Record<keyof CatalogueCriteria, keyof CatalogueQuery> = {
  categoryId: 'category',
  targetGroup: 'targetGroup',
  age: 'age',
  gender: 'gender',
  municipalityCode: 'municipality',
  nearMunicipalityCode: 'near',
  maxDistanceKm: 'maxDistanceKm',
  minFreePlaces: 'minFreePlaces',
  permitValid: 'permitValid',
  priceMinMinor: 'priceMin',
  priceMaxMinor: 'priceMax',
  sort: 'sort',
};

const RULE_MESSAGE: Record<CriteriaRule, MessageKey> = {
  needs_category: 'catalogue.criteria.needs_category',
  needs_origin: 'catalogue.criteria.needs_origin',
  unknown_municipality: 'catalogue.criteria.unknown_municipality',
  price_range_inverted: 'catalogue.criteria.price_range_inverted',
};

function criteriaOf(q: CatalogueQuery): CatalogueCriteria {
  return {
    categoryId: q.category,
    targetGroup: q.targetGroup,
    age: q.age,
    gender: q.gender,
    municipalityCode: q.municipality,
    nearMunicipalityCode: q.near,
    maxDistanceKm: q.maxDistanceKm,
    minFreePlaces: q.minFreePlaces,
    permitValid: q.permitValid,
    priceMinMinor: q.priceMin,
    priceMaxMinor: q.priceMax,
    sort: q.sort ?? 'name',
  };
}

export async function search(deps: Deps, callerId: string, query: CatalogueQuery) {
  const { limit = SEARCH_DEFAULTS.limit, offset = SEARCH_DEFAULTS.offset } = query;
  const criteria = criteriaOf(query);
  const problems = criteriaProblems(criteria);
  if (problems.length > 0) {
    throw new Problem('validation', 'problem.validation.detail', {
      fields: problems.map((p) => ({ field: PARAMETER[p.field], key: RULE_MESSAGE[p.rule] })),
    });
  }
  const caller = await repo.callerAndCategory(deps.db, callerId, criteria.categoryId);
  if (!caller) throw new Problem('not_found', 'problem.not_found.detail');
  if (criteria.categoryId && !caller.category_id) {
    throw new Problem('not_found', 'catalogue.category_not_found', {
      fields: [{ field: 'category', key: 'catalogue.category_not_found' }],
    });
  }
  const origin = criteria.nearMunicipalityCode
    ? municipalityByCode(criteria.nearMunicipalityCode)
    : undefined;
  const rows = await repo.search(deps.db, {
    callerId,
    today: localDate(deps.clock.now(), caller.country),
    serviceKind: caller.service_kind ?? undefined,
    categoryId: caller.category_id ?? undefined,
    tariffUnit: caller.default_unit ?? undefined,
    targetGroup: criteria.targetGroup,
    age: criteria.age,
    gender: criteria.gender,
    municipalityCode: criteria.municipalityCode,
    origin,
    maxDistanceKm: criteria.maxDistanceKm,
    box:
      origin && criteria.maxDistanceKm !== undefined
        ? boundingBox(origin, criteria.maxDistanceKm)
        : undefined,
    minFreePlaces: criteria.minFreePlaces,
    permitValid: criteria.permitValid,
    priceMinMinor: criteria.priceMinMinor,
    priceMaxMinor: criteria.priceMaxMinor,
    sort: criteria.sort,
    limit,
    offset,
    countLimit: catalogueCountLimit(offset, limit),
  });
  // A page beyond the last has no row to carry the count: then there is nothing to count to.
  const { total, capped } = catalogueTotal(
    rows.length > 0 ? Number(rows[0]!.total) : 0,
    offset,
    limit,
  );
  return { items: rows.map(resultView), total, totalCapped: capped, limit, offset };
}

function resultView(r: repo.SearchRow) {
  return {
    id: r.id,
    name: r.name,
    serviceKind: r.service_kind,
    city: r.city,
    municipality: {
      code: r.municipality_code,
      name: municipalityByCode(r.municipality_code)?.name ?? r.municipality_code,
    },
    placesTotal: r.places_total,
    placesFree: r.places_free,
    placesUpdatedAt: r.places_updated_at,
    targetGroups: r.target_groups,
    ageMin: r.age_min,
    ageMax: r.age_max,
    gender: r.gender,
    methods: r.methods,
    languages: r.languages,
    supplier: { id: r.supplier_id, name: r.supplier_name },
    distanceKm: r.distance_km,
    permitStatus: permitStatus(r.permit_count, r.permit_in_force),
    // The price's columns come from one row: all there, or none. Its source says whether it is
    // agreed or only the offer's own tariff.
    price:
      r.price_minor === null ||
      r.price_currency === null ||
      r.price_unit === null ||
      r.price_valid_from === null ||
      r.price_source === null
        ? null
        : {
            amountMinor: Number(r.price_minor),
            currency: r.price_currency,
            unit: r.price_unit,
            validFrom: r.price_valid_from,
            validTo: r.price_valid_to,
            source: r.price_source,
          },
    hidden: r.hidden,
    terminated: r.terminated,
  };
}

/** The categories and target groups the caller can search by, with the body each comes from. */
export async function filters(deps: Deps, callerId: string) {
  const { categories, targetGroups } = await repo.visibleTaxonomy(deps.db, callerId);
  return {
    categories: categories.map((c) => ({
      id: c.id,
      code: c.code,
      serviceKind: c.service_kind,
      defaultUnit: c.default_unit,
      names: { sv: c.name_sv, da: c.name_da, en: c.name_en },
      body: { id: c.body_id, name: c.body_name },
    })),
    targetGroups: targetGroups.map((g) => ({
      code: g.code,
      names: { sv: g.name_sv, da: g.name_da, en: g.name_en },
    })),
  };
}
