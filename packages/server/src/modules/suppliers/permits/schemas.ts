// JSON-schema pieces of the permits area; supplierParams is shared with documents and prices.
import {
  nullableDate,
  plainDate,
  storableText,
  text,
  uuid,
  version,
} from '../../../platform/schemas.ts';

export const supplierParams = {
  type: 'object',
  required: ['orgId', 'supplierId'],
  additionalProperties: false,
  properties: { orgId: uuid, supplierId: uuid },
} as const;

export const permitParams = {
  type: 'object',
  required: ['orgId', 'supplierId', 'permitId'],
  additionalProperties: false,
  properties: { orgId: uuid, supplierId: uuid, permitId: uuid },
} as const;

const permitFields = {
  establishmentId: uuid,
  authority: { type: 'string', enum: ['IVO', 'Socialtilsyn'] },
  reference: { ...text(100), minLength: 1 },
  scope: text(1000),
  status: { type: 'string', enum: ['valid', 'changed', 'revoked', 'expired', 'applied'] },
  validFrom: nullableDate,
  validTo: nullableDate,
  openCases: { type: 'integer', minimum: 0, maximum: 100000 },
  decisions: text(5000),
  lastCheckedOn: nullableDate,
} as const;

const required = ['establishmentId', 'authority', 'reference', 'status'] as const;

export const permitBody = {
  type: 'object',
  required,
  additionalProperties: false,
  properties: permitFields,
} as const;

export const permitUpdateBody = {
  type: 'object',
  required: [...required, 'version'],
  additionalProperties: false,
  properties: { ...permitFields, version },
} as const;

export const permit = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    establishmentId: { type: 'string' },
    establishmentName: { type: 'string' },
    supplierId: { type: 'string' },
    supplierName: { type: 'string' },
    authority: { type: 'string' },
    reference: { type: 'string' },
    scope: { type: 'string' },
    status: { type: 'string' },
    validFrom: { type: ['string', 'null'] },
    validTo: { type: ['string', 'null'] },
    openCases: { type: 'integer' },
    decisions: { type: 'string' },
    lastCheckedOn: { type: ['string', 'null'] },
    lastCheckedBy: {
      type: ['object', 'null'],
      properties: { name: { type: 'string' } },
    },
    version: { type: 'integer' },
    updatedAt: { type: 'string', format: 'date-time' },
  },
} as const;

export const listQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    status: { type: 'string', enum: ['valid', 'changed', 'revoked', 'expired', 'applied'] },
    checkedBefore: plainDate,
    q: text(100),
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 200 },
  },
} as const;

/** The permit file as text; a register of a few thousand rows is well under a megabyte. */
export const importBody = {
  type: 'object',
  required: ['csv'],
  additionalProperties: false,
  properties: {
    csv: { type: 'string', minLength: 1, maxLength: 1_000_000, pattern: storableText },
  },
} as const;

export const importReport = {
  type: 'object',
  properties: {
    fileProblem: {
      type: ['object', 'null'],
      properties: { code: { type: 'string' }, message: { type: 'string' } },
    },
    accepted: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          line: { type: 'integer' },
          supplierIdentifier: { type: 'string' },
          establishmentName: { type: 'string' },
          authority: { type: 'string' },
          reference: { type: 'string' },
          status: { type: 'string' },
          action: { type: 'string' },
        },
      },
    },
    rejected: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          line: { type: 'integer' },
          supplierIdentifier: { type: 'string' },
          establishmentName: { type: 'string' },
          reference: { type: 'string' },
          reasons: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                code: { type: 'string' },
                column: { type: ['string', 'null'] },
                message: { type: 'string' },
              },
            },
          },
        },
      },
    },
  },
} as const;
