// Named prepared statements for the queries that run on every request. Kysely sends each query to
// pg as an unnamed statement, which PostgreSQL parses and plans anew on every call; for the
// session lookup that costs more than running it. A query whose text begins with the mark
//   /* prepared: <name> */
// is sent by the pg client as a named statement instead: parsed once per connection, and after a
// few runs executed with a cached plan. PostgreSQL re-plans it by itself when a migration changes
// the tables it reads. On PGlite the mark is only a comment.
//
// The name must stand for one text: pg refuses a second, different text under a name it has
// already prepared on that connection. So only queries whose text never varies carry a mark
// (values are always parameters).
import type pg from 'pg';

const MARK = /^\/\* prepared: ([a-z_]+) \*\//;

/** The statement name a query's text asks for, or null for an ordinary query. */
export function preparedName(text: string): string | null {
  return text.startsWith('/* prepared: ') ? (MARK.exec(text)?.[1] ?? null) : null;
}

/** The pg client class of the pool: sends marked queries as named prepared statements. */
export function preparingClient(Client: typeof pg.Client): typeof pg.Client {
  return class PreparingClient extends Client {
    // Kysely calls query(text, values) and query(cursor); only the first form can be marked.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg's query has many overloads
    override query(config: any, values?: any, callback?: any): any {
      const name = typeof config === 'string' ? preparedName(config) : null;
      if (name !== null && Array.isArray(values) && callback === undefined)
        return super.query({ name, text: config, values });
      return super.query(config, values, callback);
    }
  };
}
