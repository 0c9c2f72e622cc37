import type { FastifyInstance, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Deps } from '../../../platform/deps.ts';
import { setSessionCookie } from '../session/routes.ts';
import { callbackQuery, domainQuery, providerForDomainAnswer, redirectAnswer } from './schemas.ts';
import * as service from './service.ts';

/** Binds a sign-in under way to the browser that began it (sent back only to /api/oidc). */
const STATE_COOKIE = 'tildel_oidc_state';
const STATE_COOKIE_PATH = '/api/oidc';

/** A failed sign-in lands on the sign-in page, which names the reason in the user's language. */
function backToSignIn(reply: FastifyReply, error: unknown) {
  if (!(error instanceof service.SignInFailed)) throw error;
  reply.log.warn({ err: error.cause, reason: error.reason }, 'OpenID Connect sign-in failed');
  return reply.redirect(`/login?signInError=${error.reason}`, 302);
}

export async function oidcSignInRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/oidc/provider',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'organisations.findIdentityProvider',
        summary: 'The name of the identity provider that signs in an email domain, if any',
        querystring: domainQuery,
        response: { 200: providerForDomainAnswer },
      },
    },
    async (request) => service.providerName(deps, request.query.domain),
  );

  app.get(
    '/api/oidc/start',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'organisations.startIdentityProviderSignIn',
        summary: "Go to the email domain's identity provider to sign in",
        querystring: domainQuery,
        response: { 302: redirectAnswer },
      },
    },
    async (request, reply) => {
      try {
        const { url, state } = await service.startSignIn(deps, request.query.domain);
        reply.setCookie(STATE_COOKIE, state, {
          path: STATE_COOKIE_PATH,
          httpOnly: true,
          // Lax: the provider's redirect back is a top-level navigation, which carries it.
          sameSite: 'lax',
          secure: deps.config.secureCookies,
          maxAge: 600,
        });
        return reply.redirect(url, 302);
      } catch (error) {
        return backToSignIn(reply, error);
      }
    },
  );

  app.get(
    '/api/oidc/callback',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'organisations.finishIdentityProviderSignIn',
        summary: "The identity provider's answer: signs in and goes to the home page",
        querystring: callbackQuery,
        response: { 302: redirectAnswer },
      },
    },
    async (request, reply) => {
      const browserState = request.cookies[STATE_COOKIE];
      reply.clearCookie(STATE_COOKIE, { path: STATE_COOKIE_PATH });
      try {
        const queryAt = request.url.indexOf('?');
        const { token } = await service.finishSignIn(deps, {
          search: queryAt < 0 ? '' : request.url.slice(queryAt),
          browserState,
          address: request.ip,
          userAgent: request.headers['user-agent'],
        });
        setSessionCookie(reply, deps, token);
        return reply.redirect('/', 302);
      } catch (error) {
        return backToSignIn(reply, error);
      }
    },
  );
}
