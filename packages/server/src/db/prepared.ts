// Named prepared statements for the hot queries (the session lookup of every request, a bid's read
// and write). Kysely sends each query to pg as an unnamed statement, which PostgreSQL parses and
// plans anew on every call; for these queries planning cost more than running them. A query whose
// text begins with PREPARE_MARK is sent by the pool's pg client as a named statement instead:
// parsed once per connection and, after a few runs, executed with a cached plan. PostgreSQL
// re-plans it by itself when a migration changes the tables it reads. On PGlite the mark is only
// a comment.
//
// The name comes from the text, so one name always stands for one text (pg refuses a second text
// under a name it has prepared) and every distinct text stays prepared on each pooled connection:
// mark only queries of a few fixed shapes (values always parameters).
import { hash } from 'node:crypto';
import type { Compilable, CompiledQuery } from 'kysely';
import type pg from 'pg';

export const PREPARE_MARK = '/* prepared */ ';

/** The query, compiled, with the mark: run it with `db.executeQuery(prepared(query))`. */
export function prepared<Row>(query: Compilable<Row>): CompiledQuery<Row> {
  const compiled = query.compile();
  return { ...compiled, sql: PREPARE_MARK + compiled.sql };
}

// Names already computed: the marked texts are few (see above), and each is looked up per query.
const names = new Map<string, string>();

/** One name per statement text, the same on every connection. */
export function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `tildel_${hash('sha1', text, 'hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

/** The pg client class of the pool: sends marked queries as named prepared statements. */
export function preparingClient(Client: typeof pg.Client): typeof pg.Client {
  return class PreparingClient extends Client {
    // Kysely calls query(text, values) and query(cursor); only the first form can be marked.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg's query has many overloads
    override query(config: any, values?: any, callback?: any): any {
      if (
        typeof config === 'string' &&
        config.startsWith(PREPARE_MARK) &&
        Array.isArray(values) &&
        callback === undefined
      )
        return super.query({ name: statementName(config), text: config, values });
      return super.query(config, values, callback);
    }
  };
}
