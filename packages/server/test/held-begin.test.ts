// A transaction's BEGIN travels with its first statement, and its COMMIT may travel with its last
// (db/prepared.ts): one write instead of two each, and the same transaction as before.
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { PREPARE_MARK, preparingClient, thenCommit } from '../src/db/prepared.ts';
import { openTestDatabase, testDatabaseUrl } from './support/worker-database.ts';

const Client = preparingClient(pg.Client);
const client = new Client({ connectionString: testDatabaseUrl() });
await client.connect();
// Every write to PostgreSQL's socket (pg corks a statement's messages into one write).
let writes = 0;
const socket = (client as unknown as { connection: { stream: Record<string, unknown> } }).connection
  .stream;
for (const method of ['_write', '_writev']) {
  const original = socket[method] as (...args: unknown[]) => unknown;
  socket[method] = (...args: unknown[]) => {
    writes++;
    return original.apply(socket, args);
  };
}

// One connection, so the transactions below run where BEGIN is already prepared.
const database = await openTestDatabase({ poolSize: 1 });
const db = database.db;
await sql`create table held_begin (n int primary key)`.execute(db);

afterAll(async () => {
  await client.end();
  await database.close();
});

// With a value: a statement without values may hold several and goes alone, after BEGIN.
const txid = 'select txid_current()::text as id, $1::int as n';

describe('BEGIN held back for the first statement', () => {
  it('sends BEGIN and the first statement in one write, in one transaction', async () => {
    // The first BEGIN on a connection prepares it: a round trip of its own.
    await client.query('begin', []);
    await client.query('commit', []);
    writes = 0;
    expect((await client.query('begin', [])).command).toBe('BEGIN');
    expect(writes).toBe(0);
    const first = await client.query(txid, [1]);
    expect(writes).toBe(1);
    const second = await client.query(`${PREPARE_MARK}${txid}`, [1]);
    expect(first.rows).toEqual(second.rows);
    expect((await client.query('commit', [])).command).toBe('COMMIT');
    expect(writes).toBe(3);
    const after = await client.query(txid, [1]);
    expect(after.rows).not.toEqual(first.rows);
  });

  it('answers the first statement with its own result, prepared or not', async () => {
    await client.query('begin', []);
    const inserted = await client.query(
      `${PREPARE_MARK}insert into held_begin (n) values ($1), ($2) returning n`,
      [1, 2],
    );
    expect(inserted.command).toBe('INSERT');
    expect(inserted.rowCount).toBe(2);
    expect(inserted.rows).toEqual([{ n: 1 }, { n: 2 }]);
    await client.query('rollback', []);
    expect((await client.query('select count(*)::int as n from held_begin', [])).rows).toEqual([
      { n: 0 },
    ]);
  });

  it('ends a transaction that ran nothing without a round trip', async () => {
    await client.query('begin', []);
    writes = 0;
    expect((await client.query('commit', [])).command).toBe('COMMIT');
    await client.query('begin', []);
    expect((await client.query('rollback', [])).command).toBe('ROLLBACK');
    expect(writes).toBe(0);
    expect(client.getTransactionStatus()).toBe('I');
  });

  it('sends BEGIN alone before a first statement without values (it may hold several)', async () => {
    await client.query('begin', []);
    const answer = await client.query('select 1 as a; select txid_current()::text as id', []);
    expect(Array.isArray(answer)).toBe(true);
    expect(client.getTransactionStatus()).toBe('T');
    await client.query('rollback', []);
  });

  it('fails the first statement alone, and the transaction rolls back', async () => {
    await client.query('begin', []);
    await expect(client.query('select * from no_such_table where 1 = $1', [1])).rejects.toThrow(
      /no_such_table/,
    );
    await expect(client.query('select $1::int as one', [1])).rejects.toThrow(/aborted/);
    await client.query('rollback', []);
    expect((await client.query('select 1 as one', [])).rows).toEqual([{ one: 1 }]);
  });
});

/** A prepared statement marked to commit its transaction. */
function committing(text: string) {
  return thenCommit({
    sql: `${PREPARE_MARK}${text}`,
    parameters: [],
    query: {},
    queryId: {},
  } as never).sql as string;
}

describe('COMMIT sent with the last statement', () => {
  it('commits in the same write, and answers the COMMIT that follows without a round trip', async () => {
    await client.query('begin', []);
    await client.query(txid, [1]);
    writes = 0;
    const inserted = await client.query(
      committing('insert into held_begin (n) values ($1) returning n'),
      [30],
    );
    expect(inserted.rows).toEqual([{ n: 30 }]);
    expect(writes).toBe(1);
    expect((await client.query('commit', [])).command).toBe('COMMIT');
    expect(writes).toBe(1);
    expect(client.getTransactionStatus()).toBe('I');
    const stored = await client.query('select n from held_begin where n = $1', [30]);
    expect(stored.rows).toEqual([{ n: 30 }]);
  });

  it('commits nothing when the statement fails', async () => {
    await client.query('begin', []);
    await client.query('insert into held_begin (n) values ($1)', [31]);
    await expect(
      client.query(committing('insert into held_begin (n) values ($1)'), [31]),
    ).rejects.toThrow(/duplicate key/);
    await expect(client.query('select $1::int as one', [1])).rejects.toThrow(/aborted/);
    await client.query('rollback', []);
    const stored = await client.query('select n from held_begin where n = $1', [31]);
    expect(stored.rows).toEqual([]);
  });

  it('refuses a statement after it instead of running it outside the transaction', async () => {
    await client.query('begin', []);
    await client.query(committing('insert into held_begin (n) values ($1)'), [32]);
    await expect(client.query('insert into held_begin (n) values ($1)', [33])).rejects.toThrow(
      /committed with its last statement/,
    );
    const stored = await client.query('select n from held_begin where n in (32, 33)', []);
    expect(stored.rows).toEqual([{ n: 32 }]);
  });

  it('does not commit outside a transaction', async () => {
    const answer = await client.query(committing('select $1::int as n'), [1]);
    expect(answer.rows).toEqual([{ n: 1 }]);
    expect((await client.query('select $1::int as n', [2])).rows).toEqual([{ n: 2 }]);
  });
});

describe('Kysely transactions over the pool', () => {
  it('commit what they wrote and run every statement in one transaction', async () => {
    const ids = await db.transaction().execute(async (trx) => {
      await sql`insert into held_begin (n) values (${10})`.execute(trx);
      const a = await sql<{ id: string }>`select txid_current()::text as id`.execute(trx);
      const b = await sql<{ id: string }>`select txid_current()::text as id`.execute(trx);
      return [a.rows[0]!.id, b.rows[0]!.id];
    });
    expect(ids[0]).toBe(ids[1]);
    const stored = await sql<{ n: number }>`select n from held_begin where n = 10`.execute(db);
    expect(stored.rows).toEqual([{ n: 10 }]);
  });

  it('roll back everything when the callback fails after the first statement', async () => {
    await expect(
      db.transaction().execute(async (trx) => {
        await sql`insert into held_begin (n) values (${20})`.execute(trx);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    await expect(
      db.transaction().execute(async (trx) => {
        await sql`insert into held_begin (n) values (${21})`.execute(trx);
        await sql`insert into held_begin (n) values (${21})`.execute(trx);
      }),
    ).rejects.toThrow(/duplicate key/);
    const stored = await sql<{ n: number }>`select n from held_begin where n in (20, 21)`.execute(
      db,
    );
    expect(stored.rows).toEqual([]);
    // The connection is clean for the next user.
    const open = await sql<{
      open: boolean;
    }>`select now() <> statement_timestamp() as open`.execute(db);
    expect(open.rows).toEqual([{ open: false }]);
  });
});
