// JSON schemas of the orders routes. Money leaves as minor units in a string (bigint), exactly.
import { nonBlankText, plainDate, storableText, uuid, version } from '../../../platform/schemas.ts';

export const ORDER_STATUSES = ['active', 'ended'] as const;
export const ADJUSTMENT_KINDS = ['extension', 'adjustment', 'ended'] as const;
/** 100 million per unit and 100 000 units keep every expected total a safe integer of minor units. */
export const MAX_UNIT_PRICE_MINOR = 10_000_000_000;
export const MAX_VOLUME = 100_000;

export const orderParams = {
  type: 'object',
  required: ['orgId', 'orderId'],
  additionalProperties: false,
  properties: { orgId: uuid, orderId: uuid },
} as const;

export const listQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    status: { type: 'string', enum: [...ORDER_STATUSES] },
    before: uuid,
    limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
  },
} as const;

export const adjustmentBody = {
  type: 'object',
  required: ['version', 'kind', 'reason'],
  additionalProperties: false,
  properties: {
    version,
    kind: { type: 'string', enum: [...ADJUSTMENT_KINDS] },
    endDate: plainDate,
    expectedVolume: { type: 'number', minimum: 0, maximum: MAX_VOLUME },
    unitPriceMinor: { type: 'integer', minimum: 0, maximum: MAX_UNIT_PRICE_MINOR },
    costCentre: { type: ['string', 'null'], maxLength: 100, pattern: storableText },
    reason: nonBlankText(2000),
  },
} as const;

const named = {
  type: 'object',
  properties: { id: { type: 'string' }, name: { type: 'string' } },
} as const;

const summaryProperties = {
  id: { type: 'string' },
  reference: { type: 'string' },
  status: { type: 'string' },
  calloffTitle: { type: 'string' },
  municipality: named,
  supplier: named,
  consultantName: { type: ['string', 'null'] },
  establishmentName: { type: ['string', 'null'] },
  service: {
    type: ['object', 'null'],
    properties: { sv: { type: 'string' }, da: { type: 'string' }, en: { type: 'string' } },
  },
  unitPriceMinor: { type: 'string', description: 'Minor units (öre, øre, cent), exact' },
  currency: { type: 'string' },
  unit: { type: 'string' },
  startDate: { type: 'string', format: 'date' },
  endDate: { type: ['string', 'null'], format: 'date' },
  expectedVolume: { type: 'string', description: 'A decimal, exact' },
  costCentre: { type: ['string', 'null'], description: 'The municipality only' },
  createdAt: { type: 'string', format: 'date-time' },
  version: { type: 'integer' },
} as const;

export const orderSummary = { type: 'object', properties: summaryProperties } as const;

const change = {
  type: 'object',
  properties: {
    field: { type: 'string' },
    before: { type: ['string', 'null'] },
    after: { type: ['string', 'null'] },
  },
} as const;

export const orderDetail = {
  type: 'object',
  properties: {
    ...summaryProperties,
    expectedTotalMinor: { type: 'string' },
    calloffId: { type: ['string', 'null'], description: 'The buyer only' },
    updatedAt: { type: 'string', format: 'date-time' },
    adjustments: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          kind: { type: 'string' },
          changes: { type: 'array', items: change },
          reason: { type: 'string' },
          madeBy: { type: 'object', properties: { name: { type: 'string' } } },
          madeAt: { type: 'string', format: 'date-time' },
        },
      },
    },
  },
} as const;

export const pdfResponse = {
  type: 'string',
  format: 'binary',
  description: 'The order document (application/pdf)',
} as const;
