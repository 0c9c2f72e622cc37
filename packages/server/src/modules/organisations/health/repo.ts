import { sql } from 'kysely';
import type { Db } from '../../../db/db.ts';

/** One round trip to the database: it answers, or this throws. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`SELECT 1`.execute(db);
}

/** The names of the migrations the database has applied. */
export async function appliedMigrations(db: Db): Promise<Set<string>> {
  const rows = await sql<{ name: string }>`SELECT name FROM schema_migrations`.execute(db);
  return new Set(rows.rows.map((r) => r.name));
}
