// JSON schemas of the cascade routes. Window amounts and skip texts are only bounded here: the
// domain decides what is allowed (1..max, non-blank text) so its messages can say why.
import { RESPONSE_WINDOW_UNITS, SKIP_REASON_CODES } from '@tildel/domain/procedures/ranking';
import {
  dateTime,
  nullableDateTime,
  nullableString,
  text,
  uuid,
  version,
} from '../../../platform/schemas.ts';
import { CALLOFF_STATUSES } from '../calloffs/schemas.ts';

export const MAX_SKIPS = 100;

export const agreementParams = {
  type: 'object',
  required: ['orgId', 'agreementId'],
  additionalProperties: false,
  properties: { orgId: uuid, agreementId: uuid },
} as const;

const window = {
  type: 'object',
  required: ['unit', 'amount'],
  additionalProperties: false,
  properties: {
    unit: { type: 'string', enum: [...RESPONSE_WINDOW_UNITS] },
    amount: { type: 'integer', minimum: -1_000_000, maximum: 1_000_000 },
  },
} as const;

const skipProperties = {
  supplierId: uuid,
  code: { type: 'string', enum: [...SKIP_REASON_CODES] },
  text: text(2000),
} as const;

export const startBody = {
  type: 'object',
  required: ['version', 'requestText', 'window', 'skips'],
  additionalProperties: false,
  properties: {
    version,
    requestText: text(10_000),
    costCentre: { ...text(100), type: ['string', 'null'] },
    window,
    skips: {
      type: 'array',
      maxItems: MAX_SKIPS,
      items: {
        type: 'object',
        required: ['supplierId', 'code', 'text'],
        additionalProperties: false,
        properties: skipProperties,
      },
    },
  },
} as const;

export const skipBody = {
  type: 'object',
  required: ['version', 'supplierId', 'code', 'text'],
  additionalProperties: false,
  properties: { version, ...skipProperties },
} as const;

/** Accepting carries nothing: who accepts is the session, what is accepted the offer. */
export const acceptBody = { type: 'object', additionalProperties: false, properties: {} } as const;

export const declineBody = {
  type: 'object',
  required: ['reason'],
  additionalProperties: false,
  properties: { reason: text(2000) },
} as const;

const nullableInteger = { type: ['integer', 'null'] } as const;

export const cascadeView = {
  type: 'object',
  properties: {
    calloffId: uuid,
    status: { type: 'string', enum: [...CALLOFF_STATUSES] },
    version: { type: 'integer' },
    country: { type: 'string' },
    window: {
      type: ['object', 'null'],
      properties: { unit: { type: 'string' }, amount: { type: 'integer' } },
    },
    started: { type: 'boolean' },
    suppliers: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          supplierId: uuid,
          name: { type: 'string' },
          rank: { type: 'integer' },
          status: { type: 'string', enum: ['active', 'hidden', 'terminated'] },
          waiting: { type: 'boolean' },
        },
      },
    },
    steps: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          kind: { type: 'string' },
          supplierId: nullableString,
          supplierName: nullableString,
          rank: nullableInteger,
          at: dateTime,
          deadline: nullableDateTime,
          standing: nullableString,
          reasonCode: nullableString,
          reasonText: nullableString,
        },
      },
    },
    currentOffer: {
      type: ['object', 'null'],
      properties: {
        supplierId: uuid,
        supplierName: { type: 'string' },
        rank: { type: 'integer' },
        offeredAt: dateTime,
        deadline: dateTime,
      },
    },
    outcome: {
      type: ['object', 'null'],
      properties: {
        kind: { type: 'string', enum: ['awaiting_response', 'order', 'no_supplier'] },
        supplierId: nullableString,
        supplierName: nullableString,
        orderId: nullableString,
        orderReference: nullableString,
      },
    },
  },
} as const;

export const offerView = {
  type: 'object',
  properties: {
    calloffId: uuid,
    title: { type: 'string' },
    country: { type: 'string' },
    status: { type: 'string', enum: ['offered', 'accepted', 'declined', 'expired', 'withdrawn'] },
    offeredAt: dateTime,
    deadline: dateTime,
    deadlinePassed: { type: 'boolean' },
    respondedAt: nullableDateTime,
    declineReason: nullableString,
    orderId: nullableString,
    orderReference: nullableString,
  },
} as const;

export const deviationReport = {
  type: 'object',
  properties: {
    agreement: {
      type: 'object',
      properties: { id: uuid, reference: { type: 'string' }, title: { type: 'string' } },
    },
    items: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: uuid,
          decidedAt: dateTime,
          municipality: { type: 'object', properties: { id: uuid, name: { type: 'string' } } },
          calloff: { type: 'object', properties: { id: uuid, title: { type: 'string' } } },
          lot: {
            type: 'object',
            properties: { id: uuid, number: { type: 'integer' }, name: { type: 'string' } },
          },
          supplier: {
            type: 'object',
            properties: { id: uuid, name: { type: 'string' }, rank: { type: 'integer' } },
          },
          reasonCode: { type: 'string', enum: [...SKIP_REASON_CODES] },
          reasonText: { type: 'string' },
        },
      },
    },
  },
} as const;
