// The only file that starts things: config → database → migrate → seed → listen → worker.
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { adjustableClock, systemClock } from './platform/clock.ts';
import { masterKeyFor, type MasterKey } from './platform/sealing.ts';
import { createMailer } from './platform/mail.ts';
import { serveMetrics } from './platform/metrics.ts';
import { collectDefaultMetrics } from 'prom-client';
import { createWorker, registerJobs } from './platform/scheduler.ts';
import { backgroundJobs } from './jobs.ts';

/** How long a stopping server waits for a background job under way. */
const STOP_GRACE_MS = 10_000;

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  // Fail at start, not at the first sealed bid, when the master key is missing or malformed.
  let masterKey: MasterKey;
  try {
    masterKey = masterKeyFor(config);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const clock = config.clockControl ? adjustableClock(systemClock) : systemClock;
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.dbPoolSize,
    statementTimeoutMs: config.statementTimeoutMs,
  });
  await migrateToLatest(database.db);
  // The demo's data and its code are loaded only where demo data is wanted: a production process
  // does not keep them in memory.
  const demo = config.seedDemo || config.demoMode ? await import('./seed/demo.ts') : null;
  const seeded =
    demo && config.seedDemo ? await demo.seedDemoIfEmpty(database.db, clock, masterKey) : null;

  // TILDEL_WEB_DIST serves a web build from elsewhere (parallel browser-test runs); the default
  // is packages/web/dist.
  const app = await buildApp({
    config,
    database,
    clock,
    masterKey,
    logger: { level: config.logLevel },
    ...(process.env.TILDEL_WEB_DIST ? { webDist: process.env.TILDEL_WEB_DIST } : {}),
  });
  const mailer = createMailer(config.smtpUrl, config.mailFrom);
  await registerJobs(database.db, clock, backgroundJobs);
  const worker = createWorker({
    db: database.db,
    clock,
    config,
    mailer,
    jobs: backgroundJobs,
    intervalMs: config.workerIntervalMs,
    log: app.log,
  });

  await app.listen({ port: config.port, host: config.host });
  // The process's own figures (CPU, memory, event loop lag) once per process, beside the app's.
  collectDefaultMetrics({ register: app.metrics, prefix: 'tildel_' });
  // METRICS_PORT: /metrics without sign-in for a scraper on a private network (docs/operations.md).
  const metricsServer =
    config.metricsPort === undefined
      ? null
      : await serveMetrics(app.metrics, config.metricsPort, config.host);
  worker.start();

  const where = database.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL server';
  const lines = [
    '',
    `Tildel is running at ${config.publicUrl}  (database: ${where})`,
    `API documentation: ${config.publicUrl}/api/docs`,
  ];
  if (demo && config.demoMode) {
    const accounts = await demo.demoAccounts(database.db);
    if (accounts.length > 0) {
      lines.push('', `Demo accounts (password for all: ${demo.DEMO_PASSWORD}):`);
      for (const a of accounts) lines.push(`  ${a.email.padEnd(46)} ${a.description}`);
    }
  }
  if (seeded)
    lines.push(
      '',
      `Demo data loaded: ${seeded.organisations} organisations, ${seeded.users} users.`,
    );
  process.stdout.write(lines.join('\n') + '\n\n');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stopping');
    // On a PostgreSQL server a long job (minutes on a national market) must not hold up a
    // restart: it is cut off and runs again when next due. PGlite's files are this process's own,
    // so there the job ends first.
    const finished = await worker.stop(database.kind === 'pglite' ? Infinity : STOP_GRACE_MS);
    await app.close();
    metricsServer?.close();
    mailer.close();
    // A connection still in a job's query would keep the pool from closing.
    if (finished) await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

await main();
