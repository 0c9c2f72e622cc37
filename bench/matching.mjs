// `npm run bench:matching`: server-side latency (p50, p95) of proposals for a referral
// (proposalsFor in packages/server/src/modules/matching/proposals/service.ts) over a generated
// market of 2 000 suppliers with 20 000 offers, then 40 000 (packages/server/src/seed/
// scale-matching.ts), each in a database of its own, in one run. Times the service function —
// the referral and settings, the candidate offers with tariffs, approval, assessments, routes and
// follow-up, the counts of offers the SQL filter left out, continuity, matchOffers, meeting notes —
// without HTTP, for 200 varied referrals (kind, age, gender, target groups, home, start), each
// asked BENCH_ROUNDS times after a warm-up. Targets: p95 ≤ 20 ms at 20 000 offers, and at 40 000
// at most 1.2× that (the ratio is printed). Run by Node 24 (node_modules/.bin/node).
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { postgresCpuSeconds } from './postgres-cpu.mjs';
import {
  recreateDatabase,
  startCluster,
  stopCluster,
} from '../packages/server/test/support/postgres-cluster.ts';
import { loadConfig } from '../packages/server/src/config.ts';
import { openDatabase } from '../packages/server/src/db/database.ts';
import { migrateToLatest } from '../packages/server/src/db/migrate.ts';
import { proposalsFor } from '../packages/server/src/modules/matching/proposals/service.ts';
import { fixedClock } from '../packages/server/src/platform/clock.ts';
import { seedMatchingMarket } from '../packages/server/src/seed/scale-matching.ts';

const SUPPLIERS = Number(process.env.BENCH_SUPPLIERS ?? 2000);
/** Offers per supplier measured in one run; the last against the first is the growth. */
const PER_SUPPLIER = (process.env.BENCH_OFFERS_PER_SUPPLIER ?? '10,20').split(',').map(Number);
const REFERRALS = Number(process.env.BENCH_REFERRALS ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const WARMUP = 50;
const TARGET_P95_MS = 20;
const TARGET_GROWTH = 1.2;

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

async function measure(cluster, perSupplier) {
  const name = `tildel_bench_matching_${perSupplier}`;
  await recreateDatabase(cluster.baseUrl, name);
  const databaseUrl = `${cluster.baseUrl}/${name}`;
  const database = await openDatabase({ databaseUrl });
  try {
    await migrateToLatest(database.db);
    // A fixed "now" so the generated confirmations and starts read the same in every run.
    const clock = fixedClock(new Date('2026-11-23T09:00:00Z'));
    const loadStart = performance.now();
    const market = await seedMatchingMarket(database.db, clock, {
      suppliers: SUPPLIERS,
      offersPerSupplier: perSupplier,
      referrals: REFERRALS,
    });
    const loadSeconds = (performance.now() - loadStart) / 1000;
    // The steady state of a running database: autovacuum has visited the bulk-loaded tables.
    await sql`VACUUM (ANALYZE)`.execute(database.db);
    const offers = SUPPLIERS * perSupplier;
    process.stdout.write(
      `Generated ${SUPPLIERS} suppliers, ${offers} offers, ${REFERRALS} referrals in ${loadSeconds.toFixed(1)} s\n`,
    );

    const config = loadConfig({ DATABASE_URL: databaseUrl, PUBLIC_URL: 'http://127.0.0.1' });
    const deps = { db: database.db, databaseKind: 'postgresql', clock, config };
    const actor = { userId: market.userId, name: 'Scale caseworker' };
    const ask = (i) =>
      proposalsFor(deps, market.municipalityId, market.referralIds[i % REFERRALS], actor);

    const roundTrip = [];
    for (let i = 0; i < 200; i++) {
      const start = performance.now();
      await sql`SELECT 1`.execute(database.db);
      roundTrip.push(performance.now() - start);
    }
    roundTrip.sort((a, b) => a - b);

    for (let i = 0; i < WARMUP; i++) await ask(i);
    const times = [];
    // CPU per call, app thread and PostgreSQL: what the call costs whatever else runs meanwhile.
    const cpuStart = process.threadCpuUsage();
    const pgStart = postgresCpuSeconds(cluster);
    let proposals = 0;
    let exclusions = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (let i = 0; i < REFERRALS; i++) {
        const start = performance.now();
        const answer = await ask(i);
        times.push(performance.now() - start);
        proposals += answer.proposals.total;
        exclusions += answer.exclusions.total;
      }
    }
    const cpu = process.threadCpuUsage(cpuStart);
    const pgEnd = postgresCpuSeconds(cluster);
    times.sort((a, b) => a - b);
    return {
      appCpuMs: (cpu.user + cpu.system) / 1000 / times.length,
      pgCpuMs:
        pgStart === null || pgEnd === null ? null : ((pgEnd - pgStart) * 1000) / times.length,
      offers,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      roundTrip: percentile(roundTrip, 50),
      proposals: proposals / times.length,
      exclusions: exclusions / times.length,
      calls: times.length,
    };
  } finally {
    await database.close().catch((error) => console.error(error));
  }
}

const cluster = await startCluster();
try {
  const runs = [];
  for (const perSupplier of PER_SUPPLIER) runs.push(await measure(cluster, perSupplier));
  const cpus = os.cpus();
  const machine = `${os.availableParallelism()} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${os.platform()} ${os.arch()}`;
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const lines = [
    '',
    `${date} UTC, ${machine}, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)}`,
    `proposalsFor over ${REFERRALS} referrals × ${ROUNDS} rounds after ${WARMUP} warm-up calls`,
    '',
    '   offers   proposals  excluded   p50 ms   p95 ms   CPU ms/call app + PostgreSQL   (SELECT 1 p50 ms)',
    ...runs.map(
      (r) =>
        `${String(r.offers).padStart(9)}  ${r.proposals.toFixed(0).padStart(10)}  ${r.exclusions.toFixed(0).padStart(8)}  ${r.p50.toFixed(2).padStart(7)}  ${r.p95.toFixed(2).padStart(7)}   ${r.appCpuMs.toFixed(2).padStart(6)} + ${r.pgCpuMs === null ? '?' : r.pgCpuMs.toFixed(2).padStart(6)}`.padEnd(
          86,
        ) +
        `(${r.roundTrip.toFixed(2)})${r === runs[0] && r.p95 > TARGET_P95_MS ? '  ABOVE TARGET' : ''}`,
    ),
  ];
  if (runs.length > 1) {
    const ratio = runs.at(-1).p95 / runs[0].p95;
    lines.push(
      '',
      `p95 ratio ${runs.at(-1).offers} / ${runs[0].offers} offers: ${ratio.toFixed(2)}${ratio > TARGET_GROWTH ? '  ABOVE TARGET' : ''}`,
      `CPU per call ratio (app + PostgreSQL): ${((runs.at(-1).appCpuMs + (runs.at(-1).pgCpuMs ?? 0)) / (runs[0].appCpuMs + (runs[0].pgCpuMs ?? 0))).toFixed(2)}`,
    );
  }
  lines.push(
    `targets: p95 ≤ ${TARGET_P95_MS} ms at ${runs[0].offers} offers; p95 at ${runs.at(-1).offers} ≤ ${TARGET_GROWTH}× that`,
    '',
  );
  process.stdout.write(lines.join('\n') + '\n');
} finally {
  await stopCluster(cluster);
}
