// `node bench/spend.mjs` (npm run bench:spend): latency of each spend view through HTTP (p50,
// p95) over a generated market with 1 000 000 orders of one municipality (packages/server/src/
// seed/scale.ts: seedScaleMarket, then seedScaleOrders), asked by that municipality's controller,
// so every view sums all the orders. Target: p95 ≤ 300 ms per view. BENCH_ORDERS and BENCH_RUNS
// change the size and the runs. BENCH_DATABASE_URL (postgresql://…/name) uses and keeps that
// database instead of a throwaway cluster: migrated every run, the orders generated only when it
// has none, so a run after a change of the views (or a new migration) skips the 10–13 minutes of
// generating. Run by Node 24 (node_modules/.bin/node), which imports the
// server's .ts files directly.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  recreateDatabase,
  startCluster,
  stopCluster,
} from '../packages/server/test/support/postgres-cluster.ts';
import { createSession } from '../packages/server/test/support/factories.ts';
import { buildApp } from '../packages/server/src/app.ts';
import { loadConfig } from '../packages/server/src/config.ts';
import { openDatabase } from '../packages/server/src/db/database.ts';
import { migrateToLatest } from '../packages/server/src/db/migrate.ts';
import { systemClock } from '../packages/server/src/platform/clock.ts';
import { seedScaleMarket, seedScaleOrders } from '../packages/server/src/seed/scale.ts';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 1_000_000);
const WARMUP = 2;
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const TARGET_P95_MS = 300;

/** The views of the spend pages and the controller's home page. */
const VIEWS = [
  'spend?by=service',
  'spend?by=supplier',
  'spend?by=municipality',
  'spend?by=framework',
  'spend?by=procedure',
  'spend?by=period&interval=month',
  'spend?by=supplier&from=2026-01-01&to=2026-03-31',
  'spend/years?by=service',
  'spend/years?by=supplier',
  'prices?interval=quarter',
];

/** The municipality and its controller of orders a kept database already has. */
async function generatedBefore(db) {
  const row = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['memberships.organisation_id', 'memberships.user_id'])
    .where('users.email', '=', 'controller@scale.scale.test')
    .executeTakeFirst();
  if (!row) return undefined;
  const { orders } = await db
    .selectFrom('orders')
    .select((eb) => eb.fn.countAll().as('orders'))
    .executeTakeFirstOrThrow();
  process.stdout.write(`Kept database: ${orders} orders, not generated again\n`);
  return { municipalityId: row.organisation_id, userId: row.user_id, orders: Number(orders) };
}

async function generate(db) {
  const loadStart = performance.now();
  const market = await seedScaleMarket(db, systemClock, { suppliers: 2000 });
  const { userId } = await seedScaleOrders(db, systemClock, market, { orders: ORDERS });
  const loadSeconds = (performance.now() - loadStart) / 1000;
  process.stdout.write(`Generated ${ORDERS} orders in ${loadSeconds.toFixed(1)} s\n`);
  return { municipalityId: market.municipalityId, userId, orders: ORDERS };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

const keptDatabaseUrl = process.env.BENCH_DATABASE_URL;
const cluster = keptDatabaseUrl ? null : await startCluster();
const cleanup = [];
try {
  const databaseUrl = keptDatabaseUrl ?? `${cluster.baseUrl}/tildel_bench_spend`;
  if (cluster) await recreateDatabase(cluster.baseUrl, 'tildel_bench_spend');
  const database = await openDatabase({ databaseUrl });
  cleanup.unshift(() => database.close());
  await migrateToLatest(database.db);
  const { municipalityId, userId, orders } =
    (await generatedBefore(database.db)) ?? (await generate(database.db));

  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    PUBLIC_URL: 'http://127.0.0.1',
    HOST: '127.0.0.1',
    PORT: '0',
  });
  const session = await createSession(database.db, systemClock, userId, municipalityId);
  const app = await buildApp({ config, database, logger: false, webDist: null });
  cleanup.unshift(() => app.close());
  const appUrl = await app.listen({ host: '127.0.0.1', port: 0 });

  const results = [];
  for (const view of VIEWS) {
    const url = `${appUrl}/api/organisations/${municipalityId}/insights/${view}`;
    const get = async () => {
      const response = await fetch(url, { headers: { cookie: session.cookie } });
      if (response.status !== 200) throw new Error(`${view}: ${response.status}`);
      return response.json();
    };
    let rows = 0;
    for (let i = 0; i < WARMUP; i++) rows = (await get()).rows.length;
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      await get();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    results.push({ view, rows, p50: percentile(times, 50), p95: percentile(times, 95) });
  }

  const cpus = os.cpus();
  const machine = `${os.availableParallelism()} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${os.platform()} ${os.arch()}`;
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const width = Math.max(...results.map((r) => r.view.length));
  process.stdout.write(
    [
      '',
      `${date} UTC, ${machine}, Node ${process.version}; ${orders} orders, ${RUNS} runs per view after ${WARMUP} warm-up; load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
      `${'view'.padEnd(width)}   rows   p50 ms   p95 ms`,
      ...results.map(
        (r) =>
          `${r.view.padEnd(width)}  ${String(r.rows).padStart(5)}  ${r.p50.toFixed(0).padStart(7)}  ${r.p95.toFixed(0).padStart(7)}${r.p95 > TARGET_P95_MS ? '  ABOVE TARGET' : ''}`,
      ),
      `target: p95 ≤ ${TARGET_P95_MS} ms per view`,
      '',
    ].join('\n') + '\n',
  );
} finally {
  for (const close of cleanup) await close().catch((error) => console.error(error));
  if (cluster) await stopCluster(cluster);
}
