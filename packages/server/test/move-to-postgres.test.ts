// Moving an embedded installation onto a PostgreSQL server (npm run db:move-to-postgres), and the
// backup and restore of docs/operations.md: a small PGlite data dir is moved into an empty
// database of the test cluster, every table's rows and every audit chain checked; a non-empty
// database is refused; then the server database is dumped with pg_dump and restored with
// pg_restore into another, and its chains verify again.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MoveRefused, moveToPostgres } from '../src/cli/move-to-postgres.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { appendAudit, verifyAllAuditChains } from '../src/platform/audit.ts';
import { fixedClock } from '../src/platform/clock.ts';
import { enqueueEmail } from '../src/platform/outbox.ts';
import { createOrganisation, createUser } from './support/factories.ts';
import { findPostgresBin } from './support/postgres-cluster.ts';
import { testDatabaseName } from './support/worker-database.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const baseUrl = inject('postgresBaseUrl');
const moved = `${testDatabaseName()}_moved`;
const restored = `${testDatabaseName()}_restored`;
const dataDir = mkdtempSync(join(tmpdir(), 'tildel-pglite-'));
const dumpFile = join(dataDir, '..', `${moved}.dump`);
const clock = fixedClock(new Date('2026-11-23T09:00:00Z'));

async function admin(statement: string) {
  const client = new pg.Client({ connectionString: `${baseUrl}/postgres` });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A small installation: two organisations with users, audit records in three chains, a message. */
async function seedPglite() {
  const database = await openDatabase({ dataDir });
  try {
    await migrateToLatest(database.db);
    const { db } = database;
    for (const name of ['Kristianstad', 'Lindgården']) {
      const organisation = await createOrganisation(db, { name });
      await createUser(db, {
        memberships: [{ organisationId: organisation.id, roles: ['org_admin'] }],
      });
      await db.transaction().execute(async (trx) => {
        for (let i = 0; i < 3; i++)
          await appendAudit(trx, clock, {
            organisationId: organisation.id,
            actorUserId: null,
            action: 'test.recorded',
            objectType: 'organisation',
            objectId: organisation.id,
            after: { i, name: 'å ä ö æ ø' },
          });
      });
    }
    await db.transaction().execute(async (trx) => {
      await appendAudit(trx, clock, {
        organisationId: null,
        actorUserId: null,
        action: 'test.recorded',
        objectType: 'platform',
        objectId: '00000000-0000-0000-0000-000000000000',
      });
      await enqueueEmail(trx, clock, {
        organisationId: null,
        to: 'a@example.test',
        subject: 'S',
        body: 'B',
      });
    });
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  await seedPglite();
  for (const name of [moved, restored]) {
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin(`CREATE DATABASE "${name}"`);
  }
}, 120_000);

afterAll(async () => {
  for (const name of [moved, restored])
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(dumpFile, { force: true });
});

describe('moving PGlite onto a PostgreSQL server', () => {
  it('restores every row and every audit chain verifies', async () => {
    const lines: string[] = [];
    const report = await moveToPostgres({ dataDir, databaseUrl: `${baseUrl}/${moved}` }, (line) =>
      lines.push(line),
    );
    expect(report.mismatches).toEqual([]);
    expect(report.brokenChains).toBe(0);
    expect(lines.join('')).toContain('All 3 audit chains are intact.');

    const database = await openDatabase({ databaseUrl: `${baseUrl}/${moved}` });
    try {
      const { db } = database;
      const count = async (table: 'organisations' | 'users' | 'audit_log' | 'outbox') =>
        Number(
          (
            await db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll<string>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      expect(await count('organisations')).toBe(2);
      expect(await count('users')).toBe(2);
      expect(await count('audit_log')).toBe(7);
      expect(await count('outbox')).toBe(1);
      const names = await db.selectFrom('organisations').select('name').orderBy('name').execute();
      expect(names.map((n) => n.name)).toEqual(['Kristianstad', 'Lindgården']);
      // The server keeps working on it: a new organisation gets an id, a new record chains on.
      const organisation = await createOrganisation(db, { name: 'Ny' });
      await db.transaction().execute((trx) =>
        appendAudit(trx, clock, {
          organisationId: organisation.id,
          actorUserId: null,
          action: 'test.recorded',
          objectType: 'organisation',
          objectId: organisation.id,
        }),
      );
      expect((await verifyAllAuditChains(db)).every((c) => c.ok)).toBe(true);
    } finally {
      await database.close();
    }
  }, 120_000);

  it('refuses a database that is not empty, and changes nothing in it', async () => {
    await expect(
      moveToPostgres({ dataDir, databaseUrl: `${baseUrl}/${moved}` }, () => {}),
    ).rejects.toThrow(MoveRefused);
    // The command itself (npm run db:move-to-postgres) says why and exits 2.
    const cli = spawnSync(
      'node_modules/.bin/node',
      ['packages/server/src/cli/move-to-postgres.ts'],
      {
        cwd: repoRoot,
        env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: `${baseUrl}/${moved}` },
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    expect(cli.status).toBe(2);
    expect(cli.stderr).toContain('The database at DATABASE_URL is not empty');
    const database = await openDatabase({ databaseUrl: `${baseUrl}/${moved}` });
    try {
      const rows = await database.db.selectFrom('organisations').select('name').execute();
      expect(rows).toHaveLength(3);
    } finally {
      await database.close();
    }
  }, 60_000);
});

describe('backup and restore of a PostgreSQL server (docs/operations.md)', () => {
  it('pg_dump -Fc and pg_restore give a database whose chains verify', async () => {
    const bin = findPostgresBin();
    execFileSync(join(bin, 'pg_dump'), ['-Fc', '-f', dumpFile, `${baseUrl}/${moved}`]);
    execFileSync(join(bin, 'pg_restore'), ['--no-owner', '-d', `${baseUrl}/${restored}`, dumpFile]);
    const database = await openDatabase({ databaseUrl: `${baseUrl}/${restored}` });
    try {
      const chains = await verifyAllAuditChains(database.db);
      expect(chains.length).toBe(4);
      expect(chains.every((c) => c.ok)).toBe(true);
      const rows = await database.db.selectFrom('audit_log').select('id').execute();
      expect(rows).toHaveLength(8);
    } finally {
      await database.close();
    }
  }, 60_000);
});
