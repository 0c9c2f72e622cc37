// `node bench/route-sweep.mjs` (npm run bench:sweep): times every GET route of the OpenAPI
// document as each role, through HTTP to the real app in a process of its own (export-server.mjs), over the national market (packages/server/src/seed/national.ts: 388
// municipalities, 10 bodies, 5 000 suppliers, 50 000 establishments, 100 000 tendered call-offs,
// 1 000 000 orders). Path parameters are filled with ids from the list routes as the same caller
// sees them; 403s are skipped (noted). Per route and role: 3 warm-up calls, then 30 timed, each to
// its answer's last byte (a download's to its first, see isDownload); prints
// p50 and p95, the slowest ten, any non-2xx answer and any list answer that has items but no total
// (a silently cut list). Target: p95 ≤ 50 ms. BENCH_SCALE (default 1) makes the market smaller
// for a quick try; BENCH_RUNS changes the timed calls. Results are appended to
// bench/route-sweep-results.md. Run by Node 24 (node_modules/.bin/node) with --expose-gc (see
// LARGE_ANSWER), as npm run bench:sweep does.
//
// Re-timing some routes without loading the market again (about 15 minutes): BENCH_KEEP=<file>
// leaves the cluster running with its market and writes where it is to <file>; a later run with
// the same BENCH_KEEP finds it there (migrating it to the latest, so a new index counts) and skips
// the load. BENCH_ROUTES=<regular expression> sweeps only the paths it matches.
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  keepCluster,
  recreateDatabase,
  startCluster,
  stopCluster,
} from '../packages/server/test/support/postgres-cluster.ts';
import { createSession } from '../packages/server/test/support/factories.ts';
import { openDatabase } from '../packages/server/src/db/database.ts';
import { migrateToLatest } from '../packages/server/src/db/migrate.ts';
import { systemClock } from '../packages/server/src/platform/clock.ts';
import { masterKey } from '../packages/server/src/platform/sealing.ts';
import { seedNationalMarket } from '../packages/server/src/seed/national.ts';
import { appendReport, formatReport } from './route-sweep-report.mjs';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const WARMUP = 3;
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
/** A route slower than this on its warm-up is timed fewer times, so the sweep stays in budget. */
const SLOW_MS = 1000;
const SLOW_RUNS = 3;
const ONE_CALL_MS = 3000;
/**
 * A call taking longer than this is cut off (the server process restarted, as it may be busy for
 * minutes more) and its route not called again, for any role.
 */
const STUCK_MS = 10_000;
/** Where a kept market is described (cluster, master key, callers), if it is to be kept. */
const KEEP = process.env.BENCH_KEEP;
/** Characters of a JSON answer after which the client collects its garbage (run with --expose-gc). */
const LARGE_ANSWER = 1_000_000;
const ONLY = process.env.BENCH_ROUTES ? new RegExp(process.env.BENCH_ROUTES) : null;

/**
 * A streamed download of a list (`…/export?format=csv|xlsx`): its answer is timed to its first
 * bytes, as its length is the list's (100 000 rows take seconds by design, written while they are
 * read); the whole download is reported beside it. PDFs and other files are timed whole.
 */
const isDownload = (url) => /\/export(\?|$)/.test(url);

/** Routes not swept: sign-in redirects, the document itself, the docs UI, e-mailed tokens. */
const NOT_SWEPT = [
  /^\/api\/oidc\//,
  /^\/api\/openapi\.json$/,
  /^\/api\/docs/,
  /^\/api\/invitations\/\{token\}$/,
];

/**
 * Where an id of a path parameter comes from when the path's own parent is not a list route:
 * list routes tried in turn, relative to the caller's organisation.
 */
const LISTS_BY_PARAM = {
  calloffId: ['calloffs', 'tenders'],
  agreementId: ['agreements', 'insights/spend?by=framework'],
  dpsId: ['dps', 'dps-market'],
  supplierId: ['suppliers'],
  requestId: ['corrections', 'staff-lists', 'supplier-corrections', 'supplier-staff-lists'],
  orderId: ['orders'],
  needId: ['needs'],
};

/** A value a schema accepts, for a required query parameter: its first choice, else a plain one. */
function sampleOf(schema, today) {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  for (const option of schema.anyOf ?? schema.oneOf ?? []) {
    const value = sampleOf(option, today);
    if (value !== undefined) return value;
  }
  if (schema.format === 'date' || /\\d\{4\}-/.test(schema.pattern ?? '')) return today;
  if (schema.type === 'integer' || schema.type === 'number') return schema.minimum ?? 1;
  if (schema.type === 'boolean') return true;
  if (schema.type === 'string') return 'a';
  return undefined;
}

/**
 * The query string of an operation's required query parameters: the value `known` gives for the
 * name (a year, a search text, ids of the market), else a sample value of its schema.
 */
function requiredQuery(operation, today, known) {
  const required = (operation.parameters ?? []).filter((p) => p.in === 'query' && p.required);
  const pairs = required.map(
    (p) =>
      `${p.name}=${encodeURIComponent(String(known[p.name] ?? sampleOf(p.schema ?? {}, today) ?? ''))}`,
  );
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** The items of a list answer: a bare array, or the first array of objects in the object. */
function itemsOf(body) {
  if (Array.isArray(body)) return { items: body, key: null };
  if (body && typeof body === 'object')
    for (const [key, value] of Object.entries(body))
      if (Array.isArray(value) && value.every((v) => v && typeof v === 'object'))
        return { items: value, key };
  return null;
}

/** An id for `param` from an item of a list: the field of that name, else `id`. */
function idFrom(item, param) {
  for (const field of [param, 'id', param.replace(/Id$/, '')])
    if (typeof item?.[field] === 'string' || typeof item?.[field] === 'number')
      return String(item[field]);
  return null;
}

for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

/** The market of a run before (BENCH_KEEP), or a fresh one in a new cluster. */
async function openMarket() {
  if (KEEP && existsSync(KEEP)) {
    const kept = JSON.parse(readFileSync(KEEP, 'utf8'));
    const database = await openDatabase({ databaseUrl: kept.databaseUrl });
    await migrateToLatest(database.db);
    process.stdout.write(`Kept national market of ${KEEP} (${kept.cluster.dir})\n`);
    return { ...kept, key: Buffer.from(kept.key, 'base64'), database, kept: true };
  }
  const cluster = await startCluster();
  await recreateDatabase(cluster.baseUrl, 'tildel_bench_sweep');
  const databaseUrl = `${cluster.baseUrl}/tildel_bench_sweep`;
  const database = await openDatabase({ databaseUrl });
  await migrateToLatest(database.db);
  const key = randomBytes(32);
  const loadStart = performance.now();
  const market = await seedNationalMarket(database.db, systemClock, {
    scale: SCALE,
    masterKey: masterKey(key),
  });
  const loadSeconds = (performance.now() - loadStart) / 1000;
  const counts = Object.entries(market.counts)
    .map(([table, n]) => `${n} ${table}`)
    .join(', ');
  process.stdout.write(
    `Generated the national market (scale ${SCALE}) in ${loadSeconds.toFixed(1)} s: ${counts}\n`,
  );
  const { bodyId, supplierId, callers } = market;
  const opened = { cluster, databaseUrl, scale: SCALE, loadSeconds, counts, bodyId, supplierId };
  if (KEEP) {
    keepCluster(cluster);
    writeFileSync(KEEP, JSON.stringify({ ...opened, callers, key: key.toString('base64') }));
  }
  return { ...opened, callers, key, database, kept: false };
}

const opened = await openMarket();
const { cluster, databaseUrl, loadSeconds, counts, database, key } = opened;
const market = { bodyId: opened.bodyId, supplierId: opened.supplierId, callers: opened.callers };
const cleanup = [() => database.close()];
try {
  const callers = [];
  for (const caller of market.callers) {
    const session = await createSession(
      database.db,
      systemClock,
      caller.userId,
      caller.organisationId,
    );
    callers.push({ ...caller, name: `${caller.kind}/${caller.role}`, cookie: session.cookie });
  }
  // The app in a process of its own, with the master key the bids were sealed under.
  let server;
  let appUrl;
  const startServer = async () => {
    server = fork(fileURLToPath(new URL('./export-server.mjs', import.meta.url)), [databaseUrl], {
      env: { ...process.env, MASTER_KEY: key.toString('base64') },
    });
    const [message] = await once(server, 'message');
    appUrl = message.url;
  };
  await startServer();
  cleanup.unshift(async () => {
    server.kill('SIGKILL');
  });

  const document = await (await fetch(`${appUrl}/api/openapi.json`)).json();
  const paths = Object.entries(document.paths)
    .filter(([, operations]) => operations.get)
    .map(([path]) => path)
    .sort();
  const skippedPaths = paths.filter((path) => NOT_SWEPT.some((re) => re.test(path)));
  const swept = paths.filter((path) => !skippedPaths.includes(path) && (!ONLY || ONLY.test(path)));

  /** One call; one cut off after STUCK_MS answers status 0 and restarts the server. */
  const get = async (caller, url) => {
    const start = performance.now();
    try {
      const response = await fetch(`${appUrl}${url}`, {
        headers: { cookie: caller.cookie },
        signal: AbortSignal.timeout(STUCK_MS),
      });
      const type = response.headers.get('content-type') ?? '';
      if (type.includes('json')) {
        // Timed to the answer's last byte: parsing it is the client's work, not the route's
        // (a national agreement's 7 MB record package takes a client 15-45 ms to parse).
        const text = await response.text();
        const ms = performance.now() - start;
        const body = JSON.parse(text);
        // A large answer's string and objects are the client's garbage: collected here, outside
        // the timed calls, not in the middle of the next one (a national agreement's 7 MB
        // record: p95 60-110 ms with the client collecting when it must, 12-20 ms without).
        if (text.length > LARGE_ANSWER) globalThis.gc?.();
        return { status: response.status, body, ms };
      }
      // A file: read to its end, with the time its first bytes came (a download's answer).
      let firstByteMs = null;
      let bytes = 0;
      for await (const chunk of response.body) {
        firstByteMs ??= performance.now() - start;
        bytes += chunk.length;
      }
      const wholeMs = performance.now() - start;
      const ms = isDownload(url) ? (firstByteMs ?? wholeMs) : wholeMs;
      return { status: response.status, body: null, ms, wholeMs, bytes };
    } catch (error) {
      if (error.name !== 'TimeoutError') throw error;
      server.kill('SIGKILL');
      await startServer();
      // The new server's first answers compile its routes: not to be cut off in turn.
      await fetch(`${appUrl}/api/health`);
      await fetch(`${appUrl}/api/me`, { headers: { cookie: caller.cookie } });
      return { status: 0, body: null, ms: performance.now() - start };
    }
  };

  // Ids a caller sees, by list path, so each list is asked once per caller.
  const listCache = new Map();
  const firstItem = async (caller, listUrl) => {
    const cacheKey = `${caller.name} ${listUrl}`;
    if (!listCache.has(cacheKey)) {
      const answer = await get(caller, listUrl);
      const list = answer.status === 200 ? itemsOf(answer.body) : null;
      listCache.set(cacheKey, list?.items[0] ?? null);
    }
    return listCache.get(cacheKey);
  };
  const swedishYear = new Date().getUTCFullYear();
  const today = new Date().toISOString().slice(0, 10);
  const knownValues = { year: swedishYear, q: 'Scale', supplierIds: market.supplierId };

  /** The path with its parameters filled as the caller would, or a reason why it cannot be. */
  const fill = async (caller, path) => {
    let url = '';
    for (const segment of path.split('/').slice(1)) {
      const param = /^\{(.+)\}$/.exec(segment)?.[1];
      if (!param) {
        url += `/${segment}`;
        continue;
      }
      let value = null;
      if (param === 'orgId') value = caller.organisationId ?? market.bodyId;
      else if (param === 'bodyId') value = market.bodyId;
      else if (param === 'year') value = String(swedishYear);
      else {
        const item = await firstItem(caller, url);
        value = item && idFrom(item, param);
        for (const list of LISTS_BY_PARAM[param] ?? []) {
          if (value) break;
          const fallback = await firstItem(
            caller,
            `/api/organisations/${caller.organisationId}/${list}`,
          );
          value = fallback && idFrom(fallback, param);
        }
      }
      if (!value) return { reason: `no ${param} in the lists ${caller.name} sees` };
      url += `/${encodeURIComponent(value)}`;
    }
    return { url: url + requiredQuery(document.paths[path].get, today, knownValues) };
  };

  const results = [];
  const forbidden = [];
  const unfilled = [];
  const failures = [];
  const cutLists = [];
  const stuck = [];
  const slowPaths = new Set();
  for (const path of swept) {
    for (const caller of callers) {
      if (stuck.some((s) => s.path === path)) break;
      // The platform administrator belongs to no organisation: only routes outside them.
      if (caller.organisationId === null && path.includes('{orgId}')) continue;
      const filled = await fill(caller, path);
      if (!filled.url) {
        unfilled.push({ path, caller: caller.name, reason: filled.reason });
        continue;
      }
      const probe = await get(caller, filled.url);
      if (probe.status === 403 || probe.status === 401) {
        forbidden.push({ path, caller: caller.name });
        continue;
      }
      if (probe.status === 0) {
        if (process.env.BENCH_VERBOSE) process.stderr.write(`${path} ${caller.name} cut off\n`);
        stuck.push({ path, caller: caller.name, ms: probe.ms });
        results.push({
          path,
          caller: caller.name,
          runs: 1,
          p50: probe.ms,
          p95: probe.ms,
          cutOff: true,
        });
        continue;
      }
      if (probe.status < 200 || probe.status >= 300) {
        const detail = probe.body?.detail ?? probe.body?.title ?? '';
        failures.push({ path, caller: caller.name, status: probe.status, detail });
        continue;
      }
      const list = itemsOf(probe.body);
      // A list route (its path ends in a name, not an id) answering items without their total.
      const isList = !path.endsWith('}') && list && list.items.length > 0;
      if (isList && (Array.isArray(probe.body) || !('total' in probe.body)))
        cutLists.push({ path, caller: caller.name, items: list.items.length, key: list.key });
      // Slow routes are timed less, so the sweep stays in its budget: over a second, a few
      // calls; over three seconds, or slow already for an earlier role, the first call only.
      const times = [];
      let runs = RUNS;
      if (probe.ms > ONE_CALL_MS || slowPaths.has(path)) {
        runs = 0;
        times.push(probe.ms);
      } else if (probe.ms > SLOW_MS) runs = SLOW_RUNS;
      else for (let i = 1; i < WARMUP; i++) await get(caller, filled.url);
      if (probe.ms > SLOW_MS) slowPaths.add(path);
      const wholeTimes = probe.wholeMs === undefined ? null : [];
      if (wholeTimes && runs === 0) wholeTimes.push(probe.wholeMs);
      for (let i = 0; i < runs; i++) {
        const answer = await get(caller, filled.url);
        times.push(answer.ms);
        wholeTimes?.push(answer.wholeMs);
      }
      times.sort((a, b) => a - b);
      wholeTimes?.sort((a, b) => a - b);
      results.push({
        path,
        caller: caller.name,
        runs: times.length,
        p50: percentile(times, 50),
        p95: percentile(times, 95),
        ...(isDownload(filled.url) && wholeTimes
          ? {
              download: {
                p50: percentile(wholeTimes, 50),
                p95: percentile(wholeTimes, 95),
                bytes: probe.bytes,
              },
            }
          : {}),
      });
      if (process.env.BENCH_VERBOSE)
        process.stderr.write(`${path} ${caller.name} p95 ${results.at(-1).p95.toFixed(0)} ms\n`);
      else process.stdout.write('.');
    }
  }
  process.stdout.write('\n');

  const cpus = os.cpus();
  const machine = `${os.availableParallelism()} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${os.platform()} ${os.arch()}`;
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  const meta = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' '),
    scale: opened.scale,
    runs: RUNS,
    skippedPaths,
    header:
      `${machine}, Node ${process.version}, load average ${load} at the end. ` +
      `Market loaded in ${loadSeconds.toFixed(0)} s${opened.kept ? ' (kept, BENCH_KEEP)' : ''}: ${counts}. ` +
      `${paths.length} GET routes, ${swept.length} swept${ONLY ? ` (only those matching /${ONLY.source}/, BENCH_ROUTES)` : ''}; ${WARMUP} warm-up + ${RUNS} timed calls per route and role ` +
      `(${SLOW_RUNS} without warm-up when the first call took over ${SLOW_MS} ms; the first call only when it ` +
      `took over ${ONE_CALL_MS} ms or the route was that slow for an earlier role).`,
  };
  // The raw figures first, so the report can be written again from them.
  const raw = { meta, results, forbidden, unfilled, failures, cutLists, stuck };
  const rawFile = join(os.tmpdir(), `route-sweep-${Date.now()}.json`);
  writeFileSync(rawFile, JSON.stringify(raw));
  const text = formatReport(raw);
  process.stdout.write(`${text}\nRaw figures: ${rawFile}\n`);
  appendReport(text);
} finally {
  for (const close of cleanup) await close().catch((error) => console.error(error));
  if (!KEEP) await stopCluster(cluster);
}
