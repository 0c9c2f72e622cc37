// JSON schemas of the corrections routes: what may come in, what goes out.
import {
  base64MaxLength,
  locale,
  nonBlankText,
  nullableString,
  plainDate,
  text,
  uploadedFile,
  uuid,
  version,
} from '../../../platform/schemas.ts';
import { EVIDENCE_FILES } from './supplier-service.ts';

export const requestParams = {
  type: 'object',
  required: ['orgId', 'requestId'],
  additionalProperties: false,
  properties: { orgId: uuid, requestId: uuid },
} as const;

export const evidenceParams = {
  type: 'object',
  required: ['orgId', 'requestId', 'fileId'],
  additionalProperties: false,
  properties: { orgId: uuid, requestId: uuid, fileId: uuid },
} as const;

export const listQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { supplierId: uuid },
} as const;

export const letterQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { locale },
} as const;

const nullableUuid = { ...uuid, type: ['string', 'null'] } as const;

export const createBody = {
  type: 'object',
  required: ['agreementId', 'supplierId', 'requirementIds', 'description'],
  additionalProperties: false,
  properties: {
    agreementId: uuid,
    supplierId: uuid,
    establishmentId: nullableUuid,
    visitId: nullableUuid,
    requirementIds: { type: 'array', items: uuid, minItems: 1, maxItems: 50, uniqueItems: true },
    description: nonBlankText(8000),
    deadline: { ...plainDate, type: ['string', 'null'] },
  },
} as const;

export const decisionBody = {
  type: 'object',
  required: ['version', 'decision'],
  additionalProperties: false,
  properties: {
    version,
    decision: { type: 'string', enum: ['accepted', 'rejected'] },
    reason: text(4000),
  },
} as const;

/** The longest base64 one evidence file may take in a body. */
export const MAX_BASE64 = base64MaxLength(EVIDENCE_FILES.maxBytes);
export const MAX_EVIDENCE = 5;

export const answerBody = {
  type: 'object',
  required: ['version', 'actionPlan', 'evidence'],
  additionalProperties: false,
  properties: {
    version,
    actionPlan: nonBlankText(8000),
    evidence: {
      type: 'array',
      maxItems: MAX_EVIDENCE,
      items: uploadedFile(EVIDENCE_FILES.maxBytes),
    },
  },
} as const;

const named = {
  type: 'object',
  properties: { id: { type: 'string' }, name: { type: 'string' } },
} as const;

const summaryProperties = {
  id: { type: 'string' },
  body: named,
  agreement: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      reference: { type: 'string' },
      title: { type: 'string' },
    },
  },
  supplier: named,
  establishment: { ...named, type: ['object', 'null'] },
  visitId: nullableString,
  description: { type: 'string' },
  country: { type: 'string' },
  sentOn: { type: 'string' },
  deadline: { type: 'string' },
  state: { type: 'string', enum: ['open', 'answered', 'accepted', 'rejected', 'overdue'] },
  overdueFlaggedAt: { type: ['string', 'null'], format: 'date-time' },
  createdAt: { type: 'string', format: 'date-time' },
  version: { type: 'integer' },
} as const;

export const requestList = {
  type: 'object',
  properties: {
    items: { type: 'array', items: { type: 'object', properties: summaryProperties } },
  },
} as const;

export const requestDetail = {
  type: 'object',
  properties: {
    ...summaryProperties,
    requirements: {
      type: 'array',
      items: {
        type: 'object',
        properties: { id: { type: 'string' }, kind: { type: 'string' }, text: { type: 'string' } },
      },
    },
    answers: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          actionPlan: { type: 'string' },
          answeredBy: { type: 'string' },
          answeredAt: { type: 'string', format: 'date-time' },
          evidence: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                id: { type: 'string' },
                fileName: { type: 'string' },
                contentType: { type: 'string' },
                sizeBytes: { type: 'integer' },
              },
            },
          },
          decision: { type: ['string', 'null'], enum: ['accepted', 'rejected', null] },
          decisionReason: nullableString,
          decidedBy: nullableString,
          decidedAt: { type: ['string', 'null'], format: 'date-time' },
        },
      },
    },
  },
} as const;

export const fileResponse = {
  type: 'string',
  format: 'binary',
  description: 'The file, with its Content-Type and Content-Disposition',
} as const;

export const choices = {
  type: 'object',
  properties: {
    agreements: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          reference: { type: 'string' },
          title: { type: 'string' },
          country: { type: 'string' },
          suppliers: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                id: { type: 'string' },
                name: { type: 'string' },
                establishments: { type: 'array', items: named },
              },
            },
          },
          requirements: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                id: { type: 'string' },
                kind: { type: 'string' },
                text: { type: 'string' },
              },
            },
          },
        },
      },
    },
  },
} as const;
