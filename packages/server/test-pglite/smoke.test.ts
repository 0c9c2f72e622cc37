// Smoke test on embedded PGlite in a temporary folder, the way `npm start` runs without
// DATABASE_URL: migrate, seed the demo world, sign in, invite, verify the audit chain; then close
// everything, open the same folder again and check that nothing was lost or applied twice.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, describe, expect, test } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig, type Config } from '../src/config.ts';
import { openDatabase, type Database } from '../src/db/database.ts';
import { migrateToLatest, migrationFiles } from '../src/db/migrate.ts';
import { systemClock } from '../src/platform/clock.ts';
import { masterKeyFor } from '../src/platform/sealing.ts';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../src/seed/demo.ts';
import { DEMO_BODY, DEMO_USERS } from '../src/seed/demo-data.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'tildel-pglite-smoke-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const ADMIN = DEMO_USERS.find((u) => u.email === 'admin@sydupphandling.demo.tildel.se')!;
const INVITEE = 'ny.kollega@example.test';

function configFor(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({
      DATA_DIR: dataDir,
      PUBLIC_URL: 'http://tildel.test',
      DEMO_MODE: 'true',
      LOG_LEVEL: 'silent',
    }),
    ...overrides,
  };
}

interface Running {
  database: Database;
  app: FastifyInstance;
}

async function start(overrides: Partial<Config> = {}, database?: Database): Promise<Running> {
  const config = configFor(overrides);
  const db = database ?? (await openDatabase({ dataDir: config.dataDir }));
  const app = await buildApp({ config, database: db, webDist: null });
  await app.ready();
  return { database: db, app };
}

async function stop(running: Running) {
  await running.app.close();
  await running.database.close();
}

function cookieOf(response: LightMyRequestResponse): string {
  const session = response.cookies.find((c) => c.name === 'tildel_session');
  if (!session) throw new Error(`no session cookie in ${response.statusCode} ${response.body}`);
  return `${session.name}=${session.value}`;
}

async function login(app: FastifyInstance, email = ADMIN.email) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/session',
    headers: { 'accept-language': 'en' },
    payload: { email, password: DEMO_PASSWORD },
  });
  return response;
}

function expectProblem(response: LightMyRequestResponse, status: number) {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = response.json();
  expect(body).toMatchObject({
    status,
    type: expect.any(String),
    title: expect.any(String),
    detail: expect.any(String),
  });
  return body;
}

describe('PGlite in a folder', () => {
  let organisationId = '';

  test('first start: migrate, seed, sign in, invite, verify the audit chain', async () => {
    const database = await openDatabase({ dataDir });
    expect(database.kind).toBe('pglite');
    expect(await migrateToLatest(database.db)).toEqual(migrationFiles());
    expect(migrationFiles()[0]).toBe('0001_foundation.sql');
    const seeded = await seedDemoIfEmpty(database.db, systemClock, masterKeyFor(configFor()));
    expect(seeded).not.toBeNull();
    expect(seeded!.users).toBe(DEMO_USERS.length);
    expect(seeded!.organisations).toBeGreaterThan(40);
    // Aarhus's matching team has a Danish market with tariffs and a week of referrals (issue 12).
    const danishOffersWithTariffs = await database.db
      .selectFrom('establishments')
      .where('country', '=', 'DK')
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('offer_tariffs')
            .select('offer_tariffs.id')
            .whereRef('offer_tariffs.establishment_id', '=', 'establishments.id')
            .where('offer_tariffs.currency', '=', 'DKK'),
        ),
      )
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(danishOffersWithTariffs.n)).toBeGreaterThanOrEqual(40);
    const aarhusReferrals = await database.db
      .selectFrom('referrals')
      .innerJoin('organisations', 'organisations.id', 'referrals.organisation_id')
      .where('organisations.name', '=', 'Aarhus Kommune')
      .select(['referrals.state', 'referrals.urgency', 'referrals.kind'])
      .execute();
    expect(aarhusReferrals.length).toBeGreaterThanOrEqual(5);
    expect(aarhusReferrals.map((r) => r.urgency)).toContain('today');
    expect(aarhusReferrals.map((r) => r.kind)).toContain('extension');
    expect(new Set(aarhusReferrals.map((r) => r.state)).size).toBeGreaterThanOrEqual(5);

    const running = await start({}, database);
    try {
      const { app } = running;
      const health = await app.inject({ method: 'GET', url: '/api/health' });
      expect(health.statusCode).toBe(200);
      expect(health.json()).toEqual({ status: 'ok', database: 'pglite' });

      const signIn = await login(app);
      expect(signIn.statusCode, signIn.body).toBe(200);
      const cookie = cookieOf(signIn);
      const csrfToken: string = signIn.json().csrfToken;
      expect(csrfToken).toMatch(/^[A-Za-z0-9_-]{20,}$/);

      const me = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
      expect(me.statusCode, me.body).toBe(200);
      const view = me.json();
      expect(view.user.email).toBe(ADMIN.email);
      expect(view.memberships).toHaveLength(1);
      expect(view.memberships[0].organisation).toMatchObject({
        name: DEMO_BODY.name,
        kind: 'procurement_body',
        country: 'SE',
      });
      expect(view.memberships[0].roles).toEqual(['org_admin']);
      organisationId = view.memberships[0].organisation.id;
      expect(view.activeOrganisationId).toBe(organisationId);
      expect(view.permissions).toEqual(
        expect.arrayContaining([
          'organisation.read',
          'members.read',
          'members.manage',
          'audit.read',
          'messages.read',
        ]),
      );
      expect(view.csrfToken).toBe(csrfToken);

      // A write without the CSRF header is refused; with it, the invitation is made.
      const invitation = { email: INVITEE, roles: ['procurement_officer'], locale: 'sv' };
      const noToken = await app.inject({
        method: 'POST',
        url: `/api/organisations/${organisationId}/invitations`,
        headers: { cookie },
        payload: invitation,
      });
      expectProblem(noToken, 403);
      const invited = await app.inject({
        method: 'POST',
        url: `/api/organisations/${organisationId}/invitations`,
        headers: { cookie, 'x-csrf-token': csrfToken },
        payload: invitation,
      });
      expect(invited.statusCode, invited.body).toBe(201);
      expect(invited.json()).toMatchObject({
        email: INVITEE,
        roles: ['procurement_officer'],
        acceptedAt: null,
      });

      // The invitation email went to the outbox (no SMTP server: kept for the "Sent messages" page).
      const messages = await app.inject({
        method: 'GET',
        url: `/api/organisations/${organisationId}/messages`,
        headers: { cookie },
      });
      expect(messages.statusCode, messages.body).toBe(200);
      expect(messages.json().items.map((m: { to: string }) => m.to)).toContain(INVITEE);

      const verification = await app.inject({
        method: 'GET',
        url: `/api/organisations/${organisationId}/audit/verification`,
        headers: { cookie },
      });
      expect(verification.statusCode, verification.body).toBe(200);
      expect(verification.json()).toMatchObject({ ok: true, firstProblem: null });
      expect(verification.json().checked).toBeGreaterThanOrEqual(2); // session.started, invitation.created

      // Pages name their total as a number on PGlite too (count(*) is int8 there as well).
      const firstPage = await app.inject({
        method: 'GET',
        url: `/api/organisations/${organisationId}/audit?limit=1`,
        headers: { cookie },
      });
      expect(firstPage.statusCode, firstPage.body).toBe(200);
      const total = firstPage.json().total;
      expect(typeof total).toBe('number');
      expect(total).toBeGreaterThanOrEqual(2);
      const secondPage = await app.inject({
        method: 'GET',
        url: `/api/organisations/${organisationId}/audit?limit=1&offset=1`,
        headers: { cookie },
      });
      expect(secondPage.statusCode, secondPage.body).toBe(200);
      expect(secondPage.json().items[0].seq).toBe(firstPage.json().items[0].seq - 1);

      // Aarhus's matching team reads the demo order's contract and its survey's evidence pack.
      const team = cookieOf(await login(app, 'matchteam@aarhus.demo.tildel.se'));
      const aarhus = (
        await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: team } })
      ).json().activeOrganisationId as string;
      const demoOrder = await database.db
        .selectFrom('orders')
        .select(['id', 'referral_id'])
        .where('reference', '=', 'AAR-KON-2026-0101')
        .executeTakeFirstOrThrow();
      for (const url of [
        `/api/organisations/${aarhus}/orders/${demoOrder.id}/contract.pdf`,
        `/api/organisations/${aarhus}/orders/${demoOrder.id}/service-specification.pdf`,
        `/api/organisations/${aarhus}/referrals/${demoOrder.referral_id}/evidence.pdf`,
      ]) {
        const pdf = await app.inject({ method: 'GET', url, headers: { cookie: team } });
        expect(pdf.statusCode, pdf.body.slice(0, 300)).toBe(200);
        expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      }

      // The catalogue nearest first (the position index's KNN and box, migration 0043) on
      // PGlite: pages of 4 read only their surroundings and give what one whole page gives.
      const caseworker = cookieOf(await login(app, 'sagsbehandler@aarhus.demo.tildel.se'));
      const nearAarhus = async (offset: number, limit: number) => {
        const response = await app.inject({
          method: 'GET',
          url: `/api/organisations/${aarhus}/catalogue?near=751&sort=distance&limit=${limit}&offset=${offset}`,
          headers: { cookie: caseworker },
        });
        expect(response.statusCode, response.body).toBe(200);
        return response.json() as { items: { id: string; distanceKm: number }[]; total: number };
      };
      const whole = await nearAarhus(0, 100);
      expect(whole.total).toBeGreaterThan(12);
      const distances = whole.items.map((r) => r.distanceKm);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      const paged = [];
      for (const offset of [0, 4, 8]) paged.push(...(await nearAarhus(offset, 4)).items);
      expect(paged.map((r) => r.id)).toEqual(whole.items.slice(0, 12).map((r) => r.id));
    } finally {
      await stop(running);
    }
  });

  test('second start on the same folder: nothing applied twice, nothing lost', async () => {
    expect(organisationId).not.toBe('');
    const database = await openDatabase({ dataDir });
    expect(await migrateToLatest(database.db)).toEqual([]);
    expect(await seedDemoIfEmpty(database.db, systemClock, masterKeyFor(configFor()))).toBeNull();

    const running = await start({}, database);
    try {
      const { app } = running;
      const signIn = await login(app);
      expect(signIn.statusCode, signIn.body).toBe(200);
      const cookie = cookieOf(signIn);

      const invitations = await app.inject({
        method: 'GET',
        url: `/api/organisations/${organisationId}/invitations`,
        headers: { cookie },
      });
      expect(invitations.statusCode, invitations.body).toBe(200);
      const items: { email: string; roles: string[]; invitedBy: { name: string } }[] =
        invitations.json().items;
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({
        email: INVITEE,
        roles: ['procurement_officer'],
        invitedBy: { name: ADMIN.name },
      });

      const verification = await app.inject({
        method: 'GET',
        url: `/api/organisations/${organisationId}/audit/verification`,
        headers: { cookie },
      });
      expect(verification.json()).toMatchObject({ ok: true, firstProblem: null });
      expect(verification.json().checked).toBeGreaterThanOrEqual(3); // and the second session.started

      // The demo's ordered call-off was bid on, opened and awarded as a real one is: after a
      // restart its sealed bids still open under the demo master key kept in the folder.
      const buyer = cookieOf(await login(app, 'bestallare@kristianstad.demo.tildel.se'));
      const me = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: buyer } });
      const kristianstad = me.json().memberships[0].organisation.id as string;

      // The header's search runs its ILIKE on PGlite too, the pattern's % and _ taken literally.
      const searchFor = (q: string) =>
        app.inject({
          method: 'GET',
          url: `/api/organisations/${kristianstad}/search?q=${encodeURIComponent(q)}`,
          headers: { cookie: buyer },
        });
      const found = await searchFor('syd-2025-014');
      expect(found.statusCode, found.body).toBe(200);
      expect(found.json().groups).toContainEqual(
        expect.objectContaining({
          kind: 'agreement',
          items: [expect.objectContaining({ reference: 'SYD-2025-014' })],
        }),
      );
      expect((await searchFor('%_')).json().groups).toEqual([]);
      const calloffs = await app.inject({
        method: 'GET',
        url: `/api/organisations/${kristianstad}/calloffs?status=ordered`,
        headers: { cookie: buyer },
      });
      expect(calloffs.statusCode, calloffs.body).toBe(200);
      const [ordered] = calloffs.json().items as { id: string }[];
      const evaluation = await app.inject({
        method: 'GET',
        url: `/api/organisations/${kristianstad}/calloffs/${ordered!.id}/evaluation`,
        headers: { cookie: buyer },
      });
      expect(evaluation.statusCode, evaluation.body).toBe(200);
      const report = evaluation.json();
      const ranks = report.bids.map((b: { rank: number }) => b.rank);
      expect(ranks.length).toBeGreaterThan(0);
      expect(ranks).toEqual(ranks.map((_: number, i: number) => i + 1));
      expect(report.bids.every((b: { receiptVerified: boolean }) => b.receiptVerified)).toBe(true);
      expect(report.decision.supplierName).toBe(report.bids[0].supplierName);
    } finally {
      await stop(running);
    }
  });

  test('demo accounts are refused when demo mode is off', async () => {
    const running = await start({ demoMode: false });
    try {
      for (const user of [ADMIN, DEMO_USERS.find((u) => u.platformAdmin)!]) {
        const refused = await login(running.app, user.email);
        const problem = expectProblem(refused, 403);
        expect(problem.type).toBe('https://tildel.se/problems/forbidden');
        expect(refused.cookies.find((c) => c.name === 'tildel_session')).toBeUndefined();
      }
    } finally {
      await stop(running);
    }
    // The same account signs in again once demo mode is back on.
    const demo = await start({ demoMode: true });
    try {
      expect((await login(demo.app)).statusCode).toBe(200);
    } finally {
      await stop(demo);
    }
  });
});
