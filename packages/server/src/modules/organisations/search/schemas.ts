// The contract of the header's search: one text, and what was found grouped by kind.
import { Type, type Static } from 'typebox';
import { enumOf, nullableString, storableText } from '../../../platform/schemas.ts';

/** The kinds of thing search finds, in the order their groups are shown. */
export const SEARCH_KINDS = [
  'need',
  'calloff',
  'tender',
  'order',
  'agreement',
  'dps',
  'supplier',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SEARCH_TEXT = { minLength: 2, maxLength: 100 } as const;
export const PER_KIND = { default: 5, max: 20 } as const;

export const searchQuery = Type.Object(
  {
    q: Type.String({ ...SEARCH_TEXT, pattern: storableText }),
    limit: Type.Optional(
      Type.Integer({ minimum: 1, maximum: PER_KIND.max, default: PER_KIND.default }),
    ),
  },
  { additionalProperties: false },
);
export type SearchQuery = Static<typeof searchQuery>;

const hit = Type.Object({
  id: Type.String(),
  title: Type.String(),
  reference: nullableString,
  context: nullableString,
});

export const searchAnswer = Type.Object({
  groups: Type.Array(
    Type.Object({
      kind: enumOf(SEARCH_KINDS),
      items: Type.Array(hit),
      /** More than `limit` things of this kind were found. */
      more: Type.Boolean(),
    }),
  ),
});
export type SearchAnswer = Static<typeof searchAnswer>;
