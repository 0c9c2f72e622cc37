// Vitest setupFile of the server project: before each test file, (re)create this worker's own
// database as a clone of the migrated template, so files never see each other's rows.
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { recreateDatabase } from './postgres-cluster.ts';

const databaseName = `tildel_w${process.env.VITEST_POOL_ID ?? '1'}`;

export function testDatabaseName(): string {
  return databaseName;
}

export function testDatabaseUrl(): string {
  return `${inject('postgresBaseUrl')}/${databaseName}`;
}

/** poolSize 1 puts every query on one connection (to see what that connection prepared). */
export function openTestDatabase(options: { poolSize?: number } = {}): Promise<Database> {
  return openDatabase({ databaseUrl: testDatabaseUrl(), ...options });
}

await recreateDatabase(inject('postgresBaseUrl'), databaseName, inject('postgresTemplate'));
