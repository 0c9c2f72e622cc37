// One way in: every route declares the permission it needs (config.permission) and this plugin
// decides, by session, organisation and role, before the handler runs. A route without a
// declaration stops the app from starting.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasPermission, isRole, type Permission, type Role } from '@tildel/domain/permissions';
import type { Kysely } from 'kysely';
import type { DB } from '../db/types.ts';
import {
  loadSession,
  SESSION_COOKIE,
  type AuthContext,
  type SessionPolicy,
} from './auth/sessions.ts';
import { sameToken } from './auth/tokens.ts';
import type { Clock } from './clock.ts';
import { negotiateLocale, t, type Locale } from './i18n.ts';
import { sendProblem } from './problem.ts';

/** public: anyone; authenticated: any signed-in user; platform.admin: platform administrators. */
export type RoutePermission = 'public' | 'authenticated' | 'platform.admin' | Permission;

export interface RouteEntry {
  method: string;
  url: string;
  permission: RoutePermission | undefined;
}

export interface Access {
  organisationId: string | null;
  roles: Role[];
}

declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: RoutePermission;
  }
  interface FastifyRequest {
    auth: AuthContext | null;
    access: Access;
  }
  interface FastifyInstance {
    routeCatalogue: RouteEntry[];
  }
}

export type AccessDecision =
  { allowed: true; access: Access } | { allowed: false; reason: 'unauthorized' | 'forbidden' };

/** The access rule itself: who may call a route declaring `permission` on organisation `orgId`. */
export function decideAccess(
  permission: RoutePermission,
  auth: AuthContext | null,
  orgIdParam: string | undefined,
): AccessDecision {
  if (permission === 'public') {
    return {
      allowed: true,
      access: { organisationId: auth?.activeOrganisationId ?? null, roles: [] },
    };
  }
  if (!auth) return { allowed: false, reason: 'unauthorized' };
  const organisationId = orgIdParam ?? auth.activeOrganisationId;
  const membership = auth.memberships.find((m) => m.organisationId === organisationId);
  const roles = (membership?.roles ?? []).filter(isRole);
  if (permission === 'authenticated') return { allowed: true, access: { organisationId, roles } };
  if (permission === 'platform.admin') {
    return auth.isPlatformAdmin
      ? { allowed: true, access: { organisationId, roles } }
      : { allowed: false, reason: 'forbidden' };
  }
  if (!membership || !hasPermission(roles, permission))
    return { allowed: false, reason: 'forbidden' };
  return { allowed: true, access: { organisationId, roles } };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Who acts: the signed-in user, as services record them in audit records and decisions. */
export interface Actor {
  userId: string;
  name: string;
}

/** The actor of a route that declares a permission other than 'public' (so a session exists). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.auth) throw new Error('route needs a session');
  return { userId: request.auth.userId, name: request.auth.name };
}

export function localeOf(request: FastifyRequest): Locale {
  return request.auth?.locale ?? negotiateLocale(request.headers['accept-language']);
}

/** A cross-site page may not make the browser write on our behalf. */
function crossSiteOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}

export const accessPlugin = fp(
  async (app: FastifyInstance, opts: { db: Kysely<DB>; clock: Clock; policy: SessionPolicy }) => {
    app.decorate('routeCatalogue', [] as RouteEntry[]);
    app.decorateRequest('auth', null);
    app.decorateRequest('access', null as unknown as Access);

    app.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods) {
        // Fastify adds a HEAD route for every GET, with the GET's declaration.
        if (method === 'HEAD') continue;
        // Read lazily: a plugin's own onRoute hook (see asPublic) may declare it after this one runs.
        app.routeCatalogue.push({
          method,
          url: route.url,
          get permission() {
            return route.config?.permission;
          },
        });
      }
    });

    app.addHook('onReady', async () => {
      const undeclared = app.routeCatalogue.filter((r) => r.permission === undefined);
      if (undeclared.length > 0) {
        const list = undeclared.map((r) => `${r.method} ${r.url}`).join(', ');
        throw new Error(`Routes without a declared permission: ${list}`);
      }
    });

    app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      const permission = request.routeOptions.config?.permission;
      if (permission === undefined) return; // not-found handler: answered as 404 there
      const token = request.cookies[SESSION_COOKIE];
      if (token) request.auth = await loadSession(opts.db, opts.clock.now(), opts.policy, token);

      if (!SAFE_METHODS.has(request.method)) {
        const tokenHeader = request.headers['x-csrf-token'];
        // Public writes (sign-in, accepting an invitation) do not act with the session's
        // authority, so the origin check is enough for them.
        const csrfOk =
          !crossSiteOrigin(request) &&
          (!request.auth ||
            permission === 'public' ||
            (typeof tokenHeader === 'string' && sameToken(tokenHeader, request.auth.csrfToken)));
        if (!csrfOk) {
          const locale = localeOf(request);
          return sendProblem(reply, locale, 'csrf', t(locale, 'problem.csrf'));
        }
      }

      const params = request.params as Record<string, string> | undefined;
      const decision = decideAccess(permission, request.auth, params?.orgId);
      if (!decision.allowed) {
        const locale = localeOf(request);
        return sendProblem(
          reply,
          locale,
          decision.reason,
          t(
            locale,
            decision.reason === 'unauthorized'
              ? 'problem.unauthorized.detail'
              : 'problem.forbidden.detail',
          ),
        );
      }
      request.access = decision.access;
    });
  },
  { name: 'access' },
);

/** Declares every route a third-party plugin (static files, API docs) registers as public. */
export async function asPublic(
  app: FastifyInstance,
  register: (app: FastifyInstance) => Promise<void>,
) {
  app.addHook('onRoute', (route) => {
    route.config = { ...route.config, permission: route.config?.permission ?? 'public' };
  });
  await register(app);
}
