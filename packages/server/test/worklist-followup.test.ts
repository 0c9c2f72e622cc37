// The follow-up rows of the work lists: the quality officer's plan progress, overdue and next
// visits, corrections to see through and staff lists awaited; the supplier's requests to answer.
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, type Caller } from './support/app.ts';
import { createOrganisation, createSession, createUser } from './support/factories.ts';
import { createMarket, type Market, type MarketSupplier } from './support/tendering.ts';

const t = await createTestApp();
const db = t.database.db;
const now = t.clock.now();
const DAY = 86_400_000;

let market: Market;
let home: MarketSupplier;
let officer: Caller;
let officerId: string;
let overdueVisit: string;
let openCorrection: string;
let answeredCorrection: string;
let awaitedList: string;

async function callerIn(organisationId: string, roles: ('quality_officer' | 'buyer')[]) {
  const user = await createUser(db, { memberships: [{ organisationId, roles }] });
  return { user, caller: await createSession(db, t.clock, user.id, organisationId) };
}

async function worklistOf(caller: Caller, organisationId: string) {
  const response = await call(t.app, caller, {
    method: 'GET',
    url: `/api/organisations/${organisationId}/worklist`,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

beforeAll(async () => {
  market = await createMarket(t, { staffingFirms: 0, hvbHomes: 1 });
  home = market.hvbHomes[0]!;
  const quality = await callerIn(market.body.id, ['quality_officer']);
  officer = quality.caller;
  officerId = quality.user.id;
  const today = now.toISOString().slice(0, 10);
  const year = Number(today.slice(0, 4));

  const plan = await db
    .insertInto('followup_plans')
    .values({
      organisation_id: market.body.id,
      year,
      target_visits: 10,
      created_by: officerId,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const visit = (plannedOn: string, status: 'planned' | 'done' | 'cancelled') =>
    db
      .insertInto('planned_visits')
      .values({
        plan_id: plan.id,
        organisation_id: market.body.id,
        agreement_id: market.agreement.id,
        supplier_id: home.id,
        establishment_id: home.establishmentId!,
        planned_on: plannedOn,
        status,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  const daysFromToday = (n: number) =>
    new Date(Date.parse(today) + n * DAY).toISOString().slice(0, 10);
  await visit(`${year}-02-01`, 'done');
  await visit(`${year}-03-01`, 'done');
  await visit(daysFromToday(-5), 'cancelled');
  overdueVisit = (await visit(daysFromToday(-3), 'planned')).id;
  await visit(daysFromToday(9), 'planned');
  await visit(daysFromToday(2), 'planned');

  const correction = (status: 'open' | 'answered' | 'accepted', deadline: string) =>
    db
      .insertInto('correction_requests')
      .values({
        organisation_id: market.body.id,
        agreement_id: market.agreement.id,
        supplier_id: home.id,
        establishment_id: home.establishmentId,
        description: 'Bemanningen nattetid',
        country: 'SE',
        sent_on: daysFromToday(-30),
        deadline,
        status,
        created_by: officerId,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  openCorrection = (await correction('open', daysFromToday(-1))).id;
  answeredCorrection = (await correction('answered', daysFromToday(-2))).id;
  await correction('accepted', daysFromToday(-10));

  const staffList = (status: 'requested' | 'submitted') =>
    db
      .insertInto('staff_list_requests')
      .values({
        organisation_id: market.body.id,
        agreement_id: market.agreement.id,
        supplier_id: home.id,
        establishment_id: home.establishmentId!,
        period_from: daysFromToday(-14),
        period_to: daysFromToday(-1),
        placed_residents: 4,
        deadline: new Date(now.getTime() + 3 * DAY),
        status,
        requested_by: officerId,
        requested_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  awaitedList = (await staffList('requested')).id;
  await staffList('submitted');
});

describe('the follow-up rows of the work lists', () => {
  it("shows the quality officer this year's plan: progress, the overdue visit, the next ones by date", async () => {
    const { quality } = await worklistOf(officer, market.body.id);
    expect(quality.plan).toMatchObject({ done: 2, target: 10 });
    expect(quality.plan.overdue.map((v: { id: string }) => v.id)).toEqual([overdueVisit]);
    expect(quality.plan.overdue[0]).toMatchObject({
      establishmentName: expect.any(String),
      supplierName: home.name,
    });
    const next = quality.plan.next.map((v: { plannedOn: string }) => v.plannedOn);
    expect(next).toHaveLength(2);
    expect(next).toEqual([...next].sort());
  });

  it('shows the corrections not yet accepted, by deadline, the silent one past its deadline overdue', async () => {
    const { quality } = await worklistOf(officer, market.body.id);
    expect(
      quality.correctionsDue.map((c: { id: string; status: string; overdue: boolean }) => [
        c.id,
        c.status,
        c.overdue,
      ]),
    ).toEqual([
      // An answer given waits for the officer's decision: the supplier is not late for that.
      [answeredCorrection, 'answered', false],
      [openCorrection, 'open', true],
    ]);
    expect(quality.correctionsDue[0].partyName).toBe(home.name);
  });

  it('shows the staff lists asked for and not yet given', async () => {
    const { quality } = await worklistOf(officer, market.body.id);
    expect(quality.staffListsAwaited).toEqual([
      expect.objectContaining({ id: awaitedList, supplierName: home.name, overdue: false }),
    ]);
  });

  it('shows the supplier the staff list and the correction it has to answer, naming the body', async () => {
    const { supplier } = await worklistOf(home.caller, home.id);
    expect(supplier.staffListRequests.map((r: { id: string }) => r.id)).toEqual([awaitedList]);
    expect(supplier.correctionRequests).toEqual([
      expect.objectContaining({ id: openCorrection, partyName: 'Sydupphandling', overdue: true }),
    ]);
  });

  it("shows another body's quality officer none of it, and no plan", async () => {
    const otherBody = await createOrganisation(db, { kind: 'procurement_body' });
    const other = await callerIn(otherBody.id, ['quality_officer']);
    const { quality } = await worklistOf(other.caller, otherBody.id);
    expect(quality.plan).toBeNull();
    expect(quality.correctionsDue).toEqual([]);
    expect(quality.staffListsAwaited).toEqual([]);
  });
});
