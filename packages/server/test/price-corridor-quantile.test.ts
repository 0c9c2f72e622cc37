// The price corridor's quartiles are computed in SQL (price_corridor_quantile, migration 0040) to
// spare sending ~32 000 prices to the server: they must be the domain's priceCorridor exactly, on
// ties, odd and even counts, halves rounded to even, and amounts too large for a double's quarters.
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { priceCorridor } from '@tildel/domain/matching/price-corridor';
import { money } from '@tildel/domain/money';
import { openTestDatabase } from './support/worker-database.ts';

const database = await openTestDatabase();

/** The corridor as the route's SQL gives it: the amounts sorted by array_agg, then the quantiles. */
async function corridorInSql(amounts: readonly number[]) {
  const { rows } = await sql<Record<'lowest' | 'q1' | 'median' | 'q3' | 'highest', string>>`
    SELECT sorted[1] AS lowest, price_corridor_quantile(sorted, 1, 4) AS q1,
      price_corridor_quantile(sorted, 1, 2) AS median,
      price_corridor_quantile(sorted, 3, 4) AS q3, sorted[cardinality(sorted)] AS highest
    FROM (SELECT array_agg(a ORDER BY a) AS sorted FROM unnest(${amounts.map(String)}::bigint[]) a) s
  `.execute(database.db);
  const row = rows[0]!;
  return [row.lowest, row.q1, row.median, row.q3, row.highest].map(Number);
}

function corridorInDomain(amounts: readonly number[]) {
  const c = priceCorridor(amounts.map((a) => money(a, 'SEK')))!;
  return [c.lowest, c.lowerQuartile, c.median, c.upperQuartile, c.highest].map((m) => m.amount);
}

/** A fixed pseudo-random sequence (Park and Miller's), so a failure can be run again. */
function* lcg(seed: number) {
  let state = seed;
  for (;;) {
    state = (state * 48_271) % 2_147_483_647;
    yield state;
  }
}

describe('price_corridor_quantile', () => {
  it('gives the domain’s corridor on small lists: ties, odd and even counts, halves to even', async () => {
    const lists = [
      [65_000],
      [0, 1], // 0.25 → 0, 0.5 → 0 (even), 0.75 → 1
      [3, 0], // 0.75 → 1, 1.5 → 2 (even), 2.25 → 2
      [1, 2], // 1.5 → 2 (even)
      [2, 3, 2, 3], // ties on both sides of every position
      [70_000, 60_000, 75_000, 65_000],
      [50, 10, 40, 20, 30],
      [5, 5, 5, 5, 5, 5],
      [1, 1, 1, 2, 2, 2, 9],
      [-7, -2, 3], // the domain's rounding holds below zero too: −4.5 → −4 (even)
      [-3, 0], // −1.5 → −2 (even)
      [2 ** 52, 2 ** 52 + 1, 2 ** 52 + 3], // quarters no double can hold
    ];
    for (const amounts of lists)
      expect(await corridorInSql(amounts), String(amounts)).toEqual(corridorInDomain(amounts));
  });

  it('gives the domain’s corridor on generated lists of every count from 1 to 60', async () => {
    const random = lcg(15);
    for (let count = 1; count <= 60; count += 1) {
      // Few distinct values in a narrow range, so ties and exact halves are common.
      const spread = count % 3 === 0 ? 7 : 100_000;
      const amounts = Array.from({ length: count }, () => random.next().value! % spread);
      expect(await corridorInSql(amounts), String(amounts)).toEqual(corridorInDomain(amounts));
    }
  });
});

afterAll(() => database.close());
