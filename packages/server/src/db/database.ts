// Opens the database: an embedded PGlite in dataDir, or a PostgreSQL server at databaseUrl.
import { mkdirSync } from 'node:fs';
import { Kysely, PGliteDialect, PostgresDialect, sql } from 'kysely';
import type { PGlite } from '@electric-sql/pglite';
import { allowBatches, preparingClient } from './prepared.ts';
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

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const { default: pg } = await import('pg');
    // bigint (int8) as string keeps ids and counts exact; numeric parsing stays off.
    // A calendar date (`date`) stays the plain 'YYYY-MM-DD' string: a JS Date would shift it
    // by the process's time zone.
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      // A new connection's first run of each query is slow (its caches and prepared statements
      // start empty: 50-170 ms against 9-18 ms after, on a national market), and pg closes an
      // idle one after 10 s by default: after a quiet moment every request paid for that.
      idleTimeoutMillis: 5 * 60_000,
      // Queries marked PREPARE_MARK go as named prepared statements (prepared.ts).
      Client: preparingClient(pg.Client),
      // Set per connection at connect, so a runaway query ends with an error instead of holding
      // a connection (and the request) for ever.
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
      // No JIT compilation: our queries are short, but correlated subqueries give some plans
      // estimated costs in the millions, over jit_above_cost, and compiling them took about a
      // second on every call (a national registry download: first rows 1.1 s with JIT, 0.15 s
      // without). No parallel workers either: starting them cost a short query more than it
      // saved (the national route sweep: search p50 74 → 27 ms, a supplier's timeline 50 → 19
      // ms; the heavy views read kept summaries). An `options` parameter in DATABASE_URL
      // replaces this.
      options: '-c jit=off -c max_parallel_workers_per_gather=0',
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          oid === DATE_OID
            ? (value: string) => value
            : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    allowBatches(db);
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
