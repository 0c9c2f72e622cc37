// Builds the real app against this worker's PostgreSQL database, with a clock tests can move.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import type { Database } from '../../src/db/database.ts';
import { fixedClock } from '../../src/platform/clock.ts';
import { openTestDatabase } from './worker-database.ts';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  clock: ReturnType<typeof fixedClock>;
  config: Config;
}

/** One app per test file, closed after the file. */
export async function createTestApp(
  overrides: Partial<Config> = {},
  databaseOptions: { poolSize?: number } = {},
): Promise<TestApp> {
  const database = await openTestDatabase(databaseOptions);
  const clock = fixedClock(new Date('2026-11-23T09:00:00Z'));
  const config = {
    ...loadConfig({ DATABASE_URL: 'postgresql://unused', PUBLIC_URL: 'http://tildel.test' }),
    // Each test app seals with its own key, as an installation does with MASTER_KEY.
    masterKey: randomBytes(32),
    ...overrides,
  };
  const app = await buildApp({ config, database, clock, webDist: null });
  await app.ready();
  afterAll(async () => {
    await app.close();
    await database.close();
  });
  return { app, database, clock, config };
}

export interface Caller {
  cookie: string;
  csrfToken: string;
}

/** app.inject with the caller's cookie and CSRF token, and a language. */
export function call(
  app: FastifyInstance,
  caller: Caller | null,
  options: InjectOptions & { locale?: string },
) {
  const { locale, headers, ...rest } = options;
  return app.inject({
    ...rest,
    headers: {
      'accept-language': locale ?? 'en',
      ...(caller ? { cookie: caller.cookie, 'x-csrf-token': caller.csrfToken } : {}),
      ...headers,
    },
  });
}
