// Applies migrations/NNNN_name.sql in order, each in its own transaction. The same plain SQL
// runs on PGlite and on PostgreSQL servers. An advisory lock keeps two starting processes apart.
import { readdirSync, readFileSync } from 'node:fs';
import { sql, type Kysely } from 'kysely';
import { runMigrationScript } from './database.ts';

const migrationsDir = new URL('./migrations/', import.meta.url);
const MIGRATION_LOCK = 7_170_001;

export function migrationFiles(): string[] {
  return readdirSync(migrationsDir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- runs before the schema exists
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  return db.connection().execute(async (conn) => {
    await sql`SELECT pg_advisory_lock(${MIGRATION_LOCK})`.execute(conn);
    try {
      await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
        name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`.execute(conn);
      const done = await sql<{ name: string }>`SELECT name FROM schema_migrations`.execute(conn);
      const applied = new Set(done.rows.map((r) => r.name));
      const ran: string[] = [];
      for (const file of migrationFiles()) {
        if (applied.has(file)) continue;
        const text = readFileSync(new URL(file, migrationsDir), 'utf8');
        await runMigrationScript(db, conn, file, text);
        ran.push(file);
      }
      return ran;
    } finally {
      await sql`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`.execute(conn);
    }
  });
}
