// The app computes its security headers once, with helmet (platform/security-headers.ts). They must
// be exactly what @fastify/helmet, which builds helmet on every request, sends for the same options.
import fastifyHelmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import Fastify, { type LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { securityHeaderOptions } from '../src/platform/security-headers.ts';
import { createTestApp } from './support/app.ts';

/** Every header of an answer except those about its body and connection. */
function securityHeadersOf(response: LightMyRequestResponse): Record<string, unknown> {
  const {
    date: _date,
    'content-type': _type,
    'content-length': _length,
    connection: _connection,
    ...rest
  } = response.headers;
  return rest;
}

async function helmetReference(secure: boolean) {
  const reference = Fastify();
  // The same options: @fastify/helmet's types reach helmet's CommonJS declarations, ours the ESM ones.
  const options = securityHeaderOptions(secure) as unknown as FastifyHelmetOptions;
  await reference.register(fastifyHelmet, options);
  reference.get('/', async () => ({ ok: true }));
  return securityHeadersOf(await reference.inject({ method: 'GET', url: '/' }));
}

describe('security headers', () => {
  for (const secure of [false, true]) {
    it(`are what @fastify/helmet sends, on answers and refusals (secure: ${secure})`, async () => {
      const expected = await helmetReference(secure);
      expect(expected['content-security-policy']).toContain("frame-ancestors 'none'");
      expect('strict-transport-security' in expected).toBe(secure);

      const { app } = await createTestApp({ secureCookies: secure });
      for (const url of ['/api/health', '/api/me', '/api/nowhere']) {
        const response = await app.inject({ method: 'GET', url });
        expect(securityHeadersOf(response), url).toEqual(expected);
      }
    });
  }
});
