// Route schemas are compiled on first use (platform/lazy-compilers.ts); this proves every route's
// validators and serialisers compile, as compiling them all at start did, and that a request
// still gets the validation it always did on its route's first call.
import { afterAll, expect, it } from 'vitest';
import { createTestApp } from './support/app.ts';

const { app } = await createTestApp();
afterAll(() => app.close());

it('validates and coerces on a route’s first call, compiled then', async () => {
  const before = await app.inject({ method: 'GET', url: '/api/health' });
  expect(before.statusCode).toBe(200);
  const refused = await app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { email: 'not-an-email', password: 'x', surplus: true },
    headers: { 'accept-language': 'en' },
  });
  expect(refused.statusCode).toBe(400);
  expect(refused.headers['content-type']).toContain('application/problem+json');
  const fields = refused.json().errors.map((e: { field: string }) => e.field);
  expect(fields).toContain('email');
  expect(JSON.stringify(refused.json())).toContain('surplus');
});

it('compiles every route’s schemas, each once', () => {
  const compiled = app.compileAllSchemas();
  // Every route has at least a response schema; most have params, a query or a body too.
  expect(compiled).toBeGreaterThan(app.routeCatalogue.length);
  expect(app.compileAllSchemas()).toBe(0);
});
