// CLOCK_CONTROL: only in demo mode, and then a platform admin — nobody else — moves the server's
// clock forward; every move is audited. Without it the route does not exist.
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { ConfigError, loadConfig } from '../src/config.ts';
import { adjustableClock, fixedClock } from '../src/platform/clock.ts';
import { call } from './support/app.ts';
import { createOrganisation, createSession, createUser } from './support/factories.ts';
import { openTestDatabase } from './support/worker-database.ts';

const database = await openTestDatabase();
const db = database.db;
const clock = adjustableClock(fixedClock(new Date('2026-11-23T09:00:00Z')));
const config = {
  ...loadConfig({ DATABASE_URL: 'postgresql://unused', DEMO_MODE: 'true', CLOCK_CONTROL: 'true' }),
  masterKey: randomBytes(32),
};
const app = await buildApp({ config, database, clock, webDist: null });
await app.ready();
afterAll(async () => {
  await app.close();
  await database.close();
});

const admin = await createSession(
  db,
  clock,
  (await createUser(db, { platformAdmin: true })).id,
  null,
);
const municipality = await createOrganisation(db, { kind: 'municipality' });
const buyerUser = await createUser(db, {
  memberships: [{ organisationId: municipality.id, roles: ['buyer', 'org_admin'] }],
});
const buyer = await createSession(db, clock, buyerUser.id, municipality.id);

describe('moving the clock', () => {
  it('is refused outside demo mode', () => {
    expect(() =>
      loadConfig({ DATABASE_URL: 'postgresql://x', CLOCK_CONTROL: 'true', DEMO_MODE: 'false' }),
    ).toThrow(ConfigError);
  });

  it('lets the platform admin move it forward, audited, and nobody else', async () => {
    const before = clock.now().getTime();
    const refused = await call(app, buyer, {
      method: 'POST',
      url: '/api/platform/clock',
      payload: { advanceMinutes: 60 },
    });
    expect(refused.statusCode).toBe(403);
    expect(clock.now().getTime()).toBe(before);
    const backwards = await call(app, admin, {
      method: 'POST',
      url: '/api/platform/clock',
      payload: { advanceMinutes: -5 },
    });
    expect(backwards.statusCode).toBe(400);
    expect(clock.now().getTime()).toBe(before);

    const moved = await call(app, admin, {
      method: 'POST',
      url: '/api/platform/clock',
      payload: { advanceMinutes: 11 * 24 * 60 },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toEqual({
      now: new Date(before + 11 * 24 * 3_600_000).toISOString(),
      offsetMinutes: 11 * 24 * 60,
    });
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('action', '=', 'platform.clock_advanced')
      .execute();
    expect(audit).toHaveLength(1);
    // Eleven days on, every session has passed its absolute lifetime: signing in again is needed.
    const after = await call(app, admin, { method: 'GET', url: '/api/platform/clock' });
    expect(after.statusCode).toBe(401);
  });
});
