// Runs of one read waiting for a connection at the same time go in one write (batchedRead in
// db/prepared.ts), each answered with its own rows or its own error, as if it had run alone.
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { allowBatches, batchedRead, preparingClient } from '../src/db/prepared.ts';
import type { DB } from '../src/db/types.ts';
import { testDatabaseUrl } from './support/worker-database.ts';

// One connection, so every run below waits for it while it is held.
const pool = new pg.Pool({
  connectionString: testDatabaseUrl(),
  max: 1,
  Client: preparingClient(pg.Client),
});
// Writes to PostgreSQL's socket, and the RowDescriptions that came back.
let writes = 0;
let descriptions = 0;
pool.on('connect', (client) => {
  const connection = (client as unknown as { connection: Record<string, unknown> }).connection;
  const socket = connection.stream as Record<string, unknown>;
  for (const method of ['_write', '_writev']) {
    const original = socket[method] as (...args: unknown[]) => unknown;
    socket[method] = (...args: unknown[]) => {
      writes++;
      return original.apply(socket, args);
    };
  }
  (connection as unknown as NodeJS.EventEmitter).on('rowDescription', () => descriptions++);
});
const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
allowBatches(db);
// The same database without batches, as PGlite is.
const alone = new Kysely<DB>({
  dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: testDatabaseUrl() }) }),
});

await sql`create table batched_read (n int primary key, at timestamptz not null, tags text[] not null)`.execute(
  db,
);
await sql`insert into batched_read values (1, '2026-12-07T01:00:00Z', '{a}'), (2, '2026-12-07T02:00:00Z', '{}')`.execute(
  db,
);

afterAll(async () => {
  await db.destroy();
  await alone.destroy();
});

beforeEach(() => {
  writes = 0;
  descriptions = 0;
});

interface Row {
  n: number;
  at: Date;
  tags: string[];
  v: number;
}
const read = batchedRead<Row>(
  'select n, at, tags, $2::int as v from batched_read where n >= $1::int order by n',
);

/** Runs `runs` while the only connection is held, so they all wait for it at once. */
async function whileHeld<T>(runs: () => Promise<T>[]): Promise<PromiseSettledResult<T>[]> {
  let release = () => {};
  const held = db.connection().execute(() => new Promise<void>((done) => (release = done)));
  await new Promise((resolve) => setTimeout(resolve, 20));
  const settled = Promise.allSettled(runs());
  writes = 0;
  release();
  await held;
  return settled;
}

const at = (hour: number) => new Date(`2026-12-07T0${hour}:00:00Z`);

describe('a batched read', () => {
  it('sends the runs waiting at once in one write, each answered with its own rows', async () => {
    const results = await whileHeld(() => [
      read(db, ['1', '10']),
      read(db, ['2', '20']),
      read(db, ['3', '30']),
    ]);
    expect(writes).toBe(1);
    expect(results).toEqual([
      {
        status: 'fulfilled',
        value: [
          { n: 1, at: at(1), tags: ['a'], v: 10 },
          { n: 2, at: at(2), tags: [], v: 10 },
        ],
      },
      { status: 'fulfilled', value: [{ n: 2, at: at(2), tags: [], v: 20 }] },
      { status: 'fulfilled', value: [] },
    ]);
  });

  it('is described once per connection, and parses later batches the same without it', async () => {
    const first = await whileHeld(() => [read(db, ['1', '1']), read(db, ['2', '2'])]);
    const second = await whileHeld(() => [read(db, ['1', '1']), read(db, ['2', '2'])]);
    expect(descriptions).toBe(0); // described by the test before, on this connection
    expect(second).toEqual(first);
  });

  it('answers as a run alone does, where batches are not allowed', async () => {
    const batched = await whileHeld(() => [read(db, ['1', '5'])]);
    expect(batched).toEqual([{ status: 'fulfilled', value: await read(alone, ['1', '5']) }]);
  });

  it('gives a failing run its error; the runs before keep their rows, those after run alone', async () => {
    const results = await whileHeld(() => [
      read(db, ['1', '1']),
      read(db, ['x', '2']),
      read(db, ['2', '3']),
      read(db, ['2', '4']),
    ]);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    expect((results[1] as PromiseRejectedResult).reason).toMatchObject({ code: '22P02' });
    expect(results.slice(2)).toEqual([
      { status: 'fulfilled', value: [{ n: 2, at: at(2), tags: [], v: 3 }] },
      { status: 'fulfilled', value: [{ n: 2, at: at(2), tags: [], v: 4 }] },
    ]);
    // The batch, then each skipped run alone.
    expect(writes).toBe(3);
    // The connection is usable afterwards, outside any transaction.
    expect(await read(db, ['2', '5'])).toEqual([{ n: 2, at: at(2), tags: [], v: 5 }]);
  });

  it('refuses values other than strings before writing anything', async () => {
    const results = await whileHeld(() => [
      read(db, [1 as unknown as string, '1']),
      read(db, ['2', '2']),
    ]);
    expect(results[0]?.status).toBe('rejected');
    expect(results[1]).toEqual({
      status: 'fulfilled',
      value: [{ n: 2, at: at(2), tags: [], v: 2 }],
    });
  });

  it('prepares the read again when its columns changed (a migration), every run answered', async () => {
    const all = batchedRead<Record<string, unknown>>(
      'select * from batched_read where n = $1::int',
    );
    await whileHeld(() => [all(db, ['1'])]);
    await sql`alter table batched_read add column extra text not null default 'x'`.execute(alone);
    try {
      const results = await whileHeld(() => [all(db, ['1']), all(db, ['2'])]);
      expect(results).toEqual([
        { status: 'fulfilled', value: [{ n: 1, at: at(1), tags: ['a'], extra: 'x' }] },
        { status: 'fulfilled', value: [{ n: 2, at: at(2), tags: [], extra: 'x' }] },
      ]);
      // Prepared again on the batch's connection: the next batch is one write again.
      expect(await whileHeld(() => [all(db, ['1']), all(db, ['2'])])).toEqual(results);
      expect(writes).toBe(1);
    } finally {
      await sql`alter table batched_read drop column extra`.execute(alone);
    }
  });

  it('runs alone inside a transaction, where its connection is the transaction’s', async () => {
    await db.transaction().execute(async (trx) => {
      await sql`insert into batched_read values (3, '2026-12-07T03:00:00Z', '{}')`.execute(trx);
      expect(await read(trx, ['3', '7'])).toEqual([{ n: 3, at: at(3), tags: [], v: 7 }]);
      await sql`delete from batched_read where n = 3`.execute(trx);
    });
  });
});
