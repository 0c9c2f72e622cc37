// Searching by name or reference: what an area answers for one kind of thing, and the pattern it
// matches with. Each area searches with the same visibility rule as its list, so search never
// shows what the list would not.

/** One thing found: its id, its name or title, its reference (when it has one) and a context. */
export interface SearchMatch {
  id: string;
  title: string;
  reference: string | null;
  /** Who it belongs to or is with (owner, buyer, supplier), when that helps to tell hits apart. */
  context: string | null;
}

/**
 * An ILIKE pattern that finds the text anywhere, the text's own `%`, `_` and `\` taken literally
 * (backslash is PostgreSQL's default LIKE escape, on PGlite too).
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
