// Schemas of the orders routes. Money leaves as minor units in a string (bigint), exactly.
import { CURRENCIES } from '@tildel/domain/money';
import { Type, type Static } from 'typebox';
import {
  dateTime,
  enumOf,
  nonBlankText,
  nullable,
  nullableString,
  paramsOf,
  plainDate,
  storableText,
  version,
} from '../../../platform/schemas.ts';
import { paged, pageParams } from '../../../platform/paging.ts';

export const ORDER_STATUSES = ['active', 'ended'] as const;
export const ADJUSTMENT_KINDS = ['extension', 'adjustment', 'ended'] as const;
/** 100 million per unit and 100 000 units keep every expected total a safe integer of minor units. */
export const MAX_UNIT_PRICE_MINOR = 10_000_000_000;
export const MAX_VOLUME = 100_000;

export const orderParams = paramsOf('orgId', 'orderId');

/** How the list of orders may be sorted; newest first as it always was. */
export const ORDER_SORTS = ['created', 'reference', 'counterpart', 'start', 'status'] as const;
export type OrderSort = (typeof ORDER_SORTS)[number];
export const ORDER_PAGE_DEFAULTS = { sort: 'created', order: 'desc' } as const;

export const listQuery = Type.Object(
  {
    status: Type.Optional(enumOf(ORDER_STATUSES)),
    ...pageParams(ORDER_SORTS, ORDER_PAGE_DEFAULTS),
  },
  { additionalProperties: false },
);

export const adjustmentBody = Type.Object(
  {
    version,
    kind: enumOf(ADJUSTMENT_KINDS),
    endDate: Type.Optional(plainDate),
    expectedVolume: Type.Optional(Type.Number({ minimum: 0, maximum: MAX_VOLUME })),
    unitPriceMinor: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_UNIT_PRICE_MINOR })),
    costCentre: Type.Optional(nullable(Type.String({ maxLength: 100, pattern: storableText }))),
    reason: nonBlankText(2000),
  },
  { additionalProperties: false },
);

export type OrderListQuery = Static<typeof listQuery>;
export type AdjustmentInput = Static<typeof adjustmentBody>;

// ---- answers -----------------------------------------------------------------------------------

const named = Type.Object({ id: Type.String(), name: Type.String() });

const summaryProperties = {
  id: Type.String(),
  reference: Type.String(),
  status: enumOf(ORDER_STATUSES),
  calloffTitle: Type.String(),
  municipality: named,
  supplier: named,
  consultantName: nullableString,
  establishmentName: nullableString,
  service: nullable(Type.Object({ sv: Type.String(), da: Type.String(), en: Type.String() })),
  unitPriceMinor: Type.String({ description: 'Minor units (öre, øre, cent), exact' }),
  currency: enumOf(CURRENCIES),
  unit: Type.String(),
  startDate: Type.String({ format: 'date' }),
  endDate: nullable(Type.String({ format: 'date' })),
  expectedVolume: Type.String({ description: 'A decimal, exact' }),
  costCentre: nullable(Type.String({ description: 'The municipality only' })),
  createdAt: dateTime,
  version: Type.Integer(),
};

export const orderSummary = Type.Object(summaryProperties);
export const orderList = paged(orderSummary);

const change = Type.Object({
  field: Type.String(),
  before: nullableString,
  after: nullableString,
});

export const orderDetail = Type.Object({
  ...summaryProperties,
  expectedTotalMinor: Type.String(),
  calloffId: nullable(Type.String({ description: 'The buyer only' })),
  updatedAt: dateTime,
  adjustments: Type.Array(
    Type.Object({
      id: Type.String(),
      kind: enumOf(ADJUSTMENT_KINDS),
      changes: Type.Array(change),
      reason: Type.String(),
      madeBy: Type.Object({ name: Type.String() }),
      madeAt: dateTime,
    }),
  ),
});
