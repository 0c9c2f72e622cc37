import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { loadSession, SESSION_COOKIE } from '../../../platform/auth/sessions.ts';
import type { Deps } from '../../../platform/deps.ts';
import type { Locale } from '../../../platform/i18n.ts';
import { email, locale, noContent, uuid } from '../../../platform/schemas.ts';
import { ROLES, PERMISSIONS } from '@tildel/domain/permissions';
import * as service from './service.ts';

export const meSchema = {
  type: 'object',
  properties: {
    user: {
      type: 'object',
      properties: {
        id: uuid,
        email: { type: 'string' },
        name: { type: 'string' },
        locale,
        isPlatformAdmin: { type: 'boolean' },
      },
    },
    activeOrganisationId: { type: ['string', 'null'] },
    memberships: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          organisation: {
            type: 'object',
            properties: {
              id: { type: 'string' },
              name: { type: 'string' },
              kind: { type: 'string' },
              country: { type: 'string' },
            },
          },
          roles: { type: 'array', items: { type: 'string', enum: [...ROLES] } },
        },
      },
    },
    roles: { type: 'array', items: { type: 'string', enum: [...ROLES] } },
    permissions: { type: 'array', items: { type: 'string', enum: [...PERMISSIONS] } },
    csrfToken: { type: 'string' },
  },
} as const;

/** Sets the session cookie: httpOnly, SameSite=Lax, Secure when served over TLS. */
export function setSessionCookie(reply: FastifyReply, deps: Deps, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: deps.config.secureCookies,
  });
}

/** Answers the signed-in user's view for a freshly started session. */
export async function meForToken(deps: Deps, token: string) {
  const auth = await loadSession(deps.db, deps.clock.now(), service.sessionPolicy(deps), token);
  if (!auth) throw new Error('a session that was just started could not be loaded');
  return service.meView(auth);
}

function signedIn(request: FastifyRequest) {
  if (!request.auth) throw new Error('route declared authenticated but has no session');
  return request.auth;
}

export async function sessionRoutes(app: FastifyInstance, deps: Deps) {
  app.post<{ Body: { email: string; password: string } }>(
    '/api/session',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['session'],
        summary: 'Sign in with email and password',
        body: {
          type: 'object',
          required: ['email', 'password'],
          additionalProperties: false,
          properties: { email, password: { type: 'string', minLength: 1, maxLength: 1024 } },
        },
        response: { 200: meSchema },
      },
    },
    async (request, reply) => {
      const { token } = await service.login(deps, {
        email: request.body.email,
        password: request.body.password,
        address: request.ip,
        userAgent: request.headers['user-agent'],
      });
      setSessionCookie(reply, deps, token);
      return meForToken(deps, token);
    },
  );

  app.delete(
    '/api/session',
    {
      config: { permission: 'authenticated' },
      schema: { tags: ['session'], summary: 'Sign out', response: { 204: noContent } },
    },
    async (request, reply) => {
      await service.logout(deps, signedIn(request));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/me',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['session'],
        summary: 'The signed-in user, memberships, roles and permissions',
        response: { 200: meSchema },
      },
    },
    async (request) => service.meView(signedIn(request)),
  );

  app.put<{ Body: { locale: Locale } }>(
    '/api/me/locale',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['session'],
        summary: 'Remember the user interface language',
        body: {
          type: 'object',
          required: ['locale'],
          additionalProperties: false,
          properties: { locale },
        },
        response: { 200: meSchema },
      },
    },
    async (request) => {
      const auth = signedIn(request);
      await service.changeLocale(deps, auth, request.body.locale);
      return service.meView({ ...auth, locale: request.body.locale });
    },
  );

  app.put<{ Body: { organisationId: string } }>(
    '/api/me/organisation',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['session'],
        summary: 'Switch the active organisation',
        body: {
          type: 'object',
          required: ['organisationId'],
          additionalProperties: false,
          properties: { organisationId: uuid },
        },
        response: { 200: meSchema },
      },
    },
    async (request) => {
      const auth = signedIn(request);
      await service.switchOrganisation(deps, auth, request.body.organisationId);
      return service.meView({ ...auth, activeOrganisationId: request.body.organisationId });
    },
  );
}
