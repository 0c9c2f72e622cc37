// A named statement is described once per connection (db/prepared.ts): later executions go
// without Describe and parse their rows with what the first RowDescription said, and a statement
// whose columns changed (a migration) is prepared again instead of failing for good.
import pg from 'pg';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { PREPARE_MARK, preparingClient, thenCommit } from '../src/db/prepared.ts';
import { testDatabaseUrl } from './support/worker-database.ts';

const Client = preparingClient(pg.Client);
const client = new Client({ connectionString: testDatabaseUrl() });
await client.connect();
const connection = (client as unknown as { connection: NodeJS.EventEmitter }).connection;
// Answers to Describe: RowDescription for a statement that returns rows, NoData for one that does not.
let descriptions = 0;
let noData = 0;
connection.on('rowDescription', () => descriptions++);
connection.on('noData', () => noData++);

await client.query(
  `create table prepared_describe (n int primary key, at timestamptz not null, ok boolean not null, tags text[] not null)`,
);
await client.query(
  `insert into prepared_describe values (1, '2026-12-07T01:00:00Z', true, '{a,b}'), (2, '2026-12-07T02:00:00Z', false, '{}')`,
);

afterAll(async () => {
  await client.end();
});

beforeEach(() => {
  descriptions = 0;
  noData = 0;
});

const read = `${PREPARE_MARK}select n, at, ok, tags, n + $2::int as sum from prepared_describe where n >= $1 order by n`;

describe('a named statement described once per connection', () => {
  it('parses later executions with the first description: same rows, same types, no Describe', async () => {
    const first = await client.query(read, [1, 10]);
    expect(descriptions).toBe(1);
    const second = await client.query(read, [1, 10]);
    const third = await client.query(read, [2, 20]);
    expect(descriptions).toBe(1);
    expect(second.rows).toEqual(first.rows);
    expect(second.rows[0]).toEqual({
      n: 1,
      at: new Date('2026-12-07T01:00:00Z'),
      ok: true,
      tags: ['a', 'b'],
      sum: 11,
    });
    expect(second.fields.map((f: { name: string }) => f.name)).toEqual([
      'n',
      'at',
      'ok',
      'tags',
      'sum',
    ]);
    expect(third.rows).toEqual([
      { n: 2, at: new Date('2026-12-07T02:00:00Z'), ok: false, tags: [], sum: 22 },
    ]);
    // No rows: still a result with its command and fields.
    const none = await client.query(read, [3, 0]);
    expect(none.rows).toEqual([]);
    expect(none.command).toBe('SELECT');
    expect(none.rowCount).toBe(0);
    expect(descriptions).toBe(1);
  });

  it('keeps that a statement returns no rows (NoData)', async () => {
    const update = `${PREPARE_MARK}update prepared_describe set ok = ok where n = $1`;
    for (let i = 0; i < 3; i++) {
      const answer = await client.query(update, [1]);
      expect(answer.command).toBe('UPDATE');
      expect(answer.rowCount).toBe(1);
      expect(answer.rows).toEqual([]);
    }
    expect(noData).toBe(1);
    expect(descriptions).toBe(0);
  });

  it('answers a statement sent with BEGIN before it and COMMIT after it with its own rows', async () => {
    await client.query(read, [1, 0]);
    const committing = thenCommit({ sql: read, parameters: [], query: {}, queryId: {} } as never)
      .sql as string;
    await client.query(committing, [1, 0]); // described once in its own text too
    // The first BEGIN on a connection prepares it.
    await client.query('begin', []);
    await client.query('commit', []);
    descriptions = 0;
    await client.query('begin', []);
    const inside = await client.query(read, [2, 1]);
    expect(inside.command).toBe('SELECT');
    expect(inside.rows).toEqual([
      { n: 2, at: new Date('2026-12-07T02:00:00Z'), ok: false, tags: [], sum: 3 },
    ]);
    const last = await client.query(committing, [1, 0]);
    expect(last.rows.map((r: { n: number }) => r.n)).toEqual([1, 2]);
    expect((await client.query('commit', [])).command).toBe('COMMIT');
    expect(client.getTransactionStatus()).toBe('I');
    // Both in one write with BEGIN: no rows, so the statement's end alone takes the description.
    await client.query('begin', []);
    const none = await client.query(read, [9, 0]);
    expect(none.rows).toEqual([]);
    expect(none.command).toBe('SELECT');
    await client.query('rollback', []);
    expect(descriptions).toBe(0);
  });
});

describe('a named statement whose columns changed', () => {
  const all = `${PREPARE_MARK}select * from prepared_describe where n = $1`;

  it('is prepared again and answers with the new columns', async () => {
    expect((await client.query(all, [1])).rows[0]).not.toHaveProperty('note');
    await client.query(all, [1]);
    await client.query(`alter table prepared_describe add column note text not null default 'x'`);
    const after = await client.query(all, [1]);
    expect(after.rows[0]).toMatchObject({ n: 1, note: 'x' });
    expect((await client.query(all, [2])).rows[0]).toMatchObject({ n: 2, note: 'x' });
  });

  it('fails inside a transaction, and is prepared again in the next one', async () => {
    await client.query(all, [1]);
    await client.query(`alter table prepared_describe add column level int not null default 7`);
    await client.query('begin', []);
    await expect(client.query(all, [1])).rejects.toMatchObject({ code: '0A000' });
    await client.query('rollback', []);
    await client.query('begin', []);
    expect((await client.query(all, [1])).rows[0]).toMatchObject({ n: 1, note: 'x', level: 7 });
    await client.query('commit', []);
    expect((await client.query(all, [2])).rows[0]).toMatchObject({ n: 2, level: 7 });
  });
});
