// The contract of the price routes: the price history with what may be priced, and the two ways
// a price is added (a supplier's proposal, an officer's agreed price).
import { Type, type Static } from 'typebox';
import type { PriceRow } from '@tildel/domain/price-history';
import { PRICE_UNITS, SERVICE_KINDS } from '@tildel/domain/taxonomy';
import {
  amountMinor,
  currency,
  dateTime,
  enumOf,
  nullable,
  nullableDate,
  nullableString,
  paramsOf,
  plainDate,
  storableText,
  unitPriceMinor,
  uuid,
} from '../../../platform/schemas.ts';
import { pageParams } from '../../../platform/paging.ts';

/** A supplier's offer under negotiation, or a price agreed with an officer. */
export const PRICE_STATUSES = [
  'proposed',
  'agreed',
] as const satisfies readonly PriceRow['status'][];

export const supplierParams = paramsOf('orgId', 'supplierId');

const unit = enumOf(PRICE_UNITS);
const localised = Type.Object({ sv: Type.String(), da: Type.String(), en: Type.String() });

const price = Type.Object({
  id: Type.String(),
  categoryId: Type.String(),
  categoryCode: Type.String(),
  categoryName: localised,
  organisationName: Type.String(),
  establishmentId: nullableString,
  establishmentName: nullableString,
  agreementId: nullableString,
  agreementReference: nullableString,
  unit,
  amountMinor,
  currency,
  validFrom: Type.String(),
  validTo: nullableString,
  status: enumOf(PRICE_STATUSES),
  negotiatedOn: nullableString,
  negotiatedBy: nullable(Type.Object({ name: Type.String() })),
  note: Type.String(),
  createdAt: dateTime,
  inForce: Type.Boolean(),
});

/**
 * How a price history may be sorted; by default by category, so each line's history (newest
 * first) stays together across the pages.
 */
export const PRICE_SORTS = ['category', 'created', 'validFrom'] as const;
export type PriceSort = (typeof PRICE_SORTS)[number];
export const PRICE_PAGE_DEFAULTS = { sort: 'category', order: 'asc' } as const;
export const priceListQuery = Type.Object(pageParams(PRICE_SORTS, PRICE_PAGE_DEFAULTS), {
  additionalProperties: false,
});
export type PriceListQuery = Static<typeof priceListQuery>;

export const priceList = Type.Object({
  today: Type.String(),
  items: Type.Array(price),
  total: Type.Integer({ minimum: 0 }),
  limit: Type.Integer({ minimum: 1 }),
  offset: Type.Integer({ minimum: 0 }),
  categories: Type.Array(
    Type.Object({
      id: Type.String(),
      organisationId: Type.String(),
      organisationName: Type.String(),
      code: Type.String(),
      serviceKind: enumOf(SERVICE_KINDS),
      name: localised,
      defaultUnit: unit,
    }),
  ),
  establishments: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
});

const priceFields = {
  categoryId: uuid,
  establishmentId: Type.Optional(nullable(uuid)),
  unit,
  amountMinor: unitPriceMinor,
  currency,
  validFrom: plainDate,
  validTo: Type.Optional(nullableDate),
  note: Type.Optional(Type.String({ maxLength: 1000, pattern: storableText })),
};

export const priceBody = Type.Object(priceFields, { additionalProperties: false });
export type PriceInput = Static<typeof priceBody>;

export const agreedPriceBody = Type.Object(
  {
    ...priceFields,
    agreementId: Type.Optional(nullable(uuid)),
    negotiatedOn: Type.Optional(nullableDate),
  },
  { additionalProperties: false },
);
export type AgreedPriceInput = Static<typeof agreedPriceBody>;

export const created = Type.Object({ id: Type.String() });
