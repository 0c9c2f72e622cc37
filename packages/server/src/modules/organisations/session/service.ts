// Signing in and out, the signed-in user's view of themselves, language and organisation choice.
import type { Transaction } from 'kysely';
import { permissionsOf } from '@tildel/domain/permissions';
import type { DB } from '../../../db/types.ts';
import { appendAudit } from '../../../platform/audit.ts';
import {
  clearAccountFailures,
  loginBlockedMinutes,
  recordLoginFailure,
} from '../../../platform/auth/login-limiter.ts';
import { verifyPassword } from '../../../platform/auth/passwords.ts';
import { endSession, startSession, type AuthContext } from '../../../platform/auth/sessions.ts';
import type { Deps } from '../../../platform/deps.ts';
import type { Locale } from '../../../platform/i18n.ts';
import { Problem } from '../../../platform/problem.ts';
import * as repo from './repo.ts';
import type { LoginInput, MeView } from './schemas.ts';

/** Demo accounts live under this domain; they sign in only when the server runs in demo mode. */
export const DEMO_EMAIL_DOMAIN = 'demo.tildel.se';

export function isDemoAccount(email: string): boolean {
  return (
    email.toLowerCase().endsWith(`.${DEMO_EMAIL_DOMAIN}`) ||
    email.toLowerCase().endsWith(`@${DEMO_EMAIL_DOMAIN}`)
  );
}

export function sessionPolicy(deps: Deps) {
  return {
    idleMinutes: deps.config.sessionIdleMinutes,
    absoluteHours: deps.config.sessionAbsoluteHours,
  };
}

export async function login(
  deps: Deps,
  input: LoginInput & { address: string; userAgent: string | undefined },
): Promise<{ token: string }> {
  const now = deps.clock.now();
  const blocked = await loginBlockedMinutes(deps.db, now, input.email, input.address);
  if (blocked > 0) {
    throw new Problem('rate_limited', 'auth.too_many_attempts', {
      params: { minutes: blocked },
      retryAfterSeconds: blocked * 60,
    });
  }
  const user = await repo.findUserByEmail(deps.db, input.email);
  const valid = await verifyPassword(user?.password_hash ?? null, input.password);
  if (!user || !valid || user.disabled_at) {
    await recordLoginFailure(deps.db, now, input.email, input.address);
    throw new Problem('unauthorized', 'auth.invalid_credentials');
  }
  if (isDemoAccount(user.email) && !deps.config.demoMode) {
    throw new Problem('forbidden', 'auth.demo_disabled');
  }
  return deps.db.transaction().execute(async (trx) => {
    await clearAccountFailures(trx, user.email);
    return startSignedInSession(deps, trx, {
      userId: user.id,
      authMethod: 'password',
      userAgent: input.userAgent,
      address: input.address,
    });
  });
}

/**
 * Starts a session for a user whose identity was proven (a password, or an identity provider),
 * in the organisation they last worked in, and audits it. Every way of signing in ends here.
 */
export async function startSignedInSession(
  deps: Deps,
  trx: Transaction<DB>,
  init: {
    userId: string;
    authMethod: AuthContext['authMethod'];
    userAgent: string | undefined;
    address: string;
  },
): Promise<{ token: string }> {
  const organisationId = await repo.startingOrganisation(trx, init.userId);
  const session = await startSession(trx, deps.clock.now(), sessionPolicy(deps), {
    ...init,
    activeOrganisationId: organisationId,
  });
  await appendAudit(trx, deps.clock, {
    organisationId,
    actorUserId: init.userId,
    action: 'session.started',
    objectType: 'user',
    objectId: init.userId,
    after: { authMethod: init.authMethod },
  });
  return { token: session.token };
}

export async function logout(deps: Deps, auth: AuthContext): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await endSession(trx, deps.clock.now(), auth.sessionHash);
    await appendAudit(trx, deps.clock, {
      organisationId: auth.activeOrganisationId,
      actorUserId: auth.userId,
      action: 'session.ended',
      objectType: 'user',
      objectId: auth.userId,
    });
  });
}

export async function changeLocale(deps: Deps, auth: AuthContext, locale: Locale): Promise<void> {
  if (auth.locale === locale) return;
  await deps.db.transaction().execute(async (trx) => {
    await repo.setUserLocale(trx, auth.userId, locale);
    await appendAudit(trx, deps.clock, {
      organisationId: auth.activeOrganisationId,
      actorUserId: auth.userId,
      action: 'user.locale_changed',
      objectType: 'user',
      objectId: auth.userId,
      before: { locale: auth.locale },
      after: { locale },
    });
  });
}

export async function switchOrganisation(
  deps: Deps,
  auth: AuthContext,
  organisationId: string,
): Promise<void> {
  if (!auth.memberships.some((m) => m.organisationId === organisationId)) {
    throw new Problem('forbidden', 'membership.not_member');
  }
  if (auth.activeOrganisationId === organisationId) return;
  await deps.db.transaction().execute(async (trx) => {
    await repo.setActiveOrganisation(trx, auth.sessionHash, organisationId);
    await appendAudit(trx, deps.clock, {
      organisationId,
      actorUserId: auth.userId,
      action: 'session.organisation_switched',
      objectType: 'user',
      objectId: auth.userId,
      before: { organisationId: auth.activeOrganisationId },
      after: { organisationId },
    });
  });
}

/** What GET /api/me answers: the user, memberships, roles and permissions in the active organisation. */
export function meView(auth: AuthContext): MeView {
  const active = auth.memberships.find((m) => m.organisationId === auth.activeOrganisationId);
  const roles = active?.roles ?? [];
  return {
    user: {
      id: auth.userId,
      email: auth.email,
      name: auth.name,
      locale: auth.locale,
      isPlatformAdmin: auth.isPlatformAdmin,
    },
    activeOrganisationId: auth.activeOrganisationId,
    memberships: auth.memberships.map((m) => ({
      organisation: { id: m.organisationId, name: m.name, kind: m.kind, country: m.country },
      roles: m.roles,
    })),
    roles,
    permissions: permissionsOf(roles),
    csrfToken: auth.csrfToken,
  };
}
