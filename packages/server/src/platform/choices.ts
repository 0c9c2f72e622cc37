// Choices that can be many (suppliers, establishments): a form asks the server by what is typed
// and gets the first few that match in name order with how many match in all, so a choice is
// always findable by its name and no list is cut without saying so.
import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import { Type, type TSchema } from 'typebox';
import { fetchPage } from './paging.ts';
import { containsPattern } from './search.ts';

export const DEFAULT_CHOICES = 20;
export const MAX_CHOICES = 50;

/** The query parameters of a choice search, to spread into the route's querystring schema. */
export const choiceParams = {
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Part of the name, any case' })),
  limit: Type.Optional(
    Type.Integer({ minimum: 1, maximum: MAX_CHOICES, default: DEFAULT_CHOICES }),
  ),
};

export interface ChoiceSearch {
  q?: string | undefined;
  limit?: number | undefined;
}

/** The answer of a choice search: the first matches and how many match in all. */
export function choicesOf<Item extends TSchema>(item: Item) {
  return Type.Object({ items: Type.Array(item), total: Type.Integer({ minimum: 0 }) });
}

/** The rows whose column holds the typed text (every row when nothing is typed). */
export function whereNameHas<Q extends SelectQueryBuilder<any, any, any>>( // eslint-disable-line @typescript-eslint/no-explicit-any -- any query
  query: Q,
  column: string | RawBuilder<string>,
  search: ChoiceSearch,
): Q {
  const text = search.q?.trim();
  if (!text) return query;
  const searched = typeof column === 'string' ? sql.ref(column) : column;
  return query.where(searched, 'ilike', containsPattern(text)) as Q;
}

/**
 * An establishment as the forms show it, "name (supplier)": what is typed may be a part of
 * either, or the whole label as shown.
 */
export const establishmentLabel = (establishment: string, supplier: string) =>
  sql<string>`${sql.ref(establishment)} || ' (' || ${sql.ref(supplier)} || ')'`;

/** The first matches of an ordered query and the count of all. */
export async function fetchChoices<Row>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any database or transaction
  db: Kysely<any>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any query of that database
  query: SelectQueryBuilder<any, any, Row>,
  search: ChoiceSearch,
): Promise<{ items: Row[]; total: number }> {
  const { items, total } = await fetchPage(db, query, {
    limit: search.limit ?? DEFAULT_CHOICES,
    offset: 0,
  });
  return { items, total };
}
