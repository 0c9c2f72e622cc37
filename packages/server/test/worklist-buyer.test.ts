// The buyer's work list: the municipality's call-offs at each step where the buyer acts, and
// orders ending soon; nothing of another municipality's.
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, type Caller } from './support/app.ts';
import { openForBids, type OpenCalloff } from './support/bids.ts';
import { createOrganisation, createSession, createUser } from './support/factories.ts';
import { createDraftCalloff, createMarket, type Market } from './support/tendering.ts';

const t = await createTestApp();
const db = t.database.db;
const MINUTE = 60_000;
const DAY = 86_400_000;

let market: Market;
let asked: OpenCalloff;
let evaluated: OpenCalloff;
let awarded: OpenCalloff;
let otherBuyer: Caller;
let otherMunicipality: { id: string };
let declinedOn: OpenCalloff['id'];

interface BuyerList {
  questions: { calloffId: string; count: number }[];
  deadlinesPassed: { calloffId: string }[];
  evaluations: { calloffId: string }[];
  awards: { calloffId: string; supplierName: string; until: string | null; ended: boolean }[];
  offersDeclined: { calloffId: string; supplierName: string }[];
  ordersEnding: { reference: string; endDate: string }[];
}

async function buyerList(caller: Caller, organisationId: string): Promise<BuyerList> {
  const response = await call(t.app, caller, {
    method: 'GET',
    url: `/api/organisations/${organisationId}/worklist`,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ buyer: BuyerList }>().buyer;
}

/** A bid row as the sealed-bid slice leaves it; the work list never reads its content. */
async function bidOf(calloffId: string, supplierId: string, userId: string) {
  const at = t.clock.now();
  return db
    .insertInto('bids')
    .values({
      calloff_id: calloffId,
      supplier_id: supplierId,
      status: 'submitted',
      iv: 'iv',
      ciphertext: 'sealed',
      auth_tag: 'tag',
      receipt_sha256: 'receipt',
      received_at: at,
      first_received_at: at,
      submitted_by: userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

beforeAll(async () => {
  market = await createMarket(t, { staffingFirms: 2, hvbHomes: 1 });
  const [firm1, firm2] = market.staffingFirms as [
    Market['staffingFirms'][0],
    Market['staffingFirms'][0],
  ];
  asked = await openForBids(t, market, [firm1, firm2]);
  evaluated = await openForBids(t, market, [firm1]);
  awarded = await openForBids(t, market, [firm2]);
  const now = t.clock.now();

  await db
    .insertInto('calloff_questions')
    .values(
      [1, 2].map((n) => ({
        calloff_id: asked.id,
        organisation_id: market.kristianstad.id,
        supplier_id: firm1.id,
        asked_by: firm1.userId,
        asked_at: new Date(now.getTime() + n * MINUTE),
        question: `Fråga ${n}`,
      })),
    )
    .execute();

  await db
    .updateTable('calloffs')
    .set({ status: 'evaluation', opened_at: now, opened_by: market.buyerUserId })
    .where('id', '=', evaluated.id)
    .execute();

  const bid = await bidOf(awarded.id, firm2.id, firm2.userId);
  await db
    .updateTable('calloffs')
    .set({ status: 'awarded' })
    .where('id', '=', awarded.id)
    .execute();
  await db
    .insertInto('award_decisions')
    .values({
      calloff_id: awarded.id,
      organisation_id: market.kristianstad.id,
      bid_id: bid.id,
      supplier_id: firm2.id,
      reasons: 'Lägst pris',
      report: JSON.stringify({}),
      decided_by: market.buyerUserId,
      decided_at: now,
      standstill_until: new Date(now.getTime() + 10 * DAY),
    })
    .execute();

  // A ranking call-off whose first-ranked home declined the offer; the cascade offers the next.
  const placement = await createDraftCalloff(t, market, { kind: 'placement' });
  declinedOn = placement.id;
  await db
    .updateTable('calloffs')
    .set({ status: 'offering' })
    .where('id', '=', placement.id)
    .execute();
  const home = market.hvbHomes[0]!;
  await db
    .insertInto('calloff_invitations')
    .values({
      calloff_id: placement.id,
      organisation_id: market.kristianstad.id,
      supplier_id: home.id,
      kind: 'offer',
      invited_at: now,
      response_deadline: new Date(now.getTime() + DAY),
      declined_at: new Date(now.getTime() + MINUTE),
      decline_reason: 'Inga lediga platser',
      responded_by: home.userId,
    })
    .execute();

  otherMunicipality = await createOrganisation(db, {
    kind: 'municipality',
    name: 'Hässleholms kommun',
  });
  const user = await createUser(db, {
    memberships: [{ organisationId: otherMunicipality.id, roles: ['buyer'] }],
  });
  otherBuyer = await createSession(db, t.clock, user.id, otherMunicipality.id);
});

describe("the buyer's work list", () => {
  it('lists the questions waiting for an answer, the evaluations to do and the standstills running', async () => {
    const list = await buyerList(market.buyer, market.kristianstad.id);
    expect(list.questions).toEqual([expect.objectContaining({ calloffId: asked.id, count: 2 })]);
    expect(list.deadlinesPassed).toEqual([]);
    expect(list.evaluations.map((c) => c.calloffId)).toEqual([evaluated.id]);
    expect(list.awards).toEqual([
      expect.objectContaining({
        calloffId: awarded.id,
        supplierName: market.staffingFirms[1]!.name,
        ended: false,
      }),
    ]);
    expect(list.offersDeclined).toEqual([
      expect.objectContaining({ calloffId: declinedOn, supplierName: market.hvbHomes[0]!.name }),
    ]);
  });

  it('moves the call-offs whose deadline has passed to the bids waiting to be opened', async () => {
    t.clock.advance(11 * MINUTE);
    await db.updateTable('sessions').set({ last_seen_at: t.clock.now() }).execute();
    const list = await buyerList(market.buyer, market.kristianstad.id);
    // All three deadlines have passed; only the call-off still open waits for its opening.
    expect(list.deadlinesPassed.map((c) => c.calloffId)).toEqual([asked.id]);
    // Questions after the deadline can no longer be answered for this tender.
    expect(list.questions).toEqual([]);
  });

  it('lists active orders ending within sixty days, soonest first', async () => {
    const today = new Date(t.clock.now()).toISOString().slice(0, 10);
    const plusDays = (n: number) =>
      new Date(Date.parse(today) + n * DAY).toISOString().slice(0, 10);
    const firm = market.staffingFirms[1]!;
    const order = (reference: string, calloffId: string, endDate: string) =>
      db
        .insertInto('orders')
        .values({
          organisation_id: market.kristianstad.id,
          calloff_id: calloffId,
          supplier_id: firm.id,
          consultant_id: firm.consultantId,
          reference,
          unit_price_minor: 95_000,
          currency: 'SEK',
          unit: 'hour',
          start_date: today,
          end_date: endDate,
          expected_volume: '160',
          created_by: market.buyerUserId,
          created_at: t.clock.now(),
          updated_at: t.clock.now(),
        })
        .execute();
    await order('A-TEST-000001', awarded.id, plusDays(30));
    await order('A-TEST-000002', evaluated.id, plusDays(90));
    const list = await buyerList(market.buyer, market.kristianstad.id);
    expect(list.ordersEnding).toEqual([
      {
        id: expect.any(String),
        reference: 'A-TEST-000001',
        supplierName: firm.name,
        endDate: plusDays(30),
      },
    ]);
  });

  it("shows another municipality's buyer none of it", async () => {
    const list = await buyerList(otherBuyer, otherMunicipality.id);
    expect(list).toEqual({
      questions: [],
      deadlinesPassed: [],
      evaluations: [],
      awards: [],
      offersDeclined: [],
      ordersEnding: [],
    });
  });

  it('gives the list to buyers only', async () => {
    const response = await call(t.app, market.caseworker, {
      method: 'GET',
      url: `/api/organisations/${market.kristianstad.id}/worklist`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().buyer).toBeUndefined();
  });
});
