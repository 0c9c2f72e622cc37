// Signing in through an organisation's identity provider, against a real OpenID Connect provider
// (oidc-provider) started on loopback: the whole authorization code flow with PKCE, state and nonce.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { call, createTestApp } from './support/app.ts';
import { createOrganisation, createSession, createUser } from './support/factories.ts';
import { startTestProvider } from './support/oidc-provider.ts';

const { app, database, clock, config } = await createTestApp();
const db = database.db;
const domain = `kommun-${randomUUID().slice(0, 8)}.test`;
const organisation = await createOrganisation(db, { kind: 'municipality' });
const elsewhere = await createOrganisation(db, { kind: 'municipality' });

const member = await createUser(db, {
  email: `Anna.Berg@${domain}`,
  memberships: [{ organisationId: organisation.id, roles: ['buyer'] }],
});
const disabled = await createUser(db, {
  email: `disabled@${domain}`,
  memberships: [{ organisationId: organisation.id, roles: ['buyer'] }],
});
await db
  .updateTable('users')
  .set({ disabled_at: clock.now() })
  .where('id', '=', disabled.id)
  .execute();
const outsider = await createUser(db, {
  email: `outsider@${domain}`,
  memberships: [{ organisationId: elsewhere.id, roles: ['buyer'] }],
});
const foreignDomainUser = await createUser(db, {
  email: `someone-${randomUUID().slice(0, 8)}@elsewhere.test`,
  memberships: [{ organisationId: organisation.id, roles: ['buyer'] }],
});

const provider = await startTestProvider(`${config.publicUrl}/api/oidc/callback`, {
  // The provider answers with the address in another case than Tildel keeps it.
  anna: { email: `anna.berg@${domain.toUpperCase()}`, emailVerified: true },
  unverified: { email: member.email, emailVerified: false },
  unknown: { email: `nobody@${domain}`, emailVerified: true },
  disabled: { email: disabled.email, emailVerified: true },
  outsider: { email: outsider.email, emailVerified: true },
  foreign: { email: foreignDomainUser.email, emailVerified: true },
});

const admin = await createUser(db, {
  memberships: [{ organisationId: organisation.id, roles: ['org_admin'] }],
});
const adminCaller = await createSession(db, clock, admin.id, organisation.id);
const saved = await call(app, adminCaller, {
  method: 'PUT',
  url: `/api/organisations/${organisation.id}/identity-provider`,
  payload: {
    displayName: 'Kommunens inloggning',
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    emailDomains: [domain],
  },
});
if (saved.statusCode !== 200) throw new Error(`provider not saved: ${saved.body}`);

/** Begins a sign-in as the browser would: Tildel's start address, answered by a redirect. */
async function start() {
  const response = await app.inject({ method: 'GET', url: `/api/oidc/start?domain=${domain}` });
  expect(response.statusCode, response.body).toBe(302);
  const state = response.cookies.find((c) => c.name === 'tildel_oidc_state');
  expect(state?.httpOnly).toBe(true);
  return { location: response.headers.location as string, state: state!.value };
}

/** Tildel's callback with what the provider sent back and this browser's state cookie. */
function callback(url: URL, browserState: string | undefined) {
  return app.inject({
    method: 'GET',
    url: `${url.pathname}${url.search}`,
    headers: browserState ? { cookie: `tildel_oidc_state=${browserState}` } : {},
  });
}

async function signInAs(accountId: string) {
  const { location, state } = await start();
  return callback(await provider.signIn(location, accountId), state);
}

function failure(response: Awaited<ReturnType<typeof callback>>) {
  expect(response.statusCode, response.body).toBe(302);
  expect(response.cookies.find((c) => c.name === 'tildel_session')).toBeUndefined();
  return response.headers.location;
}

describe('finding the provider for an email domain', () => {
  it('names the provider of a configured domain, in any case, and nothing else', async () => {
    const found = await app.inject({
      method: 'GET',
      url: `/api/oidc/provider?domain=${domain.toUpperCase()}`,
    });
    expect(found.json()).toEqual({ displayName: 'Kommunens inloggning' });
    const none = await app.inject({ method: 'GET', url: '/api/oidc/provider?domain=other.test' });
    expect(none.json()).toEqual({ displayName: null });
  });

  it('sends the browser to the provider with PKCE (S256), state and nonce', async () => {
    const { location, state } = await start();
    const url = new URL(location);
    expect(url.origin).toBe(provider.issuer);
    expect(url.searchParams.get('client_id')).toBe(provider.clientId);
    expect(url.searchParams.get('redirect_uri')).toBe(`${config.publicUrl}/api/oidc/callback`);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.searchParams.get('nonce')).toMatch(/.{20,}/);
    expect(url.searchParams.get('state')).toBe(state);
  });

  it('lands on the sign-in page when no provider signs in the domain', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/oidc/start?domain=other.test' });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/login?signInError=provider');
  });
});

describe('signing in through the provider', () => {
  it('starts a session with auth_method oidc for the member with that verified email, and audits it', async () => {
    const response = await signInAs('anna');
    expect(response.statusCode, response.body).toBe(302);
    expect(response.headers.location).toBe('/');
    const cookie = response.cookies.find((c) => c.name === 'tildel_session');
    expect(cookie?.httpOnly).toBe(true);
    const me = await app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: `tildel_session=${cookie!.value}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.id).toBe(member.id);
    expect(me.json().activeOrganisationId).toBe(organisation.id);
    // The roles are Tildel's own, unchanged by signing in through the provider.
    expect(me.json().roles).toEqual(['buyer']);
    const session = await db
      .selectFrom('sessions')
      .select('auth_method')
      .where('user_id', '=', member.id)
      .executeTakeFirstOrThrow();
    expect(session.auth_method).toBe('oidc');
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('actor_user_id', '=', member.id)
      .execute();
    expect(audit).toContainEqual({ action: 'session.started', after: { authMethod: 'oidc' } });
  });

  it('ends the Tildel session on sign-out', async () => {
    const response = await signInAs('anna');
    const cookie = `tildel_session=${response.cookies.find((c) => c.name === 'tildel_session')!.value}`;
    const me = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    const out = await app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { cookie, 'x-csrf-token': me.json().csrfToken },
    });
    expect(out.statusCode).toBe(204);
    expect(
      (await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode,
    ).toBe(401);
  });

  it('lets a session begun through the provider expire like any other', async () => {
    const response = await signInAs('anna');
    const cookie = `tildel_session=${response.cookies.find((c) => c.name === 'tildel_session')!.value}`;
    clock.advance((config.sessionIdleMinutes + 1) * 60_000);
    expect(
      (await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode,
    ).toBe(401);
  });

  it('refuses an answer whose state is not the one this browser was given', async () => {
    const { location } = await start();
    const other = await start();
    const back = await provider.signIn(location, 'anna');
    expect(failure(await callback(back, other.state))).toBe('/login?signInError=state');
    expect(failure(await callback(back, undefined))).toBe('/login?signInError=state');
  });

  it('uses a state once only', async () => {
    const { location, state } = await start();
    const back = await provider.signIn(location, 'anna');
    expect((await callback(back, state)).headers.location).toBe('/');
    expect(failure(await callback(back, state))).toBe('/login?signInError=state');
  });

  it('refuses an ID token whose nonce is not the one the sign-in began with', async () => {
    const { location, state } = await start();
    const back = await provider.signIn(location, 'anna');
    await db.updateTable('oidc_logins').set({ nonce: 'another-nonce' }).execute();
    expect(failure(await callback(back, state))).toBe('/login?signInError=provider');
  });

  it('refuses when the PKCE verifier does not match the challenge', async () => {
    const { location, state } = await start();
    const back = await provider.signIn(location, 'anna');
    await db
      .updateTable('oidc_logins')
      .set({ code_verifier: 'x'.repeat(43) })
      .execute();
    expect(failure(await callback(back, state))).toBe('/login?signInError=provider');
  });

  it('refuses a sign-in the provider answers after the login state expired', async () => {
    const { location, state } = await start();
    const back = await provider.signIn(location, 'anna');
    clock.advance(11 * 60_000);
    expect(failure(await callback(back, state))).toBe('/login?signInError=expired');
  });

  it('refuses an email the provider has not verified', async () => {
    expect(failure(await signInAs('unverified'))).toBe('/login?signInError=unverified_email');
  });

  it('creates nobody for an email Tildel does not know', async () => {
    expect(failure(await signInAs('unknown'))).toBe('/login?signInError=unknown_user');
    const users = await db
      .selectFrom('users')
      .select('id')
      .where('email', 'ilike', `nobody@${domain}`)
      .execute();
    expect(users).toEqual([]);
  });

  it('refuses a disabled user', async () => {
    expect(failure(await signInAs('disabled'))).toBe('/login?signInError=disabled_user');
  });

  it("signs in only the organisation's own members and domains", async () => {
    expect(failure(await signInAs('outsider'))).toBe('/login?signInError=unknown_user');
    expect(failure(await signInAs('foreign'))).toBe('/login?signInError=unknown_user');
  });

  it('lands on the sign-in page when the provider refuses', async () => {
    const { state } = await start();
    const back = new URL(
      `${config.publicUrl}/api/oidc/callback?error=access_denied&state=${state}&iss=${encodeURIComponent(provider.issuer)}`,
    );
    expect(failure(await callback(back, state))).toBe('/login?signInError=provider');
  });
});
