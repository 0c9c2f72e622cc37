// Shared JSON-schema pieces for routes (they also make the OpenAPI document).
import { ROLES } from '@tildel/domain/permissions';
import { LOCALES } from './i18n.ts';

export const uuid = { type: 'string', format: 'uuid' } as const;
export const email = { type: 'string', format: 'email', maxLength: 254 } as const;
export const locale = { type: 'string', enum: [...LOCALES] } as const;
export const role = { type: 'string', enum: [...ROLES] } as const;
export const roles = {
  type: 'array',
  items: role,
  minItems: 1,
  maxItems: ROLES.length,
  uniqueItems: true,
} as const;
export const country = { type: 'string', enum: ['SE', 'DK'] } as const;
/** Text PostgreSQL can store (text and jsonb): no NUL characters, no unpaired UTF-16 surrogates. */
export const storableText = '^[^\\u0000\\ud800-\\udfff]*$';

/** Storable text of a bounded length. */
export const text = (maxLength: number, minLength = 0) =>
  ({ type: 'string', minLength, maxLength, pattern: storableText }) as const;

/** Storable text with at least one character that is not white space (a reason, a name). */
export const nonBlankText = (maxLength: number) =>
  ({
    type: 'string',
    minLength: 1,
    maxLength,
    pattern: '^[^\\u0000\\ud800-\\udfff]*[^\\u0000\\ud800-\\udfff\\s][^\\u0000\\ud800-\\udfff]*$',
  }) as const;

/** In responses: a text that may be missing. */
export const nullableString = { type: ['string', 'null'] } as const;

/** An instant in a response (ISO 8601), and one that may be absent. */
export const dateTime = { type: 'string', format: 'date-time' } as const;
export const nullableDateTime = { type: ['string', 'null'], format: 'date-time' } as const;

/** A file name as uploaded: no control characters, no path, no lone surrogates. */
export const fileName = {
  type: 'string',
  minLength: 1,
  maxLength: 255,
  pattern: '^[^\\u0000-\\u001f\\u007f/\\\\\\ud800-\\udfff]+$',
} as const;

/**
 * A file's bytes in standard base64, for a file of at most `maxBytes`. The schema lets about a
 * fifth more through, so a file just over the limit reaches the service and is refused with a
 * message naming the limit.
 */
export const base64Content = (maxBytes: number) =>
  ({
    type: 'string',
    minLength: 1,
    maxLength: Math.ceil((maxBytes * 1.2) / 3) * 4,
    pattern: '^[A-Za-z0-9+/]+={0,2}$',
  }) as const;

/** An uploaded file in a JSON body: `{ fileName, contentBase64 }`. */
export const uploadedFile = (maxBytes: number) =>
  ({
    type: 'object',
    required: ['fileName', 'contentBase64'],
    additionalProperties: false,
    properties: { fileName, contentBase64: base64Content(maxBytes) },
  }) as const;

/**
 * A calendar date 'YYYY-MM-DD' (ajv-formats checks that the day exists). Years outside
 * 1900–2099 are refused here: PostgreSQL rejects year 0, and no contract, permit or price in
 * Tildel lies that far away.
 */
export const plainDate = {
  type: 'string',
  format: 'date',
  pattern: '^(19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}$',
} as const;
export const nullableDate = { ...plainDate, type: ['string', 'null'] } as const;

/** An optimistic-locking version as read with the object (PostgreSQL integer). */
export const version = { type: 'integer', minimum: 1, maximum: 2_147_483_647 } as const;

/** A body that carries only the version the caller read: activate, use an extension... */
export const versionBody = {
  type: 'object',
  required: ['version'],
  additionalProperties: false,
  properties: { version },
} as const;

export const orgParams = {
  type: 'object',
  required: ['orgId'],
  additionalProperties: false,
  properties: { orgId: uuid },
} as const;

/** Keyset pagination: `before` is the id of the last item already shown. */
export const pageQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    before: { type: 'string', pattern: '^[0-9a-zA-Z-]{1,64}$' },
    limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
  },
} as const;

/** A page of a newest-first list; nextBefore is the anchor of the next page, null at the end. */
export function pageOf<Item extends object>(item: Item) {
  return {
    type: 'object',
    properties: {
      items: { type: 'array', items: item },
      nextBefore: { type: ['string', 'null'] },
    },
  } as const;
}

export const problemResponse = {
  type: 'object',
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: { field: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
} as const;

export const noContent = { type: 'null', description: 'No content' } as const;
