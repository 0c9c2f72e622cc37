// Schemas of the cascade routes. Window amounts and skip texts are only bounded here: the domain
// decides what is allowed (1..max, non-blank text) so its messages can say why.
import {
  RESPONSE_WINDOW_UNITS,
  SKIP_REASON_CODES,
  type CascadeOutcome,
} from '@tildel/domain/procedures/ranking';
import { SUPPLIER_STATUSES } from '@tildel/domain/supplier-status';
import { Type, type Static } from 'typebox';
import {
  country,
  dateTime,
  enumOf,
  nullable,
  nullableDateTime,
  nullableString,
  paramsOf,
  text,
  uuid,
  version,
} from '../../../platform/schemas.ts';
import { paged, pageParams } from '../../../platform/paging.ts';
import { CALLOFF_STATUSES } from '../calloffs/schemas.ts';

export const MAX_SKIPS = 100;

export const calloffParams = paramsOf('orgId', 'calloffId');
export const agreementParams = paramsOf('orgId', 'agreementId');

const window = Type.Object(
  {
    unit: enumOf(RESPONSE_WINDOW_UNITS),
    amount: Type.Integer({ minimum: -1_000_000, maximum: 1_000_000 }),
  },
  { additionalProperties: false },
);

const skipProperties = {
  supplierId: uuid,
  code: enumOf(SKIP_REASON_CODES),
  text: text(2000),
};

export const startBody = Type.Object(
  {
    version,
    requestText: text(10_000),
    costCentre: Type.Optional(nullable(text(100))),
    window,
    skips: Type.Array(Type.Object(skipProperties, { additionalProperties: false }), {
      maxItems: MAX_SKIPS,
    }),
  },
  { additionalProperties: false },
);

export const skipBody = Type.Object(
  { version, ...skipProperties },
  { additionalProperties: false },
);

/** Accepting carries nothing: who accepts is the session, what is accepted the offer. */
export const acceptBody = Type.Object({}, { additionalProperties: false });

export const declineBody = Type.Object({ reason: text(2000) }, { additionalProperties: false });

export type StartInput = Static<typeof startBody>;
export type SkipInput = Static<typeof skipBody>;

// ---- answers -----------------------------------------------------------------------------------

const nullableInteger = nullable(Type.Integer());

/** How a cascade ended, or that it waits for an answer. */
export const OUTCOME_KINDS = [
  'awaiting_response',
  'order',
  'no_supplier',
] as const satisfies readonly CascadeOutcome['kind'][];

/** How a supplier's own offer stands (views.ts). */
export const OFFER_STATUSES = ['offered', 'accepted', 'declined', 'expired', 'withdrawn'] as const;

/** Matching's must requirements failed: constraint codes (or 'no_offer') with their parameters. */
const skipFailures = Type.Array(
  Type.Object({
    code: Type.String(),
    params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
  }),
  {
    description:
      "Must requirements matching found failed (a matching constraint code, or 'no_offer'), for each reader's language",
  },
);

export const cascadeView = Type.Object({
  calloffId: uuid,
  status: enumOf(CALLOFF_STATUSES),
  version: Type.Integer(),
  country,
  window: nullable(Type.Object({ unit: enumOf(RESPONSE_WINDOW_UNITS), amount: Type.Integer() })),
  started: Type.Boolean(),
  suppliers: Type.Array(
    Type.Object({
      supplierId: uuid,
      name: Type.String(),
      rank: Type.Integer(),
      status: enumOf(SUPPLIER_STATUSES),
      waiting: Type.Boolean(),
    }),
  ),
  mustRequirementSkips: Type.Array(Type.Object({ supplierId: uuid, failures: skipFailures }), {
    description:
      'Before the start: the active ranked suppliers none of whose offers meets a must requirement of the need (matching), with the requirements failed',
  }),
  steps: Type.Array(
    Type.Object({
      kind: Type.String({ description: "The domain's CascadeStep kind" }),
      supplierId: nullableString,
      supplierName: nullableString,
      rank: nullableInteger,
      at: dateTime,
      deadline: nullableDateTime,
      standing: nullableString,
      reasonCode: nullable(enumOf(SKIP_REASON_CODES)),
      reasonText: nullableString,
      reasonFailures: skipFailures,
    }),
  ),
  currentOffer: nullable(
    Type.Object({
      supplierId: uuid,
      supplierName: Type.String(),
      rank: Type.Integer(),
      offeredAt: dateTime,
      deadline: dateTime,
    }),
  ),
  outcome: nullable(
    Type.Object({
      kind: enumOf(OUTCOME_KINDS),
      supplierId: nullableString,
      supplierName: nullableString,
      orderId: nullableString,
      orderReference: nullableString,
    }),
  ),
});

export const offerView = Type.Object({
  calloffId: uuid,
  title: Type.String(),
  country,
  status: enumOf(OFFER_STATUSES),
  offeredAt: dateTime,
  deadline: dateTime,
  deadlinePassed: Type.Boolean(),
  respondedAt: nullableDateTime,
  declineReason: nullableString,
  orderId: nullableString,
  orderReference: nullableString,
});

/** How the deviation report may be sorted; the latest decision first as it always was. */
export const DEVIATION_SORTS = ['decided', 'municipality', 'lot', 'supplier', 'reason'] as const;
export type DeviationSort = (typeof DEVIATION_SORTS)[number];
export const DEVIATION_PAGE_DEFAULTS = { sort: 'decided', order: 'desc' } as const;

export const deviationQuery = Type.Object(pageParams(DEVIATION_SORTS, DEVIATION_PAGE_DEFAULTS), {
  additionalProperties: false,
});
export type DeviationQuery = Static<typeof deviationQuery>;

/** One page of the report, with the agreement it is of. */
export const deviationReport = Type.Object({
  agreement: Type.Object({ id: uuid, reference: Type.String(), title: Type.String() }),
  ...paged(
    Type.Object({
      id: uuid,
      decidedAt: dateTime,
      municipality: Type.Object({ id: uuid, name: Type.String() }),
      calloff: Type.Object({ id: uuid, title: Type.String() }),
      lot: Type.Object({ id: uuid, number: Type.Integer(), name: Type.String() }),
      supplier: Type.Object({ id: uuid, name: Type.String(), rank: Type.Integer() }),
      reasonCode: enumOf(SKIP_REASON_CODES),
      reasonText: Type.String(),
    }),
  ).properties,
});
