// Referrals to the matching team: a caseworker in Aarhus sends one, the matching team sees it in
// its queue by urgency and clock, takes it and moves it along; who the person cannot live with is
// read only through its own route, and every such read is logged.
import { describe, expect, it } from 'vitest';
import {
  referralForMatching,
  setReferralState,
} from '../src/modules/matching/referrals/service.ts';
import { call, createTestApp, type Caller } from './support/app.ts';
import { createOrganisation, createSession, createUser } from './support/factories.ts';

const { app, database, clock } = await createTestApp();
const db = database.db;

const aarhus = await createOrganisation(db, {
  kind: 'municipality',
  country: 'DK',
  name: 'Aarhus',
});
const odense = await createOrganisation(db, {
  kind: 'municipality',
  country: 'DK',
  name: 'Odense',
});

async function member(organisationId: string, role: 'caseworker' | 'matching_officer' | 'buyer') {
  const user = await createUser(db, {
    locale: 'da',
    memberships: [{ organisationId, roles: [role] }],
  });
  return { user, session: await createSession(db, clock, user.id, organisationId) };
}

const caseworker = await member(aarhus.id, 'caseworker');
const otherCaseworker = await member(aarhus.id, 'caseworker');
const officer = await member(aarhus.id, 'matching_officer');
const secondOfficer = await member(aarhus.id, 'matching_officer');
const odenseOfficer = await member(odense.id, 'matching_officer');

/** Sessions end after a day without use: everyone signs in again after the clock moves a day. */
async function signInAgain() {
  for (const m of [caseworker, otherCaseworker, officer, secondOfficer, odenseOfficer])
    m.session = await createSession(
      db,
      clock,
      m.user.id,
      m.user.id === odenseOfficer.user.id ? odense.id : aarhus.id,
    );
}

const referralsUrl = (orgId = aarhus.id) => `/api/organisations/${orgId}/referrals`;

const CANNOT_LIVE_WITH = 'Ikke sammen med sin stedfar eller dennes søn.';

const referral = (overrides: Record<string, unknown> = {}) => ({
  kind: 'new',
  orderId: null,
  serviceKind: 'open_care',
  legalBasis: 'dk_bl_32',
  purpose: 'Støtte til forældrene i struktur og grænsesætning.',
  startOn: '2026-12-07',
  expectedDurationDays: 180,
  intensity: { kind: 'hours_per_week', hoursPerWeek: 4.5 },
  urgency: 'within_5_working_days',
  person: {
    age: 9,
    gender: 'female',
    targetGroups: ['children_0_12'],
    needs: 'Familien har brug for hjælp til hverdagens rytme.',
    languages: ['da'],
    siblingCaseReferences: [],
    homeMunicipalityCode: '751',
    preferredArea: null,
  },
  caseReference: 'AAR-2026-0411',
  cannotLiveWith: CANNOT_LIVE_WITH,
  ...overrides,
});

interface Detail {
  id: string;
  state: string;
  version: number;
  dueAt: string;
  clock: string;
  ageHours: number;
  urgency: string;
  hasCannotLiveWith: boolean;
  assignee: { id: string; name: string } | null;
  withdrawalReason: string | null;
}

async function send(overrides: Record<string, unknown> = {}, caller?: Caller) {
  const response = await call(app, caller ?? caseworker.session, {
    method: 'POST',
    url: referralsUrl(),
    payload: referral(overrides),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Detail>();
}

async function patch(id: string, payload: object, caller?: Caller) {
  return call(app, caller ?? officer.session, {
    method: 'PATCH',
    url: `${referralsUrl()}/${id}`,
    payload,
  });
}

const auditOf = (objectId: string) =>
  db
    .selectFrom('audit_log')
    .select(['action', 'actor_user_id', 'before', 'after'])
    .where('object_id', '=', objectId)
    .orderBy('seq')
    .execute();

describe('sending a referral', () => {
  it('refuses a CPR number as case reference, on the field, in Danish', async () => {
    const response = await call(app, caseworker.session, {
      method: 'POST',
      url: referralsUrl(),
      locale: 'da',
      payload: referral({ caseReference: '010190-1234' }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: unknown[] }>().errors).toEqual([
      { field: 'caseReference', message: expect.stringContaining('Skriv ikke CPR-nummer') },
    ]);
    const stored = await db
      .selectFrom('referrals')
      .select('id')
      .where('organisation_id', '=', aarhus.id)
      .execute();
    expect(stored).toHaveLength(0);
  });

  it('names each broken rule on its field', async () => {
    const response = await call(app, caseworker.session, {
      method: 'POST',
      url: referralsUrl(),
      payload: referral({
        kind: 'extension',
        purpose: ' ',
        person: { ...referral().person, homeMunicipalityCode: '999', targetGroups: [] },
      }),
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
    expect(fields.sort()).toEqual([
      'orderId',
      'person.homeMunicipalityCode',
      'person.targetGroups',
      'purpose',
    ]);
  });

  it('starts the clock, audits without the sensitive text and mails the matching team', async () => {
    const sent = await send();
    // Sent Monday 23 November 2026: the 5th working day after is Monday 30 November.
    expect(sent).toMatchObject({
      state: 'new',
      version: 1,
      clock: 'due',
      ageHours: 0,
      hasCannotLiveWith: true,
      assignee: null,
      dueAt: '2026-11-30T22:59:59.999Z',
    });
    expect(JSON.stringify(sent)).not.toContain('stedfar');

    const audit = await auditOf(sent.id);
    expect(audit.map((a) => a.action)).toEqual(['referral.sent']);
    expect(audit[0]!.actor_user_id).toBe(caseworker.user.id);
    expect(JSON.stringify(audit[0]!.after)).not.toContain('stedfar');
    expect(JSON.stringify(audit[0]!.after)).not.toContain('hverdagens rytme');

    const mails = await db
      .selectFrom('outbox')
      .select(['recipient', 'subject', 'body'])
      .where('organisation_id', '=', aarhus.id)
      .where('body', 'like', `%/matching/referrals/${sent.id}%`)
      .execute();
    expect(mails.map((m) => m.recipient).sort()).toEqual(
      [officer.user.email, secondOfficer.user.email].sort(),
    );
    expect(mails[0]!.subject).toContain('inden for 5 arbejdsdage');
  });

  it('takes an extension only of an order of the same municipality', async () => {
    const first = await send({ caseReference: 'AAR-2026-0500' });
    const supplier = await createOrganisation(db, { kind: 'supplier', country: 'DK' });
    const order = async (organisationId: string, referralId: string, createdBy: string) =>
      db
        .insertInto('orders')
        .values({
          organisation_id: organisationId,
          referral_id: referralId,
          supplier_id: supplier.id,
          reference: `ORD-${referralId.slice(0, 8)}`,
          unit_price_minor: 65_000,
          currency: 'DKK',
          unit: 'hour',
          start_date: '2026-12-07',
          expected_volume: 117,
          created_by: createdBy,
          created_at: clock.now(),
          updated_at: clock.now(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    const own = await order(aarhus.id, first.id, caseworker.user.id);
    const odenseReferral = await db
      .insertInto('referrals')
      .values({
        organisation_id: odense.id,
        case_reference: 'ODE-1',
        kind: 'new',
        service_kind: 'open_care',
        legal_basis: 'dk_bl_32',
        purpose: 'x',
        start_on: '2026-12-07',
        expected_duration_days: 30,
        intensity_kind: 'place',
        urgency: 'later',
        person: JSON.stringify(referral().person),
        due_at: clock.now(),
        created_by: odenseOfficer.user.id,
        created_at: clock.now(),
        updated_at: clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const foreignOrder = await order(odense.id, odenseReferral.id, odenseOfficer.user.id);

    const refused = await call(app, caseworker.session, {
      method: 'POST',
      url: referralsUrl(),
      payload: referral({ kind: 'extension', orderId: foreignOrder.id }),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('orderId');

    const extension = await send({ kind: 'extension', orderId: own.id });
    expect(extension).toMatchObject({
      kind: 'extension',
      orderId: own.id,
      orderReference: `ORD-${first.id.slice(0, 8)}`,
    });

    // The caseworker picks the order from the municipality's active ones, found by number or
    // supplier: never another municipality's, never an ended one.
    const second = await send({ caseReference: 'AAR-2026-0501' });
    const ended = await order(aarhus.id, second.id, caseworker.user.id);
    await db.updateTable('orders').set({ status: 'ended' }).where('id', '=', ended.id).execute();
    const choices = async (q: string) => {
      const res = await call(app, caseworker.session, {
        method: 'GET',
        url: `${referralsUrl()}/order-choices?q=${encodeURIComponent(q)}`,
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ total: number; items: { id: string; reference: string }[] }>();
    };
    const all = await choices('');
    expect(all).toEqual({
      total: 1,
      items: [
        {
          id: own.id,
          reference: `ORD-${first.id.slice(0, 8)}`,
          supplierName: supplier.name,
          offerName: null,
          startDate: '2026-12-07',
          endDate: null,
        },
      ],
    });
    expect((await choices(first.id.slice(0, 8).toUpperCase())).total).toBe(1);
    expect((await choices(supplier.name.slice(0, 5).toLowerCase())).total).toBe(1);
    expect((await choices('AAR-2026-0500')).total).toBe(0); // the case is no search term
    const onEnded = await call(app, caseworker.session, {
      method: 'POST',
      url: referralsUrl(),
      payload: referral({ kind: 'adjustment', orderId: ended.id }),
    });
    expect(onEnded.statusCode).toBe(400);
    expect(
      onEnded.json<{ errors: { field: string; message: string }[] }>().errors[0],
    ).toMatchObject({ field: 'orderId' });
    expect(onEnded.body).toContain('afsluttet');
    // Only who may send referrals asks (the Odense officer is not a member here).
    const foreign = await call(app, odenseOfficer.session, {
      method: 'GET',
      url: `${referralsUrl()}/order-choices`,
    });
    expect(foreign.statusCode).toBe(403);
  });
});

describe('the lists', () => {
  it("shows a caseworker only their own referrals and refuses them the team's queue", async () => {
    const mine = await send({ caseReference: 'AAR-MINE' });
    const theirs = await send({ caseReference: 'AAR-THEIRS' }, otherCaseworker.session);
    const list = await call(app, otherCaseworker.session, {
      method: 'GET',
      url: `${referralsUrl()}?view=mine`,
    });
    const ids = list.json<{ items: { id: string }[] }>().items.map((r) => r.id);
    expect(ids).toContain(theirs.id);
    expect(ids).not.toContain(mine.id);

    const queue = await call(app, caseworker.session, {
      method: 'GET',
      url: `${referralsUrl()}?view=queue`,
    });
    expect(queue.statusCode).toBe(403);
  });

  it('orders the queue by urgency then clock, pages it with a total, and marks overdue', async () => {
    const later = await send({ urgency: 'later', caseReference: 'Q-LATER' });
    clock.advance(60_000);
    const acute = await send({ urgency: 'today', caseReference: 'Q-TODAY' });
    const queueOf = async (query: string) => {
      const response = await call(app, officer.session, {
        method: 'GET',
        url: `${referralsUrl()}?view=queue${query}`,
      });
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{ items: Detail[]; total: number; limit: number }>();
    };
    const all = await queueOf('&limit=200');
    const order = all.items.map((r) => r.urgency);
    expect(order.indexOf('later')).toBeGreaterThan(order.lastIndexOf('within_5_working_days'));
    expect(order.lastIndexOf('today')).toBeLessThan(order.indexOf('within_5_working_days'));
    expect(all.items[0]!.id).toBe(acute.id);
    expect(all.total).toBe(all.items.length);

    const page = await queueOf('&limit=1&offset=1');
    expect(page.items).toHaveLength(1);
    expect(page.total).toBe(all.total);

    // The acute one is due at midnight in Copenhagen; a day later it is overdue, 25 hours old.
    clock.advance(25 * 3_600_000);
    await signInAgain();
    const next = await queueOf('&limit=200');
    const late = next.items.find((r) => r.id === acute.id)!;
    expect(late).toMatchObject({ clock: 'overdue', ageHours: 25 });
    expect(next.items.find((r) => r.id === later.id)!.clock).toBe('due');
  });
});

describe('the sensitive text', () => {
  it('is read by the matching team only, and each read is logged', async () => {
    const sent = await send({ caseReference: 'S-1' });
    const url = `${referralsUrl()}/${sent.id}/cannot-live-with`;
    const read = await call(app, officer.session, { method: 'GET', url });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({ cannotLiveWith: CANNOT_LIVE_WITH });
    await call(app, officer.session, { method: 'GET', url });
    expect((await call(app, caseworker.session, { method: 'GET', url })).statusCode).toBe(403);

    const reads = await db
      .selectFrom('sensitive_reads')
      .selectAll()
      .where('object_id', '=', sent.id)
      .execute();
    expect(reads).toHaveLength(2);
    expect(reads[0]).toMatchObject({
      organisation_id: aarhus.id,
      object_type: 'referral',
      field: 'cannot_live_with',
      user_id: officer.user.id,
    });

    const detail = await call(app, officer.session, {
      method: 'GET',
      url: `${referralsUrl()}/${sent.id}`,
    });
    expect(detail.json()).toMatchObject({ hasCannotLiveWith: true });
    expect(detail.body).not.toContain('stedfar');
  });

  it('is not found by another municipality', async () => {
    const sent = await send({ caseReference: 'S-2' });
    const response = await call(app, odenseOfficer.session, {
      method: 'GET',
      url: `${referralsUrl(odense.id)}/${sent.id}/cannot-live-with`,
    });
    expect(response.statusCode).toBe(404);
  });
});

describe('working a referral', () => {
  it('is taken, moved forward, never back, and withdrawn with a reason; each step audited', async () => {
    const sent = await send({ caseReference: 'W-1' });
    const taken = await patch(sent.id, { version: 1, assigneeId: officer.user.id });
    expect(taken.statusCode, taken.body).toBe(200);
    expect(taken.json<Detail>()).toMatchObject({
      version: 2,
      assignee: { id: officer.user.id },
    });

    expect((await patch(sent.id, { version: 1, state: 'surveying' })).statusCode).toBe(409);
    const notTeam = await patch(sent.id, { version: 2, assigneeId: caseworker.user.id });
    expect(notTeam.statusCode).toBe(400);
    expect((await patch(sent.id, { version: 2 })).statusCode).toBe(400);

    const surveying = await patch(sent.id, { version: 2, state: 'surveying' });
    expect(surveying.json<Detail>()).toMatchObject({ state: 'surveying', version: 3 });
    const back = await patch(sent.id, { version: 3, state: 'new' });
    expect(back.statusCode).toBe(409);

    expect((await patch(sent.id, { version: 3, state: 'withdrawn' })).statusCode).toBe(400);
    const withdrawn = await patch(sent.id, {
      version: 3,
      state: 'withdrawn',
      reason: 'Familien er flyttet til Randers.',
    });
    expect(withdrawn.json<Detail>()).toMatchObject({
      state: 'withdrawn',
      clock: 'closed',
      withdrawalReason: 'Familien er flyttet til Randers.',
    });
    expect((await patch(sent.id, { version: 4, state: 'surveying' })).statusCode).toBe(409);

    expect((await auditOf(sent.id)).map((a) => a.action)).toEqual([
      'referral.sent',
      'referral.assigned',
      'referral.state_changed',
      'referral.withdrawn',
    ]);
  });

  it('mails the colleague a referral is given to', async () => {
    const sent = await send({ caseReference: 'W-2' });
    const given = await patch(sent.id, { version: 1, assigneeId: secondOfficer.user.id });
    expect(given.statusCode).toBe(200);
    const mails = await db
      .selectFrom('outbox')
      .select(['recipient', 'subject'])
      .where('recipient', '=', secondOfficer.user.email)
      .where('subject', '=', 'Du har fået en indstilling')
      .execute();
    expect(mails).toHaveLength(1);
  });

  it('lets the other parts read it for matching and move it on', async () => {
    const sent = await send({
      caseReference: 'M-1',
      intensity: { kind: 'place' },
      person: { ...referral().person, siblingCaseReferences: ['M-2'] },
    });
    const forMatching = await referralForMatching(db, aarhus.id, sent.id);
    expect(forMatching).toMatchObject({
      caseReference: 'M-1',
      country: 'DK',
      currency: 'DKK',
      intensity: { kind: 'place' },
      person: { siblingCaseReferences: ['M-2'] },
    });
    // Aarhus's seat.
    expect(forMatching.origin.lat).toBeCloseTo(56.16, 1);
    expect(JSON.stringify(forMatching)).not.toContain('stedfar');

    const actor = { userId: officer.user.id, name: officer.user.name };
    await db
      .transaction()
      .execute((trx) => setReferralState(trx, clock, actor, sent.id, 'awaiting_answers'));
    await db
      .transaction()
      .execute((trx) => setReferralState(trx, clock, actor, sent.id, 'awaiting_answers'));
    await expect(
      db.transaction().execute((trx) => setReferralState(trx, clock, actor, sent.id, 'surveying')),
    ).rejects.toThrow('referrals.cannot_move');
    const after = await referralForMatching(db, aarhus.id, sent.id);
    expect(after).toMatchObject({ state: 'awaiting_answers', version: 2 });
    expect((await auditOf(sent.id)).map((a) => a.action)).toEqual([
      'referral.sent',
      'referral.state_changed',
    ]);
  });
});

describe("the home page's work list", () => {
  it('puts overdue referrals first, whatever their urgency', async () => {
    const slow = await send({ caseReference: 'H-SLOW' });
    clock.advance(8 * 24 * 3_600_000);
    await signInAgain();
    const acute = await send({ urgency: 'today', caseReference: 'H-ACUTE' });
    const queue = async (query: string) =>
      (
        await call(app, officer.session, {
          method: 'GET',
          url: `${referralsUrl()}?view=queue&limit=200${query}`,
        })
      ).json<{ items: Detail[] }>().items;

    const byUrgency = (await queue('')).map((r) => r.id);
    expect(byUrgency.indexOf(acute.id)).toBeLessThan(byUrgency.indexOf(slow.id));

    const overdueFirst = await queue('&overdueFirst=true');
    const clocks = overdueFirst.map((r) => r.clock);
    expect(clocks.lastIndexOf('overdue')).toBeLessThan(clocks.indexOf('due'));
    const ids = overdueFirst.map((r) => r.id);
    expect(ids.indexOf(slow.id)).toBeLessThan(ids.indexOf(acute.id));
  });
});
