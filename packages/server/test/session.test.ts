// Signing in and out: cookies, session renewal, expiry, rate limiting, CSRF, security headers.
import { describe, expect, it } from 'vitest';
import { call, createTestApp } from './support/app.ts';
import {
  createOrganisation,
  createSession,
  createUser,
  TEST_PASSWORD,
} from './support/factories.ts';

const { app, database, clock, config } = await createTestApp();
const db = database.db;
const organisation = await createOrganisation(db);
const other = await createOrganisation(db, { name: 'Ö-kommun' });

async function login(
  email: string,
  password = TEST_PASSWORD,
  headers: Record<string, string> = {},
) {
  return app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { email, password },
    headers: { 'accept-language': 'en', ...headers },
  });
}

function sessionCookie(response: Awaited<ReturnType<typeof login>>) {
  return response.cookies.find((c) => c.name === 'tildel_session');
}

describe('signing in', () => {
  it('answers the user with roles and permissions, and sets an httpOnly SameSite=Lax cookie', async () => {
    const user = await createUser(db, {
      memberships: [{ organisationId: organisation.id, roles: ['org_admin'] }],
    });
    const response = await login(user.email);
    expect(response.statusCode).toBe(200);
    const cookie = sessionCookie(response);
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(cookie?.secure).toBeFalsy();
    const me = response.json();
    expect(me.activeOrganisationId).toBe(organisation.id);
    expect(me.roles).toEqual(['org_admin']);
    expect(me.permissions).toContain('members.manage');
    expect(me.csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
  });

  it('ignores the case of the email address', async () => {
    const user = await createUser(db, { email: `Mixed.Case.${Date.now()}@Example.test` });
    expect((await login(user.email.toUpperCase())).statusCode).toBe(200);
  });

  it('starts a new session id on every login, whatever cookie the browser already had', async () => {
    const user = await createUser(db);
    const first = sessionCookie(await login(user.email))!.value;
    const second = sessionCookie(
      await login(user.email, TEST_PASSWORD, { cookie: `tildel_session=${first}` }),
    )!.value;
    expect(second).not.toBe(first);
    const stored = await db
      .selectFrom('sessions')
      .select('id_hash')
      .where('user_id', '=', user.id)
      .execute();
    expect(stored).toHaveLength(2);
    // Only hashes are stored, never the cookie value itself.
    expect(stored.map((s) => s.id_hash)).not.toContain(first);
  });

  it('refuses a wrong password with 401 problem+json in the caller’s language', async () => {
    const user = await createUser(db);
    const en = await login(user.email, 'wrong password');
    expect(en.statusCode).toBe(401);
    expect(en.headers['content-type']).toContain('application/problem+json');
    expect(en.json().detail).toBe('The email address or password is wrong.');
    const sv = await login(user.email, 'wrong password', { 'accept-language': 'sv-SE,sv;q=0.9' });
    expect(sv.json().detail).toBe('E-postadressen eller lösenordet är fel.');
    const da = await login(user.email, 'wrong password', { 'accept-language': 'da' });
    expect(da.json().detail).toBe('E-mailadressen eller adgangskoden er forkert.');
  });

  it('answers an unknown account exactly like a wrong password', async () => {
    const response = await login('nobody-here@example.test');
    expect(response.statusCode).toBe(401);
    expect(response.json().detail).toBe('The email address or password is wrong.');
  });

  it('refuses a disabled account', async () => {
    const user = await createUser(db);
    await db
      .updateTable('users')
      .set({ disabled_at: clock.now() })
      .where('id', '=', user.id)
      .execute();
    expect((await login(user.email)).statusCode).toBe(401);
  });
});

describe('login rate limiting', () => {
  it('locks an account after 5 failures in 15 minutes, even for the right password, then lets it in again', async () => {
    const user = await createUser(db);
    for (let i = 0; i < 5; i++)
      expect((await login(user.email, `guess ${i}`)).statusCode).toBe(401);
    const locked = await login(user.email);
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(locked.json().detail).toMatch(/Too many failed sign-ins/);
    clock.advance(16 * 60_000);
    expect((await login(user.email)).statusCode).toBe(200);
  });

  it('limits one address trying many accounts', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.9' };
    // Fastify runs without trustProxy here, so every inject comes from the same address;
    // 30 failures spread over different accounts block the address.
    for (let i = 0; i < 30; i++) await login(`spray-${i}-${Date.now()}@example.test`, 'x', headers);
    const user = await createUser(db);
    expect((await login(user.email)).statusCode).toBe(429);
    clock.advance(16 * 60_000);
    expect((await login(user.email)).statusCode).toBe(200);
  });
});

describe('a session', () => {
  it('ends on sign-out: the cookie no longer works', async () => {
    const user = await createUser(db, {
      memberships: [{ organisationId: organisation.id, roles: ['buyer'] }],
    });
    const caller = await createSession(db, clock, user.id, organisation.id);
    expect((await call(app, caller, { method: 'GET', url: '/api/me' })).statusCode).toBe(200);
    const out = await call(app, caller, { method: 'DELETE', url: '/api/session' });
    expect(out.statusCode).toBe(204);
    expect((await call(app, caller, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);
  });

  it('expires after 30 idle minutes, but not while in use', async () => {
    const user = await createUser(db);
    const caller = await createSession(db, clock, user.id, null);
    clock.advance(25 * 60_000);
    expect((await call(app, caller, { method: 'GET', url: '/api/me' })).statusCode).toBe(200);
    clock.advance(25 * 60_000);
    expect((await call(app, caller, { method: 'GET', url: '/api/me' })).statusCode).toBe(200);
    clock.advance(config.sessionIdleMinutes * 60_000 + 1000);
    const expired = await call(app, caller, { method: 'GET', url: '/api/me' });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().title).toBe('You need to sign in');
  });

  it('expires 12 hours after sign-in however active it is', async () => {
    const user = await createUser(db);
    const caller = await createSession(db, clock, user.id, null);
    for (let h = 0; h < 11 * 3; h++) {
      clock.advance(20 * 60_000);
      expect((await call(app, caller, { method: 'GET', url: '/api/me' })).statusCode).toBe(200);
    }
    clock.advance(61 * 60_000);
    expect((await call(app, caller, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);
  });
});

describe('cross-site request forgery', () => {
  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const user = await createUser(db);
    const caller = await createSession(db, clock, user.id, null);
    const response = await app.inject({
      method: 'PUT',
      url: '/api/me/locale',
      payload: { locale: 'da' },
      headers: { cookie: caller.cookie },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().type).toContain('csrf');
    const stored = await db
      .selectFrom('users')
      .select('locale')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(stored.locale).toBe('en');
  });

  it('refuses a write with another session’s token', async () => {
    const a = await createSession(db, clock, (await createUser(db)).id, null);
    const b = await createSession(db, clock, (await createUser(db)).id, null);
    const response = await call(
      app,
      { cookie: a.cookie, csrfToken: b.csrfToken },
      {
        method: 'PUT',
        url: '/api/me/locale',
        payload: { locale: 'da' },
      },
    );
    expect(response.statusCode).toBe(403);
  });

  it('refuses a write from a foreign origin, even a sign-in', async () => {
    const user = await createUser(db);
    const response = await login(user.email, TEST_PASSWORD, { origin: 'https://evil.example' });
    expect(response.statusCode).toBe(403);
  });
});

describe('language and organisation', () => {
  it('remembers the chosen language per user', async () => {
    const user = await createUser(db);
    const caller = await createSession(db, clock, user.id, null);
    const response = await call(app, caller, {
      method: 'PUT',
      url: '/api/me/locale',
      payload: { locale: 'da' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().user.locale).toBe('da');
    const me = await call(app, caller, { method: 'GET', url: '/api/me' });
    expect(me.json().user.locale).toBe('da');
    // Server messages now come in Danish for this user.
    const bad = await call(app, caller, {
      method: 'PUT',
      url: '/api/me/locale',
      payload: { locale: 'fi' },
    });
    expect(bad.json().title).toBe('Oplysningerne skal rettes');
  });

  it('switches between organisations the user belongs to, with their roles', async () => {
    const user = await createUser(db, {
      memberships: [
        { organisationId: organisation.id, roles: ['buyer'] },
        { organisationId: other.id, roles: ['org_admin'] },
      ],
    });
    const caller = await createSession(db, clock, user.id, organisation.id);
    const switched = await call(app, caller, {
      method: 'PUT',
      url: '/api/me/organisation',
      payload: { organisationId: other.id },
    });
    expect(switched.statusCode).toBe(200);
    expect(switched.json().roles).toEqual(['org_admin']);
    const me = (await call(app, caller, { method: 'GET', url: '/api/me' })).json();
    expect(me.activeOrganisationId).toBe(other.id);
    expect(me.memberships).toHaveLength(2);
  });

  it('starts a new session in the organisation the user last worked in, while still a member', async () => {
    const user = await createUser(db, {
      memberships: [
        { organisationId: organisation.id, roles: ['buyer'] },
        { organisationId: other.id, roles: ['procurement_officer'] },
      ],
    });
    const signInTo = async () => {
      const response = await login(user.email);
      expect(response.statusCode, response.body).toBe(200);
      const caller = {
        cookie: `tildel_session=${sessionCookie(response)!.value}`,
        csrfToken: response.json().csrfToken as string,
      };
      const me = (await call(app, caller, { method: 'GET', url: '/api/me' })).json();
      return { caller, active: me.activeOrganisationId as string };
    };
    const first = await signInTo();
    const elsewhere = first.active === organisation.id ? other.id : organisation.id;
    await call(app, first.caller, {
      method: 'PUT',
      url: '/api/me/organisation',
      payload: { organisationId: elsewhere },
    });
    await call(app, first.caller, { method: 'DELETE', url: '/api/session' });
    clock.advance(60_000);
    expect((await signInTo()).active).toBe(elsewhere);

    // Removed from that organisation, the user starts in one she still belongs to.
    await db
      .deleteFrom('memberships')
      .where('user_id', '=', user.id)
      .where('organisation_id', '=', elsewhere)
      .execute();
    clock.advance(60_000);
    expect((await signInTo()).active).toBe(first.active);
  });

  it('refuses to switch to an organisation the user is not a member of', async () => {
    const user = await createUser(db, {
      memberships: [{ organisationId: organisation.id, roles: ['buyer'] }],
    });
    const caller = await createSession(db, clock, user.id, organisation.id);
    const response = await call(app, caller, {
      method: 'PUT',
      url: '/api/me/organisation',
      payload: { organisationId: other.id },
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('state changes are audited', () => {
  it('records sign-in, language change and sign-out in the organisation’s chain', async () => {
    const user = await createUser(db, {
      memberships: [{ organisationId: organisation.id, roles: ['buyer'] }],
    });
    const signIn = await login(user.email);
    const me = signIn.json();
    const caller = {
      cookie: `tildel_session=${sessionCookie(signIn)!.value}`,
      csrfToken: me.csrfToken,
    };
    await call(app, caller, { method: 'PUT', url: '/api/me/locale', payload: { locale: 'sv' } });
    await call(app, caller, { method: 'DELETE', url: '/api/session' });
    const actions = await db
      .selectFrom('audit_log')
      .select(['action', 'organisation_id'])
      .where('actor_user_id', '=', user.id)
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'session.started',
      'user.locale_changed',
      'session.ended',
    ]);
    expect(new Set(actions.map((a) => a.organisation_id))).toEqual(new Set([organisation.id]));
  });
});

describe('security headers', () => {
  it('sends a Content-Security-Policy and refuses framing', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('demo accounts', () => {
  it('sign in only in demo mode', async () => {
    const user = await createUser(db, { email: `someone-${Date.now()}@x.demo.tildel.se` });
    expect(config.demoMode).toBe(false);
    const response = await login(user.email);
    expect(response.statusCode).toBe(403);
    expect(response.json().detail).toBe('Demo accounts can only be used in demo mode.');
  });
});
