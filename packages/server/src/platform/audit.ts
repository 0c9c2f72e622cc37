// The audit trail: append-only, written in the same transaction as the change it records.
// One hash chain per tenant; each record hashes its content and the previous record's hash.
import { createHash } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
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

export async function appendAudit(
  trx: Transaction<DB>,
  clock: Clock,
  entry: AuditEntry,
): Promise<void> {
  const chain = chainOf(entry.organisationId);
  // Creating or locking the chain's head row in one statement orders concurrent writers of one
  // tenant; other tenants go on. (The no-op update is what takes the row lock and returns it.)
  const head = await trx
    .insertInto('audit_chain_heads')
    .values({ chain, seq: 0, hash: GENESIS_HASH })
    .onConflict((oc) => oc.column('chain').doUpdateSet({ chain: (eb) => eb.ref('excluded.chain') }))
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
  const content: HashedContent = {
    chain,
    seq: Number(head.seq) + 1,
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
  const hash = auditHash(content);
  // The record and the new head in one round trip.
  await trx
    .with('appended', (db) =>
      db
        .insertInto('audit_log')
        .values({
          chain,
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
          hash,
        })
        .returning('seq'),
    )
    .updateTable('audit_chain_heads')
    .set({ seq: content.seq, hash })
    .where('chain', '=', chain)
    .execute();
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
