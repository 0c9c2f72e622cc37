// Hiding and termination as the quality officer does them: hiding one establishment on an
// agreement and lifting it (audited, refused when it makes no sense), the notices to buyers with
// running call-offs (hiding) or active orders (termination), and the supplier's timeline — its
// content and who may read it. The clock stands at Monday 2026-11-23 09:00Z.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { expectPagedList } from './support/paging.ts';
import { call, createTestApp, type Caller } from './support/app.ts';
import { createOrganisation, createMember } from './support/factories.ts';
import { createDraftCalloff, createMarket, type Market } from './support/tendering.ts';

const t = await createTestApp();
const db = t.database.db;

const member = (
  organisationId: string,
  roles: ('quality_officer' | 'procurement_officer' | 'buyer')[],
) => createMember(db, t.clock, organisationId, roles);

const market = await createMarket(t, { staffingFirms: 1, hvbHomes: 3 });
const [home1, home2, home3] = market.hvbHomes as [
  Market['hvbHomes'][0],
  Market['hvbHomes'][0],
  Market['hvbHomes'][0],
];
const quality = await member(market.body.id, ['quality_officer']);
const officer = quality.caller;
const buyerEmail = (
  await db
    .selectFrom('users')
    .select('email')
    .where('id', '=', market.buyerUserId)
    .executeTakeFirstOrThrow()
).email;

const A = `/api/organisations/${market.body.id}/agreements/${market.agreement.id}`;
const calloffUrl = (id: string, rest: string) =>
  `/api/organisations/${market.kristianstad.id}/calloffs/${id}${rest}`;

function hide(establishmentId: string, payload: Record<string, unknown>, caller: Caller = officer) {
  return call(t.app, caller, {
    method: 'POST',
    url: `${A}/establishments/${establishmentId}/hide`,
    payload,
  });
}

function lift(establishmentId: string, reason: string, caller: Caller = officer) {
  return call(t.app, caller, {
    method: 'POST',
    url: `${A}/establishments/${establishmentId}/lift`,
    payload: { reason },
  });
}

function buyerMails(subjectPart: string) {
  return db
    .selectFrom('outbox')
    .select(['subject', 'body'])
    .where('recipient', '=', buyerEmail)
    .where('subject', 'like', `%${subjectPart}%`)
    .execute();
}

/** A placement call-off offered down the ranking (home1 holds the offer). */
async function offeringCalloff() {
  const draft = await createDraftCalloff(t, market, { kind: 'placement' });
  const res = await call(t.app, market.buyer, {
    method: 'POST',
    url: calloffUrl(draft.id, '/cascade'),
    payload: {
      version: draft.version,
      requestText: 'Placering.',
      window: { unit: 'hours', amount: 24 },
      skips: [],
    },
  });
  expect(res.statusCode, res.body).toBe(200);
  return draft.id;
}

describe('hiding one establishment', () => {
  it('hides with reason and dates, tells buyers of running call-offs, and is audited', async () => {
    const calloffId = await offeringCalloff();
    const res = await hide(home3.establishmentId!, {
      reason: 'Vaken nattpersonal saknades vid besöket',
      hiddenFrom: '2026-11-23',
      hiddenTo: '2027-02-28',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({
        establishmentId: home3.establishmentId,
        supplierId: home3.id,
        reason: 'Vaken nattpersonal saknades vid besöket',
        hiddenFrom: '2026-11-23',
        hiddenTo: '2027-02-28',
      }),
    ]);
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id', 'after'])
      .where('object_id', '=', home3.establishmentId!)
      .execute();
    expect(audit).toEqual([
      expect.objectContaining({ action: 'establishment.hidden', actor_user_id: quality.user.id }),
    ]);
    // home3 is on the running cascade's list: Kristianstad's buyer is told, with the link.
    const mails = await buyerMails('is hidden');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain(home3.name);
    expect(mails[0]!.body).toContain(`/calloffs/${calloffId}`);
    expect(mails[0]!.body).toContain('HVB-placering');

    // The municipality sees it hidden on the agreement; it cannot be hidden twice.
    const seen = await call(t.app, market.buyer, {
      method: 'GET',
      url: `/api/organisations/${market.kristianstad.id}/agreements/${market.agreement.id}/establishment-hidings`,
    });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().items).toHaveLength(1);
    expect(seen.json()).not.toHaveProperty('establishments');
    const buyerChoices = await call(t.app, market.buyer, {
      method: 'GET',
      url: `/api/organisations/${market.kristianstad.id}/agreements/${market.agreement.id}/establishment-hidings/choices`,
    });
    expect(buyerChoices.statusCode).toBe(403);
    const twice = await hide(home3.establishmentId!, { reason: 'Igen', hiddenFrom: '2026-11-24' });
    expect(twice.statusCode).toBe(409);
  });

  it('lifts with a reason, audited; lifting what is not hidden is refused', async () => {
    const res = await lift(home3.establishmentId!, 'Nattpersonal på plats, rättelse godtagen');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toEqual([]);
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('object_id', '=', home3.establishmentId!)
      .where('action', '=', 'establishment.hiding_lifted')
      .executeTakeFirstOrThrow();
    expect(audit.after).toEqual({ liftedReason: 'Nattpersonal på plats, rättelse godtagen' });
    expect((await lift(home3.establishmentId!, 'Igen')).statusCode).toBe(409);
  });

  it('refuses bad dates, other bodies and the procurement officer', async () => {
    const backwards = await hide(home2.establishmentId!, {
      reason: 'Brister',
      hiddenFrom: '2026-12-01',
      hiddenTo: '2026-11-30',
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0].field).toBe('hiddenTo');
    const blank = await hide(home2.establishmentId!, { reason: '   ', hiddenFrom: '2026-12-01' });
    expect(blank.statusCode).toBe(400);

    const otherBody = await createOrganisation(db, { kind: 'procurement_body', name: 'Annan' });
    const foreign = await member(otherBody.id, ['quality_officer']);
    const res = await call(t.app, foreign.caller, {
      method: 'POST',
      url: `/api/organisations/${otherBody.id}/agreements/${market.agreement.id}/establishments/${home2.establishmentId}/hide`,
      payload: { reason: 'Brister', hiddenFrom: '2026-12-01' },
    });
    expect(res.statusCode).toBe(404);
    // An establishment of a supplier that is not on the agreement does not exist here.
    const stranger = await hide(market.staffingFirms[0]!.id, {
      reason: 'Brister',
      hiddenFrom: '2026-12-01',
    });
    expect(stranger.statusCode).toBe(404);
    const procurement = await member(market.body.id, ['procurement_officer']);
    expect(
      (
        await hide(
          home2.establishmentId!,
          { reason: 'x', hiddenFrom: '2026-12-01' },
          procurement.caller,
        )
      ).statusCode,
    ).toBe(403);
  });
});

describe('hiding and terminating a whole supplier', () => {
  it('hiding tells buyers with running call-offs that include it', async () => {
    const calloffId = await offeringCalloff();
    const before = (await buyerMails(`${home2.name} is hidden`)).length;
    const res = await call(t.app, officer, {
      method: 'POST',
      url: `${A}/suppliers/${home2.id}/status`,
      payload: { action: 'hide', reason: 'Rättelse uteblev', from: '2026-11-23' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const mails = await buyerMails(`${home2.name} is hidden`);
    expect(mails).toHaveLength(before + 1);
    expect(mails.at(-1)!.body).toContain(`/calloffs/${calloffId}`);
    await call(t.app, officer, {
      method: 'POST',
      url: `${A}/suppliers/${home2.id}/status`,
      payload: { action: 'lift' },
    });
  });

  it('termination tells municipalities with active orders, listing them', async () => {
    const calloffId = await offeringCalloff();
    const accepted = await call(t.app, home1.caller, {
      method: 'POST',
      url: `/api/organisations/${home1.id}/tenders/${calloffId}/offer/accept`,
      payload: {},
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const order = await db
      .selectFrom('orders')
      .select(['reference', 'start_date'])
      .where('calloff_id', '=', calloffId)
      .executeTakeFirstOrThrow();
    const res = await call(t.app, officer, {
      method: 'POST',
      url: `${A}/suppliers/${home1.id}/status`,
      payload: { action: 'terminate', reason: 'Allvarligt avtalsbrott', effectiveOn: '2026-12-31' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const mails = await buyerMails(`${home1.name} is terminated`);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.body).toContain(order.reference);
    expect(mails[0]!.body).toContain(order.start_date);
    expect(mails[0]!.body).toContain('2026-12-31');
  });
});

describe("the supplier's timeline", () => {
  const url = (orgId: string, supplierId: string) =>
    `/api/organisations/${orgId}/suppliers/${supplierId}/timeline`;

  it('lists status changes, hidings, corrections, notes (sensitive without text) and orders', async () => {
    const userId = quality.user.id;
    const request = await db
      .insertInto('correction_requests')
      .values({
        organisation_id: market.body.id,
        agreement_id: market.agreement.id,
        supplier_id: home1.id,
        description: 'Vaken nattpersonal',
        country: 'SE',
        sent_on: '2026-10-01',
        deadline: '2026-10-31',
        created_by: userId,
        created_at: new Date('2026-10-01T08:00:00Z'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('logbook_notes')
      .values([
        {
          organisation_id: market.body.id,
          agreement_id: market.agreement.id,
          supplier_id: home1.id,
          text: 'Hemligt om en placerad person',
          sensitive: true,
          created_by: userId,
          created_at: new Date('2026-10-02T08:00:00Z'),
        },
        {
          organisation_id: market.body.id,
          agreement_id: market.agreement.id,
          supplier_id: home1.id,
          text: 'Gott bemötande vid besöket',
          created_by: userId,
          created_at: new Date('2026-10-03T08:00:00Z'),
        },
      ])
      .execute();
    const res = await call(t.app, officer, { method: 'GET', url: url(market.body.id, home1.id) });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json<{
      items: {
        at: string;
        kind: string;
        actor: string | null;
        link: string | null;
        detail: Record<string, unknown>;
      }[];
    }>().items;
    expect(items.map((i) => i.kind)).toEqual([
      'supplier_terminated',
      'orders',
      'logbook_note',
      'logbook_note',
      'correction_requested',
    ]);
    const ats = items.map((i) => i.at);
    expect([...ats].sort().reverse()).toEqual(ats);
    expect(items[0]).toMatchObject({
      link: `/agreements/${market.agreement.id}`,
      detail: { reason: 'Allvarligt avtalsbrott', from: '2026-12-31' },
    });
    expect(items[0]!.actor).toBeTruthy();
    expect(items[1]!.detail).toEqual({ count: 1 });
    expect(items[2]!.detail).toMatchObject({
      text: 'Gott bemötande vid besöket',
      sensitive: false,
    });
    expect(items[3]!.detail).toMatchObject({ text: null, sensitive: true });
    expect(items[4]).toMatchObject({
      link: `/followup/corrections/${request.id}`,
      detail: { deadline: '2026-10-31', status: 'open' },
    });

    // home3's establishment was hidden and lifted; home2 hidden and lifted as a whole.
    const three = await call(t.app, officer, { method: 'GET', url: url(market.body.id, home3.id) });
    expect(three.json().items.map((i: { kind: string }) => i.kind)).toEqual([
      'establishment_hiding_lifted',
      'establishment_hidden',
    ]);
    const two = await call(t.app, officer, { method: 'GET', url: url(market.body.id, home2.id) });
    expect(two.json().items.map((i: { kind: string }) => i.kind)).toEqual([
      'supplier_hiding_lifted',
      'supplier_hidden',
    ]);
  });

  it('pages the timeline with its total, newest first or oldest first', async () => {
    await expectPagedList({
      app: t.app,
      caller: officer,
      url: url(market.body.id, home1.id),
      atLeast: 5,
      sort: 'at',
      value: (item) => String(item.at),
      key: (item) => `${String(item.at)}|${String(item.kind)}|${JSON.stringify(item.detail)}`,
    });
  });

  it('counts orders per month from counts kept equal to those counted anew as orders and call-offs change', async () => {
    const keptAndCounted = async () => {
      const kept = await sql<{ key: string; n: string }>`
        SELECT concat_ws('/', supplier_id, agreement_id, month) AS key, orders AS n
        FROM supplier_order_months ORDER BY 1`.execute(db);
      const counted = await sql<{ key: string; n: string }>`
        SELECT concat_ws('/', o.supplier_id, c.agreement_id, date_trunc('month', o.created_at, 'UTC'))
          AS key, count(*) AS n
        FROM orders o JOIN calloffs c ON c.id = o.calloff_id
        WHERE c.agreement_id IS NOT NULL GROUP BY 1 ORDER BY 1`.execute(db);
      expect(kept.rows).toEqual(counted.rows);
      return kept.rows;
    };
    const timelineMonths = async (supplierId: string) => {
      const res = await call(t.app, officer, {
        method: 'GET',
        url: url(market.body.id, supplierId),
      });
      expect(res.statusCode, res.body).toBe(200);
      return res
        .json<{ items: { at: string; kind: string; detail: { count?: number } }[] }>()
        .items.filter((i) => i.kind === 'orders')
        .map((i) => [i.at, i.detail.count]);
    };
    const first = await keptAndCounted();
    expect(first.length).toBeGreaterThan(0);

    // Two orders of home2 on either side of a month's turn (UTC), and one on the last day.
    const placed: string[] = [];
    for (const [n, createdAt] of [
      [1, '2026-09-30T23:30:00Z'],
      [2, '2026-10-01T00:30:00Z'],
      [3, '2026-10-31T12:00:00Z'],
    ] as const) {
      const calloff = await createDraftCalloff(t, market, { kind: 'placement' });
      placed.push(calloff.id);
      await db
        .insertInto('orders')
        .values({
          organisation_id: market.kristianstad.id,
          calloff_id: calloff.id,
          supplier_id: home2.id,
          establishment_id: home2.establishmentId,
          reference: `A-2026-M${n}`,
          unit_price_minor: 300_000,
          currency: 'SEK',
          unit: 'day',
          start_date: '2026-10-01',
          expected_volume: 30,
          created_by: market.buyerUserId,
          created_at: new Date(createdAt),
          updated_at: new Date(createdAt),
        })
        .execute();
    }
    await keptAndCounted();
    expect(await timelineMonths(home2.id)).toEqual([
      ['2026-10-01T00:00:00.000Z', 2],
      ['2026-09-01T00:00:00.000Z', 1],
    ]);

    // Moved to another month, ended (nothing that counts), to another supplier, and its call-off
    // from the agreement to the DPS and back.
    const [september, october, last] = placed as [string, string, string];
    await db
      .updateTable('orders')
      .set({ created_at: new Date('2026-11-02T08:00:00Z') })
      .where('calloff_id', '=', october)
      .execute();
    await db
      .updateTable('orders')
      .set({ status: 'ended' })
      .where('calloff_id', '=', last)
      .execute();
    await db
      .updateTable('orders')
      .set({ supplier_id: home3.id })
      .where('calloff_id', '=', september)
      .execute();
    await keptAndCounted();
    expect(await timelineMonths(home2.id)).toEqual([
      ['2026-11-01T00:00:00.000Z', 1],
      ['2026-10-01T00:00:00.000Z', 1],
    ]);
    await db
      .updateTable('calloffs')
      .set({
        agreement_id: null,
        lot_id: null,
        dps_id: market.dps.id,
        category_id: market.dps.categoryId,
      })
      .where('id', '=', last)
      .execute();
    await keptAndCounted();
    expect(await timelineMonths(home2.id)).toEqual([['2026-11-01T00:00:00.000Z', 1]]);
    await db
      .updateTable('calloffs')
      .set({
        agreement_id: market.agreement.id,
        lot_id: market.agreement.lotId,
        dps_id: null,
        category_id: null,
      })
      .where('id', '=', last)
      .execute();
    await keptAndCounted();

    await db.deleteFrom('orders').where('calloff_id', 'in', placed).execute();
    expect(await keptAndCounted()).toEqual(first);
    expect(await timelineMonths(home2.id)).toEqual([]);
  });

  it('is read by the body’s officers only: another body 404, a supplier or buyer 403', async () => {
    const procurement = await member(market.body.id, ['procurement_officer']);
    const own = await call(t.app, procurement.caller, {
      method: 'GET',
      url: url(market.body.id, home1.id),
    });
    expect(own.statusCode).toBe(200);
    const otherBody = await createOrganisation(db, {
      kind: 'procurement_body',
      name: 'Annat förbund',
    });
    const foreign = await member(otherBody.id, ['quality_officer']);
    const res = await call(t.app, foreign.caller, {
      method: 'GET',
      url: url(otherBody.id, home1.id),
    });
    expect(res.statusCode).toBe(404);
    const missing = await call(t.app, officer, {
      method: 'GET',
      url: url(market.body.id, market.kristianstad.id),
    });
    expect(missing.statusCode).toBe(404);
    const supplier = await call(t.app, home1.caller, {
      method: 'GET',
      url: url(home1.id, home1.id),
    });
    expect(supplier.statusCode).toBe(403);
    const buyer = await call(t.app, market.buyer, {
      method: 'GET',
      url: url(market.kristianstad.id, home1.id),
    });
    expect(buyer.statusCode).toBe(403);
  });
});

describe('choosing an establishment to hide', () => {
  it('finds any of the agreement’s establishments by name, with how many match, past 2,000', async () => {
    await sql`
      INSERT INTO establishments
        (supplier_id, name, service_kind, country, municipality_code, lat, lon, created_at)
      SELECT ${home2.id}, 'Aa hem ' || lpad(n::text, 4, '0'), 'hvb', 'SE', '1290', 56.0, 14.1,
             ${t.clock.now()}
      FROM generate_series(1, 2100) AS n`.execute(db);
    const choices = (query: string) =>
      call(t.app, officer, { method: 'GET', url: `${A}/establishment-hidings/choices${query}` });
    type Choices = { total: number; items: { id: string; name: string; supplierName: string }[] };

    const first = await choices('');
    expect(first.statusCode, first.body).toBe(200);
    const all = await db
      .selectFrom('establishments')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('closed_at', 'is', null)
      .where(
        'supplier_id',
        'in',
        market.hvbHomes.map((h) => h.id).concat(market.staffingFirms.map((f) => f.id)),
      )
      .executeTakeFirstOrThrow();
    expect(first.json<Choices>().total).toBe(Number(all.n));
    expect(first.json<Choices>().items).toHaveLength(20);

    // The home named last is found by what is typed, in any case.
    const found = await choices(`?q=${encodeURIComponent(home3.name.toUpperCase())}&limit=5`);
    expect(found.json<Choices>().items.map((i) => i.id)).toContain(home3.establishmentId);
    const some = (await choices('?q=hem%2002&limit=50')).json<Choices>();
    expect(some.total).toBe(100); // Aa hem 0200–0299
    expect(some.items).toHaveLength(50);
    expect((await choices('?limit=51')).statusCode).toBe(400);
    // Literal % matches nothing rather than everything.
    expect((await choices('?q=%25')).json<Choices>().total).toBe(0);
  });
});
