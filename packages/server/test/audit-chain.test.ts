// The audit trail: one append-only hash chain per organisation, verified record by record and
// against its head row. Tampering is simulated as a superuser would do it: with
// session_replication_role = replica, which skips the append-only trigger.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely, type Transaction } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { openDatabase, type Database } from '../src/db/database.ts';
import type { DB } from '../src/db/types.ts';
import {
  appendAudit,
  recordHash,
  GENESIS_HASH,
  PLATFORM_CHAIN,
  verifyAllAuditChains,
  verifyAuditChain,
} from '../src/platform/audit.ts';
import { fixedClock } from '../src/platform/clock.ts';
import { recreateDatabase } from './support/postgres-cluster.ts';
import { createOrganisation, createUser } from './support/factories.ts';
import { openTestDatabase, testDatabaseName } from './support/worker-database.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

// Two pools on the same database: two server processes, as far as PostgreSQL can tell.
const database = await openTestDatabase();
const second = await openTestDatabase();
const db = database.db;
const clock = fixedClock(new Date('2026-11-23T09:00:00Z'));

afterAll(async () => {
  await database.close();
  await second.close();
});

type AuditRow = Awaited<ReturnType<typeof chainRows>>[number];

function chainRows(chain: string, from: Kysely<DB> = db) {
  return from
    .selectFrom('audit_log')
    .selectAll()
    .where('chain', '=', chain)
    .orderBy('seq')
    .execute();
}

async function chainHead(chain: string) {
  return db
    .selectFrom('audit_chain_heads')
    .selectAll()
    .where('chain', '=', chain)
    .executeTakeFirst();
}

/** Appends n records to the organisation's chain, one transaction each, the clock moving on. */
async function appendRecords(
  organisationId: string | null,
  n: number,
  from: Kysely<DB> = db,
): Promise<void> {
  for (let i = 0; i < n; i++) {
    clock.advance(1000);
    await from.transaction().execute((trx) =>
      appendAudit(trx, clock, {
        organisationId,
        actorUserId: null,
        action: 'thing.changed',
        objectType: 'thing',
        objectId: `thing-${i + 1}`,
        before: { value: i },
        after: { value: i + 1, note: `change ${i + 1}` },
      }),
    );
  }
}

/** Changes audit_log behind the trigger's back, committed, as a superuser could. */
async function tamper(
  work: (trx: Transaction<DB>) => Promise<unknown>,
  on: Kysely<DB> = db,
): Promise<void> {
  await on.transaction().execute(async (trx) => {
    // SET LOCAL: the pooled connection is back to normal once this transaction ends.
    await sql`SET LOCAL session_replication_role = replica`.execute(trx);
    await work(trx);
  });
}

/** The hash a record would have with its current content: what a careful forger computes. */
function rehash(row: AuditRow): string {
  return recordHash(row);
}

function recordAt(rows: AuditRow[], seq: number): AuditRow {
  const row = rows.find((r) => Number(r.seq) === seq);
  if (!row) throw new Error(`no record ${seq}`);
  return row;
}

describe('appending', () => {
  test('records appended in a transaction get seq 1..n, link to each other and the chain verifies', async () => {
    const org = await createOrganisation(db);
    const actor = await createUser(db);
    // Several records in one transaction, then more in transactions of their own.
    await db.transaction().execute(async (trx) => {
      for (const name of ['first', 'second', 'third']) {
        clock.advance(1000);
        await appendAudit(trx, clock, {
          organisationId: org.id,
          actorUserId: actor.id,
          action: 'organisation.renamed',
          objectType: 'organisation',
          objectId: org.id,
          before: { name: org.name },
          after: { name, at: clock.now(), nested: { b: 2, a: [1, { z: true, y: null }] } },
        });
      }
    });
    await appendRecords(org.id, 2);

    const rows = await chainRows(org.id);
    expect(rows.map((r) => Number(r.seq))).toEqual([1, 2, 3, 4, 5]);
    expect(rows.map((r) => r.organisation_id)).toEqual(Array(5).fill(org.id));
    expect(rows[0]!.actor_user_id).toBe(actor.id);
    // Dates in `after` are stored as the ISO strings a jsonb round trip gives back.
    expect(rows[1]!.after).toEqual({
      name: 'second',
      at: '2026-11-23T09:00:02.000Z',
      nested: { b: 2, a: [1, { z: true, y: null }] },
    });
    expect(rows[0]!.prev_hash).toBe(GENESIS_HASH);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(5);
    for (const row of rows) expect(rehash(row)).toBe(row.hash);

    const head = await chainHead(org.id);
    expect(head).toEqual({ chain: org.id, seq: '5', hash: rows[4]!.hash });
    expect(await verifyAuditChain(db, org.id)).toEqual({
      chain: org.id,
      ok: true,
      checked: 5,
      firstProblem: null,
    });
  });

  test('records without an organisation go to the platform chain', async () => {
    const before = Number((await chainHead(PLATFORM_CHAIN))?.seq ?? 0);
    await appendRecords(null, 2);
    const rows = await chainRows(PLATFORM_CHAIN);
    expect(rows.map((r) => Number(r.seq))).toEqual(
      Array.from({ length: before + 2 }, (_, i) => i + 1),
    );
    expect(rows.every((r) => r.organisation_id === null)).toBe(true);
    expect((await verifyAuditChain(db, PLATFORM_CHAIN)).ok).toBe(true);
  });

  test('a rolled-back transaction leaves neither the change nor its audit record, and no gap', async () => {
    const org = await createOrganisation(db);
    await appendRecords(org.id, 1);
    await expect(
      db.transaction().execute(async (trx) => {
        await trx
          .updateTable('organisations')
          .set({ name: 'Renamed' })
          .where('id', '=', org.id)
          .execute();
        await appendAudit(trx, clock, {
          organisationId: org.id,
          actorUserId: null,
          action: 'organisation.renamed',
          objectType: 'organisation',
          objectId: org.id,
          before: { name: org.name },
          after: { name: 'Renamed' },
        });
        // The audit record was written inside the transaction...
        const inside = await trx
          .selectFrom('audit_log')
          .select('seq')
          .where('chain', '=', org.id)
          .where('action', '=', 'organisation.renamed')
          .execute();
        expect(inside.map((r) => Number(r.seq))).toEqual([2]);
        throw new Error('a later step of the change failed');
      }),
    ).rejects.toThrow('a later step of the change failed');

    // ...and went away with the change.
    const stored = await db
      .selectFrom('organisations')
      .select('name')
      .where('id', '=', org.id)
      .executeTakeFirstOrThrow();
    expect(stored.name).toBe(org.name);
    const rows = await chainRows(org.id);
    expect(rows.map((r) => r.action)).toEqual(['thing.changed']);
    expect((await chainHead(org.id))?.seq).toBe('1');

    // The next record takes seq 2, so the chain stays contiguous.
    await appendRecords(org.id, 1);
    expect((await chainRows(org.id)).map((r) => Number(r.seq))).toEqual([1, 2]);
    expect(await verifyAuditChain(db, org.id)).toMatchObject({ ok: true, checked: 2 });
  });

  test('20 concurrent transactions from two server processes append to one chain with seq 1..20 and a valid chain', async () => {
    const org = await createOrganisation(db);
    const writers = Array.from({ length: 20 }, (_, i) =>
      (i % 2 === 0 ? db : second.db).transaction().execute(async (trx) => {
        // Some work of the change itself first, so the writers overlap.
        await sql`select pg_sleep(0.01)`.execute(trx);
        await appendAudit(trx, clock, {
          organisationId: org.id,
          actorUserId: null,
          action: 'thing.changed',
          objectType: 'thing',
          objectId: `writer-${i}`,
          after: { writer: i },
        });
        await sql`select pg_sleep(0.005)`.execute(trx);
      }),
    );
    // allSettled: a failing writer must not leave the others running into the next test.
    const outcomes = await Promise.allSettled(writers);
    expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([]);

    const rows = await chainRows(org.id);
    expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(rows.map((r) => r.object_id).sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `writer-${i}`).sort(),
    );
    expect((await chainHead(org.id))?.seq).toBe('20');
    expect(await verifyAuditChain(db, org.id)).toEqual({
      chain: org.id,
      ok: true,
      checked: 20,
      firstProblem: null,
    });
    // The other process sees the same, verified chain.
    expect(await verifyAuditChain(second.db, org.id)).toMatchObject({ ok: true, checked: 20 });
  });
});

describe('the append-only trigger', () => {
  test('refuses UPDATE, DELETE and TRUNCATE on audit_log in normal mode', async () => {
    const org = await createOrganisation(db);
    await appendRecords(org.id, 2);
    const [first] = await chainRows(org.id);
    const total = async () =>
      Number(
        (
          await db
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const countBefore = await total();

    await expect(
      db
        .updateTable('audit_log')
        .set({ after: JSON.stringify({ value: 999 }) })
        .where('id', '=', first!.id)
        .execute(),
    ).rejects.toThrow('audit_log is append-only');
    await expect(db.deleteFrom('audit_log').where('id', '=', first!.id).execute()).rejects.toThrow(
      'audit_log is append-only',
    );
    await expect(sql`TRUNCATE audit_log`.execute(db)).rejects.toThrow('audit_log is append-only');

    expect((await chainRows(org.id))[0]).toEqual(first);
    expect(await total()).toBe(countBefore);
    expect((await verifyAuditChain(db, org.id)).ok).toBe(true);
  });
});

describe('verification finds tampering', () => {
  test('a record whose content was changed afterwards is reported tampered at exactly its seq, with its id', async () => {
    const org = await createOrganisation(db);
    await appendRecords(org.id, 5);
    const third = recordAt(await chainRows(org.id), 3);
    await tamper((trx) =>
      trx
        .updateTable('audit_log')
        .set({ after: JSON.stringify({ value: 1000, note: 'rewritten' }) })
        .where('id', '=', third.id)
        .execute(),
    );
    expect(recordAt(await chainRows(org.id), 3).after).toEqual({ value: 1000, note: 'rewritten' });

    expect(await verifyAuditChain(db, org.id)).toEqual({
      chain: org.id,
      ok: false,
      checked: 2,
      firstProblem: { seq: 3, id: third.id, reason: 'tampered' },
    });
  });

  test('a deleted record in the middle is reported missing at its seq', async () => {
    const org = await createOrganisation(db);
    await appendRecords(org.id, 5);
    const third = recordAt(await chainRows(org.id), 3);
    await tamper((trx) => trx.deleteFrom('audit_log').where('id', '=', third.id).execute());
    expect((await chainRows(org.id)).map((r) => Number(r.seq))).toEqual([1, 2, 4, 5]);

    expect(await verifyAuditChain(db, org.id)).toEqual({
      chain: org.id,
      ok: false,
      checked: 2,
      firstProblem: { seq: 3, id: null, reason: 'missing' },
    });
  });

  test('a deleted newest record is reported missing, found by the chain head', async () => {
    const org = await createOrganisation(db);
    await appendRecords(org.id, 4);
    const newest = recordAt(await chainRows(org.id), 4);
    await tamper((trx) => trx.deleteFrom('audit_log').where('id', '=', newest.id).execute());
    // What is left is a perfectly linked chain of 3: only the head row knows there were 4.
    expect((await chainRows(org.id)).map((r) => Number(r.seq))).toEqual([1, 2, 3]);
    expect((await chainHead(org.id))?.seq).toBe('4');

    expect(await verifyAuditChain(db, org.id)).toEqual({
      chain: org.id,
      ok: false,
      checked: 3,
      firstProblem: { seq: 4, id: null, reason: 'missing' },
    });
  });

  // The verifier compares a record's prev_hash with the previous record's hash before it recomputes
  // the record's own hash, and prev_hash is part of the hashed content. So a rewritten prev_hash is
  // either a broken link (it no longer matches the record before) or, when it was made to match a
  // forged record before it, a tampered record (its own hash no longer matches its content).
  test('a record whose prev_hash alone was rewritten is reported as a broken link at its seq', async () => {
    const org = await createOrganisation(db);
    await appendRecords(org.id, 4);
    const third = recordAt(await chainRows(org.id), 3);
    await tamper((trx) =>
      trx
        .updateTable('audit_log')
        .set({ prev_hash: 'f'.repeat(64) })
        .where('id', '=', third.id)
        .execute(),
    );

    expect(await verifyAuditChain(db, org.id)).toEqual({
      chain: org.id,
      ok: false,
      checked: 2,
      firstProblem: { seq: 3, id: third.id, reason: 'broken_link' },
    });
  });

  test('a change hidden by recomputing the record’s hash and rewriting the next prev_hash is reported tampered at the next record', async () => {
    const org = await createOrganisation(db);
    await appendRecords(org.id, 5);
    const rows = await chainRows(org.id);
    const forged = { ...recordAt(rows, 2), after: { value: 2, note: 'it never happened' } };
    const forgedHash = rehash(forged);
    const third = recordAt(rows, 3);
    await tamper(async (trx) => {
      await trx
        .updateTable('audit_log')
        .set({ after: JSON.stringify(forged.after), hash: forgedHash })
        .where('id', '=', forged.id)
        .execute();
      await trx
        .updateTable('audit_log')
        .set({ prev_hash: forgedHash })
        .where('id', '=', third.id)
        .execute();
    });

    // Record 2 checks out on its own and the link to 3 matches, but record 3's hash covered the
    // old prev_hash.
    expect(await verifyAuditChain(db, org.id)).toEqual({
      chain: org.id,
      ok: false,
      checked: 2,
      firstProblem: { seq: 3, id: third.id, reason: 'tampered' },
    });
  });

  test('a change hidden by rehashing the whole rest of the chain is still found by the chain head', async () => {
    const org = await createOrganisation(db);
    await appendRecords(org.id, 4);
    const rows = await chainRows(org.id);
    await tamper(async (trx) => {
      let prevHash = recordAt(rows, 1).hash;
      for (const seq of [2, 3, 4]) {
        const row = { ...recordAt(rows, seq), prev_hash: prevHash };
        if (seq === 2) row.after = { value: 2, note: 'it never happened' };
        const hash = rehash(row);
        await trx
          .updateTable('audit_log')
          .set({ after: JSON.stringify(row.after), prev_hash: prevHash, hash })
          .where('id', '=', row.id)
          .execute();
        prevHash = hash;
      }
    });

    // Every record and link is consistent now; only the head's hash differs from the last record's.
    // The verifier has one label for a head that does not match: missing, after the last record.
    expect(await verifyAuditChain(db, org.id)).toEqual({
      chain: org.id,
      ok: false,
      checked: 4,
      firstProblem: { seq: 5, id: null, reason: 'missing' },
    });
  });

  test('the chains of two organisations are independent: tampering with one leaves the other intact', async () => {
    const a = await createOrganisation(db);
    const b = await createOrganisation(db);
    await appendRecords(a.id, 3);
    await appendRecords(b.id, 3);
    // Each chain numbers its own records.
    expect((await chainRows(a.id)).map((r) => Number(r.seq))).toEqual([1, 2, 3]);
    expect((await chainRows(b.id)).map((r) => Number(r.seq))).toEqual([1, 2, 3]);
    expect(recordAt(await chainRows(b.id), 1).prev_hash).toBe(GENESIS_HASH);

    const changed = recordAt(await chainRows(a.id), 2);
    await tamper((trx) =>
      trx
        .updateTable('audit_log')
        .set({ object_id: 'someone-else' })
        .where('id', '=', changed.id)
        .execute(),
    );

    expect(await verifyAuditChain(db, a.id)).toMatchObject({
      ok: false,
      firstProblem: { seq: 2, id: changed.id, reason: 'tampered' },
    });
    expect(await verifyAuditChain(db, b.id)).toEqual({
      chain: b.id,
      ok: true,
      checked: 3,
      firstProblem: null,
    });

    const all = await verifyAllAuditChains(db);
    expect(all.find((r) => r.chain === a.id)).toMatchObject({
      ok: false,
      firstProblem: { seq: 2 },
    });
    expect(all.find((r) => r.chain === b.id)).toMatchObject({ ok: true, checked: 3 });
    // Every chain appears once, in order.
    const chains = all.map((r) => r.chain);
    expect(new Set(chains).size).toBe(chains.length);
    expect(chains).toEqual([...chains].sort((x, y) => x.localeCompare(y)));
  });
});

// The CLI walks every chain of the database, so it gets a database of its own (cloned from the
// same migrated template as the worker's): the tampering above must not decide its exit code.
describe('npm run audit:verify', () => {
  const baseUrl = inject('postgresBaseUrl');
  const cliDatabaseName = `${testDatabaseName()}_audit_cli`;
  const cliDatabaseUrl = `${baseUrl}/${cliDatabaseName}`;
  let cli: Database | undefined;

  beforeAll(async () => {
    await recreateDatabase(baseUrl, cliDatabaseName, inject('postgresTemplate'));
    cli = await openDatabase({ databaseUrl: cliDatabaseUrl });
  });

  afterAll(async () => {
    await cli?.close();
    const admin = new pg.Client({ connectionString: `${baseUrl}/postgres` });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${cliDatabaseName}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  });

  function auditVerify(): Promise<{ code: number; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      execFile(
        'node_modules/.bin/node',
        ['packages/server/src/cli/audit-verify.ts'],
        { cwd: repoRoot, env: { ...process.env, DATABASE_URL: cliDatabaseUrl }, timeout: 20_000 },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
          resolve({ code, stdout, stderr });
        },
      );
    });
  }

  test('exits 0 and reports every chain intact on a good database', async () => {
    const cliDb = cli!.db;
    const org = await createOrganisation(cliDb);
    await appendRecords(org.id, 3, cliDb);
    await appendRecords(null, 2, cliDb);

    const result = await auditVerify();
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`ok      ${org.id}: 3 records`);
    expect(result.stdout).toMatch(/^ok {6}platform: \d+ records$/m);
    expect(result.stdout).not.toContain('BROKEN');
    expect(result.stdout).toMatch(/^All \d+ audit chains are intact\.$/m);
  });

  test('exits 1 after tampering and names the broken chain and the seq of the record', async () => {
    const cliDb = cli!.db;
    const org = await createOrganisation(cliDb);
    await appendRecords(org.id, 4, cliDb);
    const third = recordAt(await chainRows(org.id, cliDb), 3);
    await tamper(
      (trx) =>
        trx
          .updateTable('audit_log')
          .set({ action: 'thing.deleted' })
          .where('id', '=', third.id)
          .execute(),
      cliDb,
    );
    try {
      const result = await auditVerify();
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(
        `BROKEN  ${org.id}: record 3 (id ${third.id}) is tampered; 2 records before it are intact`,
      );
      expect(result.stdout).toMatch(/^1 of \d+ audit chains are broken\.$/m);
      expect(result.stdout).not.toMatch(/^All \d+ audit chains are intact/m);
    } finally {
      // Put the record back, so the database is good again for any test that runs after this one.
      await tamper(
        (trx) =>
          trx
            .updateTable('audit_log')
            .set({ action: third.action })
            .where('id', '=', third.id)
            .execute(),
        cliDb,
      );
    }
    expect((await verifyAuditChain(cliDb, org.id)).ok).toBe(true);
  });
});
