// JSON schemas of the dps routes: what may come in, what goes out.
import { APPLICATION_STATUSES } from '@tildel/domain/qualification';
import {
  country,
  nonBlankText,
  nullableString,
  plainDate,
  storableText,
  text,
  uuid,
  version,
} from '../../../platform/schemas.ts';

export const dpsParams = {
  type: 'object',
  required: ['orgId', 'dpsId'],
  additionalProperties: false,
  properties: { orgId: uuid, dpsId: uuid },
} as const;

export const applicationParams = {
  type: 'object',
  required: ['orgId', 'dpsId', 'applicationId'],
  additionalProperties: false,
  properties: { orgId: uuid, dpsId: uuid, applicationId: uuid },
} as const;

export const ownApplicationParams = {
  type: 'object',
  required: ['orgId', 'applicationId'],
  additionalProperties: false,
  properties: { orgId: uuid, applicationId: uuid },
} as const;

export const requestParams = {
  type: 'object',
  required: ['orgId', 'requestId'],
  additionalProperties: false,
  properties: { orgId: uuid, requestId: uuid },
} as const;

export const queueQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { status: { type: 'string', enum: [...APPLICATION_STATUSES] } },
} as const;

export const createBody = {
  type: 'object',
  required: [
    'reference',
    'title',
    'country',
    'validFrom',
    'validTo',
    'initialPeriodEndsOn',
    'ownerIsCentralPurchasingBody',
    'categoryIds',
    'requirements',
  ],
  additionalProperties: false,
  properties: {
    reference: nonBlankText(60),
    title: nonBlankText(200),
    description: text(4000),
    country,
    validFrom: plainDate,
    validTo: plainDate,
    initialPeriodEndsOn: plainDate,
    ownerIsCentralPurchasingBody: { type: 'boolean' },
    agreedTenderPeriodDays: { type: ['integer', 'null'], minimum: 1, maximum: 60 },
    categoryIds: { type: 'array', items: uuid, minItems: 1, maxItems: 50, uniqueItems: true },
    municipalityIds: { type: 'array', items: uuid, maxItems: 400, uniqueItems: true },
    requirements: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        required: ['kind', 'textSv', 'textDa', 'textEn'],
        additionalProperties: false,
        properties: {
          kind: { type: 'string', enum: ['declaration', 'numeric_minimum', 'document'] },
          textSv: nonBlankText(1000),
          textDa: nonBlankText(1000),
          textEn: nonBlankText(1000),
          minimum: { type: ['number', 'null'], minimum: 0, maximum: 1e12 },
          unit: { type: ['string', 'null'], maxLength: 20, pattern: storableText },
          documentKind: {
            type: ['string', 'null'],
            enum: [
              'insurance',
              'tax_certificate',
              'social_security_certificate',
              'collective_agreement',
              'quality_system',
              'financial_statement',
              'other',
              null,
            ],
          },
        },
      },
    },
  },
} as const;

export const versionBody = {
  type: 'object',
  required: ['version'],
  additionalProperties: false,
  properties: { version },
} as const;

export const reasonBody = {
  type: 'object',
  required: ['reason', 'version'],
  additionalProperties: false,
  properties: { reason: nonBlankText(2000), version },
} as const;

export const validityBody = {
  type: 'object',
  required: ['validTo', 'reason', 'version'],
  additionalProperties: false,
  properties: { validTo: plainDate, reason: nonBlankText(2000), version },
} as const;

export const declarationRequestBody = {
  type: 'object',
  required: ['supplierId'],
  additionalProperties: false,
  properties: { supplierId: uuid },
} as const;

const answer = {
  oneOf: [
    {
      type: 'object',
      required: ['requirementId', 'declared'],
      additionalProperties: false,
      properties: { requirementId: uuid, declared: { type: 'boolean' } },
    },
    {
      type: 'object',
      required: ['requirementId', 'value'],
      additionalProperties: false,
      properties: { requirementId: uuid, value: { type: 'number', minimum: 0, maximum: 1e12 } },
    },
    {
      type: 'object',
      required: ['requirementId', 'documentId'],
      additionalProperties: false,
      properties: { requirementId: uuid, documentId: uuid },
    },
  ],
} as const;

export const applyBody = {
  type: 'object',
  required: ['categoryIds', 'answers'],
  additionalProperties: false,
  properties: {
    categoryIds: { type: 'array', items: uuid, minItems: 1, maxItems: 50, uniqueItems: true },
    answers: { type: 'array', items: answer, maxItems: 100 },
  },
} as const;

export const declarationAnswerBody = {
  type: 'object',
  required: ['answers'],
  additionalProperties: false,
  properties: {
    answers: {
      type: 'array',
      maxItems: 100,
      items: {
        type: 'object',
        required: ['requirementId', 'declared'],
        additionalProperties: false,
        properties: { requirementId: uuid, declared: { type: 'boolean' } },
      },
    },
  },
} as const;

// ---- responses -----------------------------------------------------------------------------------

const ref = {
  type: 'object',
  properties: { id: { type: 'string' }, name: { type: 'string' } },
} as const;

export const category = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    code: { type: 'string' },
    name: { type: 'string' },
    myStatus: nullableString,
  },
} as const;

export const requirement = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    position: { type: 'integer' },
    kind: { type: 'string' },
    text: { type: 'string' },
    minimum: { type: ['number', 'null'] },
    unit: nullableString,
    documentKind: nullableString,
  },
} as const;

const validityChange = {
  type: 'object',
  properties: {
    previousValidTo: { type: 'string' },
    newValidTo: { type: 'string' },
    reason: { type: 'string' },
    at: { type: 'string', format: 'date-time' },
  },
} as const;

const systemProperties = {
  id: { type: 'string' },
  reference: { type: 'string' },
  title: { type: 'string' },
  description: { type: 'string' },
  country: { type: 'string' },
  status: { type: 'string' },
  validFrom: { type: 'string' },
  validTo: { type: 'string' },
  initialPeriodEndsOn: { type: 'string' },
  ownerIsCentralPurchasingBody: { type: 'boolean' },
  agreedTenderPeriodDays: { type: ['integer', 'null'] },
  openedAt: { type: ['string', 'null'], format: 'date-time' },
  closedAt: { type: ['string', 'null'], format: 'date-time' },
  closedReason: nullableString,
  version: { type: 'integer' },
  owner: ref,
  isOwner: { type: 'boolean' },
  categories: { type: 'array', items: category },
} as const;

export const systemSummary = { type: 'object', properties: systemProperties } as const;

export const systemDetail = {
  type: 'object',
  properties: {
    ...systemProperties,
    requirements: { type: 'array', items: requirement },
    validityChanges: { type: 'array', items: validityChange },
    municipalities: { type: 'array', items: ref },
    callOffs: {
      type: 'object',
      properties: {
        mayStart: { type: 'boolean' },
        reason: nullableString,
        undecided: { type: 'integer' },
      },
    },
  },
} as const;

export const marketItem = {
  type: 'object',
  properties: {
    ...systemProperties,
    requirements: { type: 'array', items: requirement },
    validityChanges: { type: 'array', items: validityChange },
  },
} as const;

export const document = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    kind: { type: 'string' },
    title: { type: 'string' },
    validUntil: nullableString,
  },
} as const;

const applicationProperties = {
  id: { type: 'string' },
  dps: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      title: { type: 'string' },
      reference: { type: 'string' },
      status: { type: 'string' },
      closedReason: nullableString,
    },
  },
  supplier: ref,
  status: { type: 'string' },
  categories: { type: 'array', items: category },
  receivedAt: { type: 'string', format: 'date-time' },
  inInitialPeriod: { type: 'boolean' },
  decisionDueAt: { type: 'string', format: 'date-time' },
  extended: { type: 'boolean' },
  extensionReason: nullableString,
  overdue: { type: 'boolean' },
  workingDaysLeft: { type: ['integer', 'null'] },
  decidedAt: { type: ['string', 'null'], format: 'date-time' },
  decisionReason: nullableString,
  version: { type: 'integer' },
} as const;

export const application = { type: 'object', properties: applicationProperties } as const;

export const applicationDetail = {
  type: 'object',
  properties: {
    ...applicationProperties,
    answers: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          requirement,
          declared: { type: ['boolean', 'null'] },
          value: { type: ['number', 'null'] },
          document: {
            type: ['object', 'null'],
            properties: {
              id: { type: 'string' },
              title: { type: 'string' },
              validUntil: nullableString,
            },
          },
          meets: { type: 'boolean' },
        },
      },
    },
  },
} as const;

export const admittedList = {
  type: 'object',
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        properties: { category, suppliers: { type: 'array', items: ref } },
      },
    },
  },
} as const;

export const declarationRequest = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    dps: applicationProperties.dps,
    supplier: ref,
    requestedAt: { type: 'string', format: 'date-time' },
    dueAt: { type: 'string', format: 'date-time' },
    answeredAt: { type: ['string', 'null'], format: 'date-time' },
    answers: {
      type: 'array',
      items: {
        type: 'object',
        properties: { requirementId: { type: 'string' }, declared: { type: 'boolean' } },
      },
    },
    requirements: { type: 'array', items: requirement },
  },
} as const;

export function listOf<Item extends object>(item: Item) {
  return { type: 'object', properties: { items: { type: 'array', items: item } } } as const;
}

export const setUpChoices = {
  type: 'object',
  properties: {
    categories: { type: 'array', items: category },
    municipalities: { type: 'array', items: ref },
    requirements: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          code: { type: 'string' },
          kind: { type: 'string' },
          text: { type: 'string' },
          textSv: { type: 'string' },
          textDa: { type: 'string' },
          textEn: { type: 'string' },
          minimum: { type: ['number', 'null'] },
          unit: nullableString,
          documentKind: nullableString,
        },
      },
    },
  },
} as const;
