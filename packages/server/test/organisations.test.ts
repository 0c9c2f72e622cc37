// Members and invitations: an admin invites by email through the outbox, the invitee accepts
// and is signed in, roles follow the organisation's kind, and an organisation keeps an admin.
import { describe, expect, it } from 'vitest';
import { call, createTestApp } from './support/app.ts';
import { expectPagedList } from './support/paging.ts';
import { csvLines, sheetOf, sheetRows } from './support/download.ts';
import {
  createOrganisation,
  createSession,
  createUser,
  TEST_PASSWORD,
  uniqueIdentifier,
} from './support/factories.ts';

const { app, database, clock } = await createTestApp();
const db = database.db;
const municipality = await createOrganisation(db, {
  kind: 'municipality',
  name: 'Kristianstads kommun',
});
const admin = await createUser(db, {
  name: 'Agnes Admin',
  memberships: [{ organisationId: municipality.id, roles: ['org_admin'] }],
});
const adminCaller = await createSession(db, clock, admin.id, municipality.id);
const base = `/api/organisations/${municipality.id}`;

async function invite(email: string, roles: string[] = ['buyer'], locale = 'sv') {
  return call(app, adminCaller, {
    method: 'POST',
    url: `${base}/invitations`,
    payload: { email, roles, locale },
  });
}

/** The invitation link from the queued email, as the invitee would click it. */
async function linkTokenFor(email: string) {
  const message = await db
    .selectFrom('outbox')
    .select(['body', 'subject', 'recipient'])
    .where('recipient', '=', email)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  const match = /\/invitation\/([A-Za-z0-9_-]+)/.exec(message.body);
  expect(match).not.toBeNull();
  return { token: match![1]!, message };
}

describe('inviting a person', () => {
  it('queues an email in the invitee’s language with a link, and audits it, in one transaction', async () => {
    const email = `new-buyer-${Date.now()}@example.test`;
    const response = await invite(email, ['buyer', 'caseworker'], 'da');
    expect(response.statusCode).toBe(201);
    const invitation = response.json();
    expect(invitation.roles).toEqual(['buyer', 'caseworker']);
    const { message } = await linkTokenFor(email);
    expect(message.subject).toBe('Invitation til Kristianstads kommun i Tildel');
    expect(message.body).toContain('Agnes Admin');
    expect(message.body).toContain('Indkøber, Sagsbehandler');
    expect(message.body).toContain('http://tildel.test/invitation/');
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id'])
      .where('object_id', '=', invitation.id)
      .execute();
    expect(audit).toEqual([{ action: 'invitation.created', actor_user_id: admin.id }]);
    // Only the hash of the link's token is stored.
    const { token } = await linkTokenFor(email);
    const stored = await db
      .selectFrom('invitations')
      .select('token_hash')
      .where('id', '=', invitation.id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toBe(token);
  });

  it('refuses a role the organisation kind cannot hand out, naming the field in the admin’s language', async () => {
    const response = await invite(`x-${Date.now()}@example.test`, ['supplier_user'], 'en');
    expect(response.statusCode).toBe(400);
    const problem = response.json();
    expect(problem.errors).toEqual([
      {
        field: 'roles',
        message: 'The role supplier_user cannot be given in this kind of organisation.',
      },
    ]);
  });

  it('refuses a second open invitation to the same address, and one to an existing member', async () => {
    const email = `twice-${Date.now()}@example.test`;
    expect((await invite(email)).statusCode).toBe(201);
    const again = await invite(email.toUpperCase());
    expect(again.statusCode).toBe(400);
    expect(again.json().errors[0].field).toBe('email');
    const member = await invite(admin.email);
    expect(member.statusCode).toBe(400);
    expect(member.json().errors[0].message).toContain('is already a member');
  });

  it('refuses a malformed email address with a message about the field', async () => {
    const response = await invite('not-an-address');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { field: 'email', message: 'Enter a valid email address.' },
    ]);
  });
});

describe('accepting an invitation', () => {
  it('creates the account and membership and signs the new user in', async () => {
    const email = `accept-${Date.now()}@example.test`;
    await invite(email, ['caseworker'], 'sv');
    const { token } = await linkTokenFor(email);
    const described = await app.inject({ method: 'GET', url: `/api/invitations/${token}` });
    expect(described.statusCode).toBe(200);
    expect(described.json()).toMatchObject({
      organisationName: 'Kristianstads kommun',
      email,
      existingUser: false,
    });

    const accepted = await app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      payload: { name: 'Hanna Handläggare', password: 'a long enough password' },
    });
    expect(accepted.statusCode).toBe(200);
    const me = accepted.json();
    expect(me.user).toMatchObject({ email, name: 'Hanna Handläggare', locale: 'sv' });
    expect(me.activeOrganisationId).toBe(municipality.id);
    expect(me.roles).toEqual(['caseworker']);
    expect(accepted.cookies.some((c) => c.name === 'tildel_session' && c.httpOnly)).toBe(true);

    // The link works once.
    const again = await app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      payload: { name: 'Someone', password: 'a long enough password' },
    });
    expect(again.statusCode).toBe(404);
    // And the new user can sign in with the password chosen.
    const login = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email, password: 'a long enough password' },
    });
    expect(login.statusCode).toBe(200);
  });

  it('asks an existing user for their password instead of creating an account', async () => {
    const other = await createOrganisation(db, { kind: 'municipality' });
    const existing = await createUser(db, {
      memberships: [{ organisationId: other.id, roles: ['buyer'] }],
    });
    await invite(existing.email, ['buyer']);
    const { token } = await linkTokenFor(existing.email);
    expect(
      (await app.inject({ method: 'GET', url: `/api/invitations/${token}` })).json().existingUser,
    ).toBe(true);
    const wrong = await app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      payload: { password: 'nope' },
    });
    expect(wrong.statusCode).toBe(400);
    const right = await app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      payload: { password: TEST_PASSWORD },
    });
    expect(right.statusCode).toBe(200);
    expect(right.json().memberships).toHaveLength(2);
  });

  it('refuses a short password and keeps the invitation usable', async () => {
    const email = `short-${Date.now()}@example.test`;
    await invite(email);
    const { token } = await linkTokenFor(email);
    const response = await app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      payload: { name: 'Kort', password: 'short' },
      headers: { 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { field: 'password', message: 'The password must have at least 12 characters.' },
    ]);
    expect((await app.inject({ method: 'GET', url: `/api/invitations/${token}` })).statusCode).toBe(
      200,
    );
  });

  it('refuses an expired or revoked invitation', async () => {
    const expiring = `expiring-${Date.now()}@example.test`;
    await invite(expiring);
    const { token } = await linkTokenFor(expiring);
    const revoked = `revoked-${Date.now()}@example.test`;
    const created = (await invite(revoked)).json();
    const { token: revokedToken } = await linkTokenFor(revoked);
    expect(
      (await call(app, adminCaller, { method: 'DELETE', url: `${base}/invitations/${created.id}` }))
        .statusCode,
    ).toBe(204);
    expect(
      (await app.inject({ method: 'GET', url: `/api/invitations/${revokedToken}` })).statusCode,
    ).toBe(404);

    clock.advance(8 * 86_400_000);
    const response = await app.inject({
      method: 'GET',
      url: `/api/invitations/${token}`,
      headers: { 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().detail).toBe(
      'The invitation is invalid, has expired or has already been used.',
    );
    clock.advance(-8 * 86_400_000);
  });
});

describe('members and roles', () => {
  it('lists members with roles and changes them, audited with before and after', async () => {
    const member = await createUser(db, {
      memberships: [{ organisationId: municipality.id, roles: ['caseworker'] }],
    });
    const changed = await call(app, adminCaller, {
      method: 'PUT',
      url: `${base}/members/${member.id}`,
      payload: { roles: ['caseworker', 'buyer'] },
    });
    expect(changed.statusCode).toBe(200);
    const list = (await call(app, adminCaller, { method: 'GET', url: `${base}/members` })).json();
    expect(list.items.find((m: { userId: string }) => m.userId === member.id).roles).toEqual([
      'caseworker',
      'buyer',
    ]);
    const audit = await db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('action', '=', 'membership.roles_changed')
      .where('object_id', '=', member.id)
      .executeTakeFirstOrThrow();
    expect(audit.before).toEqual({ roles: ['caseworker'] });
    expect(audit.after).toEqual({ roles: ['caseworker', 'buyer'] });
  });

  it('keeps at least one administrator', async () => {
    const lonely = await createOrganisation(db, { kind: 'supplier' });
    const soleAdmin = await createUser(db, {
      memberships: [{ organisationId: lonely.id, roles: ['org_admin'] }],
    });
    const caller = await createSession(db, clock, soleAdmin.id, lonely.id);
    const demote = await call(app, caller, {
      method: 'PUT',
      url: `/api/organisations/${lonely.id}/members/${soleAdmin.id}`,
      payload: { roles: ['supplier_user'] },
    });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().detail).toBe('The organisation must keep at least one administrator.');
    const leave = await call(app, caller, {
      method: 'DELETE',
      url: `/api/organisations/${lonely.id}/members/${soleAdmin.id}`,
    });
    expect(leave.statusCode).toBe(409);
  });

  it('removes a member, who then loses access to the organisation', async () => {
    const member = await createUser(db, {
      memberships: [{ organisationId: municipality.id, roles: ['buyer'] }],
    });
    const memberCaller = await createSession(db, clock, member.id, municipality.id);
    expect((await call(app, memberCaller, { method: 'GET', url: base })).statusCode).toBe(200);
    expect(
      (await call(app, adminCaller, { method: 'DELETE', url: `${base}/members/${member.id}` }))
        .statusCode,
    ).toBe(204);
    expect((await call(app, memberCaller, { method: 'GET', url: base })).statusCode).toBe(403);
  });

  it('answers 404 for a user who is not a member', async () => {
    const stranger = await createUser(db);
    const response = await call(app, adminCaller, {
      method: 'PUT',
      url: `${base}/members/${stranger.id}`,
      payload: { roles: ['buyer'] },
    });
    expect(response.statusCode).toBe(404);
  });
});

describe('the platform administrator', () => {
  it('registers an organisation with a valid identifier and invites its first admin', async () => {
    const platformAdmin = await createUser(db, { platformAdmin: true });
    const caller = await createSession(db, clock, platformAdmin.id, null);
    const email = `first-admin-${Date.now()}@example.test`;
    const created = await call(app, caller, {
      method: 'POST',
      url: '/api/platform/organisations',
      payload: {
        kind: 'supplier',
        name: 'Testleverantören AB',
        country: 'SE',
        identifier: '556012-5790',
        adminEmail: email,
        adminLocale: 'sv',
      },
    });
    expect(created.statusCode).toBe(201);
    const { message } = await linkTokenFor(email);
    expect(message.subject).toBe('Inbjudan till Testleverantören AB i Tildel');
    const duplicate = await call(app, caller, {
      method: 'POST',
      url: '/api/platform/organisations',
      payload: {
        kind: 'supplier',
        name: 'Kopia AB',
        country: 'SE',
        identifier: '5560125790',
        adminEmail: 'a@example.test',
        adminLocale: 'sv',
      },
    });
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.json().errors[0]).toEqual({
      field: 'identifier',
      message: 'An organisation with that number already exists.',
    });
    const invalid = await call(app, caller, {
      method: 'POST',
      url: '/api/platform/organisations',
      payload: {
        kind: 'supplier',
        name: 'Fel AB',
        country: 'SE',
        identifier: '556012-5791',
        adminEmail: 'b@example.test',
        adminLocale: 'sv',
      },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors[0].field).toBe('identifier');
  });

  it('gives a new procurement body the default service categories and target groups, a supplier none', async () => {
    const platformAdmin = await createUser(db, { platformAdmin: true });
    const caller = await createSession(db, clock, platformAdmin.id, null);
    const register = (kind: string, identifier: string) =>
      call(app, caller, {
        method: 'POST',
        url: '/api/platform/organisations',
        payload: {
          kind,
          name: `Ny ${kind}`,
          country: 'SE',
          identifier,
          adminEmail: `admin-${kind}-${Date.now()}@example.test`,
          adminLocale: 'sv',
        },
      });
    const body = await register('procurement_body', uniqueIdentifier('SE'));
    const supplier = await register('supplier', uniqueIdentifier('SE'));
    expect(body.statusCode, body.body).toBe(201);
    expect(supplier.statusCode, supplier.body).toBe(201);
    const codes = async (organisationId: string) =>
      (
        await db
          .selectFrom('service_categories')
          .select('code')
          .where('organisation_id', '=', organisationId)
          .execute()
      ).map((r) => r.code);
    expect(await codes(body.json().id)).toEqual(
      expect.arrayContaining(['hvb_youth', 'staffing_children_youth', 'open_care_hour']),
    );
    expect(await codes(supplier.json().id)).toEqual([]);
    const groups = await db
      .selectFrom('target_groups')
      .select('code')
      .where('organisation_id', '=', body.json().id)
      .execute();
    expect(groups.map((g) => g.code)).toContain('youth_13_17');
  });
});

describe('the lists in pages', () => {
  it('pages the members, sorted by name or email', async () => {
    for (const name of ['Bertil', 'Cecilia', 'Dagny'])
      await createUser(db, {
        name: `${name} Medlem`,
        memberships: [{ organisationId: municipality.id, roles: ['caseworker'] }],
      });
    const check = { app, caller: adminCaller, url: `${base}/members`, atLeast: 4 };
    const name = (item: Record<string, unknown>) => String(item.name);
    await expectPagedList({ ...check, sort: 'name', value: name, key: name });
    await expectPagedList({
      ...check,
      sort: 'email',
      value: (item) => String(item.email),
      key: name,
    });
  });

  it('pages the invitations, sorted by address, and names the open ones', async () => {
    for (const who of ['paging-a', 'paging-b', 'paging-c'])
      expect((await invite(`${who}-${Date.now()}@example.test`)).statusCode).toBe(201);
    await expectPagedList({
      app,
      caller: adminCaller,
      url: `${base}/invitations`,
      atLeast: 3,
      sort: 'email',
      value: (item) => String(item.email),
    });
    const open = await call(app, adminCaller, {
      method: 'GET',
      url: `${base}/invitations?open=true&limit=200`,
    });
    const all = await call(app, adminCaller, {
      method: 'GET',
      url: `${base}/invitations?limit=200`,
    });
    type Listed = {
      items: { acceptedAt: string | null; revokedAt: string | null }[];
      total: number;
    };
    const openItems = open.json<Listed>().items;
    expect(openItems.length).toBeGreaterThanOrEqual(3);
    expect(openItems.every((i) => i.acceptedAt === null && i.revokedAt === null)).toBe(true);
    // Earlier tests accepted and revoked some: those are in the whole list only.
    expect(all.json<Listed>().total).toBeGreaterThan(open.json<Listed>().total);
  });

  it('pages the platform’s organisations, of a kind and matching a number however written', async () => {
    const platformAdmin = await createUser(db, { platformAdmin: true });
    const caller = await createSession(db, clock, platformAdmin.id, null);
    for (const name of ['Alfa', 'Beta', 'Gamma'])
      await createOrganisation(db, { kind: 'supplier', name: `${name} Omsorg AB` });
    await expectPagedList({
      app,
      caller,
      url: '/api/platform/organisations?kind=supplier',
      atLeast: 3,
      sort: 'name',
      value: (item) => String(item.name),
    });
    const found = async (query: string) => {
      const response = await call(app, caller, {
        method: 'GET',
        url: `/api/platform/organisations?${query}`,
      });
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{ items: { id: string; kind: string }[]; total: number }>();
    };
    const suppliers = await found('kind=supplier&limit=200');
    expect(suppliers.items.every((o) => o.kind === 'supplier')).toBe(true);
    const [digits, dash] = [municipality.identifier.replace(/\D/g, ''), municipality.identifier];
    for (const q of [digits, `${digits.slice(0, 6)} ${digits.slice(6)}`, dash, 'kristianstads'])
      expect(
        (await found(`q=${encodeURIComponent(q)}`)).items.map((o) => o.id),
        q,
      ).toContain(municipality.id);
    expect((await found('q=no%20such%20organisation')).total).toBe(0);
  });
});

describe('the lists as files', () => {
  const caseworker = (async () => {
    const user = await createUser(db, {
      memberships: [{ organisationId: municipality.id, roles: ['caseworker'] }],
    });
    return createSession(db, clock, user.id, municipality.id);
  })();
  const get = async (url: string, caller = adminCaller) =>
    call(app, caller, { method: 'GET', url });

  it('downloads the members in the list’s sort with their roles as words', async () => {
    const listed = (await get(`${base}/members?sort=email&order=asc&limit=200`)).json<{
      items: { name: string; email: string; roles: string[] }[];
    }>().items;
    const csv = await get(`${base}/members/export?sort=email&order=asc&format=csv`);
    expect(csv.statusCode, csv.body).toBe(200);
    const [header, ...lines] = csvLines(csv.body);
    expect(header).toBe('Name,Email address,Roles,Member since');
    expect(lines.map((l) => l.split(',')[1])).toEqual(listed.map((m) => m.email));
    expect(lines.find((l) => l.startsWith('Agnes Admin,'))).not.toContain('org_admin');

    const xlsx = await get(`${base}/members/export?sort=email&order=asc&format=xlsx`);
    const rows = sheetRows(await sheetOf(xlsx.rawPayload));
    expect(rows.map((r) => r[0])).toEqual(listed.map((m) => m.name));
    expect(rows.filter((r) => r[2] === 'Caseworker').length).toBe(
      listed.filter((m) => m.roles.join() === 'caseworker').length,
    );
    expect(rows[0]![3]).toBeInstanceOf(Date);
    expect((await get(`${base}/members/export?format=csv`, await caseworker)).statusCode).toBe(403);
  });

  it('downloads the open invitations with the list’s filter, status as a word', async () => {
    const listed = (await get(`${base}/invitations?open=true&sort=email&limit=200`)).json<{
      items: { email: string }[];
    }>().items;
    const csv = await get(`${base}/invitations/export?open=true&sort=email&format=csv`);
    expect(csv.statusCode, csv.body).toBe(200);
    const [header, ...lines] = csvLines(csv.body);
    expect(header).toBe('Email address,Roles,Language,Invited by,Sent,Valid until,Status');
    expect(lines.map((l) => l.split(',')[0])).toEqual(listed.map((i) => i.email));
    expect(lines.every((l) => l.endsWith(',Awaiting reply'))).toBe(true);

    const all = await get(`${base}/invitations/export?format=xlsx`);
    const rows = sheetRows(await sheetOf(all.rawPayload));
    expect(rows.length).toBeGreaterThan(listed.length);
    expect(new Set(rows.map((r) => r[6]))).toContain('Accepted');
    expect(rows.every((r) => r[2] === 'Svenska' || r[2] === 'Dansk' || r[2] === 'English')).toBe(
      true,
    );
    expect((await get(`${base}/invitations/export?format=csv`, await caseworker)).statusCode).toBe(
      403,
    );
  });

  it('downloads the platform’s organisation register with its filter, kinds and countries as words', async () => {
    const platformAdmin = await createUser(db, { platformAdmin: true });
    const caller = await createSession(db, clock, platformAdmin.id, null);
    const query = 'kind=supplier&sort=name&order=desc';
    const listed = (await get(`/api/platform/organisations?${query}&limit=200`, caller)).json<{
      items: { name: string; memberCount: number }[];
    }>().items;
    expect(listed.length).toBeGreaterThan(2);
    const csv = await get(`/api/platform/organisations/export?${query}&format=csv`, caller);
    expect(csv.statusCode, csv.body).toBe(200);
    const [header, ...lines] = csvLines(csv.body);
    expect(header).toBe(
      'Name,Kind,Country,Organisation or CVR number,Municipality code,Members,Registered',
    );
    expect(lines).toHaveLength(listed.length);
    expect(
      lines.every((l) => l.includes(',Supplier,Sweden,') || l.includes(',Supplier,Denmark,')),
    ).toBe(true);
    const xlsx = await get(`/api/platform/organisations/export?${query}&format=xlsx`, caller);
    const rows = sheetRows(await sheetOf(xlsx.rawPayload));
    expect(rows.map((r) => [r[0], r[5]])).toEqual(listed.map((o) => [o.name, o.memberCount]));
    expect(rows[0]![6]).toBeInstanceOf(Date);
    expect((await get('/api/platform/organisations/export?format=csv')).statusCode).toBe(403);
  });
});
