// Shared TypeBox pieces for routes. A route's schemas are its one contract: they type the handler,
// validate the input, serialise the answer and make the OpenAPI document.
import { Type, type Static, type TSchema } from 'typebox';
import { CURRENCIES, MAX_UNIT_PRICE_MINOR } from '@tildel/domain/money';
import { ROLES } from '@tildel/domain/permissions';
import { LOCALES } from './i18n.ts';

/**
 * A closed set of strings ({ type: 'string', enum }): typed as the union of its values. (TypeBox's
 * own Enum leaves out `type`, which the OpenAPI document and query coercion want.)
 */
export function enumOf<const Values extends readonly string[]>(
  values: Values,
  options: { description?: string; default?: Values[number] } = {},
) {
  return Type.Unsafe<Values[number]>({ type: 'string', enum: [...values], ...options });
}

/**
 * The schema, or null. A JSON type list (`type: ['string', 'null']`), not anyOf: with type
 * coercion on, an anyOf would turn null into '' or 0 in its first branch.
 */
export function nullable<Schema extends TSchema>(schema: Schema) {
  const { type, enum: values, ...rest } = schema as { type?: unknown; enum?: unknown[] };
  if (typeof type !== 'string') throw new Error('nullable() needs a schema with one JSON type');
  return Type.Unsafe<Static<Schema> | null>({
    ...rest,
    type: [type, 'null'],
    ...(values ? { enum: [...values, null] } : {}),
  });
}

export const uuid = Type.String({ format: 'uuid' });
export const email = Type.String({ format: 'email', maxLength: 254 });
export const locale = enumOf(LOCALES);
/** A document in the language asked for; without it, in the caller's. */
export const localeQuery = Type.Object(
  { locale: Type.Optional(locale) },
  { additionalProperties: false },
);
export const role = enumOf(ROLES);
export const roles = Type.Array(role, { minItems: 1, maxItems: ROLES.length, uniqueItems: true });
export const country = enumOf(['SE', 'DK'] as const);

// Money on the wire: integer minor units (öre, øre, cent) and, beside them, their currency.
export const currency = enumOf(CURRENCIES);
export const amountMinor = Type.Integer({ description: 'Minor units (öre, øre, cent)' });
/** A unit price as sent by a form: the domain's limits (MAX_UNIT_PRICE_MINOR). */
export const unitPriceMinor = Type.Integer({
  minimum: 0,
  maximum: MAX_UNIT_PRICE_MINOR,
  description: 'Minor units (öre, øre, cent) per unit',
});
/** Text PostgreSQL can store (text and jsonb): no NUL characters, no unpaired UTF-16 surrogates. */
export const storableText = '^[^\\u0000\\ud800-\\udfff]*$';

/** Storable text of a bounded length. */
export const text = (maxLength: number, minLength = 0) =>
  Type.String({ minLength, maxLength, pattern: storableText });

/** Storable text with at least one character that is not white space (a reason, a name). */
export const nonBlankText = (maxLength: number) =>
  Type.String({
    minLength: 1,
    maxLength,
    pattern: '^[^\\u0000\\ud800-\\udfff]*[^\\u0000\\ud800-\\udfff\\s][^\\u0000\\ud800-\\udfff]*$',
  });

/** In responses: a text that may be missing. */
export const nullableString = nullable(Type.String());

/**
 * An instant in a response (ISO 8601), and one that may be absent. Handlers may hand over a Date:
 * the serialiser writes it as the ISO string the schema promises.
 */
export const dateTime = Type.Unsafe<Date | string>({ type: 'string', format: 'date-time' });
export const nullableDateTime = Type.Unsafe<Date | string | null>({
  type: ['string', 'null'],
  format: 'date-time',
});

/** A file name as uploaded: no control characters, no path, no lone surrogates. */
export const fileName = Type.String({
  minLength: 1,
  maxLength: 255,
  pattern: '^[^\\u0000-\\u001f\\u007f/\\\\\\ud800-\\udfff]+$',
});

/**
 * A file's bytes in standard base64, for a file of at most `maxBytes`. The schema lets about a
 * fifth more through, so a file just over the limit reaches the service and is refused with a
 * message naming the limit.
 */
export const base64Content = (maxBytes: number) =>
  Type.String({
    minLength: 1,
    maxLength: base64MaxLength(maxBytes),
    pattern: '^[A-Za-z0-9+/]+={0,2}$',
  });

/** The longest base64 text base64Content lets through for a file of at most `maxBytes`. */
export const base64MaxLength = (maxBytes: number) => Math.ceil((maxBytes * 1.2) / 3) * 4;

/** An uploaded file in a JSON body: `{ fileName, contentBase64 }`. */
export const uploadedFile = (maxBytes: number) =>
  Type.Object(
    { fileName, contentBase64: base64Content(maxBytes) },
    { additionalProperties: false },
  );

/**
 * A calendar date 'YYYY-MM-DD' (ajv-formats checks that the day exists). Years outside
 * 1900–2099 are refused here: PostgreSQL rejects year 0, and no contract, permit or price in
 * Tildel lies that far away.
 */
export const plainDate = Type.String({
  format: 'date',
  pattern: '^(19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}$',
});
export const nullableDate = nullable(plainDate);

/** An optimistic-locking version as read with the object (PostgreSQL integer). */
export const version = Type.Integer({ minimum: 1, maximum: 2_147_483_647 });

/** A write that takes no input: an empty JSON object keeps every write's body schema-checked. */
export const emptyBody = Type.Object({}, { additionalProperties: false });

/** A body that carries only the version the caller read: activate, use an extension... */
export const versionBody = Type.Object({ version }, { additionalProperties: false });

/** Path parameters that are all ids: `paramsOf('orgId', 'calloffId')`. */
export function paramsOf<const Names extends readonly string[]>(...names: Names) {
  const properties = Object.fromEntries(names.map((name) => [name, uuid])) as {
    [Name in Names[number]]: typeof uuid;
  };
  return Type.Object(properties, { additionalProperties: false });
}

export const orgParams = paramsOf('orgId');

/** RFC 9457 problem details, as every error leaves the API (platform/problem.ts). */
export const problemDetails = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    instance: Type.String(),
    errors: Type.Optional(
      Type.Array(Type.Object({ field: Type.String(), message: Type.String() })),
    ),
  },
  { description: 'RFC 9457 problem details, in the reader’s language' },
);

/** An answer with no body (204). */
export const noContent = Type.Null({ description: 'No content' });

/** A file answer (PDF, CSV, XLSX): the bytes with their media type. */
export function fileAnswer(mediaTypes: readonly string[], description: string) {
  return {
    description,
    content: Object.fromEntries(
      mediaTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
    ),
  };
}

export const MEDIA = {
  pdf: 'application/pdf',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
