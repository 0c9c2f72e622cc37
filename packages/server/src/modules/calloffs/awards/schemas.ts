// JSON schemas of the awards routes.
import { LOCALES } from '../../../platform/i18n.ts';
import {
  dateTime,
  nonBlankText,
  nullableDateTime,
  plainDate,
  uuid,
  version,
} from '../../../platform/schemas.ts';
import { calloffDetail } from '../calloffs/schemas.ts';

export const bidParams = {
  type: 'object',
  required: ['orgId', 'calloffId', 'bidId'],
  additionalProperties: false,
  properties: { orgId: uuid, calloffId: uuid, bidId: uuid },
} as const;

export const localeQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { locale: { type: 'string', enum: [...LOCALES] } },
} as const;

export const setAsideBody = {
  type: 'object',
  required: ['reason'],
  additionalProperties: false,
  properties: { reason: nonBlankText(1000) },
} as const;

export const awardBody = {
  type: 'object',
  required: ['version', 'bidId', 'reasons', 'standstill'],
  additionalProperties: false,
  properties: {
    version,
    bidId: uuid,
    reasons: nonBlankText(4000),
    standstill: { type: 'boolean' },
  },
} as const;

export const orderBody = {
  type: 'object',
  required: ['version', 'startDate', 'endDate'],
  additionalProperties: false,
  properties: { version, startDate: plainDate, endDate: plainDate },
} as const;

const str = { type: 'string' } as const;
const nullableStr = { type: ['string', 'null'] } as const;
const nullableInt = { type: ['integer', 'null'] } as const;
const named = {
  type: ['object', 'null'],
  properties: { id: str, name: str },
} as const;

const comparisonValue = {
  type: ['object', 'null'],
  properties: {
    kind: str,
    amountMinor: nullableInt,
    qualityPoints: nullableInt,
    exact: {
      type: ['object', 'null'],
      properties: { numerator: str, denominator: str },
    },
    decimal: nullableStr,
    priceScore: nullableStr,
    qualityScore: nullableStr,
  },
} as const;

const bid = {
  type: 'object',
  properties: {
    bidId: str,
    supplierId: str,
    supplierName: str,
    outcome: str,
    rank: nullableInt,
    unitPriceMinor: { type: 'integer' },
    priceMinor: { type: 'integer' },
    deductions: {
      type: 'array',
      items: {
        type: 'object',
        properties: { requirementId: str, title: str, amountMinor: { type: 'integer' } },
      },
    },
    points: {
      type: 'array',
      items: {
        type: 'object',
        properties: { requirementId: str, title: str, points: { type: 'integer' } },
      },
    },
    comparisonValue,
    tieDecidedBy: nullableStr,
    setAsideReasons: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          kind: str,
          requirementId: nullableStr,
          title: nullableStr,
          failure: nullableStr,
          minimum: { type: ['number', 'null'] },
          answered: { type: ['number', 'null'] },
          reason: nullableStr,
        },
      },
    },
    receivedAt: dateTime,
    receiptVerified: { type: 'boolean' },
    consultant: named,
    establishment: named,
    earliestStart: str,
    validUntil: str,
  },
} as const;

export const evaluationResponse = {
  type: 'object',
  properties: {
    calloffId: str,
    status: str,
    version: { type: 'integer' },
    model: { type: 'object', additionalProperties: true },
    currency: str,
    unitsOnBasis: { type: 'integer' },
    tieRule: { type: 'array', items: str },
    drawingSeed: str,
    warnings: { type: 'array', items: str },
    bids: { type: 'array', items: bid },
    decision: {
      type: ['object', 'null'],
      properties: {
        id: str,
        bidId: str,
        supplierId: str,
        supplierName: str,
        reasons: str,
        decidedAt: dateTime,
        decidedBy: str,
        standstillUntil: nullableDateTime,
        orderAllowed: { type: 'boolean' },
        order: {
          type: ['object', 'null'],
          properties: { id: str, reference: str },
        },
      },
    },
  },
} as const;

export const orderedResponse = {
  type: 'object',
  properties: {
    ...calloffDetail.properties,
    order: { type: 'object', properties: { id: str, reference: str } },
  },
} as const;

export const timelineResponse = {
  type: 'object',
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        properties: { id: str, kind: str, action: str, at: dateTime, actorName: nullableStr },
      },
    },
  },
} as const;

export const supplierDecisionResponse = {
  type: 'object',
  properties: {
    calloffId: str,
    calloffTitle: str,
    buyerName: str,
    won: { type: 'boolean' },
    winnerName: str,
    ownRank: nullableInt,
    rankedCount: { type: 'integer' },
    position: str,
    reasons: str,
    standstillUntil: nullableDateTime,
    decidedAt: dateTime,
  },
} as const;

export const fileResponse = {
  type: 'string',
  format: 'binary',
  description: 'The decision as a PDF, with its Content-Type and Content-Disposition',
} as const;
