// No input a user can type yields a 500. Every route in the catalogue is called, as a member with
// every role of the organisation in the URL and as a platform administrator, with hostile path parameters, query
// strings and bodies. Every answer must be below 500; every error must be problem+json with type,
// title, status and detail; schema violations must name the fields. New routes are covered
// automatically: the bodies are derived from each route's JSON schema (the OpenAPI document).
import { ROLES } from '@tildel/domain/permissions';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, test } from 'vitest';
import { newToken, tokenHash } from '../src/platform/auth/tokens.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import {
  createOrganisation,
  createSession,
  createUser,
  randomUUID,
  uniqueIdentifier,
} from './support/factories.ts';

// ---- hostile values --------------------------------------------------------------------------

const HUGE = 'x'.repeat(100_000); // 100 kB: under the 1 MB body limit, over every maxLength
const EMOJI_300 = '😀'.repeat(300);

/** Path parameter values, already as they appear in the URL. */
const HOSTILE_PATH = [
  'not-a-uuid',
  '%00',
  'a%00b',
  '..%2f..%2fetc%2fpasswd',
  '..%2F',
  '%2e%2e',
  '..',
  encodeURIComponent('😀🙂'),
  'x'.repeat(300),
  '0'.repeat(300),
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
  `${randomUUID()}x`,
  encodeURIComponent(`' OR '1'='1`),
  encodeURIComponent('; DROP TABLE users; --'),
  '%E0%A4%A', // broken percent-encoding
  '%',
  '%25',
  '%20',
  'null',
  'undefined',
  '-1',
  '1e309',
  '__proto__',
  'constructor',
  'A'.repeat(20), // shaped like a token, but none
  'A'.repeat(101),
];

/** Query strings. Routes without a querystring schema must ignore them. */
const HOSTILE_QUERY = [
  'limit=-1',
  'limit=0',
  'limit=abc',
  'limit=201',
  'limit=1.5',
  'limit=1e9',
  'limit=99999999999999999999999',
  'limit=',
  'limit[]=1',
  'limit=1&limit=2',
  'offset=-1',
  'offset=abc',
  'sort=__proto__',
  'sort=name&order=sideways',
  'before=;drop table',
  `before=${encodeURIComponent("'; DROP TABLE audit_log; --")}`,
  'before=abc',
  'before=-1',
  'before=999999999999999999',
  'before=9999999999999999999',
  `before=${randomUUID()}`,
  'before=a&before=b',
  'before=%00',
  `before=${encodeURIComponent('😀')}`,
  `before=${'1'.repeat(300)}`,
  'country=XX',
  'country=se',
  'country[]=SE',
  '__proto__[admin]=1',
  'constructor[prototype][admin]=1',
  'unexpected=1',
  '%E0%A4%A=1',
  `q=${'x'.repeat(10_000)}`,
];

/** Field values of the wrong type, size or shape. */
const HOSTILE_VALUES: unknown[] = [
  null,
  0,
  -1,
  1e308,
  -1e308,
  2 ** 53 + 1,
  3.14,
  true,
  '',
  ' ',
  '   \t\n',
  '\u0000',
  'a\u0000b',
  HUGE,
  EMOJI_300,
  '\ud800',
  '<script>alert(1)</script>',
  "'; DROP TABLE users; --",
  '../../etc/passwd',
  'ÅÄÖ æøå',
  '0',
  'null',
  [],
  [null],
  [HUGE],
  {},
  { nested: { deeper: { deepest: [1, 2, 3] } } },
];

const deepObject = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
const deepArray = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

interface RawBody {
  label: string;
  contentType?: string;
  payload: string | Buffer;
  /** A JSON body derived from a valid one (made fresh for each request). */
  build?: (valid: Record<string, unknown>) => unknown;
}

/** Bodies that are wrong as a whole, sent to every route that takes a body. */
const HOSTILE_BODIES: RawBody[] = [
  ...(
    [
      null,
      [],
      [{}],
      'a string',
      123,
      -1,
      1e308,
      true,
      {},
      { unexpected: 1 },
      { [HUGE]: 1 },
      HUGE,
      { __proto__: { isPlatformAdmin: true } },
      { constructor: { prototype: { isPlatformAdmin: true } } },
    ] as unknown[]
  ).map((value) => ({
    label: `json ${JSON.stringify(value).slice(0, 40)}`,
    payload: JSON.stringify(value),
  })),
  { label: 'raw __proto__', payload: '{"__proto__":{"isPlatformAdmin":true}}' },
  { label: 'deep object', payload: deepObject(10_000) },
  { label: 'deep array', payload: deepArray(100_000) },
  {
    label: '10 000 keys',
    payload: JSON.stringify(
      Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i])),
    ),
  },
  { label: 'malformed {', payload: '{' },
  { label: 'malformed field', payload: '{"email": ' },
  { label: 'malformed quotes', payload: "{'email': 'a@b.se'}" },
  { label: 'malformed trailing comma', payload: '{"a":1,}' },
  { label: 'malformed NaN', payload: 'NaN' },
  { label: 'malformed undefined', payload: 'undefined' },
  { label: 'malformed NUL', payload: '\u0000' },
  { label: 'malformed bytes', payload: Buffer.from([0xff, 0xfe, 0x00, 0x7b]) },
  { label: 'BOM', payload: '\ufeff{}' },
  { label: 'empty json', payload: '' },
  { label: 'whitespace json', payload: '   ' },
  { label: 'over the body limit', payload: JSON.stringify({ a: 'x'.repeat(2 * 1024 * 1024) }) },
  { label: 'text/plain', contentType: 'text/plain', payload: 'hello' },
  { label: 'text/plain json', contentType: 'text/plain', payload: '{"email":"a@b.se"}' },
  {
    label: 'form',
    contentType: 'application/x-www-form-urlencoded',
    payload: 'email=a%40b.se&password=x',
  },
  { label: 'xml', contentType: 'application/xml', payload: '<a>1</a>' },
  {
    label: 'multipart',
    contentType: 'multipart/form-data; boundary=x',
    payload: '--x\r\n\r\n--x--',
  },
  { label: 'utf-16 json', contentType: 'application/json; charset=utf-16', payload: '{}' },
  { label: 'bogus content type', contentType: '😀/😀', payload: '{}' },
  { label: 'empty content type', contentType: '', payload: '{}' },
];

// ---- the app and its catalogue -----------------------------------------------------------------

interface JsonSchema {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  pattern?: string;
}

interface Route {
  method: string;
  url: string;
  permission: string;
  bodySchema: JsonSchema | undefined;
}

let t: TestApp;
let app: FastifyInstance;
let routes: Route[];
let organisationId: string;
let adminId: string;
let platformAdminId: string;

beforeAll(async () => {
  t = await createTestApp();
  app = t.app;
  const db = t.database.db;
  const organisation = await createOrganisation(db, { kind: 'municipality' });
  organisationId = organisation.id;
  // Every role, so each route's own validation is reached rather than the access check.
  adminId = (await createUser(db, { memberships: [{ organisationId, roles: [...ROLES] }] })).id;
  platformAdminId = (await createUser(db, { platformAdmin: true })).id;

  const openapi = app.swagger() as {
    paths: Record<
      string,
      Record<string, { requestBody?: { content?: Record<string, { schema: JsonSchema }> } }>
    >;
  };
  routes = app.routeCatalogue.map((r) => {
    const path = r.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const operation = openapi.paths[path]?.[r.method.toLowerCase()];
    return {
      method: r.method,
      url: r.url,
      permission: String(r.permission),
      bodySchema: operation?.requestBody?.content?.['application/json']?.schema,
    };
  });
});

// ---- per request: a fresh session and fresh objects, so no request spoils the next ------------

type CallerKind = 'member_with_every_role' | 'platform_admin';

async function freshSession(kind: CallerKind) {
  const userId = kind === 'member_with_every_role' ? adminId : platformAdminId;
  return createSession(
    t.database.db,
    t.clock,
    userId,
    kind === 'member_with_every_role' ? organisationId : null,
  );
}

/** Valid values for the route's path parameters; objects a request may consume are made anew. */
async function validParams(url: string): Promise<Record<string, string>> {
  const db = t.database.db;
  const names = [...url.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]!);
  if (url.includes('*')) names.push('*');
  const params: Record<string, string> = {};
  for (const name of names) {
    switch (name) {
      case 'orgId':
        params[name] = organisationId;
        break;
      case 'userId': {
        const member = await createUser(db, {
          memberships: [{ organisationId, roles: ['caseworker'] }],
        });
        params[name] = member.id;
        break;
      }
      case 'invitationId':
        params[name] = (await insertInvitation()).id;
        break;
      case 'token':
        params[name] = (await insertInvitation()).token;
        break;
      case '*':
        params[name] = 'index.html';
        break;
      case 'year':
        params[name] = '2026';
        break;
      default:
        // Other ids (suppliers, agreements, applications...): a well-formed id of nothing, so
        // the hostile values reach validation and the lookups behind it.
        if (!name.endsWith('Id'))
          throw new Error(
            `input-robustness.test.ts does not know the path parameter :${name} of ${url}; add it`,
          );
        params[name] = randomUUID();
    }
  }
  return params;
}

async function insertInvitation(): Promise<{ id: string; token: string }> {
  const token = newToken();
  const now = t.clock.now();
  const row = await t.database.db
    .insertInto('invitations')
    .values({
      organisation_id: organisationId,
      email: `invited-${randomUUID()}@example.test`,
      roles: ['caseworker'],
      locale: 'sv',
      token_hash: tokenHash(token),
      invited_by: adminId,
      created_at: now,
      expires_at: new Date(now.getTime() + 86_400_000),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, token };
}

function fillPath(url: string, params: Record<string, string>): string {
  return url
    .replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => params[name] ?? '')
    .replace('*', params['*'] ?? '');
}

/** A body that passes the schema (made fresh: unique emails and identifiers). */
function validValue(name: string, schema: JsonSchema): unknown {
  if (schema.enum) return schema.enum.find((v) => v !== null);
  const type = Array.isArray(schema.type) ? schema.type.find((x) => x !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return validObject(schema);
    case 'array': {
      const item = validValue(name, schema.items ?? {});
      // A caseworker role is assignable in a municipality and harmless elsewhere.
      return name === 'roles' ? ['caseworker'] : [item];
    }
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    default:
      if (schema.format === 'email') return `robust-${randomUUID()}@example.test`;
      if (schema.format === 'uuid') return organisationId;
      if (schema.format === 'date') return '2026-12-01';
      if (schema.format === 'date-time') return '2026-12-01T09:00:00Z';
      if (name === 'identifier') return uniqueIdentifier('SE');
      if (name === 'municipalityCode') return '751';
      if (name === 'password') return 'a password long enough to pass';
      return 'Robust Example';
  }
}

function validObject(schema: JsonSchema): Record<string, unknown> {
  const body = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([name, s]) => [name, validValue(name, s)]),
  );
  // An organisation identifier is valid only for its country.
  if ('identifier' in body && (body.country === 'SE' || body.country === 'DK')) {
    body.identifier = uniqueIdentifier(body.country);
  }
  return body;
}

/** Bodies derived from the schema: each field missing, of a hostile value, or renamed. */
function fieldBodies(schema: JsonSchema): RawBody[] {
  const bodies: RawBody[] = [];
  const json = (label: string, build: (base: Record<string, unknown>) => unknown) =>
    bodies.push({ label, payload: '', build });
  json('valid plus an unknown field', (base) => ({ ...base, unexpected: 'x' }));
  json('valid plus isPlatformAdmin', (base) => ({ ...base, isPlatformAdmin: true }));
  for (const [name, fieldSchema] of Object.entries(schema.properties ?? {})) {
    json(`${name} missing`, (base) => {
      const { [name]: _, ...rest } = base;
      return rest;
    });
    for (const value of HOSTILE_VALUES) {
      json(`${name} = ${JSON.stringify(value)?.slice(0, 30)}`, (base) => ({
        ...base,
        [name]: value,
      }));
    }
    if (fieldSchema.enum) {
      json(`${name} wrong case`, (base) => ({
        ...base,
        [name]: String(fieldSchema.enum![0]).toUpperCase(),
      }));
      json(`${name} not allowed`, (base) => ({ ...base, [name]: 'not-one-of-them' }));
    }
    if (fieldSchema.type === 'array') {
      const item = validValue(name, fieldSchema) as unknown[];
      json(`${name} 1000 items`, (base) => ({ ...base, [name]: Array(1000).fill(item[0]) }));
      json(`${name} duplicates`, (base) => ({ ...base, [name]: [item[0], item[0]] }));
      json(`${name} nested`, (base) => ({ ...base, [name]: [item] }));
      json(`${name} every role`, (base) => ({ ...base, [name]: fieldSchema.items?.enum ?? [] }));
      json(`${name} unknown item`, (base) => ({ ...base, [name]: ['superuser'] }));
    }
    if (fieldSchema.format === 'email') {
      for (const email of [
        'a@b',
        'a@@b.se',
        ' a@b.se ',
        'a@b.se\u0000',
        `${'a'.repeat(250)}@b.se`,
        'ÅÄÖ@exempel.se',
        '"a b"@c.se',
      ]) {
        json(`${name} = ${JSON.stringify(email).slice(0, 30)}`, (base) => ({
          ...base,
          [name]: email,
        }));
      }
    }
    if (fieldSchema.format === 'date') {
      // PostgreSQL has no year 0 and stops at year 5874897; days must exist.
      for (const date of ['0000-01-01', '9999-12-31', '2026-02-30', '2026-13-01', '26-12-01']) {
        json(`${name} = ${date}`, (base) => ({ ...base, [name]: date }));
      }
    }
    if (fieldSchema.type === 'string' && !fieldSchema.enum && !fieldSchema.format) {
      for (const text of [
        '  padded  ',
        ' ',
        '\u0000',
        'x\u0000y',
        '😀',
        'x'.repeat(fieldSchema.maxLength ?? 1024),
      ]) {
        json(`${name} valid-length ${JSON.stringify(text).slice(0, 20)}`, (base) => ({
          ...base,
          [name]: text,
        }));
      }
    }
  }
  return bodies;
}

// ---- checks ------------------------------------------------------------------------------------

const failures: string[] = [];
let requests = 0;

const statuses = new Map<string, number>();

function check(label: string, response: LightMyRequestResponse) {
  requests += 1;
  const status = response.statusCode;
  const problemType =
    response.statusCode >= 400
      ? String(safeJson(response)?.type ?? '?').replace('https://tildel.se/problems/', '')
      : '';
  const key = `${status} ${problemType}`.trim();
  statuses.set(key, (statuses.get(key) ?? 0) + 1);
  const fail = (why: string) =>
    failures.push(`${label} → ${status}: ${why} ${response.body.slice(0, 300)}`);
  if (status >= 500) return fail('server error');
  if (status < 400) return;
  if (!String(response.headers['content-type']).startsWith('application/problem+json')) {
    return fail(`content-type ${response.headers['content-type']}`);
  }
  let body: Record<string, unknown>;
  try {
    body = response.json();
  } catch {
    return fail('not JSON');
  }
  for (const key of ['type', 'title', 'detail'] as const) {
    if (typeof body[key] !== 'string' || !body[key]) return fail(`no ${key}`);
  }
  if (body.status !== status) return fail(`status ${String(body.status)} in the body`);
  if (body.type === 'https://tildel.se/problems/validation') {
    const errors = body.errors as { field?: unknown; message?: unknown }[] | undefined;
    if (!Array.isArray(errors) || errors.length === 0)
      return fail('validation problem without errors');
    for (const e of errors) {
      if (typeof e.field !== 'string' || !e.field || typeof e.message !== 'string' || !e.message) {
        return fail('an error without field or message');
      }
    }
  }
}

function safeJson(response: LightMyRequestResponse): Record<string, unknown> | undefined {
  try {
    return response.json();
  } catch {
    return undefined;
  }
}

async function send(kind: CallerKind, label: string, options: InjectOptions & { url: string }) {
  const session = await freshSession(kind);
  const response = await app.inject({
    ...options,
    headers: {
      'accept-language': 'en',
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
      ...options.headers,
    },
  });
  check(`${kind} ${options.method} ${options.url.slice(0, 160)} [${label}]`, response);
  return response;
}

const hasBody = (method: string) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(method);

async function hammer(route: Route, kind: CallerKind) {
  const method = route.method as InjectOptions['method'];
  // Path parameters: each in turn replaced by hostile values.
  const paramNames = Object.keys(await validParams(route.url));
  for (const name of paramNames) {
    for (const value of HOSTILE_PATH) {
      const params = { ...(await validParams(route.url)), [name]: value };
      const body = route.bodySchema ? validObject(route.bodySchema) : undefined;
      await send(kind, `:${name}=${value.slice(0, 20)}`, {
        method,
        url: fillPath(route.url, params),
        ...(body ? { payload: body } : {}),
      });
    }
  }
  // Query strings.
  for (const query of HOSTILE_QUERY) {
    const url = `${fillPath(route.url, await validParams(route.url))}?${query}`;
    await send(kind, `?${query.slice(0, 30)}`, { method, url });
  }
  if (!hasBody(route.method)) return;
  // Bodies wrong as a whole, and bodies wrong in one field.
  const bodies: RawBody[] = [
    ...HOSTILE_BODIES,
    ...(route.bodySchema ? fieldBodies(route.bodySchema) : []),
  ];
  for (const body of bodies) {
    const url = fillPath(route.url, await validParams(route.url));
    const payload = body.build
      ? JSON.stringify(body.build(validObject(route.bodySchema!)))
      : body.payload;
    await send(kind, body.label, {
      method,
      url,
      payload,
      headers: { 'content-type': body.contentType ?? 'application/json' },
    });
  }
}

// ---- the tests ---------------------------------------------------------------------------------

describe('no input a user can type yields a 500', () => {
  test('the catalogue is the whole API', () => {
    expect(routes.length).toBeGreaterThanOrEqual(15);
    expect(
      routes.some((r) => r.url === '/api/organisations/:orgId/invitations' && r.method === 'POST'),
    ).toBe(true);
    // Body-taking routes have a schema to derive hostile fields from.
    for (const r of routes.filter(
      (r) =>
        ['POST', 'PUT', 'PATCH'].includes(r.method) &&
        r.url.startsWith('/api/') &&
        !r.url.startsWith('/api/docs'),
    )) {
      expect(r.bodySchema, `${r.method} ${r.url}`).toBeDefined();
    }
  });

  test.each(['member_with_every_role', 'platform_admin'] as const)(
    'every route, as %s',
    async (kind) => {
      failures.length = 0;
      requests = 0;
      statuses.clear();
      for (const route of routes) await hammer(route, kind);
      expect(requests).toBeGreaterThan(1000);
      // The hostile inputs got past the door too: schema refusals, and answers from the handlers.
      expect(statuses.get('400 validation') ?? 0).toBeGreaterThan(100);
      expect([...statuses].filter(([key]) => /^2/.test(key)).length).toBeGreaterThan(0);
      expect(statuses.get('404 not-found') ?? 0).toBeGreaterThan(0);
      expect(failures, `${failures.length} of ${requests} answers were wrong`).toEqual([]);
    },
    // Tens of thousands of requests: about 40–80 s on two busy cores, more as routes are added.
    300_000,
  );

  test('hostile sessions, CSRF tokens and languages are answered, not crashed on', async () => {
    failures.length = 0;
    const url = `/api/organisations/${organisationId}/members`;
    for (const cookie of [
      'tildel_session=',
      'tildel_session=%00',
      `tildel_session=${HUGE.slice(0, 4000)}`,
      'tildel_session=😀',
      'tildel_session="',
      '=;;;=',
      'tildel_session=a; tildel_session=b',
    ]) {
      check(
        `cookie ${cookie.slice(0, 30)}`,
        await app.inject({ method: 'GET', url, headers: { cookie } }),
      );
      check(
        `cookie ${cookie.slice(0, 30)} write`,
        await app.inject({
          method: 'POST',
          url: `${url}/../invitations`,
          headers: { cookie, 'x-csrf-token': '%00' },
          payload: {},
        }),
      );
    }
    const session = await freshSession('member_with_every_role');
    for (const csrf of ['', ' ', '😀', HUGE.slice(0, 4000), session.csrfToken.toUpperCase()]) {
      const response = await app.inject({
        method: 'POST',
        url: `/api/organisations/${organisationId}/invitations`,
        headers: { cookie: session.cookie, 'x-csrf-token': csrf },
        payload: { email: 'a@b.se', roles: ['caseworker'], locale: 'sv' },
      });
      check(`csrf ${csrf.slice(0, 20)}`, response);
      expect(response.statusCode).toBe(403);
    }
    for (const origin of ['null', 'not a url', 'http://evil.test', '😀']) {
      const response = await app.inject({
        method: 'PUT',
        url: '/api/me/locale',
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, origin },
        payload: { locale: 'en' },
      });
      check(`origin ${origin}`, response);
      expect(response.statusCode).toBe(403);
    }
    for (const language of [
      '*',
      'q=abc',
      'sv;q=abc',
      ',,,',
      'x'.repeat(10_000),
      '😀',
      'da;q=-1, en;q=NaN',
    ]) {
      check(
        `accept-language ${language.slice(0, 20)}`,
        await app.inject({
          method: 'POST',
          url: '/api/session',
          headers: { 'accept-language': language },
          payload: {},
        }),
      );
    }
    expect(failures).toEqual([]);
  });

  test('messages come in the requested language', async () => {
    const answers = await Promise.all(
      ['sv', 'da', 'en'].map((language) =>
        app.inject({
          method: 'POST',
          url: '/api/session',
          headers: { 'accept-language': language },
          payload: { email: 'not an email', password: '' },
        }),
      ),
    );
    for (const response of answers) {
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(
        response
          .json()
          .errors.map((e: { field: string }) => e.field)
          .sort(),
      ).toEqual(['email', 'password']);
    }
    const details = answers.map((r) => r.json().detail as string);
    expect(new Set(details).size).toBe(3);
    const titles = answers.map((r) => r.json().title as string);
    expect(new Set(titles).size).toBe(3);
    const messages = answers.map((r) =>
      r
        .json()
        .errors.map((e: { message: string }) => e.message)
        .join(' | '),
    );
    expect(new Set(messages).size).toBe(3);
    expect(details[2]).toBe('Check the marked fields and try again.');
  });

  test('unknown routes under /api answer 404 problem+json', async () => {
    const session = await freshSession('member_with_every_role');
    for (const [method, url] of [
      ['GET', '/api/nope'],
      ['GET', '/api/'],
      ['GET', '/api'],
      ['POST', '/api/nope'],
      ['DELETE', '/api/me'],
      ['PATCH', '/api/me/locale'],
      ['GET', `/api/organisations/${organisationId}/unknown`],
      ['GET', `/api/organisations/${organisationId}/members/${randomUUID()}/more`],
      ['GET', '/api/%00'],
      ['GET', '/api/../../etc/passwd'],
    ] as const) {
      for (const caller of [null, session]) {
        const response = await app.inject({
          method,
          url,
          headers: {
            'accept-language': 'en',
            ...(caller ? { cookie: caller.cookie, 'x-csrf-token': caller.csrfToken } : {}),
          },
        });
        expect(response.statusCode, `${method} ${url}`).toBe(404);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.json()).toMatchObject({
          status: 404,
          type: 'https://tildel.se/problems/not-found',
          title: 'Not found',
        });
      }
    }
  });
});
