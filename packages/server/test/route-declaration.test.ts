// A route that does not declare its permission stops the app from starting.
import { afterAll, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openTestDatabase } from './support/worker-database.ts';

const database = await openTestDatabase();
afterAll(() => database.close());
const config = loadConfig({ DATABASE_URL: 'postgresql://unused' });

it('refuses to start with a route that declares no permission, naming it', async () => {
  const app = await buildApp({ config, database, webDist: null });
  app.get('/api/forgotten', async () => ({ secret: true }));
  await expect(app.ready()).rejects.toThrow(
    'Routes without a declared permission: GET /api/forgotten',
  );
  await app.close().catch(() => {});
});

it('starts when every route declares one', async () => {
  const app = await buildApp({ config, database, webDist: null });
  app.get('/api/remembered', { config: { permission: 'authenticated' } }, async () => ({
    ok: true,
  }));
  await expect(app.ready()).resolves.toBeDefined();
  const anonymous = await app.inject({ method: 'GET', url: '/api/remembered' });
  expect(anonymous.statusCode).toBe(401);
  await app.close();
});
