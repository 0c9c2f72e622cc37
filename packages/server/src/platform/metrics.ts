// Prometheus metrics (prom-client): request durations by route pattern and status, the outbox's
// backlog, how late the background jobs are and the database pool's use. Each app has its own
// Registry (tests build many apps in one process; the global one would refuse a second set).
import { createServer, type Server } from 'node:http';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';
import { Gauge, Histogram, Registry } from 'prom-client';
import type { PoolUse } from '../db/database.ts';
import type { DB } from '../db/types.ts';
import type { Clock } from './clock.ts';
import { outboxDepth } from './outbox.ts';
import { jobLags } from './scheduler.ts';

declare module 'fastify' {
  interface FastifyInstance {
    metrics: Registry;
  }
}

export interface MetricsOptions {
  db: Kysely<DB>;
  clock: Clock;
  poolUse: () => PoolUse | null;
}

/** Collectors that read the database when scraped, so every process reports the same backlog. */
function registerCollectors(registry: Registry, { db, clock, poolUse }: MetricsOptions): void {
  new Gauge({
    name: 'tildel_outbox_messages',
    help: 'Messages not sent: pending (waiting), retrying (pending after a failed attempt), failed (given up)',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      const depth = await outboxDepth(db);
      for (const [state, count] of Object.entries(depth)) this.set({ state }, count);
    },
  });
  new Gauge({
    name: 'tildel_job_lag_seconds',
    help: 'Seconds a background job is past its next run time (0 when not due)',
    labelNames: ['job'],
    registers: [registry],
    async collect() {
      for (const { name, lagSeconds } of await jobLags(db, clock.now()))
        this.set({ job: name }, lagSeconds);
    },
  });
  new Gauge({
    name: 'tildel_db_pool_connections',
    help: 'PostgreSQL pool connections: total open, idle, and requests waiting for one (absent on PGlite)',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const use = poolUse();
      if (use) for (const [state, count] of Object.entries(use)) this.set({ state }, count);
    },
  });
}

/** Times every request under its route pattern (never the raw URL, which holds ids). */
export const metricsPlugin = fp<MetricsOptions>(async (app: FastifyInstance, options) => {
  const registry = new Registry();
  const duration = new Histogram({
    name: 'tildel_http_request_duration_seconds',
    help: 'HTTP request duration by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  registerCollectors(registry, options);
  app.decorate('metrics', registry);
  app.addHook('onResponse', async (request, reply) => {
    duration.observe(
      {
        method: request.method,
        // Unmatched URLs (scans, typos) share one label so they cannot grow the series.
        route: request.routeOptions.url ?? 'unmatched',
        status_code: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
  });
});

/** METRICS_PORT: /metrics without sign-in on its own port, for a scraper on a private network. */
export function serveMetrics(registry: Registry, port: number, host: string): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url !== '/metrics') {
      response.writeHead(404).end();
      return;
    }
    registry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': registry.contentType }).end(text),
      () => response.writeHead(503).end(),
    );
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

/** GET /metrics on the app itself: for the platform (a platform admin's session). */
export async function metricsRoute(app: FastifyInstance): Promise<void> {
  app.get(
    '/metrics',
    { config: { permission: 'platform.admin' }, schema: { hide: true } },
    async (_request, reply) =>
      reply.type(app.metrics.contentType).send(await app.metrics.metrics()),
  );
}
