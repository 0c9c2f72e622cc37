// JSON schemas of the invitations routes.
import { calloffDetail } from '../calloffs/schemas.ts';
import {
  dateTime,
  nonBlankText,
  nullableDateTime,
  nullableString,
  text,
  uuid,
  version,
} from '../../../platform/schemas.ts';

/** An instant with its offset; this century only (no tender period reaches further). */
const instant = {
  type: 'string',
  format: 'date-time',
  maxLength: 40,
  pattern: '^20[0-9]{2}-',
} as const;

export const tenderParams = {
  type: 'object',
  required: ['orgId', 'calloffId'],
  additionalProperties: false,
  properties: { orgId: uuid, calloffId: uuid },
} as const;

export const questionParams = {
  type: 'object',
  required: ['orgId', 'calloffId', 'questionId'],
  additionalProperties: false,
  properties: { orgId: uuid, calloffId: uuid, questionId: uuid },
} as const;

export const inboxQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    before: uuid,
    limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
  },
} as const;

export const publishBody = {
  type: 'object',
  required: ['version', 'requestText', 'tenderDeadline', 'costCentre'],
  additionalProperties: false,
  properties: {
    version,
    requestText: text(8000),
    tenderDeadline: instant,
    costCentre: text(100),
  },
} as const;

export const changeBody = {
  type: 'object',
  required: ['version', 'summary', 'requestText', 'tenderDeadline'],
  additionalProperties: false,
  properties: {
    version,
    summary: nonBlankText(1000),
    requestText: text(8000),
    tenderDeadline: instant,
  },
} as const;

export const questionBody = {
  type: 'object',
  required: ['question'],
  additionalProperties: false,
  properties: { question: nonBlankText(2000) },
} as const;

export const answerBody = {
  type: 'object',
  required: ['answer'],
  additionalProperties: false,
  properties: { answer: nonBlankText(4000) },
} as const;

export const declineBody = {
  type: 'object',
  required: ['reason'],
  additionalProperties: false,
  properties: { reason: nonBlankText(1000) },
} as const;

// ---- responses --------------------------------------------------------------------------------

const supplierRef = {
  type: 'object',
  properties: { supplierId: { type: 'string' }, name: { type: 'string' } },
} as const;
const minimum = {
  type: ['object', 'null'],
  properties: { days: { type: 'integer' }, basis: { type: 'string' } },
} as const;
const tieRule = { type: 'array', items: { type: 'string' } } as const;

export const publicationResponse = {
  type: 'object',
  properties: {
    calloffId: { type: 'string' },
    status: { type: 'string' },
    procedure: { type: 'string' },
    country: { type: 'string' },
    tieRule,
    minimum,
    earliestDeadline: nullableString,
    preview: {
      type: ['object', 'null'],
      properties: {
        invited: { type: 'array', items: supplierRef },
        leftOut: {
          type: 'array',
          items: {
            ...supplierRef,
            properties: { ...supplierRef.properties, reason: { type: 'string' } },
          },
        },
        setupProblems: {
          type: 'array',
          items: {
            type: 'object',
            properties: { code: { type: 'string' }, requirementPosition: { type: 'integer' } },
          },
        },
        canPublish: { type: 'boolean' },
      },
    },
    invitations: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          supplierId: { type: 'string' },
          supplierName: { type: 'string' },
          invitedAt: dateTime,
          firstReadAt: nullableDateTime,
          declinedAt: nullableDateTime,
          declineReason: nullableString,
        },
      },
    },
  },
} as const;

const questionProperties = {
  id: { type: 'string' },
  question: { type: 'string' },
  askedAt: dateTime,
  answer: nullableString,
  answeredAt: nullableDateTime,
} as const;

export const buyerQuestion = {
  type: 'object',
  properties: {
    ...questionProperties,
    supplierName: { type: 'string' },
    askedByName: { type: 'string' },
  },
} as const;

export const buyerQuestions = {
  type: 'object',
  properties: { items: { type: 'array', items: buyerQuestion } },
} as const;

/** What a supplier sees of a question: never who asked, only whether it was itself. */
export const supplierQuestion = {
  type: 'object',
  properties: { ...questionProperties, own: { type: 'boolean' } },
} as const;

export const inboxResponse = {
  type: 'object',
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          calloffId: { type: 'string' },
          title: { type: 'string' },
          buyerName: { type: 'string' },
          procedure: { type: 'string' },
          kind: { type: 'string' },
          invitedAt: dateTime,
          deadline: nullableDateTime,
          status: { type: 'string' },
          bidNeedsReview: { type: 'boolean' },
        },
      },
    },
    nextBefore: nullableString,
  },
} as const;

export const tenderResponse = {
  type: 'object',
  properties: {
    calloffId: { type: 'string' },
    title: { type: 'string' },
    buyerName: { type: 'string' },
    country: { type: 'string' },
    procedure: { type: 'string' },
    kind: { type: 'string' },
    calloffStatus: { type: 'string' },
    status: { type: 'string' },
    category: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        sv: { type: 'string' },
        da: { type: 'string' },
        en: { type: 'string' },
      },
    },
    need: { type: 'object', additionalProperties: true },
    requestText: { type: 'string' },
    requirements: calloffDetail.properties.requirements,
    model: calloffDetail.properties.model,
    tieRule,
    expectedVolume: {
      type: 'object',
      properties: { quantity: { type: 'number' }, unit: { type: 'string' } },
    },
    currency: { type: 'string' },
    publishedAt: nullableDateTime,
    deadline: nullableDateTime,
    deadlinePassed: { type: 'boolean' },
    changes: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          changedAt: dateTime,
          summary: { type: 'string' },
          deadlineBefore: dateTime,
          deadlineAfter: dateTime,
        },
      },
    },
    questions: { type: 'array', items: supplierQuestion },
    invitation: {
      type: 'object',
      properties: {
        invitedAt: dateTime,
        firstReadAt: nullableDateTime,
        declinedAt: nullableDateTime,
        declineReason: nullableString,
      },
    },
    bid: {
      type: ['object', 'null'],
      properties: { status: { type: 'string' }, needsReview: { type: 'boolean' } },
    },
  },
} as const;

export const declineResponse = {
  type: 'object',
  properties: { declinedAt: dateTime, declineReason: { type: 'string' } },
} as const;
