// The summaries kept by triggers (offer_match_facts 0029, followup_establishments 0042,
// catalogue_prices 0026, agreement_supplier_kinds 0039) when two transactions write what one of
// them summarises at once: the second waits for the first, both commit, and the summaries show
// both writes. Before 0044 the second failed with a unique violation: it had deleted nothing (the
// first had deleted the rows and inserted its own, invisible to it) and then inserted duplicates.
import { sql, type Transaction } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { DB } from '../src/db/types.ts';
import { createTestApp } from './support/app.ts';
import { createMarket } from './support/tendering.ts';

const t = await createTestApp({}, { poolSize: 4 });
const db = t.database.db;
t.clock.set(new Date('2026-06-15T08:00:00Z'));
const now = t.clock.now();
const market = await createMarket(t, { staffingFirms: 0, hvbHomes: 1 });
const home = market.hvbHomes[0]!;
const establishmentId = home.establishmentId!;

const permit = (reference: string) =>
  db
    .insertInto('permits')
    .values({
      establishment_id: establishmentId,
      supplier_id: home.id,
      authority: 'IVO',
      reference,
      status: 'valid',
      valid_from: '2020-01-01',
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
    .then((r) => r.id);
const first = await permit('IVO-A');
const second = await permit('IVO-B');

/** Each kept summary next to what reading its sources gives, for this market's rows. */
async function keptAndSource() {
  const read = (table: string, where: 'establishment' | 'agreement') =>
    sql<{ row: Record<string, unknown> }>`
      SELECT to_jsonb(k) AS row FROM ${sql.table(table)} k
      WHERE ${
        where === 'establishment'
          ? sql`k.establishment_id = ${establishmentId}`
          : sql`k.agreement_id = ${market.agreement.id}`
      }
      ORDER BY to_jsonb(k)::text`
      .execute(db)
      .then((r) => r.rows.map((x) => x.row));
  const both = async (table: string, where: 'establishment' | 'agreement') => ({
    kept: await read(table, where),
    source: await read(`${table}_source`, where),
  });
  return {
    facts: await both('offer_match_facts', 'establishment'),
    followup: await both('followup_establishments', 'establishment'),
    kinds: await both('agreement_supplier_kinds', 'agreement'),
  };
}

type Write = (trx: Transaction<DB>) => Promise<unknown>;

/**
 * The first write's transaction stays open until the second has had time to reach its triggers;
 * the second must wait for it (not fail, not finish first), and both must commit.
 */
async function twoAtOnce(first: Write, second: Write) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let written!: () => void;
  const firstWritten = new Promise<void>((resolve) => (written = resolve));
  const one = db.transaction().execute(async (trx) => {
    await first(trx);
    written();
    await held;
  });
  await firstWritten;
  let secondDone = false;
  const two = db
    .transaction()
    .execute(second)
    .finally(() => (secondDone = true));
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(secondDone).toBe(false);
  release();
  await one;
  await expect(two).resolves.not.toThrow();
}

/** Every kept summary equals its source: both writes are in it. */
async function expectExact() {
  const summaries = await keptAndSource();
  for (const { kept, source } of Object.values(summaries)) expect(kept).toEqual(source);
  return summaries;
}

describe('summaries kept by triggers, written by two transactions at once', () => {
  it('takes two writers of one establishment’s permits, one after the other', async () => {
    await twoAtOnce(
      (trx) =>
        trx.updateTable('permits').set({ status: 'revoked' }).where('id', '=', first).execute(),
      (trx) =>
        trx
          .updateTable('permits')
          .set({ valid_to: '2030-12-31', open_cases: 2 })
          .where('id', '=', second)
          .execute(),
    );
    const { followup } = await expectExact();
    expect(followup.kept).toEqual([
      expect.objectContaining({ permits: 3, statuses_not_valid: ['revoked'], open_cases: 2 }),
    ]);
  });

  it('takes two writers of one offer’s tariffs (the catalogue’s prices), one after the other', async () => {
    const tariff = (unit: 'day' | 'month', amount: number) => (trx: Transaction<DB>) =>
      trx
        .insertInto('offer_tariffs')
        .values({
          establishment_id: establishmentId,
          supplier_id: home.id,
          unit,
          amount_minor: amount,
          currency: 'SEK',
          valid_from: '2026-01-01',
          created_at: now,
        })
        .execute();
    await twoAtOnce(tariff('day', 310_000), tariff('month', 9_000_000));
    const { facts } = await expectExact();
    expect(JSON.stringify(facts.kept)).toContain('9000000');
    const prices = await sql<{ n: string }>`
      SELECT count(*) AS n FROM catalogue_prices WHERE establishment_id = ${establishmentId}`.execute(
      db,
    );
    expect(Number(prices.rows[0]!.n)).toBeGreaterThan(0);
  });

  it('takes two writers of one supplier’s lots on an agreement, one after the other', async () => {
    const lot = await db
      .insertInto('agreement_lots')
      .values({
        agreement_id: market.agreement.id,
        organisation_id: market.body.id,
        number: 2,
        name: 'Skåne sydost',
        category_id: market.agreement.categoryId,
        calloff_method: 'ranking',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await twoAtOnce(
      (trx) =>
        trx
          .insertInto('lot_suppliers')
          .values({
            lot_id: lot.id,
            supplier_id: home.id,
            agreement_id: market.agreement.id,
            organisation_id: market.body.id,
            rank: 1,
            status: 'active',
          })
          .execute(),
      (trx) =>
        trx
          .updateTable('lot_suppliers')
          .set({ status: 'terminated' })
          .where('lot_id', '=', market.agreement.lotId)
          .where('supplier_id', '=', home.id)
          .execute(),
    );
    const { kinds } = await expectExact();
    expect(kinds.kept).toHaveLength(1);
  });
});
