// Opens the database: an embedded PGlite in dataDir, or a PostgreSQL server at databaseUrl.
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import {
  Kysely,
  PGliteDialect,
  PostgresDialect,
  sql,
  type Compilable,
  type CompiledQuery,
} from 'kysely';
import type { PGlite } from '@electric-sql/pglite';
import type { DB } from './types.ts';

const DATE_OID = 1082;

export type DatabaseKind = 'pglite' | 'postgresql';

/** Connections of a PostgreSQL server's pool: open, idle, and requests waiting for one. */
export interface PoolUse {
  total: number;
  idle: number;
  waiting: number;
}

export interface Database {
  db: Kysely<DB>;
  kind: DatabaseKind;
  /** The pool's use now; null on PGlite, which is one session in this process. */
  poolUse(): PoolUse | null;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  dataDir?: string;
  /** Connection pool size for PostgreSQL servers (PGlite ignores it). */
  poolSize?: number;
  /** PostgreSQL servers cancel a statement running longer than this; 0 or absent: no limit. */
  statementTimeoutMs?: number;
}

/**
 * Marks a statement to be sent as a named prepared statement (see `prepared`): PostgreSQL parses
 * and plans it once per connection instead of on every call. For the hot queries only, whose text
 * is one of a few fixed shapes: each distinct text is kept prepared on every pooled connection.
 */
export const PREPARE_MARK = '/* prepared */ ';

/** The query, compiled, with the mark: run it with `db.executeQuery(prepared(query))`. */
export function prepared<Row>(query: Compilable<Row>): CompiledQuery<Row> {
  const compiled = query.compile();
  return { ...compiled, sql: PREPARE_MARK + compiled.sql };
}

/** One name per statement text, the same on every connection. */
function statementName(text: string): string {
  return `tildel_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const { default: pg } = await import('pg');
    // node-postgres prepares a statement given a name on each connection's first use of it, then
    // only binds and executes it; marked statements get a name from their text.
    class PreparingClient extends pg.Client {
      // pg's many overloads of query() are passed through as they are; only the arguments change.
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      override query(...args: any[]): any {
        const [text, values, callback] = args as [unknown, unknown, unknown];
        if (typeof text === 'string' && text.startsWith(PREPARE_MARK) && Array.isArray(values))
          args = [{ name: statementName(text), text, values }, callback];
        return (super.query as (...a: unknown[]) => unknown).apply(this, args);
      }
    }
    // bigint (int8) as string keeps ids and counts exact; numeric parsing stays off.
    // A calendar date (`date`) stays the plain 'YYYY-MM-DD' string: a JS Date would shift it
    // by the process's time zone.
    const pool = new pg.Pool({
      Client: PreparingClient as typeof pg.Client,
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      // Set per connection at connect, so a runaway query ends with an error instead of holding
      // a connection (and the request) for ever.
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          oid === DATE_OID
            ? (value: string) => value
            : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      kind: 'postgresql',
      poolUse: () => ({
        total: pool.totalCount,
        idle: pool.idleCount,
        waiting: pool.waitingCount,
      }),
      close: () => db.destroy(),
    };
  }
  const { PGlite, types } = await import('@electric-sql/pglite');
  const dataDir = options.dataDir ?? './data';
  // 'memory://' keeps PGlite in memory (tests); anything else is a folder on disk.
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  // bigint (int8) as a string, exactly as node-postgres answers it, so ids and counts behave the
  // same on both databases and never lose precision.
  const pglite = await PGlite.create(dataDir, {
    parsers: {
      [types.INT8]: (value: string) => value,
      [types.DATE]: (value: string) => value,
      [types.NUMERIC]: (value: string) => value,
    },
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) });
  embedded.set(db, pglite);
  return {
    db,
    kind: 'pglite',
    poolUse: () => null,
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}

// PGlite runs a multi-statement script only through exec(); PostgreSQL servers take it as one
// simple-protocol query. Either way the script and its bookkeeping commit together.
const embedded = new WeakMap<object, PGlite>();

export async function runMigrationScript(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- used before the schema exists
  db: Kysely<any>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  conn: Kysely<any>,
  name: string,
  text: string,
): Promise<void> {
  const pglite = embedded.get(db);
  if (pglite) {
    await pglite.transaction(async (tx) => {
      await tx.exec(text);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
    });
    return;
  }
  await conn.transaction().execute(async (trx) => {
    await sql.raw(text).execute(trx);
    await sql`INSERT INTO schema_migrations (name) VALUES (${name})`.execute(trx);
  });
}
