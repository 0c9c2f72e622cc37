// `node bench/agreement-detail.mjs` (npm run bench:agreement): the national framework agreement
// (packages/server/src/seed/national.ts: 2 900 lots, 300 suppliers ranked eight to a lot, 23 200
// lot suppliers; the lots do not shrink with BENCH_SCALE) read through the app as the owning body
// and as a participating municipality, as the agreement page and a call-off ask: the agreement,
// the page's first ten lots (and, for the municipality, its own lots), and the call-off
// eligibility's first page (the municipality's lots for it). Per route and caller: 2 warm-up
// calls, then BENCH_RUNS timed (default 10); prints p50, p95 and the answer's size. BENCH_SCALE
// (default 0.1) sizes the rest of the market. Prints figures, asserts nothing. Run by Node 24
// (node_modules/.bin/node).
import { randomBytes } from 'node:crypto';
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
import { masterKey } from '../packages/server/src/platform/sealing.ts';
import { seedNationalMarket } from '../packages/server/src/seed/national.ts';

const SCALE = Number(process.env.BENCH_SCALE ?? 0.1);
const WARMUP = 2;
const RUNS = Number(process.env.BENCH_RUNS ?? 10);

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];

const cluster = await startCluster();
try {
  await recreateDatabase(cluster.baseUrl, 'tildel_bench_agreement');
  const databaseUrl = `${cluster.baseUrl}/tildel_bench_agreement`;
  const database = await openDatabase({ databaseUrl });
  await migrateToLatest(database.db);
  const key = randomBytes(32);
  const market = await seedNationalMarket(database.db, systemClock, {
    scale: SCALE,
    masterKey: masterKey(key),
  });
  process.stdout.write(
    `National market (scale ${SCALE}): ${market.counts.agreement_lots} lots, ` +
      `${market.counts.lot_suppliers} lot suppliers\n`,
  );
  const agreement = await database.db
    .selectFrom('framework_agreements')
    .select('id')
    .where('organisation_id', '=', market.bodyId)
    .executeTakeFirstOrThrow();
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    PUBLIC_URL: 'http://127.0.0.1',
    MASTER_KEY: key.toString('base64'),
  });
  const app = await buildApp({ config, database, logger: false, webDist: null });
  try {
    for (const orgId of [market.bodyId, market.municipalityId]) {
      const caller = market.callers.find(
        (c) => c.organisationId === orgId && c.role === 'procurement_officer',
      );
      const session = await createSession(database.db, systemClock, caller.userId, orgId);
      const name = `${caller.kind}/${caller.role}`;
      const { municipality_code: code } = await database.db
        .selectFrom('organisations')
        .select('municipality_code')
        .where('id', '=', orgId)
        .executeTakeFirstOrThrow();
      const tails = [
        '',
        '/lots?limit=10',
        ...(code
          ? [
              `/lots?limit=10&municipalityCode=${code}`,
              `/calloff-eligibility?municipalityCode=${code}`,
            ]
          : ['/calloff-eligibility']),
      ];
      for (const tail of tails) {
        const url = `/api/organisations/${orgId}/agreements/${agreement.id}${tail}`;
        const times = [];
        let bytes = 0;
        for (let i = 0; i < WARMUP + RUNS; i++) {
          const start = performance.now();
          const response = await app.inject({
            method: 'GET',
            url,
            headers: { cookie: session.cookie },
          });
          const ms = performance.now() - start;
          if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode}`);
          bytes = response.rawPayload.length;
          if (i >= WARMUP) times.push(ms);
        }
        times.sort((a, b) => a - b);
        process.stdout.write(
          `GET …/agreements/{agreementId}${tail} as ${name}: p50 ${percentile(times, 0.5).toFixed(0)} ms, ` +
            `p95 ${percentile(times, 0.95).toFixed(0)} ms, ${(bytes / 1024).toFixed(0)} KiB\n`,
        );
      }
    }
  } finally {
    await app.close();
    await database.close();
  }
} finally {
  await stopCluster(cluster);
}
