// `npm run bench`: requests per second and p99 latency of GET /api/me (the real app: session
// lookup in PostgreSQL, access check, JSON schema serialisation) against a bare Fastify "hello"
// server on the same machine, and their ratio. Appends the figures to bench/results.md.
// Run by Node 24 (node_modules/.bin/node), which imports the server's .ts files directly.
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import Fastify from 'fastify';
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

const CONNECTIONS = 10;
const WARMUP_SECONDS = 2;
const SECONDS = 10;
const TARGET_RATIO = 0.5;
const RESULTS = fileURLToPath(new URL('./results.md', import.meta.url));

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

async function measure(name, url, headers = {}) {
  const check = await fetch(url, { headers });
  if (check.status !== 200)
    throw new Error(`${name}: GET ${url} answered ${check.status} ${await check.text()}`);
  process.stdout.write(
    `${name}: warming up ${WARMUP_SECONDS} s, then ${SECONDS} s with ${CONNECTIONS} connections…\n`,
  );
  await load(url, headers, WARMUP_SECONDS);
  const result = await load(url, headers, SECONDS);
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0) {
    throw new Error(
      `${name}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  }
  return {
    name,
    rps: result.requests.average,
    p99: result.latency.p99,
    total: result.requests.total,
  };
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
  const database = await openDatabase({ databaseUrl });
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

  const bare = await measure('hello', `${helloUrl}/`);
  const me = await measure('/api/me', `${appUrl}/api/me`, { cookie: session.cookie });
  const ratio = me.rps / bare.rps;

  const cpus = os.cpus();
  const machine = `${os.availableParallelism()} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${os.platform()} ${os.arch()}`;
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const row = (r) =>
    `${r.name.padEnd(8)} ${r.rps.toFixed(0).padStart(8)} req/s   p99 ${String(r.p99).padStart(4)} ms   (${r.total} requests)`;
  process.stdout.write(
    [
      '',
      `${date} UTC, ${machine}, Node ${process.version}`,
      row(bare),
      row(me),
      `ratio /api/me ÷ hello: ${ratio.toFixed(2)} (target ≥ ${TARGET_RATIO})${ratio < TARGET_RATIO ? '  BELOW TARGET' : ''}`,
      '',
    ].join('\n') + '\n',
  );

  if (!existsSync(RESULTS)) {
    writeFileSync(
      RESULTS,
      '# Benchmark results\n\nAppended by `npm run bench` (see README.md): average requests per second and p99 latency,\n' +
        `${CONNECTIONS} connections, ${SECONDS} s after a ${WARMUP_SECONDS} s warm-up.\n\n` +
        '| date (UTC) | machine | Node | hello req/s | hello p99 | /api/me req/s | /api/me p99 | ratio |\n' +
        '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |\n',
    );
  }
  appendFileSync(
    RESULTS,
    `| ${date} | ${machine} | ${process.version} | ${bare.rps.toFixed(0)} | ${bare.p99} ms | ${me.rps.toFixed(0)} | ${me.p99} ms | ${ratio.toFixed(2)} |\n`,
  );
  process.stdout.write(`Appended to ${RESULTS}\n`);
} finally {
  for (const close of cleanup) await close().catch((error) => console.error(error));
  await stopCluster(cluster);
}
