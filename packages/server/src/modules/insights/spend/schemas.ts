// Schemas of the spend and price routes. Every table is an array of rows, so a view and its
// export carry the same figures; money is integer minor units with its currency, and SEK, DKK and
// EUR are never added together (one row per currency).
import { Type, type Static } from 'typebox';
import {
  amountMinor,
  currency,
  enumOf,
  nullable,
  plainDate,
  uuid,
} from '../../../platform/schemas.ts';

export const SPEND_DIMENSIONS = [
  'municipality',
  'service',
  'supplier',
  'framework',
  'procedure',
  'period',
] as const;
export type SpendDimension = (typeof SPEND_DIMENSIONS)[number];

export const INTERVALS = ['month', 'quarter', 'year'] as const;
export type Interval = (typeof INTERVALS)[number];

/** The call-off procedures, and the offer survey (a referral's order, issue 12). */
export const PROCEDURES = [
  'ranking',
  'renewed_competition',
  'dps_specific_contract',
  'offer_survey',
] as const;

/** The filters every spend and price view takes; dates are the orders' start dates. */
const filters = {
  from: Type.Optional(plainDate),
  to: Type.Optional(plainDate),
  municipalityId: Type.Optional(uuid),
  serviceId: Type.Optional(uuid),
  supplierId: Type.Optional(uuid),
  agreementId: Type.Optional(uuid),
  dpsId: Type.Optional(uuid),
  procedure: Type.Optional(enumOf(PROCEDURES)),
};

export const spendQuery = Type.Object(
  {
    by: Type.Optional(enumOf(SPEND_DIMENSIONS, { default: 'service' })),
    interval: Type.Optional(enumOf(INTERVALS, { default: 'month' })),
    ...filters,
  },
  { additionalProperties: false },
);

export const yearsQuery = Type.Object(
  {
    by: Type.Optional(enumOf(['service', 'supplier'] as const, { default: 'service' })),
    year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
  },
  { additionalProperties: false },
);

export const pricesQuery = Type.Object(
  {
    interval: Type.Optional(enumOf(INTERVALS, { default: 'quarter' })),
    unit: Type.Optional(Type.String({ pattern: '^[a-z_]{1,20}$' })),
    ...filters,
  },
  { additionalProperties: false },
);

export type SpendQuery = Static<typeof spendQuery>;
export type YearsQuery = Static<typeof yearsQuery>;
export type PricesQuery = Static<typeof pricesQuery>;
export type SpendFilters = Omit<SpendQuery, 'by' | 'interval'>;

// ---- answers -----------------------------------------------------------------------------------

const key = Type.String({
  description:
    'What the row is about: an organisation or category id, agreement:<id> or dps:<id>, a procedure, or a period (2026-03, 2026-Q1, 2026); empty when the order has none',
});
const label = Type.String({ description: "The row's name in the reader's language" });

export const spendTable = Type.Object({
  by: enumOf(SPEND_DIMENSIONS),
  rows: Type.Array(
    Type.Object({
      key,
      label,
      currency,
      orders: Type.Integer({ minimum: 0 }),
      committedMinor: amountMinor,
      runRateMinor: amountMinor,
    }),
  ),
});

const change = {
  changeMinor: amountMinor,
  changePercent: nullable(Type.Number({ description: 'One decimal; null when last year was 0' })),
};

export const yearsTable = Type.Object({
  by: enumOf(['service', 'supplier'] as const),
  year: Type.Integer(),
  totals: Type.Array(
    Type.Object({ currency, thisYearMinor: amountMinor, lastYearMinor: amountMinor, ...change }),
  ),
  rows: Type.Array(
    Type.Object({
      key,
      label,
      currency,
      thisYearMinor: amountMinor,
      lastYearMinor: amountMinor,
      ...change,
    }),
  ),
});

export const pricesTable = Type.Object({
  rows: Type.Array(
    Type.Object({
      period: Type.String({ description: '2026-03, 2026-Q1 or 2026' }),
      serviceId: Type.String(),
      service: Type.String(),
      unit: Type.String(),
      currency,
      orders: Type.Integer({ minimum: 0 }),
      averageUnitPriceMinor: Type.Integer({
        description: 'Mean of the unit prices of the orders starting in the period, rounded',
      }),
      lowestUnitPriceMinor: amountMinor,
      highestUnitPriceMinor: amountMinor,
    }),
  ),
});

export type SpendTable = Static<typeof spendTable>;
export type YearsTable = Static<typeof yearsTable>;
export type PricesTable = Static<typeof pricesTable>;
