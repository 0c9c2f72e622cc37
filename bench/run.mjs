// `npm run bench`: the cheapest signed-in request against the machine's limit. One run measures,
// interleaved over BENCH_ROUNDS rounds (default 3):
//   hello     a bare Fastify server answering {"hello":"world"}
//   select 1  a bare Fastify server making one `SELECT 1` through a pg pool per request: the ceiling
//             of any route that reads the database once
//   health    GET /api/health of the real app (also one `SELECT 1`)
//   /api/me   GET /api/me of the real app with a session cookie (session lookup, access check,
//             JSON schema serialisation)
// and prints req/s and p99 of each (medians over the rounds) with its ratio to the ceiling.
// Appends the figures to bench/results.md. Run by Node 24 (node_modules/.bin/node), which imports
// the server's .ts files directly.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import pg from 'pg';
import {
  recreateDatabase,
  startCluster,
  stopCluster,
} from '../packages/server/test/support/postgres-cluster.ts';
import {
  createOrganisation,
  createSession,
  createUser,
} from '../packages/server/test/support/factories.ts';
import { buildApp } from '../packages/server/src/app.ts';
import { loadConfig } from '../packages/server/src/config.ts';
import { openDatabase } from '../packages/server/src/db/database.ts';
import { migrateToLatest } from '../packages/server/src/db/migrate.ts';
import { systemClock } from '../packages/server/src/platform/clock.ts';
import { postgresCpuSeconds } from './postgres-cpu.mjs';

const CONNECTIONS = 10;
const POOL_SIZE = 10; // the app's default (src/db/database.ts)
const WARMUP_SECONDS = 2;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TARGET_RATIO = 0.5;
const RESULTS = fileURLToPath(new URL('./results.md', import.meta.url));
// A label for the row in results.md, e.g. BENCH_LABEL=before when run against an older checkout.
const LABEL = process.env.BENCH_LABEL ?? '';

/** One autocannon run, in a worker thread so the load does not share the servers' event loop. */
function load(url, headers, seconds) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, headers, connections: CONNECTIONS, duration: seconds, workers: 1, timeout: 10 },
      (error, result) => {
        clearTimeout(guard);
        if (error) reject(error);
        else resolve(result);
      },
    );
    // Bounded: a run that does not end on its own is stopped (and then reports what it has).
    const guard = setTimeout(() => instance.stop(), (seconds + 20) * 1000);
  });
}

/**
 * One measured run of a target. Besides req/s and p99 it charges CPU time to each request: this
 * thread's (where all four servers run; the load is in its own thread) and the PostgreSQL
 * cluster's, so the figures can be compared between runs on a machine that other work shares.
 */
async function measure(target, seconds, cluster) {
  const appBefore = process.threadCpuUsage();
  const postgresBefore = postgresCpuSeconds(cluster);
  const result = await load(target.url, target.headers, seconds);
  const app = process.threadCpuUsage(appBefore);
  const postgresAfter = postgresCpuSeconds(cluster);
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0) {
    throw new Error(
      `${target.name}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  }
  const perRequestUs = (cpuSeconds) => (cpuSeconds * 1e6) / result.requests.total;
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    appUs: perRequestUs((app.user + app.system) / 1e6),
    postgresUs:
      postgresBefore === null || postgresAfter === null
        ? NaN
        : perRequestUs(postgresAfter - postgresBefore),
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

// Ctrl-C: exit through process.exit so postgres-cluster.ts's exit hook stops the cluster.
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

const cluster = await startCluster();
const cleanup = [];
try {
  await recreateDatabase(cluster.baseUrl, 'tildel_bench');
  const databaseUrl = `${cluster.baseUrl}/tildel_bench`;
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    PUBLIC_URL: 'http://127.0.0.1',
    HOST: '127.0.0.1',
    PORT: '0',
  });
  const database = await openDatabase({ databaseUrl, poolSize: POOL_SIZE });
  cleanup.unshift(() => database.close());
  await migrateToLatest(database.db);

  const organisation = await createOrganisation(database.db, { kind: 'municipality' });
  const user = await createUser(database.db, {
    memberships: [{ organisationId: organisation.id, roles: ['org_admin'] }],
  });
  const session = await createSession(database.db, systemClock, user.id, organisation.id);

  const app = await buildApp({ config, database, logger: false, webDist: null });
  cleanup.unshift(() => app.close());
  const appUrl = await app.listen({ host: '127.0.0.1', port: 0 });

  const hello = Fastify({ logger: false });
  hello.get('/', async () => ({ hello: 'world' }));
  cleanup.unshift(() => hello.close());
  const helloUrl = await hello.listen({ host: '127.0.0.1', port: 0 });

  // The ceiling: the same pool size as the app, one round trip, nothing else.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: POOL_SIZE });
  cleanup.unshift(() => pool.end());
  const select1 = Fastify({ logger: false });
  select1.get('/', async () => ({ one: (await pool.query('SELECT 1 AS one')).rows[0].one }));
  cleanup.unshift(() => select1.close());
  const select1Url = await select1.listen({ host: '127.0.0.1', port: 0 });

  const targets = [
    { name: 'hello', url: `${helloUrl}/`, headers: {} },
    { name: 'select 1', url: `${select1Url}/`, headers: {} },
    { name: 'health', url: `${appUrl}/api/health`, headers: {} },
    { name: '/api/me', url: `${appUrl}/api/me`, headers: { cookie: session.cookie } },
  ];
  const ceiling = targets[1];

  for (const target of targets) {
    const check = await fetch(target.url, { headers: target.headers });
    if (check.status !== 200)
      throw new Error(`${target.name}: GET ${target.url} answered ${check.status}`);
    await load(target.url, target.headers, WARMUP_SECONDS);
    target.rounds = [];
  }
  process.stdout.write(
    `${ROUNDS} rounds of ${targets.map((t) => t.name).join(', ')}: ${SECONDS} s each, ${CONNECTIONS} connections (after ${WARMUP_SECONDS} s warm-up each)\n`,
  );
  for (let round = 1; round <= ROUNDS; round++) {
    for (const target of targets) {
      const figures = await measure(target, SECONDS, cluster);
      target.rounds.push(figures);
      process.stdout.write(
        `  round ${round} ${target.name.padEnd(8)} ${figures.rps.toFixed(0).padStart(7)} req/s  p99 ${figures.p99} ms  CPU/request: app ${figures.appUs.toFixed(0)} µs, PostgreSQL ${figures.postgresUs.toFixed(0)} µs\n`,
      );
    }
  }
  for (const target of targets) {
    target.rps = median(target.rounds.map((r) => r.rps));
    target.p99 = median(target.rounds.map((r) => r.p99));
    target.appUs = median(target.rounds.map((r) => r.appUs));
    target.postgresUs = median(target.rounds.map((r) => r.postgresUs));
  }
  // On a machine where the run is CPU-bound, req/s go as the inverse of the CPU per request (app
  // and PostgreSQL; the load generator's share is left out). This ratio holds up better than the
  // req/s one while other work shares the machine.
  const cpuOf = (t) => t.appUs + t.postgresUs;
  for (const target of targets) {
    target.ratio = target.rps / ceiling.rps;
    target.cpuRatio = cpuOf(ceiling) / cpuOf(target);
  }

  const cpus = os.cpus();
  const machine = `${os.availableParallelism()} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${os.platform()} ${os.arch()}`;
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const load1 = os.loadavg()[0].toFixed(1);
  const me = targets[3];
  process.stdout.write(
    [
      '',
      `${date} UTC, ${machine}, Node ${process.version}, load average ${load1}${LABEL ? `, ${LABEL}` : ''}`,
      `medians of ${ROUNDS} rounds      req/s     p99   ÷ select 1   CPU/request: app  PostgreSQL   CPU ratio`,
      ...targets.map(
        (t) =>
          `${t.name.padEnd(20)} ${t.rps.toFixed(0).padStart(8)} ${String(t.p99).padStart(4)} ms   ${t.ratio.toFixed(2).padStart(10)}   ${t.appUs.toFixed(0).padStart(13)} µs ${t.postgresUs.toFixed(0).padStart(7)} µs   ${t.cpuRatio.toFixed(2).padStart(9)}`,
      ),
      `ratio /api/me ÷ select 1: ${me.ratio.toFixed(2)} (target ≥ ${TARGET_RATIO})${me.ratio < TARGET_RATIO ? '  BELOW TARGET' : ''}; by CPU per request: ${me.cpuRatio.toFixed(2)}`,
      '',
    ].join('\n') + '\n',
  );

  const header =
    '| date (UTC) | label | machine | load | hello req/s | hello p99 | select 1 req/s | select 1 p99 | health req/s | health p99 | /api/me req/s | /api/me p99 | /api/me ÷ select 1 | /api/me CPU: app | /api/me CPU: PostgreSQL | CPU ratio |\n' +
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n';
  if (!existsSync(RESULTS) || !readFileSync(RESULTS, 'utf8').includes(header)) {
    appendFileSync(
      RESULTS,
      (existsSync(RESULTS) ? '\n' : '# Benchmark results\n\n') +
        `Appended by \`npm run bench\` (see README.md): medians over ${ROUNDS} interleaved rounds of\n` +
        `${SECONDS} s each, ${CONNECTIONS} connections, after a ${WARMUP_SECONDS} s warm-up; Node ${process.version}.\n\n` +
        header,
    );
  }
  const cells = targets.flatMap((t) => [t.rps.toFixed(0), `${t.p99} ms`]);
  appendFileSync(
    RESULTS,
    `| ${date} | ${LABEL} | ${machine} | ${load1} | ${cells.join(' | ')} | ${me.ratio.toFixed(2)} | ${me.appUs.toFixed(0)} µs | ${me.postgresUs.toFixed(0)} µs | ${me.cpuRatio.toFixed(2)} |\n`,
  );
  process.stdout.write(`Appended to ${RESULTS}\n`);
} finally {
  for (const close of cleanup) await close().catch((error) => console.error(error));
  await stopCluster(cluster);
}
