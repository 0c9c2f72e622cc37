// The session is read on every request by a named prepared statement that PostgreSQL runs with a
// cached plan (db/prepared.ts, loadSession). Whatever it checks must still take effect on the very
// next request: sign-out, expiry, a disabled account, a removed membership.
import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { call, createTestApp, type Caller } from './support/app.ts';
import { createOrganisation, createSession, createUser } from './support/factories.ts';

// One connection: every request's session lookup runs on it, so it is prepared and planned there.
const { app, database, clock, config } = await createTestApp({}, { poolSize: 1 });
const db = database.db;
const first = await createOrganisation(db, { name: 'A-kommun' });
const second = await createOrganisation(db, { name: 'B-kommun' });

let user: Awaited<ReturnType<typeof createUser>>;
let caller: Caller;

beforeEach(async () => {
  user = await createUser(db, {
    memberships: [
      { organisationId: first.id, roles: ['org_admin'] },
      { organisationId: second.id, roles: ['buyer'] },
    ],
  });
  caller = await createSession(db, clock, user.id, first.id);
  // More than the five custom plans after which PostgreSQL may switch to the cached generic plan.
  for (let i = 0; i < 8; i++) expect((await me()).statusCode).toBe(200);
});

function me() {
  return call(app, caller, { method: 'GET', url: '/api/me' });
}

describe('the session read on every request', () => {
  it('is a named statement that PostgreSQL runs with its cached plan', async () => {
    const prepared = await sql<{ generic_plans: string; custom_plans: string }>`
      SELECT generic_plans, custom_plans FROM pg_prepared_statements
       WHERE statement LIKE '/* prepared */%FROM sessions s%'`.execute(db);
    expect(prepared.rows).toHaveLength(1);
    expect(Number(prepared.rows[0]!.generic_plans)).toBeGreaterThan(0);
  });

  it('answers the memberships ordered by organisation name, with their roles', async () => {
    const answer = (await me()).json();
    expect(answer.activeOrganisationId).toBe(first.id);
    expect(answer.roles).toEqual(['org_admin']);
    expect(
      answer.memberships.map((m: { organisation: { id: string }; roles: string[] }) => [
        m.organisation.id,
        m.roles,
      ]),
    ).toEqual([
      [first.id, ['org_admin']],
      [second.id, ['buyer']],
    ]);
  });

  it('orders the memberships alphabetically (å, ä, ö last), whatever order they were made in', async () => {
    const names = ['Östra kommun', 'Ängby kommun', 'Åby kommun', 'Zäta kommun'];
    const organisations = [];
    for (const name of names) organisations.push(await createOrganisation(db, { name }));
    const member = await createUser(db, {
      memberships: organisations.map((o) => ({ organisationId: o.id, roles: ['buyer' as const] })),
    });
    caller = await createSession(db, clock, member.id, null);
    const answer = (await me()).json();
    expect(
      answer.memberships.map((m: { organisation: { name: string } }) => m.organisation.name),
    ).toEqual(['Zäta kommun', 'Åby kommun', 'Ängby kommun', 'Östra kommun']);
    // Without an active organisation the first by name is taken.
    expect(answer.activeOrganisationId).toBe(organisations[3]!.id);
  });

  it('sees a sign-out on the next request', async () => {
    expect((await call(app, caller, { method: 'DELETE', url: '/api/session' })).statusCode).toBe(
      204,
    );
    expect((await me()).statusCode).toBe(401);
  });

  it('sees an idle expiry and an absolute expiry on the next request', async () => {
    clock.advance(config.sessionIdleMinutes * 60_000 + 1000);
    expect((await me()).statusCode).toBe(401);

    caller = await createSession(db, clock, user.id, first.id);
    expect((await me()).statusCode).toBe(200);
    await db
      .updateTable('sessions')
      .set({ expires_at: clock.now() })
      .where('user_id', '=', user.id)
      .execute();
    expect((await me()).statusCode).toBe(401);
  });

  it('writes last_seen_at only when it is more than a minute old, and keeps an active session alive', async () => {
    const lastSeen = async () =>
      (
        await db
          .selectFrom('sessions')
          .select('last_seen_at')
          .where('user_id', '=', user.id)
          .executeTakeFirstOrThrow()
      ).last_seen_at.getTime();
    const started = await lastSeen();
    clock.advance(59_000);
    expect((await me()).statusCode).toBe(200);
    expect(await lastSeen()).toBe(started);
    clock.advance(2_000);
    expect((await me()).statusCode).toBe(200);
    expect(await lastSeen()).toBe(clock.now().getTime());
    // Each request seen moves the idle limit on: past the idle time from the start, not from the
    // last request, the session still answers.
    for (let minutes = 0; minutes < config.sessionIdleMinutes + 5; minutes += 5) {
      clock.advance(5 * 60_000);
      expect((await me()).statusCode).toBe(200);
    }
  });

  it('sees a disabled account on the next request', async () => {
    await db
      .updateTable('users')
      .set({ disabled_at: clock.now() })
      .where('id', '=', user.id)
      .execute();
    expect((await me()).statusCode).toBe(401);
  });

  it('sees a removed membership on the next request', async () => {
    const audit = `/api/organisations/${first.id}/audit`;
    expect((await call(app, caller, { method: 'GET', url: audit })).statusCode).toBe(200);
    await db
      .deleteFrom('memberships')
      .where('user_id', '=', user.id)
      .where('organisation_id', '=', first.id)
      .execute();
    expect((await call(app, caller, { method: 'GET', url: audit })).statusCode).toBe(403);
    const answer = (await me()).json();
    expect(
      answer.memberships.map((m: { organisation: { id: string } }) => m.organisation.id),
    ).toEqual([second.id]);
    expect(answer.activeOrganisationId).toBe(second.id);
    expect(answer.roles).toEqual(['buyer']);
  });

  it('answers a user without memberships', async () => {
    await db.deleteFrom('memberships').where('user_id', '=', user.id).execute();
    const answer = (await me()).json();
    expect(answer.memberships).toEqual([]);
    expect(answer.activeOrganisationId).toBeNull();
  });
});
