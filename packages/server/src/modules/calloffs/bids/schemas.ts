// JSON schemas of the bids routes. What a bid says is checked against the call-off in the service
// (its requirements, the supplier's consultants and establishments); here only its shape.
import { nullableString, plainDate, text, uuid, version } from '../../../platform/schemas.ts';
import { MAX_REQUIREMENTS } from '../calloffs/schemas.ts';

/** A unit price beyond 100 million in the currency's major unit is a typing error, not a bid. */
export const MAX_UNIT_PRICE_MINOR = 10_000_000_000;

export const tenderParams = {
  type: 'object',
  required: ['orgId', 'calloffId'],
  additionalProperties: false,
  properties: { orgId: uuid, calloffId: uuid },
} as const;

// One type list, not anyOf: with type coercion on, an anyOf whose first branch is boolean would
// turn the numbers 0 and 1 into false and true; a type list coerces only what matches no type.
const answer = { type: ['boolean', 'number'], minimum: 0, maximum: 1_000_000_000 } as const;
const evidence = text(4000);

export const bidBody = {
  type: 'object',
  required: [
    'unitPriceMinor',
    'answers',
    'evidence',
    'consultantId',
    'establishmentId',
    'earliestStart',
    'validUntil',
    'note',
  ],
  additionalProperties: false,
  properties: {
    version,
    unitPriceMinor: { type: 'integer', minimum: 0, maximum: MAX_UNIT_PRICE_MINOR },
    answers: {
      type: 'object',
      maxProperties: MAX_REQUIREMENTS,
      propertyNames: uuid,
      additionalProperties: answer,
    },
    evidence: {
      type: 'object',
      maxProperties: MAX_REQUIREMENTS,
      propertyNames: uuid,
      additionalProperties: evidence,
    },
    consultantId: { ...uuid, type: ['string', 'null'] },
    establishmentId: { ...uuid, type: ['string', 'null'] },
    earliestStart: plainDate,
    validUntil: plainDate,
    note: text(2000),
  },
} as const;

const receipt = {
  type: 'object',
  properties: { sha256: { type: 'string' }, receivedAt: { type: 'string' } },
} as const;

const bidResultProperties = {
  bidId: { type: 'string' },
  status: { type: 'string', enum: ['submitted', 'withdrawn'] },
  version: { type: 'integer' },
  receipt,
  needsReview: { type: 'boolean' },
} as const;

/** The answer to a submission, replacement or withdrawal: the state and the receipt. */
export const bidResult = { type: 'object', properties: bidResultProperties } as const;

/** The supplier's own bid as its author reads it. */
export const ownBid = {
  type: 'object',
  properties: {
    ...bidResultProperties,
    firstReceivedAt: { type: 'string' },
    replacements: { type: 'integer' },
    withdrawnAt: nullableString,
    content: {
      type: 'object',
      properties: {
        unitPriceMinor: { type: 'integer' },
        currency: { type: 'string' },
        unit: { type: 'string' },
        answers: {
          type: 'object',
          additionalProperties: { type: ['boolean', 'number'] },
        },
        evidence: { type: 'object', additionalProperties: { type: 'string' } },
        consultantId: nullableString,
        establishmentId: nullableString,
        earliestStart: { type: 'string' },
        validUntil: { type: 'string' },
        note: { type: 'string' },
      },
    },
  },
} as const;

export const opening = {
  type: 'object',
  properties: { openedAt: nullableString, openedBy: nullableString },
} as const;
