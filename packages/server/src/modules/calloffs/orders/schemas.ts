// Schemas of the orders routes. Money leaves as integer minor units with its currency; a volume as
// a decimal string, exactly.
import { MAX_VOLUME } from '@tildel/domain/money';
import { Type, type Static } from 'typebox';
import {
  amountMinor,
  currency,
  dateTime,
  enumOf,
  nonBlankText,
  nullable,
  nullableString,
  paramsOf,
  plainDate,
  storableText,
  unitPriceMinor,
  uuid,
  version,
} from '../../../platform/schemas.ts';
import { paged, pageParams } from '../../../platform/paging.ts';

export const ORDER_STATUSES = ['active', 'ended'] as const;
export const ADJUSTMENT_KINDS = ['extension', 'adjustment', 'ended'] as const;

export const orderParams = paramsOf('orgId', 'orderId');

/** How the list of orders may be sorted; newest first as it always was. */
export const ORDER_SORTS = ['created', 'reference', 'counterpart', 'start', 'status'] as const;
export type OrderSort = (typeof ORDER_SORTS)[number];
export const ORDER_PAGE_DEFAULTS = { sort: 'created', order: 'desc' } as const;

/** The filters a figure in insights drills down with: the orders behind it. Dates are start dates. */
const drillDown = {
  supplierId: Type.Optional(uuid),
  municipalityId: Type.Optional(uuid),
  serviceId: Type.Optional(uuid),
  agreementId: Type.Optional(uuid),
  dpsId: Type.Optional(uuid),
  procedure: Type.Optional(
    enumOf(['ranking', 'renewed_competition', 'dps_specific_contract'] as const),
  ),
  currency: Type.Optional(currency),
  startFrom: Type.Optional(plainDate),
  startTo: Type.Optional(plainDate),
};

export const listQuery = Type.Object(
  {
    status: Type.Optional(enumOf(ORDER_STATUSES)),
    ...drillDown,
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
    unitPriceMinor: Type.Optional(unitPriceMinor),
    costCentre: Type.Optional(nullable(Type.String({ maxLength: 100, pattern: storableText }))),
    reason: nonBlankText(2000),
  },
  { additionalProperties: false },
);

export type OrderListQuery = Static<typeof listQuery>;
export type OrderFilter = Omit<OrderListQuery, 'limit' | 'offset' | 'sort' | 'order'>;
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
  unitPriceMinor: amountMinor,
  currency,
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

/** A changed value: text (a date, a volume, a status), or minor units when the unit price changed. */
const changedValue = Type.Unsafe<string | number | null>({ type: ['string', 'integer', 'null'] });
const change = Type.Object({ field: Type.String(), before: changedValue, after: changedValue });

export const orderDetail = Type.Object({
  ...summaryProperties,
  expectedTotalMinor: amountMinor,
  calloffId: nullable(Type.String({ description: 'The buyer only' })),
  referralId: nullable(
    Type.String({ description: 'The referral of an order from an offer survey; the buyer only' }),
  ),
  notApprovedUntil: nullable(
    Type.String({ description: 'An offer not approved by the supervisory authority: last day' }),
  ),
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
