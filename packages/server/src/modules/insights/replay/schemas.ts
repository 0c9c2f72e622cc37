// The replay's one contract: the scope (a call-off, an agreement or DPS, or a period of tender
// deadlines) and the other model in the query, so a replay is a link that can be shared.
import { EVALUATION_BASES, EVALUATION_MODEL_KINDS } from '@tildel/domain/evaluation/index';
import { Type, type Static } from 'typebox';
import { currency, enumOf, nullable, plainDate, uuid } from '../../../platform/schemas.ts';

const weight = Type.Integer({ minimum: 0, maximum: 1000 });

export const replayQuery = Type.Object(
  {
    calloffId: Type.Optional(uuid),
    /** A framework agreement or a DPS. */
    agreementId: Type.Optional(uuid),
    from: Type.Optional(plainDate),
    to: Type.Optional(plainDate),
    model: enumOf(EVALUATION_MODEL_KINDS),
    basis: enumOf(EVALUATION_BASES),
    priceWeight: Type.Optional(weight),
    qualityWeight: Type.Optional(weight),
  },
  { additionalProperties: false },
);
export type ReplayQuery = Static<typeof replayQuery>;

export const REFUSAL_CODES = ['not_opened', 'not_awarded', 'model_not_applicable'] as const;

const winner = Type.Object({
  bidId: Type.String(),
  supplierName: Type.String(),
  unitPriceMinor: Type.Integer(),
  /** The unit price times the expected volume. */
  costMinor: Type.Integer(),
});

const source = nullable(
  Type.Object({ id: Type.String(), reference: Type.String(), title: Type.String() }),
);

const total = {
  currency,
  calloffs: Type.Integer(),
  otherWinner: Type.Integer({ description: 'Call-offs another bid would have won' }),
  actualCostMinor: Type.Integer(),
  replayedCostMinor: Type.Integer(),
  differenceMinor: Type.Integer({ description: 'Replayed minus actual: below zero is cheaper' }),
};

export const replayResponse = Type.Object({
  rows: Type.Array(
    Type.Object({
      calloffId: Type.String(),
      title: Type.String(),
      municipalityName: Type.String(),
      source,
      tenderDeadline: Type.String(),
      period: Type.String(),
      currency,
      outcome: enumOf(['replayed', 'refused'] as const),
      refusal: nullable(enumOf(REFUSAL_CODES)),
      /** For a model that cannot value the bids: the setup problem codes (e.g. no quality points). */
      problems: Type.Array(Type.String()),
      actual: nullable(winner),
      replayed: nullable(winner),
      differenceMinor: nullable(Type.Integer()),
    }),
  ),
  /** True when more call-offs matched than are replayed at once: narrow the scope. */
  more: Type.Boolean(),
  byAgreement: Type.Array(Type.Object({ source, ...total })),
  byPeriod: Type.Array(Type.Object({ period: Type.String(), ...total })),
});
