// The test harness itself: each worker gets its own migrated clone of the template database.
import { sql } from 'kysely';
import { afterAll, expect, test } from 'vitest';
import { openTestDatabase, testDatabaseName } from './support/worker-database.ts';

const database = await openTestDatabase();
afterAll(() => database.close());

test('connects to this worker’s own database', async () => {
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(
    database.db,
  );
  expect(database.kind).toBe('postgresql');
  expect(rows[0]?.name).toBe(testDatabaseName());
  expect(testDatabaseName()).toMatch(/^tildel_w\d+$/);
});

test('the database is migrated', async () => {
  const { rows } = await sql<{ table: string | null }>`
    select to_regclass('public.schema_migrations')::text as table`.execute(database.db);
  expect(rows[0]?.table).toBe('schema_migrations');
});
