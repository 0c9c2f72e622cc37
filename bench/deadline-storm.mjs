// `npm run bench:storm`: the deadline storm. 500 invited suppliers submit and replace sealed bids
// to one open call-off over loopback for a bounded time (PUT …/tenders/:calloffId/bid, the real
// app: session, access check, sealing, one transaction with the audit record); prints
// acknowledged bids/s, p50/p99 latency and the ratio to pgbench's tpcb-like tps against the same
// PostgreSQL cluster in the same run; then checks every acknowledged bid against what is stored.
// Appends the figures to bench/deadline-storm-results.md. Exits 1 on any lost write or non-2xx.
// Run by Node 24 (node_modules/.bin/node), which imports the server's .ts files directly.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { postgresCpuSeconds } from './postgres-cpu.mjs';

const SUPPLIERS = Number(process.env.STORM_SUPPLIERS ?? 500);
const WARMUP_SECONDS = 2;
const SECONDS = 10;
const PGBENCH = { scale: 10, clients: 10, threads: 2, seconds: 10 };
const TARGET_BIDS_PER_SECOND = 1000;
const TARGET_RATIO = 0.3;
/** A request that takes longer than this counts as an error (the run stays bounded). */
const REQUEST_TIMEOUT_MS = 30_000;
const RESULTS = fileURLToPath(new URL('./deadline-storm-results.md', import.meta.url));

// ---- the load generator (a worker thread, so the load does not share the app's event loop) ----

/**
 * One loop per supplier, each with at most one request in flight (500 suppliers: 500 keep-alive
 * connections). Every 2xx answer is an acknowledged bid: counted per supplier, with the receipt
 * of the last one. Loops stop issuing at the end and let their last request finish, so every
 * write the server made is either acknowledged or reported as an error.
 */
async function storm({ origin, suppliers, warmupMs, durationMs }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const cpuBefore = process.threadCpuUsage();
  const start = performance.now();
  const measureFrom = start + warmupMs;
  const stopAt = measureFrom + durationMs;
  const latencies = [];
  let measured = 0;
  const non2xx = {};
  const samples = [];
  let errors = 0;
  const perSupplier = suppliers.map(() => ({ acks: 0, created: 0, lastSha: null }));

  function put(supplier, body) {
    return new Promise((resolve) => {
      const request = http.request(
        `${origin}${supplier.path}`,
        {
          method: 'PUT',
          agent,
          headers: {
            cookie: supplier.cookie,
            'x-csrf-token': supplier.csrfToken,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (response) => {
          const chunks = [];
          response.on('data', (chunk) => chunks.push(chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode, text: Buffer.concat(chunks).toString('utf8') }),
          );
          response.on('error', (error) => resolve({ error }));
        },
      );
      request.setTimeout(REQUEST_TIMEOUT_MS, () => request.destroy(new Error('timeout')));
      request.on('error', (error) => resolve({ error }));
      request.end(body);
    });
  }

  async function loop(index) {
    const supplier = suppliers[index];
    const tally = perSupplier[index];
    for (let n = 0; performance.now() < stopAt; n++) {
      // Each replacement changes the price, so every stored version differs from the one before.
      const body = JSON.stringify({
        ...supplier.bid,
        unitPriceMinor: 95_000 + ((index + n) % 997),
      });
      const sent = performance.now();
      const answer = await put(supplier, body);
      const done = performance.now();
      if (answer.error) {
        errors++;
        if (samples.length < 5) samples.push(`error: ${answer.error.message}`);
        continue;
      }
      if (answer.status !== 200 && answer.status !== 201) {
        non2xx[answer.status] = (non2xx[answer.status] ?? 0) + 1;
        if (samples.length < 5) samples.push(`${answer.status}: ${answer.text.slice(0, 300)}`);
        continue;
      }
      tally.acks++;
      if (answer.status === 201) tally.created++;
      tally.lastSha = JSON.parse(answer.text).receipt.sha256;
      if (sent >= measureFrom) latencies.push(done - sent);
      if (done >= measureFrom && done <= stopAt) measured++;
    }
  }

  await Promise.all(suppliers.map((_, index) => loop(index)));
  agent.destroy();
  const cpu = process.threadCpuUsage(cpuBefore);
  return {
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    bidsPerSecond: measured / (durationMs / 1000),
    latencies,
    non2xx,
    errors,
    samples,
    perSupplier,
  };
}

// ---- the run ------------------------------------------------------------------------------------

function percentile(sorted, p) {
  return sorted.length === 0
    ? NaN
    : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function runStorm(data) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(fileURLToPath(import.meta.url), { workerData: data });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the load generator exited with ${code}`)));
  });
}

/** A staffing need as the caseworker would have submitted it (pseudonymised: no person). */
const NEED = {
  kind: 'staffing',
  role: 'Socialsekreterare, barn och unga',
  area: 'children_youth',
  educationCodes: ['socionomexamen'],
  yearsOfExperience: 3,
  languages: ['sv'],
  start: '2027-01-04',
  end: '2027-03-31',
  extentPercent: 100,
  placeOfWork: 'Kristianstad',
  remotePossible: false,
  positions: 1,
  description: '',
};

/**
 * One call-off open for bids in a municipality's own DPS with `count` admitted, invited staffing
 * firms, each with a consultant and a signed-in supplier_admin. Written straight to the database
 * in batches (it does not depend on the publish route).
 */
async function openCalloff(db, server, count) {
  const { createOrganisation, createSession } = server.factories;
  const { organisationsnummerWithCheckDigit } = server.identifiers;
  const now = new Date();
  const municipality = await createOrganisation(db, {
    kind: 'municipality',
    name: 'Kristianstads kommun',
  });
  await db
    .updateTable('organisations')
    .set({ municipality_code: '1290' })
    .where('id', '=', municipality.id)
    .execute();
  const buyer = await db
    .insertInto('users')
    .values({ email: 'buyer@storm.test', name: 'Upphandlare' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('memberships')
    .values({ organisation_id: municipality.id, user_id: buyer.id, roles: ['buyer'] })
    .execute();
  const category = await db
    .insertInto('service_categories')
    .values({
      organisation_id: municipality.id,
      code: 'staffing_children_youth',
      service_kind: 'staffing',
      area: 'children_youth',
      name_sv: 'Hyrsocionomer, barn och unga',
      name_da: 'Indlejede socialrådgivere, børn og unge',
      name_en: 'Hired social workers, children and youth',
      default_unit: 'hour',
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const dps = await db
    .insertInto('dynamic_purchasing_systems')
    .values({
      organisation_id: municipality.id,
      reference: 'KS-DIS-STORM',
      title: 'Dynamiskt inköpssystem för hyrsocionomer',
      country: 'SE',
      status: 'open',
      valid_from: '2026-03-01',
      valid_to: '2030-02-28',
      initial_period_ends_on: '2026-04-01',
      opened_at: new Date('2026-03-01T08:00:00Z'),
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('dps_categories')
    .values({ dps_id: dps.id, category_id: category.id })
    .execute();
  await db
    .insertInto('dps_municipalities')
    .values({ dps_id: dps.id, municipality_id: municipality.id })
    .execute();
  const need = await db
    .insertInto('needs')
    .values({
      organisation_id: municipality.id,
      kind: 'staffing',
      status: 'in_calloff',
      title: 'Inhyrd socialsekreterare, barn och unga',
      details: JSON.stringify(NEED),
      created_by: buyer.id,
      created_at: now,
      updated_at: now,
      submitted_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const dataKey = server.sealing.newDataKey(server.masterKey);
  const calloff = await db
    .insertInto('calloffs')
    .values({
      organisation_id: municipality.id,
      need_id: need.id,
      dps_id: dps.id,
      category_id: category.id,
      procedure: 'dps_specific_contract',
      procedure_reason: JSON.stringify({ code: 'dps_category' }),
      expected_volume: 480,
      expected_unit: 'hour',
      currency: 'SEK',
      evaluation_model: JSON.stringify({ kind: 'lowest_price', basis: 'unit_price' }),
      status: 'open',
      title: 'Inhyrd socialsekreterare, barn och unga',
      request_text: 'Heltid januari–mars 2027.',
      published_at: now,
      published_by: buyer.id,
      tender_deadline: new Date(now.getTime() + 24 * 3600_000),
      data_key_wrapped: dataKey.wrapped,
      data_key_id: dataKey.keyId,
      created_by: buyer.id,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const requirement = await db
    .insertInto('calloff_requirements')
    .values({
      calloff_id: calloff.id,
      organisation_id: municipality.id,
      position: 1,
      level: 'must',
      title: 'Socionomexamen',
      criterion_kind: 'yes_no',
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  // The suppliers, a table at a time. Identifiers are numbered, so 500 of them never clash.
  const numbers = Array.from({ length: count }, (_, i) => i);
  const firms = await db
    .insertInto('organisations')
    .values(
      numbers.map((i) => ({
        kind: 'supplier',
        name: `Bemanning ${i + 1} AB`,
        country: 'SE',
        identifier: organisationsnummerWithCheckDigit(`559${String(i).padStart(6, '0')}`),
      })),
    )
    .returning('id')
    .execute();
  const users = await db
    .insertInto('users')
    .values(numbers.map((i) => ({ email: `admin-${i + 1}@storm.test`, name: `Admin ${i + 1}` })))
    .returning('id')
    .execute();
  await db
    .insertInto('memberships')
    .values(
      numbers.map((i) => ({
        organisation_id: firms[i].id,
        user_id: users[i].id,
        roles: ['supplier_admin'],
      })),
    )
    .execute();
  const consultants = await db
    .insertInto('consultants')
    .values(
      numbers.map((i) => ({
        supplier_id: firms[i].id,
        name: `Konsult ${i + 1}`,
        educations: JSON.stringify([{ code: 'socionomexamen', year: 2015 }]),
        experience: JSON.stringify([{ area: 'children_youth', years: 6 }]),
        languages: ['sv'],
        created_at: now,
      })),
    )
    .returning('id')
    .execute();
  const applications = await db
    .insertInto('dps_applications')
    .values(
      numbers.map((i) => ({
        dps_id: dps.id,
        organisation_id: municipality.id,
        supplier_id: firms[i].id,
        status: 'approved',
        received_at: new Date('2026-03-10T08:00:00Z'),
        in_initial_period: true,
        decision_due_at: new Date('2026-04-20T21:59:59Z'),
        decided_at: new Date('2026-04-15T08:00:00Z'),
      })),
    )
    .returning('id')
    .execute();
  await db
    .insertInto('dps_application_categories')
    .values(applications.map((a) => ({ application_id: a.id, category_id: category.id })))
    .execute();
  await db
    .insertInto('calloff_invitations')
    .values(
      firms.map((firm) => ({
        calloff_id: calloff.id,
        organisation_id: municipality.id,
        supplier_id: firm.id,
        kind: 'tender',
        invited_at: now,
      })),
    )
    .execute();
  const sessions = [];
  for (let i = 0; i < count; i += 50) {
    const batch = numbers.slice(i, i + 50);
    sessions.push(
      ...(await Promise.all(
        batch.map((n) => createSession(db, server.clock, users[n].id, firms[n].id)),
      )),
    );
  }
  return {
    calloffId: calloff.id,
    suppliers: numbers.map((i) => ({
      id: firms[i].id,
      path: `/api/organisations/${firms[i].id}/tenders/${calloff.id}/bid`,
      cookie: sessions[i].cookie,
      csrfToken: sessions[i].csrfToken,
      bid: {
        unitPriceMinor: 95_000,
        answers: { [requirement.id]: true },
        evidence: { [requirement.id]: 'Socionomexamen 2015' },
        consultantId: consultants[i].id,
        establishmentId: null,
        earliestStart: '2027-01-04',
        validUntil: '2027-03-31',
        note: '',
      },
    })),
  };
}

/** Compares every supplier's acknowledgements with its stored bid; returns the mismatches. */
async function countCheck(db, calloffId, suppliers, perSupplier) {
  const rows = await db
    .selectFrom('bids')
    .select(['supplier_id', 'status', 'receipt_sha256', 'replacements'])
    .where('calloff_id', '=', calloffId)
    .execute();
  const stormers = new Set(suppliers.map((supplier) => supplier.id));
  const stored = new Map(
    rows.filter((row) => stormers.has(row.supplier_id)).map((row) => [row.supplier_id, row]),
  );
  const acknowledged = suppliers.filter((_, i) => perSupplier[i].acks > 0).length;
  const mismatches = [];
  if (stored.size !== acknowledged)
    mismatches.push(`${stored.size} stored bids, ${acknowledged} suppliers acknowledged`);
  suppliers.forEach((supplier, i) => {
    const tally = perSupplier[i];
    const row = stored.get(supplier.id);
    const name = `supplier ${i + 1}`;
    if (tally.acks === 0) {
      if (row) mismatches.push(`${name}: a bid is stored, none was acknowledged`);
      return;
    }
    if (!row) return mismatches.push(`${name}: ${tally.acks} acknowledged, no bid stored`);
    if (row.status !== 'submitted') mismatches.push(`${name}: stored status ${row.status}`);
    if (row.receipt_sha256 !== tally.lastSha)
      mismatches.push(`${name}: stored receipt is not the last acknowledged one (lost write)`);
    if (row.replacements + 1 !== tally.acks)
      mismatches.push(
        `${name}: ${tally.acks} acknowledged, stored ${row.replacements} replacements + 1`,
      );
    if (tally.created !== 1)
      mismatches.push(`${name}: ${tally.created} answers 201 Created (expected exactly 1)`);
  });
  return { stored: stored.size, acknowledged, mismatches };
}

/**
 * The statements one bid makes, as node-postgres sends them (the session check included): one
 * first submission and one replacement by a supplier kept out of the storm, through the whole
 * app (app.inject, no socket). Each statement is a round trip to PostgreSQL.
 */
async function statementsPerBid(app, supplier) {
  const { default: pg } = await import('pg');
  const sent = [];
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (config, ...rest) {
    sent.push(typeof config === 'string' ? config : (config?.text ?? String(config)));
    return query.call(this, config, ...rest);
  };
  const bid = () =>
    app.inject({
      method: 'PUT',
      url: supplier.path,
      headers: { cookie: supplier.cookie, 'x-csrf-token': supplier.csrfToken },
      payload: supplier.bid,
    });
  const log = {};
  try {
    for (const [name, expected] of [
      ['first submission', 201],
      ['replacement', 200],
    ]) {
      sent.length = 0;
      const answer = await bid();
      if (answer.statusCode !== expected)
        throw new Error(`${name}: ${answer.statusCode} ${answer.body.slice(0, 300)}`);
      log[name] = [...sent];
    }
  } finally {
    pg.Client.prototype.query = query;
  }
  return log;
}

async function pgbench(cluster, args) {
  const program = join(cluster.bin, 'pgbench');
  if (!existsSync(program)) throw new Error(`pgbench not found beside postgres in ${cluster.bin}`);
  const connection = ['-h', '127.0.0.1', '-p', String(cluster.port), '-U', 'postgres'];
  const { stdout, stderr } = await promisify(execFile)(
    program,
    [...connection, ...args, 'pgbench_storm'],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  return `${stdout}${stderr}`;
}

async function main() {
  // Imported here, not at the top: the load generator's worker thread runs this file too and
  // needs none of the server.
  const { recreateDatabase, startCluster, stopCluster } =
    await import('../packages/server/test/support/postgres-cluster.ts');
  const server = {
    factories: await import('../packages/server/test/support/factories.ts'),
    identifiers: await import('@tildel/domain/identifiers'),
    sealing: await import('../packages/server/src/platform/sealing.ts'),
    clock: (await import('../packages/server/src/platform/clock.ts')).systemClock,
  };
  const { buildApp } = await import('../packages/server/src/app.ts');
  const { loadConfig } = await import('../packages/server/src/config.ts');
  const { openDatabase } = await import('../packages/server/src/db/database.ts');
  const { migrateToLatest } = await import('../packages/server/src/db/migrate.ts');

  // Ctrl-C: exit through process.exit so postgres-cluster.ts's exit hook stops the cluster.
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

  const cluster = await startCluster();
  const cleanup = [];
  try {
    await recreateDatabase(cluster.baseUrl, 'tildel_storm');
    await recreateDatabase(cluster.baseUrl, 'pgbench_storm');
    const databaseUrl = `${cluster.baseUrl}/tildel_storm`;
    const masterKeyBytes = randomBytes(32);
    const config = {
      ...loadConfig({
        DATABASE_URL: databaseUrl,
        PUBLIC_URL: 'http://127.0.0.1',
        HOST: '127.0.0.1',
        PORT: '0',
      }),
      masterKey: masterKeyBytes,
    };
    server.masterKey = server.sealing.masterKey(masterKeyBytes);
    const database = await openDatabase({ databaseUrl });
    cleanup.unshift(() => database.close());
    await migrateToLatest(database.db);

    let started = performance.now();
    // One supplier more than the storm's: its bids only show which statements a bid makes.
    const market = await openCalloff(database.db, server, SUPPLIERS + 1);
    const probe = market.suppliers.pop();
    process.stdout.write(
      `Set up one open call-off with ${SUPPLIERS} invited suppliers in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    );
    started = performance.now();
    await pgbench(cluster, ['-i', '-q', '-s', String(PGBENCH.scale)]);
    await promisify(execFile)(join(cluster.bin, 'psql'), [
      `${cluster.baseUrl}/pgbench_storm`,
      '-c',
      'CHECKPOINT',
    ]);
    process.stdout.write(
      `pgbench -i -s ${PGBENCH.scale} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    );

    const app = await buildApp({ config, database, logger: false, webDist: null });
    cleanup.unshift(() => app.close());
    const origin = await app.listen({ host: '127.0.0.1', port: 0 });
    const route = '/api/organisations/:orgId/tenders/:calloffId/bid';
    if (!app.hasRoute({ method: 'PUT', url: route }))
      throw new Error(`PUT ${route} does not exist (yet): nothing to storm`);

    const statements = await statementsPerBid(app, probe);
    for (const [name, texts] of Object.entries(statements))
      process.stdout.write(
        `Statements of one bid, ${name}: ${texts.length}\n${texts.map((text) => `  ${text.replace(/\s+/g, ' ').slice(0, 160)}\n`).join('')}`,
      );
    process.stdout.write(
      `Storm: ${SUPPLIERS} suppliers, one connection each, ${WARMUP_SECONDS} s warm-up, then ${SECONDS} s…\n`,
    );
    // Other work on the machine moves every figure here; the load average says how busy it was.
    const loadAverage = os.loadavg()[0];
    const processCpuBefore = process.cpuUsage();
    const postgresCpuBefore = postgresCpuSeconds(cluster);
    const result = await runStorm({
      origin,
      suppliers: market.suppliers,
      warmupMs: WARMUP_SECONDS * 1000,
      durationMs: SECONDS * 1000,
    });
    const latencies = Float64Array.from(result.latencies).sort();
    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    const acknowledged = result.perSupplier.reduce((sum, s) => sum + s.acks, 0);
    // Where the CPU went, per acknowledged bid (warm-up included): the app is this process
    // without the load generator's thread.
    const processCpu = process.cpuUsage(processCpuBefore);
    const postgresCpuAfter = postgresCpuSeconds(cluster);
    const perBidMs = (seconds) => (seconds * 1000) / acknowledged;
    const cpu = {
      app: perBidMs((processCpu.user + processCpu.system) / 1e6 - result.cpuSeconds),
      postgres:
        postgresCpuBefore === null || postgresCpuAfter === null
          ? NaN
          : perBidMs(postgresCpuAfter - postgresCpuBefore),
      generator: perBidMs(result.cpuSeconds),
    };
    const cores = os.availableParallelism();
    const cpuCeiling = (cores * 1000) / (cpu.app + cpu.postgres + cpu.generator);
    const check = await countCheck(
      database.db,
      market.calloffId,
      market.suppliers,
      result.perSupplier,
    );

    process.stdout.write(
      `pgbench tpcb-like: ${PGBENCH.clients} clients, ${PGBENCH.threads} threads, ${PGBENCH.seconds} s…\n`,
    );
    const output = await pgbench(cluster, [
      '-c',
      String(PGBENCH.clients),
      '-j',
      String(PGBENCH.threads),
      '-T',
      String(PGBENCH.seconds),
      '-b',
      'tpcb-like',
    ]);
    const tpsMatch = /tps = ([\d.]+) \(without initial connection time\)/.exec(output);
    if (!tpsMatch) throw new Error(`No tps in pgbench's output:\n${output}`);
    const tps = Number(tpsMatch[1]);
    const ratio = result.bidsPerSecond / tps;

    const failures = [];
    const non2xx = Object.values(result.non2xx).reduce((sum, n) => sum + n, 0);
    if (non2xx > 0)
      failures.push(
        `${non2xx} non-2xx answers (${Object.entries(result.non2xx)
          .map(([status, n]) => `${n}× ${status}`)
          .join(', ')})`,
      );
    if (result.errors > 0) failures.push(`${result.errors} connection errors or timeouts`);
    if (check.mismatches.length > 0)
      failures.push(`${check.mismatches.length} mismatches between acknowledged and stored bids`);

    const cpus = os.cpus();
    const machine = `${os.availableParallelism()} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${os.platform()} ${os.arch()}`;
    const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
    const met = (ok) => (ok ? 'met' : 'NOT MET');
    process.stdout.write(
      [
        '',
        `${date} UTC, ${machine}, Node ${process.version}, load average ${loadAverage.toFixed(1)} at the start`,
        `bids/s (acknowledged) ${result.bidsPerSecond.toFixed(0).padStart(7)}   p50 ${p50.toFixed(1)} ms   p99 ${p99.toFixed(1)} ms`,
        `  ${acknowledged} acknowledged bids in all (warm-up included), ${non2xx} non-2xx, ${result.errors} errors`,
        `  CPU per bid: app ${cpu.app.toFixed(2)} ms, PostgreSQL ${cpu.postgres.toFixed(2)} ms, load generator ${cpu.generator.toFixed(2)} ms`,
        `  (${cores} cores at that cost carry at most ${cpuCeiling.toFixed(0)} bids/s with nothing else running)`,
        `pgbench tpcb-like tps ${tps.toFixed(0).padStart(7)}`,
        `ratio bids/s ÷ tps: ${ratio.toFixed(2)}`,
        `count check: ${check.stored} stored bids, ${check.acknowledged} suppliers acknowledged, ${check.mismatches.length} mismatches`,
        ...check.mismatches.slice(0, 10).map((m) => `  ${m}`),
        ...result.samples.map((s) => `  sample: ${s}`),
        `target ≥ ${TARGET_BIDS_PER_SECOND} bids/s: ${met(result.bidsPerSecond >= TARGET_BIDS_PER_SECOND)}`,
        `target ratio ≥ ${TARGET_RATIO}: ${met(ratio >= TARGET_RATIO)}`,
        '',
      ].join('\n') + '\n',
    );

    if (!existsSync(RESULTS)) {
      writeFileSync(
        RESULTS,
        '# Deadline storm results\n\nAppended by `npm run bench:storm` (see README.md): acknowledged bids per second and\n' +
          `latency of ${SUPPLIERS} suppliers bidding at once (one connection each, ${SECONDS} s after a ${WARMUP_SECONDS} s warm-up),\n` +
          `pgbench tpcb-like tps (-s ${PGBENCH.scale} -c ${PGBENCH.clients} -j ${PGBENCH.threads} -T ${PGBENCH.seconds}) on the same cluster, and the count check.\n` +
          "Load: the machine's 1-minute load average when the storm began (other work moves every figure).\n" +
          `Targets: ≥ ${TARGET_BIDS_PER_SECOND} bids/s and a ratio ≥ ${TARGET_RATIO}.\n\n` +
          '| date (UTC) | machine | Node | load | suppliers | bids/s | p50 | p99 | tpcb tps | ratio | count check |\n' +
          '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n',
      );
    }
    appendFileSync(
      RESULTS,
      `| ${date} | ${machine} | ${process.version} | ${loadAverage.toFixed(1)} | ${SUPPLIERS} | ${result.bidsPerSecond.toFixed(0)} | ${p50.toFixed(1)} ms | ${p99.toFixed(1)} ms | ${tps.toFixed(0)} | ${ratio.toFixed(2)} | ${failures.length === 0 ? `ok (${check.stored} = ${check.acknowledged})` : 'FAILED'} |\n`,
    );
    process.stdout.write(`Appended to ${RESULTS}\n`);
    if (failures.length > 0) {
      process.stderr.write(`FAILED: ${failures.join('; ')}\n`);
      process.exitCode = 1;
    }
  } finally {
    for (const close of cleanup) await close().catch((error) => console.error(error));
    await stopCluster(cluster);
  }
}

if (isMainThread) await main();
else parentPort.postMessage(await storm(workerData));
