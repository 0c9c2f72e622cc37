// Builds the Fastify app from the platform plugins and the area modules. main.ts and the tests
// both build it here, so what is tested is what runs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { accessPlugin, asPublic, localeOf } from './platform/access.ts';
import { systemClock, type Clock } from './platform/clock.ts';
import { AREAS, registerAreaTexts } from './areas.ts';
import type { Deps } from './platform/deps.ts';
import { masterKeyFor, type MasterKey } from './platform/sealing.ts';
import { metricsPlugin, metricsRoute } from './platform/metrics.ts';
import { installErrorHandler, sendProblem } from './platform/problem.ts';
import { openapiOptions } from './platform/openapi.ts';
import { securityHeaderOptions, securityHeadersPlugin } from './platform/security-headers.ts';
import { t } from './platform/i18n.ts';
import { lazyCompilers } from './platform/lazy-compilers.ts';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export interface AppOptions {
  config: Config;
  database: Database;
  clock?: Clock;
  logger?: FastifyServerOptions['logger'];
  /** Folder of the built web app; served with a fallback to index.html for client routes. */
  webDist?: string | null;
  /** The master key already read at start (main.ts); otherwise read from the config when needed. */
  masterKey?: MasterKey;
}

/**
 * Files under /assets/ carry a hash of their content in their name, so a browser may keep them for a
 * year without asking again; everything else (index.html above all, which names the current assets)
 * is revalidated on every use.
 */
function cacheControlFor(url: string): string {
  return url.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  const deps: Deps = {
    db: database.db,
    databaseKind: database.kind,
    clock: options.clock ?? systemClock,
    config,
    masterKey: once(() => options.masterKey ?? masterKeyFor(config)),
  };
  const compilers = lazyCompilers();
  const app = Fastify({
    logger: options.logger ?? false,
    schemaController: { compilersFactory: compilers.compilersFactory },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    ajv: {
      // Unknown fields are refused (not silently dropped); every problem is reported at once.
      // Fastify's compiler already includes ajv-formats (email, uuid, date-time).
      customOptions: {
        removeAdditional: false,
        allErrors: true,
        coerceTypes: 'array',
        allowUnionTypes: true,
        useDefaults: true,
      },
    },
    // The router refuses broken percent-encoding and over-long path parameters before any hook or
    // error handler runs; without this they would leave as Fastify's own plain JSON, not problem+json.
    frameworkErrors: (error, request, reply) => {
      const locale = localeOf(request);
      if ((error.statusCode ?? 500) >= 500) {
        request.log.error({ err: error }, 'router error');
        return sendProblem(reply, locale, 'internal', t(locale, 'problem.internal.detail'));
      }
      return sendProblem(reply, locale, 'bad_request', t(locale, 'problem.bad_request'));
    },
  });

  app.decorate('compileAllSchemas', compilers.compileAll);
  installErrorHandler(app, localeOf);

  await app.register(cookie);
  await app.register(securityHeadersPlugin, {
    helmet: securityHeaderOptions(config.secureCookies),
  });
  await app.register(accessPlugin, {
    db: deps.db,
    clock: deps.clock,
    policy: { idleMinutes: config.sessionIdleMinutes, absoluteHours: config.sessionAbsoluteHours },
  });

  await app.register(metricsPlugin, {
    db: deps.db,
    clock: deps.clock,
    poolUse: () => database.poolUse(),
  });
  await metricsRoute(app);

  await app.register(
    swagger,
    openapiOptions(() => app.routeCatalogue),
  );
  await app.register(async (docs) =>
    asPublic(docs, async (scope) => {
      scope.get(
        '/api/openapi.json',
        { config: { permission: 'public' }, schema: { hide: true } },
        async () => app.swagger(),
      );
      await scope.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
    }),
  );

  registerAreaTexts();
  for (const area of AREAS)
    await app.register(async (scope) => {
      // Each operation is tagged with its area in the OpenAPI document.
      scope.addHook('onRoute', (route) => {
        route.schema = { ...route.schema, tags: [area.name] };
      });
      await area.routes(scope, deps);
    });

  const webDist = options.webDist === undefined ? WEB_DIST : options.webDist;
  // index.html is read once: every client-side route answers with it.
  const indexHtml =
    webDist && existsSync(join(webDist, 'index.html'))
      ? readFileSync(join(webDist, 'index.html'), 'utf8')
      : null;
  const serveWeb = indexHtml !== null;
  if (serveWeb && webDist) {
    await app.register(async (web) =>
      asPublic(web, async (scope) => {
        await scope.register(fastifyStatic, {
          root: webDist,
          wildcard: false,
          index: false,
          // The build writes .br and .gz beside each text file (packages/web/build/served-build.ts);
          // the one the browser accepts is sent, else the file itself.
          preCompressed: true,
          // Source maps are kept out of the served folder by the build; never serve a stray one.
          globIgnore: ['**/*.map'],
          cacheControl: false,
          setHeaders: (reply) => reply.header('cache-control', cacheControlFor(reply.request.url)),
        });
      }),
    );
  }
  // Client-side routes (/login, /admin/users …) get the web app's index.html; /api stays problem+json.
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const clientRoute = !path.startsWith('/api') && !/\.[a-z0-9]+$/i.test(path); // not a missing asset
    if (indexHtml !== null && request.method === 'GET' && clientRoute) {
      return reply
        .code(200)
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .send(indexHtml);
    }
    const locale = localeOf(request);
    return sendProblem(reply, locale, 'not_found', t(locale, 'problem.not_found.detail'));
  });
  return app;
}
