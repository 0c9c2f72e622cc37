// Schemas of the awards routes: what may come in, what goes out. The evaluation report is frozen
// in the award decision (award_decisions.report, written by report.ts) and answered from there
// after the award, so its shape here is what evaluationReport has always written.
import {
  EVALUATION_BASES,
  EVALUATION_MODEL_KINDS,
  TIE_RULE,
} from '@tildel/domain/evaluation/index';
import { Type, type Static } from 'typebox';
import {
  amountMinor,
  currency,
  dateTime,
  enumOf,
  nonBlankText,
  nullable,
  nullableDateTime,
  nullableString,
  paramsOf,
  plainDate,
  uuid,
  version,
} from '../../../platform/schemas.ts';
import { CALLOFF_STATUSES, calloffDetail } from '../calloffs/schemas.ts';

export const calloffParams = paramsOf('orgId', 'calloffId');
export const bidParams = paramsOf('orgId', 'calloffId', 'bidId');

export const setAsideBody = Type.Object(
  { reason: nonBlankText(1000) },
  { additionalProperties: false },
);

export const awardBody = Type.Object(
  {
    version,
    bidId: uuid,
    reasons: nonBlankText(4000),
    standstill: Type.Boolean(),
  },
  { additionalProperties: false },
);

export const orderBody = Type.Object(
  { version, startDate: plainDate, endDate: plainDate },
  { additionalProperties: false },
);

export type AwardInput = Static<typeof awardBody>;
export type OrderInput = Static<typeof orderBody>;

// ---- the evaluation report ---------------------------------------------------------------------

const nullableInteger = nullable(Type.Integer());
const named = nullable(Type.Object({ id: Type.String(), name: Type.String() }));

const comparisonValue = nullable(
  Type.Object({
    kind: Type.String({ description: "The domain's ComparisonValue kind" }),
    amountMinor: nullable(amountMinor),
    qualityPoints: nullableInteger,
    exact: nullable(Type.Object({ numerator: Type.String(), denominator: Type.String() })),
    decimal: nullableString,
    priceScore: nullableString,
    qualityScore: nullableString,
  }),
);

const setAsideReason = Type.Object({
  kind: Type.String({ description: 'must_requirement_failed or set_aside_by_buyer' }),
  requirementId: nullableString,
  title: nullableString,
  failure: nullableString,
  minimum: nullable(Type.Number()),
  answered: nullable(Type.Number()),
  reason: nullableString,
});

const evaluatedBid = Type.Object({
  bidId: Type.String(),
  supplierId: Type.String(),
  supplierName: Type.String(),
  outcome: Type.String({ description: 'ranked or set_aside' }),
  rank: nullableInteger,
  unitPriceMinor: amountMinor,
  priceMinor: amountMinor,
  deductions: Type.Array(
    Type.Object({
      requirementId: Type.String(),
      title: Type.String(),
      amountMinor,
    }),
  ),
  points: Type.Array(
    Type.Object({ requirementId: Type.String(), title: Type.String(), points: Type.Integer() }),
  ),
  comparisonValue,
  tieDecidedBy: nullable(enumOf(TIE_RULE)),
  setAsideReasons: Type.Array(setAsideReason),
  receivedAt: dateTime,
  receiptVerified: Type.Boolean(),
  consultant: named,
  establishment: named,
  earliestStart: Type.String(),
  validUntil: Type.String(),
});

/** The model as frozen with the call-off; the weights only for the weighted score. */
const model = Type.Object(
  {
    kind: enumOf(EVALUATION_MODEL_KINDS),
    basis: enumOf(EVALUATION_BASES),
    priceWeight: Type.Optional(Type.Integer()),
    qualityWeight: Type.Optional(Type.Integer()),
  },
  { additionalProperties: true },
);

const decision = nullable(
  Type.Object({
    id: Type.String(),
    bidId: Type.String(),
    supplierId: Type.String(),
    supplierName: Type.String(),
    reasons: Type.String(),
    decidedAt: dateTime,
    decidedBy: Type.String(),
    standstillUntil: nullableDateTime,
    orderAllowed: Type.Boolean(),
    order: nullable(Type.Object({ id: Type.String(), reference: Type.String() })),
  }),
);

export const evaluationResponse = Type.Object({
  calloffId: Type.String(),
  status: enumOf(CALLOFF_STATUSES),
  version: Type.Integer(),
  model,
  currency,
  unitsOnBasis: Type.Integer(),
  tieRule: Type.Array(enumOf(TIE_RULE)),
  drawingSeed: Type.String(),
  warnings: Type.Array(Type.String()),
  bids: Type.Array(evaluatedBid),
  decision,
});

// ---- the award, the order, the timeline, the bidder's view -------------------------------------

export const orderedResponse = Type.Object({
  ...calloffDetail.properties,
  order: Type.Object({ id: Type.String(), reference: Type.String() }),
});

export const TIMELINE_KINDS = ['calloff', 'bid'] as const;

export const timelineResponse = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      kind: enumOf(TIMELINE_KINDS),
      action: Type.String(),
      at: dateTime,
      actorName: nullableString,
    }),
  ),
});

export const supplierDecisionResponse = Type.Object({
  calloffId: Type.String(),
  calloffTitle: Type.String(),
  buyerName: Type.String(),
  won: Type.Boolean(),
  winnerName: Type.String(),
  ownRank: nullableInteger,
  rankedCount: Type.Integer(),
  position: Type.String(),
  reasons: Type.String(),
  standstillUntil: nullableDateTime,
  decidedAt: dateTime,
});
