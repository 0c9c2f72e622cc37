// The contract of the bids routes. What a bid says is checked against the call-off in the service
// (its requirements, the supplier's consultants and establishments); here only its shape.
import { Type, type Static } from 'typebox';
import {
  amountMinor,
  currency,
  dateTime,
  enumOf,
  nullable,
  nullableDateTime,
  nullableString,
  paramsOf,
  plainDate,
  text,
  unitPriceMinor,
  uuid,
  version,
  versionBody,
} from '../../../platform/schemas.ts';
import { MAX_REQUIREMENTS } from '../calloffs/schemas.ts';

/** A bid stands until its author withdraws it. */
export const BID_STATUSES = ['submitted', 'withdrawn'] as const;

export const tenderParams = paramsOf('orgId', 'calloffId');

// One type list, not anyOf: with type coercion on, an anyOf whose first branch is boolean would
// turn the numbers 0 and 1 into false and true; a type list coerces only what matches no type.
const answer = Type.Unsafe<boolean | number>({
  type: ['boolean', 'number'],
  minimum: 0,
  maximum: 1_000_000_000,
});
const evidence = text(4000);

export const bidBody = Type.Object(
  {
    version: Type.Optional(version),
    unitPriceMinor,
    /** Per requirement id: met (yes/no) or the number offered (minimum requirements). */
    answers: Type.Unsafe<Record<string, boolean | number>>({
      type: 'object',
      maxProperties: MAX_REQUIREMENTS,
      propertyNames: uuid,
      additionalProperties: answer,
    }),
    /** Per requirement id: the supplier's evidence or comment. */
    evidence: Type.Unsafe<Record<string, string>>({
      type: 'object',
      maxProperties: MAX_REQUIREMENTS,
      propertyNames: uuid,
      additionalProperties: evidence,
    }),
    consultantId: nullable(uuid),
    establishmentId: nullable(uuid),
    earliestStart: plainDate,
    validUntil: plainDate,
    note: text(2000),
  },
  { additionalProperties: false },
);
export type BidInput = Static<typeof bidBody>;

/** Opening the bids takes the call-off's version as the buyer read it. */
export const openingBody = versionBody;
export type OpeningInput = Static<typeof openingBody>;

// ---- responses --------------------------------------------------------------------------------

const bidResultProperties = {
  bidId: Type.String(),
  status: enumOf(BID_STATUSES),
  version: Type.Integer(),
  /** What the supplier keeps to show what it gave and when: the seal's hash, the server's time. */
  receipt: Type.Object({ sha256: Type.String(), receivedAt: dateTime }),
  needsReview: Type.Boolean(),
};

/** The answer to a submission, replacement or withdrawal: the state and the receipt. */
export const bidResult = Type.Object(bidResultProperties);

/** The supplier's own bid as its author reads it. */
export const ownBid = Type.Object({
  ...bidResultProperties,
  firstReceivedAt: dateTime,
  replacements: Type.Integer(),
  withdrawnAt: nullableDateTime,
  /** What the bid says, opened from its seal (see content.ts). */
  content: Type.Object({
    unitPriceMinor: amountMinor,
    currency,
    unit: Type.String(),
    answers: Type.Unsafe<Record<string, boolean | number>>({
      type: 'object',
      additionalProperties: { type: ['boolean', 'number'] },
    }),
    evidence: Type.Unsafe<Record<string, string>>({
      type: 'object',
      additionalProperties: { type: 'string' },
    }),
    consultantId: nullableString,
    establishmentId: nullableString,
    earliestStart: Type.String(),
    validUntil: Type.String(),
    note: Type.String(),
  }),
});

export const opening = Type.Object({ openedAt: nullableDateTime, openedBy: nullableString });
