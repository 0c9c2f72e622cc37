// `node bench/catalogue.mjs`: server-side latency of the catalogue search (p50, p95) over
// generated markets of 2 000 and 4 000 suppliers with 10 establishments each (packages/server/
// src/seed/scale.ts), for several typical filter mixes, in one run. Times the service function
// itself — criteria check, category check and the one search query — without HTTP. Targets:
// p95 ≤ 20 ms per mix at 2 000 suppliers, and at 4 000 at most 1.2× that (the ratio is printed).
// Run by Node 24 (node_modules/.bin/node), which imports the server's .ts files directly.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import {
  recreateDatabase,
  startCluster,
  stopCluster,
} from '../packages/server/test/support/postgres-cluster.ts';
import { loadConfig } from '../packages/server/src/config.ts';
import { openDatabase } from '../packages/server/src/db/database.ts';
import { migrateToLatest } from '../packages/server/src/db/migrate.ts';
import { search } from '../packages/server/src/modules/matching/catalogue/service.ts';
import { systemClock } from '../packages/server/src/platform/clock.ts';
import { seedScaleMarket } from '../packages/server/src/seed/scale.ts';

/** Market sizes measured in one run; the last against the first is the growth (≤ 1.2× wanted). */
const SIZES = (process.env.BENCH_SUPPLIERS ?? '2000,4000').split(',').map(Number);
const PER_SUPPLIER = 10;
const WARMUP = 30;
const RUNS = Number(process.env.BENCH_RUNS ?? 300);
/** The timed calls are made in this many turns per market, the markets taking turns. */
const TURNS = 10;
const TARGET_P95_MS = 20;
const TARGET_GROWTH = 1.2;

/** The searches a caseworker or buyer typically makes, by the categories' codes. */
const MIXES = [
  {
    name: 'youth HVB, ≥1 free, ≤100 km, by distance',
    query: (c) => ({
      category: c.hvb_youth,
      targetGroup: 'youth_13_17',
      minFreePlaces: 1,
      near: '1290',
      maxDistanceKm: 100,
      sort: 'distance',
    }),
  },
  {
    name: 'HVB, age 15, permit valid, by price',
    query: (c) => ({ category: c.hvb_youth, age: 15, permitValid: true, sort: 'price' }),
  },
  {
    name: 'HVB, female, price 2–3.5k SEK, by price',
    query: (c) => ({
      category: c.hvb_youth,
      gender: 'female',
      priceMin: 200_000,
      priceMax: 350_000,
      sort: 'price',
    }),
  },
  {
    name: 'supported housing, ≥2 free, ≤300 km, by distance',
    query: (c) => ({
      category: c.supported_housing,
      minFreePlaces: 2,
      near: '1290',
      maxDistanceKm: 300,
      sort: 'distance',
    }),
  },
  {
    name: 'supported housing in one municipality',
    query: (c) => ({ category: c.supported_housing, municipality: '1290', sort: 'name' }),
  },
  { name: 'no filters, by name (whole market)', query: () => ({ sort: 'name' }) },
];

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

/** Generates a market of `suppliers` in a database of its own, ready to be searched. */
async function prepare(cluster, suppliers) {
  const name = `tildel_bench_catalogue_${suppliers}`;
  await recreateDatabase(cluster.baseUrl, name);
  const databaseUrl = `${cluster.baseUrl}/${name}`;
  const database = await openDatabase({ databaseUrl });
  await migrateToLatest(database.db);
  const loadStart = performance.now();
  const market = await seedScaleMarket(database.db, systemClock, {
    suppliers,
    establishmentsPerSupplier: PER_SUPPLIER,
  });
  const loadSeconds = (performance.now() - loadStart) / 1000;
  // A running database's tables are vacuumed by autovacuum soon after a bulk load (it reacts
  // to inserts too); vacuuming here measures that steady state, in which the count can read
  // the visibility map instead of every row, rather than the minutes just after the load.
  // (A VACUUM right after the load may not mark the pages yet while autovacuum's own ANALYZE
  // of the new rows holds a snapshot: vacuum again until it has.)
  await sql`VACUUM (ANALYZE)`.execute(database.db);
  for (let attempt = 0; attempt < 10; attempt++) {
    const { rows } = await sql`
      SELECT relpages, relallvisible FROM pg_class WHERE relname = 'establishments'`.execute(
      database.db,
    );
    if (rows[0].relallvisible >= rows[0].relpages) break;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await sql`VACUUM establishments`.execute(database.db);
  }
  process.stdout.write(
    `Generated ${suppliers} suppliers, ${market.establishments} establishments in ${loadSeconds.toFixed(1)} s\n`,
  );
  const config = loadConfig({ DATABASE_URL: databaseUrl, PUBLIC_URL: 'http://127.0.0.1' });
  const deps = { db: database.db, databaseKind: 'postgresql', clock: systemClock, config };
  const queries = MIXES.map((mix) => ({ limit: 25, offset: 0, ...mix.query(market.categories) }));
  // The matches as the catalogue says them: "1000+" is more than its count limit.
  const totals = [];
  for (const query of queries) {
    let answer;
    for (let i = 0; i < WARMUP; i++) answer = await search(deps, market.municipalityId, query);
    totals.push(`${answer.total}${answer.totalCapped ? '+' : ''}`);
  }
  return {
    suppliers,
    establishments: market.establishments,
    database,
    search: (query) => search(deps, market.municipalityId, query),
    queries,
    totals,
    roundTrip: [],
    times: MIXES.map(() => []),
  };
}

/** One turn on a market: the floor (a `SELECT 1` round trip) and `runs` calls of every mix. */
async function timeTurn(market, runs) {
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await sql`SELECT 1`.execute(market.database.db);
    market.roundTrip.push(performance.now() - start);
  }
  for (const [m, query] of market.queries.entries()) {
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await market.search(query);
      market.times[m].push(performance.now() - start);
    }
  }
}

const cluster = await startCluster();
const markets = [];
try {
  for (const suppliers of SIZES) markets.push(await prepare(cluster, suppliers));
  // The sizes are timed in turns, so that other work on a shared machine falls on both alike:
  // the growth is a ratio between them.
  for (let turn = 0; turn < TURNS; turn++) {
    for (const market of markets) await timeTurn(market, Math.ceil(RUNS / TURNS));
  }
  const runs = markets.map((market) => {
    const sorted = (times) => [...times].sort((a, b) => a - b);
    return {
      suppliers: market.suppliers,
      establishments: market.establishments,
      roundTrip: sorted(market.roundTrip),
      results: MIXES.map((mix, m) => {
        const times = sorted(market.times[m]);
        return {
          name: mix.name,
          total: market.totals[m],
          p50: percentile(times, 50),
          p95: percentile(times, 95),
        };
      }),
    };
  });

  const cpus = os.cpus();
  const machine = `${os.availableParallelism()} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${os.platform()} ${os.arch()}`;
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const width = Math.max(...MIXES.map((m) => m.name.length), 32);
  const lines = [
    '',
    `${date} UTC, ${machine}, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)}; ${RUNS} runs per mix in ${TURNS} turns per market, after ${WARMUP} warm-up`,
  ];
  for (const run of runs) {
    lines.push(
      '',
      `${run.suppliers} suppliers, ${run.establishments} establishments`,
      `${'mix'.padEnd(width)}  matches   p50 ms   p95 ms`,
      `${'(baseline: SELECT 1 round trip)'.padEnd(width)}  ${''.padStart(7)}  ${percentile(run.roundTrip, 50).toFixed(2).padStart(7)}  ${percentile(run.roundTrip, 95).toFixed(2).padStart(7)}`,
      ...run.results.map(
        (r) =>
          `${r.name.padEnd(width)}  ${String(r.total).padStart(7)}  ${r.p50.toFixed(2).padStart(7)}  ${r.p95.toFixed(2).padStart(7)}${r.p95 > TARGET_P95_MS ? '  ABOVE TARGET' : ''}`,
      ),
    );
  }
  if (runs.length > 1) {
    const [small, large] = [runs[0], runs.at(-1)];
    lines.push(
      '',
      `growth ${small.suppliers} → ${large.suppliers} suppliers, p95 ratio per mix (target ≤ ${TARGET_GROWTH}):`,
      ...small.results.map((r, i) => {
        const ratio = large.results[i].p95 / r.p95;
        return `${r.name.padEnd(width)}  ${ratio.toFixed(2).padStart(5)}${ratio > TARGET_GROWTH ? '  ABOVE TARGET' : ''}`;
      }),
    );
  }
  lines.push(
    `targets: p95 ≤ ${TARGET_P95_MS} ms per mix at ${SIZES[0]} suppliers; p95 at ${SIZES.at(-1)} ≤ ${TARGET_GROWTH}× that`,
    '',
  );
  process.stdout.write(lines.join('\n') + '\n');
} finally {
  for (const market of markets) await market.database.close().catch((e) => console.error(e));
  await stopCluster(cluster);
}
