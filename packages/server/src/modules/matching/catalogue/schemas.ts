// Schemas of the catalogue routes: what a search may ask, and what the catalogue answers.
import { Type, type Static } from 'typebox';
import { CATALOGUE_SORTS, PERMIT_STATUSES } from '@tildel/domain/catalogue';
import { GENDERS, PRICE_UNITS, SERVICE_KINDS } from '@tildel/domain/taxonomy';
import {
  amountMinor,
  currency,
  enumOf,
  nullable,
  nullableDateTime,
  nullableString,
  unitPriceMinor,
  uuid,
} from '../../../platform/schemas.ts';

const municipalityCode = Type.String({ pattern: '^[0-9]{3,4}$' });

/** The page size and first row of a search when the query names none. */
export const SEARCH_DEFAULTS = { limit: 25, offset: 0 } as const;

export const searchQuery = Type.Object(
  {
    category: Type.Optional(uuid),
    targetGroup: Type.Optional(Type.String({ pattern: '^[a-z0-9_]{1,60}$' })),
    age: Type.Optional(Type.Integer({ minimum: 0, maximum: 120 })),
    gender: Type.Optional(enumOf(['female', 'male'] as const)),
    municipality: Type.Optional(municipalityCode),
    near: Type.Optional(municipalityCode),
    maxDistanceKm: Type.Optional(Type.Number({ minimum: 0, maximum: 2000 })),
    minFreePlaces: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
    permitValid: Type.Optional(Type.Boolean()),
    priceMin: Type.Optional(unitPriceMinor),
    priceMax: Type.Optional(unitPriceMinor),
    sort: Type.Optional(enumOf(CATALOGUE_SORTS, { default: 'name' })),
    limit: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 100, default: SEARCH_DEFAULTS.limit }),
    ),
    offset: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 10_000, default: SEARCH_DEFAULTS.offset }),
    ),
  },
  { additionalProperties: false },
);

/** The query string as the API takes it. */
export type CatalogueQuery = Static<typeof searchQuery>;

const names = Type.Object({ sv: Type.String(), da: Type.String(), en: Type.String() });
const strings = Type.Array(Type.String());
const named = Type.Object({ id: Type.String(), name: Type.String() });

const result = Type.Object({
  id: Type.String(),
  name: Type.String(),
  serviceKind: enumOf(SERVICE_KINDS),
  city: Type.String(),
  municipality: Type.Object({ code: Type.String(), name: Type.String() }),
  placesTotal: Type.Integer(),
  placesFree: Type.Integer(),
  placesUpdatedAt: nullableDateTime,
  targetGroups: strings,
  ageMin: Type.Integer(),
  ageMax: Type.Integer(),
  gender: enumOf(GENDERS),
  methods: strings,
  languages: strings,
  supplier: named,
  distanceKm: nullable(Type.Number()),
  permitStatus: enumOf(PERMIT_STATUSES),
  price: nullable(
    Type.Object({
      amountMinor,
      currency,
      unit: enumOf(PRICE_UNITS),
      validFrom: Type.String(),
      validTo: nullableString,
      /** 'agreed' on an agreement or DPS; 'tariff': the offer's own takst, not agreed. */
      source: enumOf(['agreed', 'tariff'] as const),
    }),
  ),
  hidden: Type.Boolean(),
  terminated: Type.Boolean(),
});

export const searchAnswer = Type.Object({
  items: Type.Array(result),
  total: Type.Integer({
    description:
      'How many establishments match, counted exactly up to 1 000 (or to the end of a page beyond that).',
  }),
  totalCapped: Type.Boolean({
    description: 'True when more than `total` establishments match: the count stopped there.',
  }),
  limit: Type.Integer(),
  offset: Type.Integer(),
});

export const filtersAnswer = Type.Object({
  categories: Type.Array(
    Type.Object({
      id: Type.String(),
      code: Type.String(),
      serviceKind: enumOf(SERVICE_KINDS),
      defaultUnit: enumOf(PRICE_UNITS),
      names,
      body: named,
    }),
  ),
  targetGroups: Type.Array(Type.Object({ code: Type.String(), names })),
});
