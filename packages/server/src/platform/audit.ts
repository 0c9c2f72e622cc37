// The audit trail: append-only, written in the same transaction as the change it records.
// One hash chain per tenant; each record hashes its content and the previous record's hash.
import { createHash } from 'node:crypto';
import {
  sql,
  type Compilable,
  type Kysely,
  type OperationNodeSource,
  type QueryCreator,
  type Selectable,
  type Transaction,
} from 'kysely';
import { PREPARE_MARK, template, thenCommit } from '../db/prepared.ts';
import type { AuditLogTable, DB } from '../db/types.ts';
import { canonicalJson, toJsonValue } from './canonical-json.ts';
import type { Clock } from './clock.ts';

export const GENESIS_HASH = '0'.repeat(64);
export const PLATFORM_CHAIN = 'platform';

export interface AuditEntry {
  organisationId: string | null;
  actorUserId: string | null;
  action: string;
  objectType: string;
  objectId: string;
  before?: unknown;
  after?: unknown;
}

interface HashedContent {
  chain: string;
  seq: number;
  at: string;
  organisationId: string | null;
  actorUserId: string | null;
  action: string;
  objectType: string;
  objectId: string;
  before: unknown;
  after: unknown;
  prevHash: string;
}

export function auditHash(content: HashedContent): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/** The hash a stored record should carry, recomputed from its columns. */
export function recordHash(row: Selectable<AuditLogTable>): string {
  return auditHash({
    chain: row.chain,
    seq: Number(row.seq),
    at: new Date(row.at).toISOString(),
    organisationId: row.organisation_id,
    actorUserId: row.actor_user_id,
    action: row.action,
    objectType: row.object_type,
    objectId: row.object_id,
    before: row.before ?? null,
    after: row.after ?? null,
    prevHash: row.prev_hash,
  });
}

export function chainOf(organisationId: string | null): string {
  return organisationId ?? PLATFORM_CHAIN;
}

/** A chain's head as locked in the current transaction: the last record's seq and hash. */
export interface ChainHead {
  chain: string;
  seq: number;
  hash: string;
}

/**
 * Creates or locks the chain's head row and returns it, as a query to run alone or as a CTE of a
 * larger statement. Locking the head orders concurrent writers of one tenant; other tenants go on.
 * (The no-op update is what takes the row lock and returns it.) With `after`, the name of an
 * earlier CTE of the same statement, the head is created or locked only when that CTE has a row,
 * and only after it ran, so the statement's locks are taken in a known order.
 */
export function chainHeadLock(db: QueryCreator<DB>, organisationId: string | null, after?: string) {
  const chain = chainOf(organisationId);
  const insert = db.insertInto('audit_chain_heads');
  return (
    after === undefined
      ? insert.values({ chain, seq: 0, hash: GENESIS_HASH })
      : insert
          .columns(['chain', 'seq', 'hash'])
          .expression(
            sql`select ${chain}::text, 0, ${GENESIS_HASH}::text from ${sql.table(after)} limit 1`,
          )
  )
    .onConflict((oc) => oc.column('chain').doUpdateSet({ chain: (eb) => eb.ref('excluded.chain') }))
    .returning(['seq', 'hash']);
}

/** Creates or locks the chain's head for the records this transaction will append. */
export async function lockChainHead(
  trx: Transaction<DB>,
  organisationId: string | null,
): Promise<ChainHead> {
  const head = await chainHeadLock(trx, organisationId).executeTakeFirstOrThrow();
  return { chain: chainOf(organisationId), seq: Number(head.seq), hash: head.hash };
}

/** The next record after `head` as its columns, hash included. */
function nextRecord(head: ChainHead, clock: Clock, entry: AuditEntry) {
  const content: HashedContent = {
    chain: head.chain,
    seq: head.seq + 1,
    at: clock.now().toISOString(),
    organisationId: entry.organisationId,
    actorUserId: entry.actorUserId,
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId,
    before: toJsonValue(entry.before),
    after: toJsonValue(entry.after),
    prevHash: head.hash,
  };
  return {
    chain: content.chain,
    seq: content.seq,
    at: content.at,
    organisation_id: content.organisationId,
    actor_user_id: content.actorUserId,
    action: content.action,
    object_type: content.objectType,
    object_id: content.objectId,
    before: content.before === null ? null : JSON.stringify(content.before),
    after: content.after === null ? null : JSON.stringify(content.after),
    prev_hash: content.prevHash,
    hash: auditHash(content),
  };
}

/** Moves the head on past the record just written (the caller holds its lock). */
function advance(head: ChainHead, record: { seq: number; hash: string }) {
  head.seq = record.seq;
  head.hash = record.hash;
}

export async function appendAudit(
  trx: Transaction<DB>,
  clock: Clock,
  entry: AuditEntry,
): Promise<void> {
  const head = await lockChainHead(trx, entry.organisationId);
  const record = nextRecord(head, clock, entry);
  // The record and the new head in one round trip.
  await trx
    .with('appended', (db) => db.insertInto('audit_log').values(record).returning('seq'))
    .updateTable('audit_chain_heads')
    .set({ seq: record.seq, hash: record.hash })
    .where('chain', '=', head.chain)
    .execute();
  advance(head, record);
}

/** audit_log's columns as a record is written, with their types (a select gives no target type). */
const RECORD_TYPES = {
  chain: 'text',
  seq: 'bigint',
  at: 'timestamptz',
  organisation_id: 'uuid',
  actor_user_id: 'uuid',
  action: 'text',
  object_type: 'text',
  object_id: 'text',
  before: 'jsonb',
  after: 'jsonb',
  prev_hash: 'text',
  hash: 'text',
} as const satisfies Record<keyof ReturnType<typeof nextRecord>, string>;

type RecordColumn = keyof typeof RECORD_TYPES;
const RECORD_COLUMNS = Object.keys(RECORD_TYPES) as RecordColumn[];

/**
 * The statement of a change with its audit record: the change, the record (written only when the
 * change returns a row) and the moved head as CTEs; it answers the change's rows.
 */
function changeWithRecord<Row>(
  change: Compilable<Row> & OperationNodeSource,
  record: Record<RecordColumn, unknown>,
) {
  return sql<Row>`with change as (${change}),
    appended as (
      insert into audit_log (${sql.join(RECORD_COLUMNS.map((c) => sql.ref(c)))})
      select ${sql.join(RECORD_COLUMNS.map((c) => sql`${record[c]}::${sql.raw(RECORD_TYPES[c])}`))} from change limit 1
      returning seq
    ),
    moved as (
      update audit_chain_heads set seq = ${record.seq}, hash = ${record.hash}
      where chain = ${record.chain} and exists (select from appended)
    )
    select * from change`;
}

/** The record of `entry` after `head`, which must be locked and of the entry's chain. */
function recordAfter(head: ChainHead, clock: Clock, entry: AuditEntry) {
  if (head.chain !== chainOf(entry.organisationId))
    throw new Error(`The head of chain ${head.chain} cannot take a record of another chain`);
  return nextRecord(head, clock, entry);
}

/**
 * Runs a change (an insert or update with `returning`) and appends its audit record in the same
 * statement, one round trip for both; the record is written only when the change returns a row.
 * `head` must be locked in this transaction (lockChainHead, or chainHeadLock in an earlier
 * statement) and is moved on when the record is written. Returns the change's first row.
 */
export async function changeWithAudit<Row>(
  trx: Transaction<DB>,
  head: ChainHead,
  clock: Clock,
  entry: AuditEntry,
  change: Compilable<Row> & OperationNodeSource,
): Promise<Row | undefined> {
  const record = recordAfter(head, clock, entry);
  const statement = changeWithRecord(change, record).compile(trx);
  const { rows } = await trx.executeQuery<Row>({
    ...statement,
    sql: PREPARE_MARK + statement.sql,
  });
  const row = rows[0];
  if (row !== undefined) advance(head, record);
  return row;
}

/** The values of an audit record as a template takes them, beside the change's own. */
type RecordValues = { [C in RecordColumn as `audit.${C}`]: unknown };

/**
 * changeWithAudit for a change of one fixed shape, run often (a bid): the statement is built and
 * compiled once (template in db/prepared.ts) and run with the change's values and the record's.
 * `change` builds the change from stand-ins for its values, as a template's `build` does. With
 * `commits`, the statement commits its transaction (thenCommit in db/prepared.ts): it must be the
 * transaction's last, and its caller must leave the transaction whatever it answers.
 */
export function templateWithAudit<V extends object, Row>(
  change: (db: Transaction<DB>, values: V) => Compilable<Row> & OperationNodeSource,
  options: { commits?: boolean } = {},
) {
  const statement = template((db: Transaction<DB>, values: V & RecordValues) => ({
    compile: () =>
      changeWithRecord(
        change(db, values),
        Object.fromEntries(RECORD_COLUMNS.map((c) => [c, values[`audit.${c}`]])) as Record<
          RecordColumn,
          unknown
        >,
      ).compile(db),
  }));
  return async (
    trx: Transaction<DB>,
    head: ChainHead,
    clock: Clock,
    entry: AuditEntry,
    values: V,
  ): Promise<Row | undefined> => {
    const record = recordAfter(head, clock, entry);
    const recordValues = Object.fromEntries(
      RECORD_COLUMNS.map((c) => [`audit.${c}`, record[c]]),
    ) as RecordValues;
    const compiled = statement(trx, { ...values, ...recordValues });
    const { rows } = await trx.executeQuery(options.commits ? thenCommit(compiled) : compiled);
    const row = rows[0];
    if (row !== undefined) advance(head, record);
    return row;
  };
}

export type ChainProblemReason = 'tampered' | 'missing' | 'broken_link';

export interface ChainVerification {
  chain: string;
  ok: boolean;
  checked: number;
  firstProblem: { seq: number; id: string | null; reason: ChainProblemReason } | null;
}

const PAGE = 1000;

/** Walks one chain in order and reports the first record that is tampered with or missing. */
export async function verifyAuditChain(db: Kysely<DB>, chain: string): Promise<ChainVerification> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  const fail = (seq: number, id: string | null, reason: ChainProblemReason): ChainVerification => ({
    chain,
    ok: false,
    checked,
    firstProblem: { seq, id, reason },
  });
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('chain', '=', chain)
      .where('seq', '>=', String(expectedSeq))
      .orderBy('seq')
      .limit(PAGE)
      .execute();
    for (const row of rows) {
      const seq = Number(row.seq);
      if (seq !== expectedSeq) return fail(expectedSeq, null, 'missing');
      if (row.prev_hash !== prevHash) return fail(seq, row.id, 'broken_link');
      if (recordHash(row) !== row.hash) return fail(seq, row.id, 'tampered');
      prevHash = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (rows.length < PAGE) break;
  }
  const head = await db
    .selectFrom('audit_chain_heads')
    .select(['seq', 'hash'])
    .where('chain', '=', chain)
    .executeTakeFirst();
  // Records removed from the end of the chain leave the head pointing past the last record.
  if (head && (Number(head.seq) !== expectedSeq - 1 || head.hash !== prevHash)) {
    return fail(expectedSeq, null, 'missing');
  }
  return { chain, ok: true, checked, firstProblem: null };
}

export async function verifyAllAuditChains(db: Kysely<DB>): Promise<ChainVerification[]> {
  const chains = await db
    .selectFrom('audit_chain_heads')
    .select('chain')
    .union(db.selectFrom('audit_log').select('chain').distinct())
    .execute();
  const results: ChainVerification[] = [];
  for (const { chain } of chains.sort((a, b) => a.chain.localeCompare(b.chain))) {
    results.push(await verifyAuditChain(db, chain));
  }
  return results;
}
