// JSON schemas of the call-offs routes. The shapes mirror packages/domain/src/evaluation; the rules
// on values (duplicates, weights, minimums) are the domain's, so messages can say why.
import { EVALUATION_BASES, EVALUATION_MODEL_KINDS } from '@tildel/domain/evaluation/index';
import { CALLOFF_PROCEDURES } from '@tildel/domain/procedures/derive';
import { nonBlankText, text, uuid, version } from '../../../platform/schemas.ts';

export const CALLOFF_STATUSES = [
  'draft',
  'open',
  'offering',
  'evaluation',
  'awarded',
  'ordered',
  'unfulfilled',
  'cancelled',
] as const;
export const MAX_REQUIREMENTS = 50;

const wholeNumber = (maximum: number) => ({ type: 'integer', minimum: 0, maximum }) as const;

export const calloffParams = {
  type: 'object',
  required: ['orgId', 'calloffId'],
  additionalProperties: false,
  properties: { orgId: uuid, calloffId: uuid },
} as const;

export const listQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    status: { type: 'string', enum: [...CALLOFF_STATUSES] },
    procedure: { type: 'string', enum: [...CALLOFF_PROCEDURES] },
    before: uuid,
    limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
  },
} as const;

/** A lot of an agreement, or a category of a DPS: one of the need's call-off options. */
export const createBody = {
  type: 'object',
  required: ['needId'],
  additionalProperties: false,
  properties: { needId: uuid, lotId: uuid, dpsId: uuid, categoryId: uuid },
  oneOf: [
    {
      required: ['lotId'],
      not: { anyOf: [{ required: ['dpsId'] }, { required: ['categoryId'] }] },
    },
    { required: ['dpsId', 'categoryId'], not: { required: ['lotId'] } },
  ],
} as const;

const requirement = {
  type: 'object',
  required: ['level', 'title', 'criterion'],
  additionalProperties: false,
  properties: {
    level: { type: 'string', enum: ['must', 'should'] },
    title: text(300),
    criterion: {
      type: 'object',
      required: ['kind'],
      additionalProperties: false,
      properties: {
        kind: { type: 'string', enum: ['yes_no', 'minimum'] },
        minimum: { type: 'number', minimum: -1_000_000, maximum: 1_000_000 },
      },
    },
    value: {
      type: ['object', 'null'],
      required: ['kind'],
      additionalProperties: false,
      properties: {
        kind: { type: 'string', enum: ['deduction', 'points'] },
        amountMinor: { type: 'integer', minimum: -100_000_000, maximum: 100_000_000 },
        points: { type: 'integer', minimum: -1_000_000, maximum: 1_000_000 },
      },
    },
  },
} as const;

const model = {
  type: 'object',
  required: ['kind', 'basis'],
  additionalProperties: false,
  properties: {
    kind: { type: 'string', enum: [...EVALUATION_MODEL_KINDS] },
    basis: { type: 'string', enum: [...EVALUATION_BASES] },
    priceWeight: wholeNumber(1000),
    qualityWeight: wholeNumber(1000),
  },
} as const;

export const evaluationBody = {
  type: 'object',
  required: ['version', 'requirements', 'model'],
  additionalProperties: false,
  properties: {
    version,
    requirements: { type: 'array', items: requirement, maxItems: MAX_REQUIREMENTS },
    model,
  },
} as const;

export const cancelBody = {
  type: 'object',
  required: ['version', 'reason'],
  additionalProperties: false,
  properties: { version, reason: nonBlankText(1000) },
} as const;

const why = {
  type: 'object',
  properties: { code: { type: 'string' }, params: { type: 'object', additionalProperties: true } },
} as const;

const named = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    sv: { type: 'string' },
    da: { type: 'string' },
    en: { type: 'string' },
  },
} as const;

const summaryProperties = {
  id: { type: 'string' },
  status: { type: 'string' },
  title: { type: 'string' },
  procedure: { type: 'string' },
  needId: { type: 'string' },
  needTitle: { type: 'string' },
  kind: { type: 'string' },
  source: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      reference: { type: 'string' },
      title: { type: 'string' },
    },
  },
  lot: {
    type: ['object', 'null'],
    properties: { id: { type: 'string' }, number: { type: 'integer' }, name: { type: 'string' } },
  },
  category: named,
  createdAt: { type: 'string', format: 'date-time' },
  updatedAt: { type: 'string', format: 'date-time' },
  version: { type: 'integer' },
} as const;

export const calloffSummary = { type: 'object', properties: summaryProperties } as const;

const requirementView = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    position: { type: 'integer' },
    level: { type: 'string' },
    title: { type: 'string' },
    criterion: {
      type: 'object',
      properties: { kind: { type: 'string' }, minimum: { type: 'number' } },
    },
    value: {
      type: ['object', 'null'],
      properties: {
        kind: { type: 'string' },
        amountMinor: { type: 'integer' },
        currency: { type: 'string' },
        points: { type: 'integer' },
      },
    },
  },
} as const;

export const calloffDetail = {
  type: 'object',
  properties: {
    ...summaryProperties,
    why,
    expectedVolume: {
      type: 'object',
      properties: { quantity: { type: 'number' }, unit: { type: 'string' } },
    },
    currency: { type: 'string' },
    need: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        kind: { type: 'string' },
        title: { type: 'string' },
        status: { type: 'string' },
        summary: { type: 'object', additionalProperties: true },
      },
    },
    requirements: { type: 'array', items: requirementView },
    model,
    setupProblems: {
      type: 'array',
      items: {
        type: 'object',
        properties: { code: { type: 'string' }, requirementPosition: { type: 'integer' } },
      },
    },
    warning: { type: ['string', 'null'] },
    createdBy: {
      type: 'object',
      properties: { id: { type: 'string' }, name: { type: 'string' } },
    },
    cancelledReason: { type: ['string', 'null'] },
    requestText: { type: 'string' },
    costCentre: { type: ['string', 'null'] },
    publishedAt: { type: ['string', 'null'], format: 'date-time' },
    tenderDeadline: { type: ['string', 'null'], format: 'date-time' },
    openedAt: { type: ['string', 'null'], format: 'date-time' },
    responseWindow: {
      type: ['object', 'null'],
      properties: { unit: { type: 'string' }, amount: { type: 'integer' } },
    },
    bidCount: { type: 'integer' },
    deadlinePassed: { type: 'boolean' },
  },
} as const;
