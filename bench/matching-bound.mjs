// `node bench/matching-bound.mjs`: could proposals stop loading offers early (issue 12)? For the
// generated market of bench/matching.mjs (2 000 suppliers, BENCH_OFFERS_PER_SUPPLIER per
// supplier), asks proposalsFor for everything ('all': every fitting offer scored) for each
// referral and prints, over the referrals, the k-th best total (k = PROPOSALS_LISTED) and how
// many of the fitting offers an exact early stop would still have to load, for three keys SQL
// could order the candidates by: the distance alone, the expected cost alone (with the cheapest
// known), and both. An offer must be loaded while the upper bound of its total from the key —
// the key's parts exactly, every other part at its best (1; continuity at what the referral's
// earlier orders allow) — reaches the k-th best total. It prints figures; it times nothing.
import {
  recreateDatabase,
  startCluster,
  stopCluster,
} from '../packages/server/test/support/postgres-cluster.ts';
import { openDatabase } from '../packages/server/src/db/database.ts';
import { migrateToLatest } from '../packages/server/src/db/migrate.ts';
import { loadConfig } from '../packages/server/src/config.ts';
import {
  PROPOSALS_LISTED,
  proposalsFor,
} from '../packages/server/src/modules/matching/proposals/service.ts';
import { fixedClock } from '../packages/server/src/platform/clock.ts';
import { seedMatchingMarket } from '../packages/server/src/seed/scale-matching.ts';
import { sql } from 'kysely';

const SUPPLIERS = Number(process.env.BENCH_SUPPLIERS ?? 2000);
const PER_SUPPLIER = Number(process.env.BENCH_OFFERS_PER_SUPPLIER ?? 10);
const REFERRALS = Number(process.env.BENCH_REFERRALS ?? 200);

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

const cluster = await startCluster();
try {
  const name = `tildel_bench_bound_${PER_SUPPLIER}`;
  await recreateDatabase(cluster.baseUrl, name);
  const databaseUrl = `${cluster.baseUrl}/${name}`;
  const database = await openDatabase({ databaseUrl });
  try {
    await migrateToLatest(database.db);
    const clock = fixedClock(new Date('2026-11-23T09:00:00Z'));
    const market = await seedMatchingMarket(database.db, clock, {
      suppliers: SUPPLIERS,
      offersPerSupplier: PER_SUPPLIER,
      referrals: REFERRALS,
    });
    await sql`VACUUM (ANALYZE)`.execute(database.db);
    const config = loadConfig({ DATABASE_URL: databaseUrl, PUBLIC_URL: 'http://127.0.0.1' });
    const deps = { db: database.db, databaseKind: 'postgresql', clock, config };
    const actor = { userId: market.userId, name: 'Bound study' };

    const kth = [];
    const share = { distance: [], cost: [], both: [], three: [] };
    let fewer = 0;
    for (const referralId of market.referralIds) {
      const answer = await proposalsFor(deps, market.municipalityId, referralId, actor, 'all');
      const items = answer.proposals.items;
      if (items.length <= PROPOSALS_LISTED) {
        fewer += 1; // every fitting offer is shown: all must be loaded whatever the key
        continue;
      }
      const w = answer.settings.weights;
      const threshold = items[PROPOSALS_LISTED - 1].total;
      kth.push(threshold);
      const points = (item, code) => item.parts.find((p) => p.code === code).points;
      const best = (code) => Math.max(...items.map((i) => points(i, code)));
      // Continuity is known before loading (the referral's earlier orders): its best here.
      const continuityBest = best('continuity');
      const rest = (codes) =>
        codes.reduce((sum, code) => sum + (code === 'continuity' ? continuityBest : w[code]), 0);
      const mustLoad = (bound) => items.filter((i) => bound(i) >= threshold).length / items.length;
      share.distance.push(
        mustLoad(
          (i) => points(i, 'distance') + rest(['cost', 'quality', 'freshness', 'continuity']),
        ),
      );
      share.cost.push(
        mustLoad(
          (i) => points(i, 'cost') + rest(['distance', 'quality', 'freshness', 'continuity']),
        ),
      );
      share.both.push(
        mustLoad(
          (i) =>
            points(i, 'distance') +
            points(i, 'cost') +
            rest(['quality', 'freshness', 'continuity']),
        ),
      );
      share.three.push(
        mustLoad(
          (i) =>
            points(i, 'distance') +
            points(i, 'cost') +
            points(i, 'freshness') +
            rest(['quality', 'continuity']),
        ),
      );
    }
    const line = (label, values, f = (v) => v.toFixed(2)) => {
      const sorted = [...values].sort((a, b) => a - b);
      return `${label.padEnd(44)} min ${f(sorted[0])}  p50 ${f(percentile(sorted, 50))}  p95 ${f(percentile(sorted, 95))}  max ${f(sorted.at(-1))}`;
    };
    const pct = (v) => `${(v * 100).toFixed(0)}%`;
    process.stdout.write(
      [
        '',
        `${SUPPLIERS * PER_SUPPLIER} offers, ${REFERRALS} referrals; ${fewer} with ${PROPOSALS_LISTED} or fewer fitting offers (all loaded whatever the key)`,
        line(`${PROPOSALS_LISTED}th best total (points)`, kth),
        'Share of the fitting offers an exact early stop must load, by key:',
        line('  distance (bound: the rest at best)', share.distance, pct),
        line('  expected cost (the cheapest known)', share.cost, pct),
        line('  distance and cost (quality, freshness best)', share.both, pct),
        line('  distance, cost and freshness (quality best)', share.three, pct),
        '',
      ].join('\n'),
    );
  } finally {
    await database.close().catch((error) => console.error(error));
  }
} finally {
  await stopCluster(cluster);
}
