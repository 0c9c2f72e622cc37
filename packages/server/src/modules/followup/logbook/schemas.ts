// JSON schemas of the logbook routes: what may come in, what goes out.
import { nonBlankText, nullableString, uuid } from '../../../platform/schemas.ts';

export const noteParams = {
  type: 'object',
  required: ['orgId', 'noteId'],
  additionalProperties: false,
  properties: { orgId: uuid, noteId: uuid },
} as const;

export const listQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    supplierId: uuid,
    establishmentId: uuid,
    agreementId: uuid,
    limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
  },
} as const;

export const summaryQuery = {
  type: 'object',
  required: ['supplierIds'],
  additionalProperties: false,
  properties: {
    supplierIds: { type: 'array', items: uuid, minItems: 1, maxItems: 100 },
  },
} as const;

export const noteBody = {
  type: 'object',
  required: ['agreementId', 'supplierId', 'text', 'sensitive', 'concern'],
  additionalProperties: false,
  properties: {
    agreementId: uuid,
    supplierId: uuid,
    establishmentId: { ...uuid, type: ['string', 'null'] },
    text: nonBlankText(4000),
    sensitive: { type: 'boolean' },
    concern: { type: 'boolean' },
  },
} as const;

const named = {
  type: 'object',
  properties: { id: { type: 'string' }, name: { type: 'string' } },
} as const;

export const note = {
  type: 'object',
  properties: {
    id: { type: 'string' },
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
    author: {
      type: 'object',
      properties: { name: { type: 'string' }, organisation: { type: 'string' } },
    },
    createdAt: { type: 'string', format: 'date-time' },
    sensitive: { type: 'boolean' },
    concern: { type: 'boolean' },
    text: { ...nullableString, description: 'Null in lists when the note is sensitive' },
    ownNote: { type: 'boolean', description: "The caller's organisation owns the agreement" },
  },
} as const;

export const noteList = {
  type: 'object',
  properties: { items: { type: 'array', items: note } },
} as const;

export const readList = {
  type: 'object',
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          at: { type: 'string', format: 'date-time' },
          user: { type: 'string' },
          organisation: { type: 'string' },
        },
      },
    },
  },
} as const;

export const summary = {
  type: 'object',
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          supplierId: { type: 'string' },
          notes: { type: 'array', items: note },
          openCorrections: { type: 'integer' },
        },
      },
    },
  },
} as const;
