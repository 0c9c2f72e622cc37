import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { loadSession, SESSION_COOKIE } from '../../../platform/auth/sessions.ts';
import type { Deps } from '../../../platform/deps.ts';
import { noContent } from '../../../platform/schemas.ts';
import { localeBody, loginBody, meSchema, organisationBody } from './schemas.ts';
import * as service from './service.ts';

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

export async function sessionRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/api/session',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'organisations.signIn',
        summary: 'Sign in with email and password',
        body: loginBody,
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
      schema: {
        operationId: 'organisations.signOut',
        summary: 'Sign out',
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      await service.logout(deps, signedIn(request));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/me',
    {
      config: { permission: 'authenticated' },
      schema: {
        operationId: 'organisations.readMe',
        summary: 'The signed-in user, memberships, roles and permissions',
        response: { 200: meSchema },
      },
    },
    async (request) => service.meView(signedIn(request)),
  );

  app.put(
    '/api/me/locale',
    {
      config: { permission: 'authenticated' },
      schema: {
        operationId: 'organisations.changeLocale',
        summary: 'Remember the user interface language',
        body: localeBody,
        response: { 200: meSchema },
      },
    },
    async (request) => {
      const auth = signedIn(request);
      await service.changeLocale(deps, auth, request.body.locale);
      return service.meView({ ...auth, locale: request.body.locale });
    },
  );

  app.put(
    '/api/me/organisation',
    {
      config: { permission: 'authenticated' },
      schema: {
        operationId: 'organisations.switchOrganisation',
        summary: 'Switch the active organisation',
        body: organisationBody,
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
