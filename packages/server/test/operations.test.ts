// What an operator relies on: readiness apart from liveness, /metrics for the platform (and on a
// port of its own), and a statement timeout that ends a runaway query with a clear error.
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrationFiles } from '../src/db/migrate.ts';
import { localeOf } from '../src/platform/access.ts';
import { serveMetrics } from '../src/platform/metrics.ts';
import { installErrorHandler } from '../src/platform/problem.ts';
import { enqueueEmail } from '../src/platform/outbox.ts';
import { call, createTestApp } from './support/app.ts';
import {
  createMember,
  createOrganisation,
  createSession,
  createUser,
} from './support/factories.ts';
import { testDatabaseUrl } from './support/worker-database.ts';

const { app, database, clock, config } = await createTestApp();
const { db } = database;

describe('readiness apart from liveness', () => {
  it('is ready when the database answers and every migration is applied', async () => {
    const response = await call(app, null, { method: 'GET', url: '/api/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ready', migrations: migrationFiles().length });
  });

  it('answers 503 naming the missing migrations, while liveness still answers', async () => {
    const last = migrationFiles().at(-1)!;
    await sql`DELETE FROM schema_migrations WHERE name = ${last}`.execute(db);
    try {
      const response = await call(app, null, { method: 'GET', url: '/api/ready', locale: 'sv' });
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().detail).toBe(
        'Databasen saknar 1 ändring av schemat; starta om servern så att de körs.',
      );
      expect((await call(app, null, { method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    } finally {
      await sql`INSERT INTO schema_migrations (name) VALUES (${last})`.execute(db);
    }
  });

  it('answers 503 when the database does not answer', async () => {
    // A port nothing listens on: connecting is refused at once.
    const nowhere = await openDatabase({ databaseUrl: 'postgresql://postgres@127.0.0.1:1/none' });
    const unreachable = await buildApp({ config, database: nowhere, clock, webDist: null });
    try {
      const response = await call(unreachable, null, {
        method: 'GET',
        url: '/api/ready',
        locale: 'da',
      });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({
        status: 503,
        title: 'Tjenesten er ikke tilgængelig lige nu',
        detail: 'Databasen svarer ikke. Tildel tager imod forespørgsler igen, når den gør.',
      });
    } finally {
      await unreachable.close();
      await nowhere.close();
    }
  });
});

describe('GET /metrics', () => {
  it('is for the platform: anonymous callers and organisation admins are turned away', async () => {
    const organisation = await createOrganisation(db);
    const { caller } = await createMember(db, clock, organisation.id, ['org_admin']);
    expect((await call(app, null, { method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    const forbidden = await call(app, caller, { method: 'GET', url: '/metrics' });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.headers['content-type']).toContain('application/problem+json');
  });

  it('times requests by route pattern and status, and reports the outbox, jobs and pool', async () => {
    const admin = await createUser(db, { platformAdmin: true });
    const caller = await createSession(db, clock, admin.id, null);
    const organisation = await createOrganisation(db);
    const member = await createMember(db, clock, organisation.id, ['buyer']);
    // Different ids, one route: one series per status, never the raw URL.
    for (let i = 0; i < 2; i++)
      await call(app, member.caller, {
        method: 'GET',
        url: `/api/organisations/${organisation.id}`,
      });
    const other = await createOrganisation(db);
    await call(app, member.caller, { method: 'GET', url: `/api/organisations/${other.id}` });
    await db.transaction().execute(async (trx) => {
      await enqueueEmail(trx, clock, {
        organisationId: null,
        to: 'metrics@example.test',
        subject: 'Waiting',
        body: 'A message still in the outbox.',
      });
    });
    const pendingBefore = Number(
      (
        await db
          .selectFrom('outbox')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('status', '=', 'pending')
          .executeTakeFirstOrThrow()
      ).n,
    );
    await db
      .insertInto('jobs')
      .values({
        name: 'metrics.test_job',
        interval_seconds: 60,
        next_run_at: new Date(clock.now().getTime() - 90_000),
      })
      .execute();

    const response = await call(app, caller, { method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    const text = response.body;
    expect(text).toContain(
      'tildel_http_request_duration_seconds_count{method="GET",route="/api/organisations/:orgId",status_code="200"} 2',
    );
    expect(text).toContain(
      'tildel_http_request_duration_seconds_count{method="GET",route="/api/organisations/:orgId",status_code="403"} 1',
    );
    expect(text).not.toContain(organisation.id);
    expect(text).not.toContain(other.id);
    expect(text).toContain(`tildel_outbox_messages{state="pending"} ${pendingBefore}`);
    expect(text).toContain('tildel_outbox_messages{state="failed"} 0');
    expect(text).toContain('tildel_job_lag_seconds{job="metrics.test_job"} 90');
    expect(text).toMatch(/tildel_db_pool_connections\{state="total"\} [1-9]/);
    expect(text).toMatch(/tildel_db_pool_connections\{state="waiting"\} \d+/);
  });

  it('is served without sign-in on METRICS_PORT, and only /metrics there', async () => {
    const server = await serveMetrics(app.metrics, 0, '127.0.0.1');
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const response = await fetch(`${base}/metrics`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain(
        '# TYPE tildel_http_request_duration_seconds histogram',
      );
      expect((await fetch(`${base}/api/me`)).status).toBe(404);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('the connections to a PostgreSQL server', () => {
  it('compile no query with JIT and start no parallel workers, whatever a plan’s cost', async () => {
    const database = await openDatabase({ databaseUrl: testDatabaseUrl() });
    try {
      const { rows } = await sql<{ jit: string }>`SHOW jit`.execute(database.db);
      expect(rows).toEqual([{ jit: 'off' }]);
      const workers = await sql<{
        max_parallel_workers_per_gather: string;
      }>`SHOW max_parallel_workers_per_gather`.execute(database.db);
      expect(workers.rows).toEqual([{ max_parallel_workers_per_gather: '0' }]);
    } finally {
      await database.close();
    }
  });
});

describe('the statement timeout (STATEMENT_TIMEOUT_MS)', () => {
  it('ends a statement running past it with PostgreSQL’s error instead of a hang', async () => {
    const limited = await openDatabase({ databaseUrl: testDatabaseUrl(), statementTimeoutMs: 200 });
    try {
      const started = Date.now();
      await expect(sql`SELECT pg_sleep(5)`.execute(limited.db)).rejects.toMatchObject({
        code: '57014',
        message: 'canceling statement due to statement timeout',
      });
      expect(Date.now() - started).toBeLessThan(2000);
      // A statement within the limit runs as usual.
      await expect(sql`SELECT pg_sleep(0.05)`.execute(limited.db)).resolves.toBeDefined();
    } finally {
      await limited.close();
    }
  });

  it('answers a request whose statement was cancelled with 503 problem+json, not a 500', async () => {
    const limited = await openDatabase({ databaseUrl: testDatabaseUrl(), statementTimeoutMs: 200 });
    // A bare app with the platform's error handler and one slow route: no real route is slow.
    const slow = Fastify();
    installErrorHandler(slow, localeOf);
    slow.get('/slow', async () => {
      await sql`SELECT pg_sleep(5)`.execute(limited.db);
      return {};
    });
    try {
      const response = await slow.inject({
        method: 'GET',
        url: '/slow',
        headers: { 'accept-language': 'sv' },
      });
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().detail).toBe(
        'Databasen svarade inte i tid, så ingenting har sparats. Försök igen om en stund.',
      );
    } finally {
      await slow.close();
      await limited.close();
    }
  });

  it('uses the pool size it is given', async () => {
    const small = await openDatabase({ databaseUrl: testDatabaseUrl(), poolSize: 2 });
    try {
      await Promise.all([1, 2, 3].map(() => sql`SELECT pg_sleep(0.1)`.execute(small.db)));
      expect(small.poolUse()).toMatchObject({ total: 2 });
    } finally {
      await small.close();
    }
  });
});
