// npm run db:move-to-postgres — moves an embedded installation (PGlite in DATA_DIR) onto the
// PostgreSQL server at DATABASE_URL: dumps the data dir with PGlite's own pg_dump (WASM), restores
// the dump into the server's database in one transaction (it must be empty: refused otherwise),
// then checks that every table holds as many rows as before and that every audit chain verifies.
// Stop the server first: PGlite is a database of one process.
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pgDump } from '@electric-sql/pglite-tools/pg_dump';
import pg from 'pg';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { verifyAllAuditChains } from '../platform/audit.ts';
import { DEMO_MASTER_KEY_FILE } from '../platform/sealing.ts';
import { reportChains } from './chain-report.ts';

export class MoveRefused extends Error {}

const TABLES = `SELECT table_name AS name FROM information_schema.tables
  WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;

interface Queryable {
  query<R>(text: string): Promise<{ rows: R[] }>;
}

async function rowCounts(db: Queryable): Promise<Map<string, number>> {
  const tables = (await db.query<{ name: string }>(TABLES)).rows;
  const counts = new Map<string, number>();
  for (const { name } of tables) {
    const { rows } = await db.query<{ n: string | number }>(
      `SELECT count(*) AS n FROM public."${name.replace(/"/g, '""')}"`,
    );
    counts.set(name, Number(rows[0]!.n));
  }
  return counts;
}

/**
 * pg_dump of PGlite is PostgreSQL 17's; a PostgreSQL 15 or 16 server does not know the settings
 * it added (transaction_timeout), so those lines are left out of the script.
 */
function restorable(dump: string): string {
  return dump.replace(/^SET transaction_timeout = .*$/gm, '');
}

export interface MoveReport {
  tables: number;
  rows: number;
  brokenChains: number;
  mismatches: string[];
}

export async function moveToPostgres(
  options: { dataDir: string; databaseUrl: string },
  write: (line: string) => void,
): Promise<MoveReport> {
  const target = new pg.Client({ connectionString: options.databaseUrl });
  await target.connect();
  try {
    const existing = (await target.query<{ name: string }>(TABLES)).rows;
    if (existing.length > 0)
      throw new MoveRefused(
        `The database at DATABASE_URL is not empty (${existing.length} tables, e.g. ${existing[0]!.name}); give an empty database.`,
      );
    const source = await PGlite.create(options.dataDir);
    let script: string;
    let before: Map<string, number>;
    try {
      before = await rowCounts(source);
      if (before.size === 0)
        throw new MoveRefused(`No Tildel database in ${options.dataDir}: it has no tables.`);
      write(`Dumping ${before.size} tables from PGlite in ${options.dataDir} …\n`);
      const dump = await pgDump({ pg: source, args: ['--no-owner', '--no-privileges'] });
      script = restorable(await dump.text());
    } finally {
      await source.close();
    }
    write(
      `Restoring into the PostgreSQL server (${(script.length / 1e6).toFixed(1)} MB of SQL) …\n`,
    );
    await target.query(`BEGIN;\n${script}\nCOMMIT;`).catch(async (error: unknown) => {
      await target.query('ROLLBACK').catch(() => {});
      throw error;
    });
    // The dump empties search_path for its session: put it back (the counts name their schema).
    await target.query('RESET search_path');
    const after = await rowCounts(target);
    const mismatches = [...before].flatMap(([table, count]) =>
      after.get(table) === count
        ? []
        : [`${table}: ${count} rows before, ${after.get(table) ?? 0} after`],
    );
    for (const line of mismatches) write(`MISMATCH ${line}\n`);
    const rows = [...after.values()].reduce((sum, n) => sum + n, 0);
    write(`${after.size} tables, ${rows} rows restored.\n`);
    const database = await openDatabase({ databaseUrl: options.databaseUrl });
    try {
      // A data dir from an older Tildel gets the newer migrations here, as at a server's start.
      await migrateToLatest(database.db);
      const brokenChains = reportChains(await verifyAllAuditChains(database.db), write);
      return { tables: after.size, rows, brokenChains, mismatches };
    } finally {
      await database.close();
    }
  } finally {
    await target.end();
  }
}

if (import.meta.main) {
  const config = loadConfig();
  const write = (line: string) => process.stdout.write(line);
  if (!config.databaseUrl) {
    process.stderr.write('Set DATABASE_URL to the (empty) PostgreSQL database to move into.\n');
    process.exit(2);
  }
  try {
    const report = await moveToPostgres(
      { dataDir: config.dataDir, databaseUrl: config.databaseUrl },
      write,
    );
    const ok = report.brokenChains === 0 && report.mismatches.length === 0;
    write(
      ok
        ? `Moved. Start Tildel with DATABASE_URL and the same MASTER_KEY (without one set so far: the\n` +
            `key in ${join(config.dataDir, DEMO_MASTER_KEY_FILE)}), or sealed bids stay closed.\n`
        : 'The moved database does not match the PGlite one; do not switch to it.\n',
    );
    process.exitCode = ok ? 0 : 1;
  } catch (error) {
    if (!(error instanceof MoveRefused)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
  }
}
