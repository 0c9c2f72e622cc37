// An organisation admin's identity provider settings: kept with the secret sealed, never shown,
// one provider per email domain, audited.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { call, createTestApp } from './support/app.ts';
import { createOrganisation, createSession, createUser } from './support/factories.ts';

const { app, database, clock } = await createTestApp();
const db = database.db;

async function adminOf(kind: 'municipality' | 'procurement_body' = 'municipality') {
  const organisation = await createOrganisation(db, { kind });
  const admin = await createUser(db, {
    memberships: [{ organisationId: organisation.id, roles: ['org_admin'] }],
  });
  return { organisation, caller: await createSession(db, clock, admin.id, organisation.id) };
}

const domain = () => `kommun-${randomUUID().slice(0, 8)}.se`;
const SECRET = 'the-client-secret-0123456789';

function settings(overrides: Record<string, unknown> = {}) {
  return {
    displayName: 'Kommunens Entra ID',
    issuer: 'https://login.microsoftonline.com/tenant-id/v2.0',
    clientId: 'client-id-1',
    clientSecret: SECRET,
    emailDomains: [domain()],
    ...overrides,
  };
}

describe('identity provider settings', () => {
  it('keeps the settings with the secret sealed, answers only that a secret is kept, and audits without it', async () => {
    const { organisation, caller } = await adminOf();
    const url = `/api/organisations/${organisation.id}/identity-provider`;
    const empty = await call(app, caller, { method: 'GET', url });
    expect(empty.json()).toEqual({
      provider: null,
      redirectUri: 'http://tildel.test/api/oidc/callback',
    });
    const own = domain();
    // Domains are kept in lower case, once each.
    const body = settings({ emailDomains: [own.toUpperCase(), `ks-${own}`] });
    const saved = await call(app, caller, { method: 'PUT', url, payload: body });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.body).not.toContain(SECRET);
    expect(saved.json().provider).toMatchObject({
      displayName: 'Kommunens Entra ID',
      clientId: 'client-id-1',
      hasSecret: true,
      emailDomains: [own, `ks-${own}`],
    });
    const row = await db
      .selectFrom('identity_providers')
      .selectAll()
      .where('organisation_id', '=', organisation.id)
      .executeTakeFirstOrThrow();
    expect(row.client_secret_sealed).not.toContain(SECRET);
    expect(Buffer.from(row.client_secret_sealed, 'base64').toString('latin1')).not.toContain(
      SECRET,
    );
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('organisation_id', '=', organisation.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['identity_provider.saved']);
    expect(JSON.stringify(audit)).not.toContain(SECRET);
    expect(audit[0]!.after).toMatchObject({ secretChanged: true });
  });

  it('keeps the stored secret when a change leaves it out, and needs one the first time', async () => {
    const { organisation, caller } = await adminOf();
    const url = `/api/organisations/${organisation.id}/identity-provider`;
    const { clientSecret: _, ...withoutSecret } = settings();
    const first = await call(app, caller, {
      method: 'PUT',
      url,
      payload: withoutSecret,
      locale: 'sv',
    });
    expect(first.statusCode).toBe(400);
    expect(first.json().errors).toEqual([
      { field: 'clientSecret', message: 'Enter the client secret the provider gave you.' },
    ]);
    await call(app, caller, { method: 'PUT', url, payload: settings() });
    const before = await db
      .selectFrom('identity_providers')
      .select('client_secret_sealed')
      .where('organisation_id', '=', organisation.id)
      .executeTakeFirstOrThrow();
    const changed = await call(app, caller, {
      method: 'PUT',
      url,
      payload: { ...withoutSecret, displayName: 'Ny inloggning' },
    });
    expect(changed.json().provider).toMatchObject({
      displayName: 'Ny inloggning',
      hasSecret: true,
    });
    const after = await db
      .selectFrom('identity_providers')
      .select('client_secret_sealed')
      .where('organisation_id', '=', organisation.id)
      .executeTakeFirstOrThrow();
    expect(after.client_secret_sealed).toBe(before.client_secret_sealed);
  });

  it('refuses a provider over plain http that is not on this machine', async () => {
    const { organisation, caller } = await adminOf();
    const response = await call(app, caller, {
      method: 'PUT',
      url: `/api/organisations/${organisation.id}/identity-provider`,
      payload: settings({ issuer: 'http://idp.example.com' }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('issuer');
    expect(response.json().errors[0].message).toContain('https://');
  });

  it('refuses an email domain that is not a domain name', async () => {
    const { organisation, caller } = await adminOf();
    const response = await call(app, caller, {
      method: 'PUT',
      url: `/api/organisations/${organisation.id}/identity-provider`,
      payload: settings({ emailDomains: ['@kommun.se'] }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it("refuses a domain another organisation's provider already signs in", async () => {
    const shared = domain();
    const first = await adminOf();
    const second = await adminOf('procurement_body');
    const ok = await call(app, first.caller, {
      method: 'PUT',
      url: `/api/organisations/${first.organisation.id}/identity-provider`,
      payload: settings({ emailDomains: [shared] }),
    });
    expect(ok.statusCode).toBe(200);
    const taken = await call(app, second.caller, {
      method: 'PUT',
      url: `/api/organisations/${second.organisation.id}/identity-provider`,
      payload: settings({ emailDomains: [domain(), shared] }),
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().errors).toEqual([
      {
        field: 'emailDomains',
        message: `Another organisation's identity provider already signs in ${shared}.`,
      },
    ]);
  });

  it('removes the provider, audited, after which its domain signs in by password only', async () => {
    const { organisation, caller } = await adminOf();
    const url = `/api/organisations/${organisation.id}/identity-provider`;
    const body = settings();
    await call(app, caller, { method: 'PUT', url, payload: body });
    const found = await app.inject({
      method: 'GET',
      url: `/api/oidc/provider?domain=${body.emailDomains[0]}`,
    });
    expect(found.json().displayName).toBe('Kommunens Entra ID');
    expect((await call(app, caller, { method: 'DELETE', url })).statusCode).toBe(204);
    const gone = await app.inject({
      method: 'GET',
      url: `/api/oidc/provider?domain=${body.emailDomains[0]}`,
    });
    expect(gone.json().displayName).toBeNull();
    expect((await call(app, caller, { method: 'DELETE', url })).statusCode).toBe(404);
    const actions = await db
      .selectFrom('audit_log')
      .select('action')
      .where('organisation_id', '=', organisation.id)
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'identity_provider.saved',
      'identity_provider.removed',
    ]);
  });
});
