// The OpenAPI document: what each route's schemas say, plus what the platform adds to every
// operation alike — the problem+json answers it can give (shared components, by $ref), how it is
// secured (the session cookie, and the CSRF header for writes) — so no route writes those twice.
import type { SwaggerOptions } from '@fastify/swagger';
import type { RouteEntry } from './access.ts';
import { SESSION_COOKIE } from './auth/sessions.ts';
import { problemDetails } from './schemas.ts';

/** The areas, as tags; each area's routes are tagged with its name when registered (app.ts). */
export const AREA_TAGS = [
  { name: 'organisations', description: 'Organisations, users, sessions, audit, work lists' },
  { name: 'suppliers', description: 'Suppliers, establishments, permits, documents, prices' },
  { name: 'agreements', description: 'Framework agreements, DPS and qualification, taxonomy' },
  { name: 'matching', description: 'Catalogue, offers, referrals and matching' },
  { name: 'calloffs', description: 'Needs, call-offs, invitations, bids, award, cascade, orders' },
  { name: 'followup', description: 'Visits, staff lists, corrections, logbook, hiding' },
  { name: 'insights', description: 'Spend, prices, statistics, exports' },
] as const;

const PROBLEM = { $ref: '#/components/schemas/Problem' };
const problemAnswer = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: PROBLEM } },
});

/** Shared problem answers by status; operations refer to them by $ref. */
export const PROBLEM_RESPONSES = {
  '400': ['BadRequest', problemAnswer('The input is not valid; `errors` names each field')],
  '401': ['Unauthorized', problemAnswer('No session, or it has expired')],
  '403': [
    'Forbidden',
    problemAnswer('The role does not allow this, or the CSRF header is missing'),
  ],
  '404': ['NotFound', problemAnswer('No such object, or not one the caller may know of')],
  '409': [
    'Conflict',
    problemAnswer('The object changed meanwhile, or its state does not allow this'),
  ],
  '500': ['InternalError', problemAnswer('Tildel failed; the error is logged, nothing was saved')],
} as const;

const WRITES = new Set(['post', 'put', 'patch', 'delete']);

interface Operation {
  operationId?: string;
  parameters?: unknown[];
  requestBody?: unknown;
  responses?: Record<string, unknown>;
  security?: Record<string, string[]>[];
}

/** The problem answers an operation can give, from how it is declared. */
function problemStatuses(method: string, path: string, op: Operation, permission: string) {
  const statuses: (keyof typeof PROBLEM_RESPONSES)[] = [];
  const write = WRITES.has(method);
  if ((op.parameters?.length ?? 0) > 0 || op.requestBody !== undefined) statuses.push('400');
  if (permission !== 'public') {
    statuses.push('401');
    // A role check, and for writes the CSRF check, refuse with 403.
    if (permission !== 'authenticated' || write) statuses.push('403');
  }
  if (path.includes('{')) statuses.push('404');
  if (write && permission !== 'public') statuses.push('409');
  // Any operation can fail inside; the answer is then problem+json too.
  statuses.push('500');
  return statuses;
}

/** Fastify's '/a/:id' as OpenAPI's '/a/{id}'. */
const openapiPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

export function openapiOptions(routes: () => readonly RouteEntry[]): SwaggerOptions {
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tildel API',
        version: '1.0.0',
        description:
          'Errors are RFC 9457 problem+json in the language of Accept-Language or the user. Writes with a session cookie need the X-CSRF-Token header from GET /api/me.',
      },
      tags: AREA_TAGS.map((tag) => ({ ...tag })),
      components: {
        securitySchemes: {
          sessionCookie: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          csrfToken: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
    },
    transformObject: (documentObject) => {
      if (!('openapiObject' in documentObject)) return documentObject.swaggerObject;
      const document = documentObject.openapiObject;
      const permissions = new Map(
        routes().map((r) => [`${r.method.toLowerCase()} ${openapiPath(r.url)}`, r.permission]),
      );
      const components = (document.components ??= {});
      components.schemas = {
        ...components.schemas,
        Problem: JSON.parse(JSON.stringify(problemDetails)),
      };
      components.responses = Object.fromEntries(
        Object.values(PROBLEM_RESPONSES).map(([name, answer]) => [name, answer]),
      );
      for (const [path, item] of Object.entries(document.paths ?? {})) {
        for (const [method, operation] of Object.entries(item ?? {})) {
          const op = operation as Operation;
          const permission = permissions.get(`${method} ${path}`) ?? 'public';
          op.responses ??= {};
          for (const status of problemStatuses(method, path, op, permission))
            op.responses[status] ??= {
              $ref: `#/components/responses/${PROBLEM_RESPONSES[status][0]}`,
            };
          op.security =
            permission === 'public'
              ? []
              : WRITES.has(method)
                ? [{ sessionCookie: [], csrfToken: [] }]
                : [{ sessionCookie: [] }];
        }
      }
      return document;
    },
  };
}
