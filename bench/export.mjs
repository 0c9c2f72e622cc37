// `npm run bench:export`: a 100 000-row list downloaded as XLSX through the real HTTP route from the
// server as `npm start` runs it — the bundle of scripts/build-server.mjs (built first when stale),
// with npm start's Node options, in a process of its own, so its peak resident memory (the
// kernel's VmHWM) is the server's alone, background jobs and all. The list is the supplier
// registry, filled by the scale generator (packages/server/src/seed/scale.ts) with one
// establishment per supplier. Prints rows, seconds, bytes and the server's peak RSS, and appends
// them to export-results.md. Target: peak RSS ≤ 150 MB. BENCH_ROWS makes it smaller;
// BENCH_SERVER_FLAGS gives the server process Node options to try (beside npm start's).
// Run by Node 24 (node_modules/.bin/node).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import {
  buildServer,
  node,
  root,
  serverBuildIsStale,
  serverEntry,
  serverEnvironment,
  serverNodeOptions,
} from '../scripts/lib.mjs';
import {
  freePort,
  recreateDatabase,
  startCluster,
  stopCluster,
} from '../packages/server/test/support/postgres-cluster.ts';
import { createSession, createUser } from '../packages/server/test/support/factories.ts';
import { openDatabase } from '../packages/server/src/db/database.ts';
import { migrateToLatest } from '../packages/server/src/db/migrate.ts';
import { systemClock } from '../packages/server/src/platform/clock.ts';
import { waitForHealth } from '../e2e/support/server.ts';
import { seedScaleMarket } from '../packages/server/src/seed/scale.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
// Node options for the server process only, to try one (e.g. --max-semi-space-size=1).
const SERVER_FLAGS = (process.env.BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean);
const TARGET_PEAK_MB = 150;
const RESULTS = fileURLToPath(new URL('./export-results.md', import.meta.url));

const cleanup = [];
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

try {
  const cluster = await startCluster();
  cleanup.unshift(() => stopCluster(cluster));
  await recreateDatabase(cluster.baseUrl, 'tildel_bench_export');
  const databaseUrl = `${cluster.baseUrl}/tildel_bench_export`;
  const database = await openDatabase({ databaseUrl });
  cleanup.unshift(() => database.close());
  await migrateToLatest(database.db);
  const market = await seedScaleMarket(database.db, systemClock, {
    suppliers: ROWS,
    establishmentsPerSupplier: 1,
  });
  const user = await createUser(database.db, {
    memberships: [{ organisationId: market.municipalityId, roles: ['buyer'] }],
  });
  const session = await createSession(database.db, systemClock, user.id, market.municipalityId);

  if (serverBuildIsStale()) buildServer();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const environment = serverEnvironment();
  const server = spawn(node, [...serverNodeOptions, ...SERVER_FLAGS, serverEntry], {
    cwd: root,
    env: {
      ...environment,
      DATABASE_URL: databaseUrl,
      SEED_DEMO: 'false',
      DEMO_MODE: 'false',
      MASTER_KEY: randomBytes(32).toString('base64'),
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: baseUrl,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanup.unshift(async () => {
    if (server.exitCode === null && server.signalCode === null) {
      server.kill('SIGTERM');
      await once(server, 'exit');
    }
  });
  await waitForHealth(server, baseUrl);
  // The kernel's figures of the server process: resident now, and at its highest so far.
  const figures = async () => {
    const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
    const kB = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)[1]);
    return { rssMB: kB('VmRSS') / 1024, peakRssMB: kB('VmHWM') / 1024 };
  };
  const ready = { figures: await figures() };

  const exportUrl = `${baseUrl}/api/organisations/${market.municipalityId}/suppliers/export`;
  // A warm-up download of an empty filter: the route's code compiled, the pool open, so the
  // figures after it are the server at rest and the peak after the big one is the download's.
  const warmUp = await fetch(`${exportUrl}?format=xlsx&q=no-such-supplier`, {
    headers: { cookie: session.cookie },
  });
  await warmUp.arrayBuffer();
  const atRest = await figures();

  const url = `${exportUrl}?format=xlsx&sort=name&order=asc`;
  const start = performance.now();
  const response = await fetch(url, { headers: { cookie: session.cookie } });
  if (response.status !== 200) throw new Error(`${response.status} ${await response.text()}`);
  const chunks = [];
  let bytes = 0;
  for await (const chunk of response.body) {
    bytes += chunk.length;
    chunks.push(chunk);
  }
  const seconds = (performance.now() - start) / 1000;
  const server_ = await figures();

  // Read the file back: every row there, the header first.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.concat(chunks));
  const sheet = workbook.worksheets[0];
  const rows = sheet.rowCount - 1;
  if (rows !== ROWS) throw new Error(`The file has ${rows} rows, not ${ROWS}`);

  const verdict = server_.peakRssMB <= TARGET_PEAK_MB ? 'met' : 'NOT met';
  const line =
    `${rows} rows as XLSX in ${seconds.toFixed(1)} s${` (server: ${[...serverNodeOptions, ...SERVER_FLAGS].join(' ')} build/main.js, MALLOC_ARENA_MAX=${environment.MALLOC_ARENA_MAX})`}, ${(bytes / 1024 / 1024).toFixed(1)} MB; ` +
    `server RSS at start ${ready.figures.rssMB.toFixed(0)} MB, at rest after a warm-up ` +
    `${atRest.rssMB.toFixed(0)} MB (peak so far ${atRest.peakRssMB.toFixed(0)} MB), peak during the ` +
    `download ${server_.peakRssMB.toFixed(0)} MB, so the download added ` +
    `${(server_.peakRssMB - atRest.peakRssMB).toFixed(0)} MB (target: server peak ≤ ${TARGET_PEAK_MB} MB: ${verdict})`;
  process.stdout.write(`${line}\n`);
  const cpus = os.cpus();
  if (!existsSync(RESULTS)) writeFileSync(RESULTS, '# bench/export.mjs runs\n\n');
  appendFileSync(
    RESULTS,
    `- ${new Date().toISOString()} (${cpus.length} cores, ${cpus[0]?.model.trim()}, Node ${process.version}): ${line}\n`,
  );
} finally {
  for (const step of cleanup) await step();
}
