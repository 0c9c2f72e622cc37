// Orders (avropsavtal): made by createOrder at the end of a call-off, read by the municipality and
// by the supplier that received them (nobody else), extended, adjusted and ended by the buyer with
// optimistic locking and a history, and printed as a PDF in the reader's language.
import { describe, expect, it } from 'vitest';
import { createOrder, type NewOrder } from '../src/modules/calloffs/orders/create-order.ts';
import { call, createTestApp, type Caller } from './support/app.ts';
import { createOrganisation, createSession, createUser } from './support/factories.ts';
import { byText, expectBadPagesRefused, expectPages, expectSorted } from './support/paging.ts';
import { orderFor as makeOrder } from './support/orders.ts';
import { isPdf, readPdf } from './support/pdf.ts';
import { createMarket } from './support/tendering.ts';

const t = await createTestApp();
const db = t.database.db;
const market = await createMarket(t, { staffingFirms: 2, hvbHomes: 1 });
const org = market.kristianstad.id;
const [firm, otherFirm] = market.staffingFirms as [
  (typeof market.staffingFirms)[0],
  (typeof market.staffingFirms)[0],
];

const orderFor = (overrides: Partial<NewOrder> = {}) => makeOrder(t, market, overrides);

const ordersOf = (caller: Caller, orgId: string, query = '') =>
  call(t.app, caller, { method: 'GET', url: `/api/organisations/${orgId}/orders${query}` });
const orderOf = (caller: Caller, orgId: string, orderId: string, suffix = '') =>
  call(t.app, caller, {
    method: 'GET',
    url: `/api/organisations/${orgId}/orders/${orderId}${suffix}`,
  });
/** Each change a minute after the last, as people make them (the history is in time order). */
const adjust = (orderId: string, payload: Record<string, unknown>) => {
  t.clock.advance(60_000);
  return call(t.app, market.buyer, {
    method: 'POST',
    url: `/api/organisations/${org}/orders/${orderId}/adjustments`,
    payload,
  });
};

const first = await orderFor();

describe('making an order', () => {
  it('orders the call-off, fulfils the need, audits and mails the supplier a link', async () => {
    const calloff = await db
      .selectFrom('calloffs')
      .select('status')
      .where('id', '=', first.calloff.id)
      .executeTakeFirstOrThrow();
    expect(calloff.status).toBe('ordered');
    const need = await db
      .selectFrom('needs')
      .select('status')
      .where('id', '=', first.calloff.needId)
      .executeTakeFirstOrThrow();
    expect(need.status).toBe('fulfilled');
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'object_id'])
      .where('organisation_id', '=', org)
      .where('action', 'in', ['order.created', 'calloff.ordered'])
      .where('object_id', 'in', [first.id, first.calloff.id])
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['calloff.ordered', 'order.created']);
    expect(first.reference).toMatch(/^A-2026-\d{6}$/);
    const mails = await db
      .selectFrom('outbox')
      .select(['subject', 'body'])
      .where('organisation_id', '=', firm.id)
      .where('subject', 'like', `%${first.reference}%`)
      .execute();
    expect(mails).toHaveLength(1);
    expect(mails[0]!.body).toContain(`http://tildel.test/orders/${first.id}`);
  });

  it('refuses a second order on an ordered call-off', async () => {
    await expect(
      db.transaction().execute((trx) =>
        createOrder(trx, t.clock, {
          organisationId: org,
          calloffId: first.calloff.id,
          supplierId: firm.id,
          consultantId: firm.consultantId,
          establishmentId: null,
          unitPriceMinor: 1,
          currency: 'SEK',
          unit: 'hour',
          startDate: '2027-01-04',
          endDate: null,
          expectedVolume: 1,
          costCentre: null,
          actorUserId: null,
          source: {},
        }),
      ),
    ).rejects.toMatchObject({ messageKey: 'order.calloff_not_orderable' });
  });
});

describe('reading orders', () => {
  it('shows the municipality its order with the cost centre and the call-off', async () => {
    const list = await ordersOf(market.buyer, org);
    expect(list.statusCode, list.body).toBe(200);
    const item = list
      .json<{ items: Record<string, unknown>[] }>()
      .items.find((o) => o.id === first.id);
    expect(item).toMatchObject({
      reference: first.reference,
      calloffTitle: 'Inhyrd socialsekreterare, barn och unga',
      supplier: { id: firm.id, name: firm.name },
      municipality: { id: org, name: 'Kristianstads kommun' },
      consultantName: `Konsult hos ${firm.name}`,
      establishmentName: null,
      unitPriceMinor: 65_000,
      currency: 'SEK',
      unit: 'hour',
      startDate: '2026-11-02',
      endDate: '2027-01-31',
      expectedVolume: '112.5',
      costCentre: 'KS-4410',
      status: 'active',
    });
    const detail = await orderOf(market.controller, org, first.id);
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json()).toMatchObject({
      calloffId: first.calloff.id,
      expectedTotalMinor: 7_312_500,
      adjustments: [],
    });
  });

  it('shows the supplier the order it received, without the cost centre', async () => {
    const list = await ordersOf(firm.caller, firm.id);
    expect(list.statusCode, list.body).toBe(200);
    const items = list.json<{ items: { id: string; costCentre: string | null }[] }>().items;
    expect(items.map((o) => o.id)).toContain(first.id);
    expect(items.find((o) => o.id === first.id)?.costCentre).toBeNull();
    const detail = await orderOf(firm.caller, firm.id, first.id);
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json()).toMatchObject({ reference: first.reference, calloffId: null });
  });

  it('hides the order from another supplier and another municipality', async () => {
    const other = await createOrganisation(db, { kind: 'municipality', name: 'Hässleholm' });
    const user = await createUser(db, {
      memberships: [{ organisationId: other.id, roles: ['buyer'] }],
    });
    const otherBuyer = await createSession(db, t.clock, user.id, other.id);
    for (const [caller, orgId] of [
      [otherFirm.caller, otherFirm.id],
      [otherBuyer, other.id],
    ] as const) {
      const list = await ordersOf(caller, orgId);
      expect(list.statusCode).toBe(200);
      expect(list.json<{ items: unknown[] }>().items).toEqual([]);
      expect((await orderOf(caller, orgId, first.id)).statusCode).toBe(404);
      expect((await orderOf(caller, orgId, first.id, '/pdf')).statusCode).toBe(404);
    }
    const foreignAdjust = await call(t.app, otherBuyer, {
      method: 'POST',
      url: `/api/organisations/${other.id}/orders/${first.id}/adjustments`,
      payload: { version: 1, kind: 'ended', reason: 'Försök' },
    });
    expect(foreignAdjust.statusCode).toBe(404);
  });

  it('pages newest first, sorts both ways and filters by status', async () => {
    await orderFor();
    const third = await orderFor({ startDate: '2026-12-01' });
    const newest = await ordersOf(market.buyer, org, '?limit=1');
    expect(newest.json<{ items: { id: string }[] }>().items.map((o) => o.id)).toEqual([third.id]);
    const list = {
      app: t.app,
      caller: market.buyer,
      url: `/api/organisations/${org}/orders`,
      id: (o: { id: string; reference: string; createdAt: string; startDate: string }) => o.id,
    };
    const all = await expectPages(list);
    await expectSorted(list, 'created', (o) => o.createdAt, byText);
    await expectSorted(list, 'reference', (o) => o.reference, byText);
    await expectSorted(list, 'start', (o) => o.startDate, byText);
    await expectBadPagesRefused(list);
    const ended = await ordersOf(market.buyer, org, '?status=ended');
    expect(ended.json()).toMatchObject({ items: [], total: 0 });
    // Nothing has ended yet: every order is active, and the filtered total counts them all.
    const active = await ordersOf(market.buyer, org, '?status=active&limit=1');
    expect(active.json<{ total: number }>().total).toBe(all.total);
  });
});

describe('extending, adjusting and ending an order', () => {
  it('refuses an extension that does not end later, and records one that does', async () => {
    const same = await adjust(first.id, {
      version: 1,
      kind: 'extension',
      endDate: '2027-01-31',
      reason: 'Förlängning',
    });
    expect(same.statusCode, same.body).toBe(400);
    expect(same.json<{ errors: { field: string; message: string }[] }>().errors).toEqual([
      { field: 'endDate', message: 'An extension must end after the current end date 2027-01-31.' },
    ]);

    const later = await adjust(first.id, {
      version: 1,
      kind: 'extension',
      endDate: '2027-03-31',
      expectedVolume: 250,
      reason: 'Behovet kvarstår',
    });
    expect(later.statusCode, later.body).toBe(200);
    expect(later.json()).toMatchObject({
      endDate: '2027-03-31',
      expectedVolume: '250',
      expectedTotalMinor: 16_250_000,
      version: 2,
      adjustments: [
        {
          kind: 'extension',
          reason: 'Behovet kvarstår',
          changes: [
            { field: 'endDate', before: '2027-01-31', after: '2027-03-31' },
            { field: 'expectedVolume', before: '112.5', after: '250' },
          ],
        },
      ],
    });
    const mail = await db
      .selectFrom('outbox')
      .select('subject')
      .where('organisation_id', '=', firm.id)
      .where('subject', '=', `Extension of order ${first.reference}`)
      .execute();
    expect(mail).toHaveLength(1);
    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', first.id)
      .where('action', '=', 'order.extension')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('answers a stale version with 409', async () => {
    const stale = await adjust(first.id, {
      version: 1,
      kind: 'adjustment',
      unitPriceMinor: 70_000,
      reason: 'Indexering',
    });
    expect(stale.statusCode, stale.body).toBe(409);
  });

  it('adjusts price and cost centre; the supplier sees the price change but not the cost centre', async () => {
    const nothing = await adjust(first.id, {
      version: 2,
      kind: 'adjustment',
      unitPriceMinor: 65_000,
      reason: 'Ingen ändring',
    });
    expect(nothing.statusCode, nothing.body).toBe(400);
    const done = await adjust(first.id, {
      version: 2,
      kind: 'adjustment',
      unitPriceMinor: 70_050,
      costCentre: 'KS-4420',
      reason: 'Indexering',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ unitPriceMinor: 70_050, costCentre: 'KS-4420' });
    const seen = await orderOf(firm.caller, firm.id, first.id);
    const adjustments = seen.json<{ adjustments: { changes: unknown[] }[] }>().adjustments;
    // The supplier sees no cost centre, and the price's change as amounts in minor units.
    expect(adjustments[1]!.changes).toEqual([
      { field: 'unitPriceMinor', before: 65_000, after: 70_050 },
    ]);
  });

  it('ends the order today at the latest, then refuses further changes', async () => {
    const future = await adjust(first.id, {
      version: 3,
      kind: 'ended',
      endDate: '2026-12-01',
      reason: 'Uppdraget avbryts',
    });
    expect(future.statusCode, future.body).toBe(400);
    const wrongField = await adjust(first.id, {
      version: 3,
      kind: 'ended',
      unitPriceMinor: 1,
      reason: 'Uppdraget avbryts',
    });
    expect(wrongField.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe(
      'unitPriceMinor',
    );
    // Today (2026-11-23) is the default end, and no end may come before the start.
    const beforeStart = await adjust(first.id, {
      version: 3,
      kind: 'ended',
      endDate: '2026-10-30',
      reason: 'Avbryts',
    });
    expect(beforeStart.statusCode, beforeStart.body).toBe(400);
    const ended = await adjust(first.id, {
      version: 3,
      kind: 'ended',
      reason: 'Uppdraget avslutas i förtid',
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ status: 'ended', endDate: '2026-11-23' });
    const again = await adjust(first.id, {
      version: 4,
      kind: 'extension',
      endDate: '2027-06-30',
      reason: 'Igen',
    });
    expect(again.statusCode).toBe(409);
    const list = await ordersOf(market.buyer, org, '?status=ended');
    expect(list.json<{ items: { id: string }[] }>().items.map((o) => o.id)).toEqual([first.id]);
  });
});

describe('the order document', () => {
  it("is a PDF in the reader's language with the reference, the supplier and exact amounts", async () => {
    await db.updateTable('users').set({ locale: 'sv' }).where('id', '=', firm.userId).execute();
    const sv = await orderOf(firm.caller, firm.id, first.id, '/pdf');
    expect(sv.statusCode, sv.body).toBe(200);
    expect(sv.headers['content-type']).toBe('application/pdf');
    expect(sv.headers['content-disposition']).toContain(`avropsavtal-${first.reference}.pdf`);
    expect(isPdf(sv.rawPayload)).toBe(true);
    const swedish = await readPdf(sv.rawPayload);
    expect(swedish.title).toBe(`Avropsavtal – ${first.reference}`);
    expect(swedish.language).toBe('sv-SE');
    expect(swedish.fontsEmbedded).toBe(true);
    const text = swedish.text;
    expect(text).toMatch(/^Kristianstads kommun Datum: \d{1,2} [a-zåäö]+ \d{4} /);
    expect(text).toContain(`Referens: ${first.reference} Avropsavtal`);
    expect(text).toContain(`Leverantör ${firm.name}`);
    expect(text).toContain('Styckpris 700,50 kr per timme');
    // 700,50 kr × 250 timmar
    expect(text).toContain('Förväntat belopp 175 125,00 kr');
    // Every change in a table, dates and amounts in the reader's language.
    expect(text).toContain('Datum Ändring och av vem Skäl Vad som ändrades');
    expect(text).toContain('Förlängning');
    expect(text).toContain('Behovet kvarstår Slutdatum: 31 januari 2027 → 31 mars 2027');
    expect(text).toContain('Förväntad volym: 112,5 → 250');
    expect(text).toContain('Styckpris: 650,00 kr → 700,50 kr');
    expect(text).toContain('1 (1)');
    expect(text).not.toContain('KS-44');

    const en = await orderOf(market.buyer, org, first.id, '/pdf');
    const english = (await readPdf(en.rawPayload)).text;
    expect(english).toContain('Call-off order');
    expect(english).toContain('Unit price SEK 700.50 per hour');
    expect(english).toContain('End date: 31 January 2027 → 31 March 2027');
    expect(english).toContain('Cost centre KS-4420');
  });
});
