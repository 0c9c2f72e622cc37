// The header's search: each kind found by name and by reference, only within what the caller's
// organisation and roles may see, with the pattern's characters taken literally.
import type { Role } from '@tildel/domain/permissions';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, type Caller } from './support/app.ts';
import { createSession, createUser } from './support/factories.ts';
import {
  createDraftCalloff,
  createMarket,
  STAFFING_NEED,
  type Market,
} from './support/tendering.ts';

const t = await createTestApp();
const db = t.database.db;

interface Answer {
  groups: {
    kind: string;
    items: { id: string; title: string; reference: string | null; context: string | null }[];
    more: boolean;
  }[];
}

let mine: Market;
let theirs: Market;
let calloff: { id: string; needId: string };
let theirCalloff: { id: string; needId: string };
let order: { id: string };
let theirOrder: { id: string };
let oddNeed: { id: string };

async function search(caller: Caller, orgId: string, q: string, extra = '') {
  const response = await call(t.app, caller, {
    method: 'GET',
    url: `/api/organisations/${orgId}/search?q=${encodeURIComponent(q)}${extra}`,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Answer>();
}

/** The ids found of one kind (none when the kind is not in the answer). */
function idsOf(answer: Answer, kind: string) {
  return answer.groups.find((g) => g.kind === kind)?.items.map((i) => i.id) ?? [];
}

async function insertOrder(market: Market, calloffId: string, reference: string) {
  return db
    .insertInto('orders')
    .values({
      organisation_id: market.kristianstad.id,
      calloff_id: calloffId,
      supplier_id: market.staffingFirms[0]!.id,
      consultant_id: market.staffingFirms[0]!.consultantId,
      reference,
      unit_price_minor: 95_000,
      currency: 'SEK',
      unit: 'hour',
      start_date: '2027-01-04',
      expected_volume: 80,
      created_by: market.buyerUserId,
      created_at: t.clock.now(),
      updated_at: t.clock.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

async function invite(market: Market, calloffId: string, supplierId: string) {
  await db
    .insertInto('calloff_invitations')
    .values({
      calloff_id: calloffId,
      organisation_id: market.kristianstad.id,
      supplier_id: supplierId,
      kind: 'tender',
      invited_at: t.clock.now(),
    })
    .execute();
}

async function memberOf(market: Market, roles: Role[]) {
  const user = await createUser(db, {
    memberships: [{ organisationId: market.kristianstad.id, roles }],
  });
  return createSession(db, t.clock, user.id, market.kristianstad.id);
}

beforeAll(async () => {
  // Two municipalities with the same names and references in them: only one's are ever found.
  mine = await createMarket(t, { staffingFirms: 2, hvbHomes: 1 });
  theirs = await createMarket(t, { staffingFirms: 1, hvbHomes: 1 });
  calloff = await createDraftCalloff(t, mine, { kind: 'staffing' });
  theirCalloff = await createDraftCalloff(t, theirs, { kind: 'staffing' });
  order = await insertOrder(mine, calloff.id, 'AVR-2026-0042');
  // Order references are unique across the platform; a search for their common part finds ours.
  theirOrder = await insertOrder(theirs, theirCalloff.id, 'AVR-2026-0043');
  await invite(mine, calloff.id, mine.staffingFirms[0]!.id);
  await invite(theirs, theirCalloff.id, theirs.staffingFirms[0]!.id);
  const created = await call(t.app, mine.caseworker, {
    method: 'POST',
    url: `/api/organisations/${mine.kristianstad.id}/needs`,
    payload: { ...STAFFING_NEED, title: 'Stöd 50%_natt' },
  });
  expect(created.statusCode, created.body).toBe(201);
  oddNeed = created.json<{ id: string }>();
}, 60_000);

describe('the buyer finds each kind by name and by reference', () => {
  const org = () => mine.kristianstad.id;

  it('finds needs by title', async () => {
    const answer = await search(mine.buyer, org(), 'inhyrd socialsekreterare');
    expect(idsOf(answer, 'need')).toEqual([calloff.needId]);
  });

  it('finds call-offs by title and by the reference of their DPS', async () => {
    expect(idsOf(await search(mine.buyer, org(), 'Inhyrd socialsekreterare'), 'calloff')).toEqual([
      calloff.id,
    ]);
    const byReference = await search(mine.buyer, org(), 'ks-dis-2026');
    expect(idsOf(byReference, 'calloff')).toEqual([calloff.id]);
    expect(byReference.groups.find((g) => g.kind === 'calloff')?.items[0]).toMatchObject({
      reference: 'KS-DIS-2026-01',
      context: 'Dynamiskt inköpssystem för hyrsocionomer',
    });
  });

  it('finds orders by reference and by the call-off title, naming the supplier', async () => {
    const byReference = await search(mine.buyer, org(), 'AVR-2026-0042');
    expect(idsOf(byReference, 'order')).toEqual([order.id]);
    expect(byReference.groups.find((g) => g.kind === 'order')?.items[0]?.context).toBe(
      'Bemanning 1 AB',
    );
    expect(idsOf(await search(mine.buyer, org(), 'socialsekreterare'), 'order')).toEqual([
      order.id,
    ]);
  });

  it('finds agreements and DPSs by title and by reference', async () => {
    const agreements = await search(mine.buyer, org(), 'HVB för barn');
    expect(idsOf(agreements, 'agreement')).toEqual([mine.agreement.id]);
    expect(idsOf(await search(mine.buyer, org(), 'syd-2025-014'), 'agreement')).toEqual([
      mine.agreement.id,
    ]);
    expect(idsOf(await search(mine.buyer, org(), 'hyrsocionomer'), 'dps')).toEqual([mine.dps.id]);
    expect(idsOf(await search(mine.buyer, org(), 'KS-DIS-2026-01'), 'dps')).toEqual([mine.dps.id]);
  });

  it('finds suppliers by name and by organisation number', async () => {
    const home = mine.hvbHomes[0]!;
    expect(idsOf(await search(mine.buyer, org(), 'HVB-hemmet 1'), 'supplier')).toContain(home.id);
    const { identifier } = await db
      .selectFrom('organisations')
      .select('identifier')
      .where('id', '=', home.id)
      .executeTakeFirstOrThrow();
    expect(idsOf(await search(mine.buyer, org(), identifier), 'supplier')).toEqual([home.id]);
  });

  it('shows a few per kind and says when there are more', async () => {
    const answer = await search(mine.buyer, org(), 'Bemanning', '&limit=1');
    const suppliers = answer.groups.find((g) => g.kind === 'supplier');
    expect(suppliers?.items).toHaveLength(1);
    expect(suppliers?.more).toBe(true);
  });
});

describe('nobody finds what is not theirs', () => {
  it("never finds another municipality's needs, call-offs or orders", async () => {
    const answer = await search(mine.buyer, mine.kristianstad.id, 'socialsekreterare');
    const found = answer.groups.flatMap((g) => g.items.map((i) => i.id));
    expect(found).not.toContain(theirCalloff.id);
    expect(found).not.toContain(theirCalloff.needId);
    expect(found).not.toContain(theirOrder.id);
    const byReference = await search(mine.buyer, mine.kristianstad.id, 'AVR-2026-004');
    expect(idsOf(byReference, 'order')).toEqual([order.id]);
  });

  it('never finds agreements or DPSs the municipality takes no part in', async () => {
    const answer = await search(mine.buyer, mine.kristianstad.id, 'SYD-2025-014');
    expect(idsOf(answer, 'agreement')).toEqual([mine.agreement.id]);
    const systems = await search(mine.buyer, mine.kristianstad.id, 'KS-DIS-2026-01');
    expect(idsOf(systems, 'dps')).toEqual([mine.dps.id]);
  });

  it('a supplier finds the call-offs it was invited to and its own orders, nothing else', async () => {
    const invited = mine.staffingFirms[0]!;
    const answer = await search(invited.caller, invited.id, 'socialsekreterare');
    expect(idsOf(answer, 'tender')).toEqual([calloff.id]);
    expect(idsOf(answer, 'order')).toEqual([order.id]);
    expect(answer.groups.find((g) => g.kind === 'order')?.items[0]?.context).toBe(
      'Kristianstads kommun',
    );
    // Only the kinds a supplier may list: no needs, call-offs, agreements, DPSs or registry.
    expect(answer.groups.map((g) => g.kind).sort()).toEqual(['order', 'tender']);
    expect((await search(invited.caller, invited.id, 'Bemanning')).groups).toEqual([]);
  });

  it('a supplier not invited finds no call-off, and no other supplier’s order', async () => {
    const other = mine.staffingFirms[1]!;
    const answer = await search(other.caller, other.id, 'socialsekreterare');
    expect(answer.groups).toEqual([]);
    const elsewhere = theirs.staffingFirms[0]!;
    const theirAnswer = await search(elsewhere.caller, elsewhere.id, 'AVR-2026-004');
    expect(idsOf(theirAnswer, 'order')).toEqual([theirOrder.id]);
  });

  it('a role without the list permission finds nothing of that kind', async () => {
    const org = mine.kristianstad.id;
    // A caseworker may list needs and agreements, not call-offs, orders or DPSs.
    const caseworker = await search(mine.caseworker, org, 'KS-DIS-2026-01');
    expect(caseworker.groups).toEqual([]);
    expect(idsOf(await search(mine.caseworker, org, 'socialsekreterare'), 'need')).toEqual([
      calloff.needId,
    ]);
    // A controller may list call-offs and orders, not needs.
    const controller = await search(mine.controller, org, 'socialsekreterare');
    expect(controller.groups.map((g) => g.kind).sort()).toEqual(['calloff', 'order']);
    // An organisation admin may list none of them.
    const admin = await memberOf(mine, ['org_admin']);
    expect((await search(admin, org, 'socialsekreterare')).groups).toEqual([]);
  });
});

describe('the search text', () => {
  const url = (q: string) => `/api/organisations/${mine.kristianstad.id}/search?q=${q}`;

  it('takes % and _ literally', async () => {
    const org = mine.kristianstad.id;
    expect(idsOf(await search(mine.caseworker, org, '50%_n'), 'need')).toEqual([oddNeed.id]);
    // Unescaped, "__" and "%%" would match every title.
    expect((await search(mine.buyer, org, '__')).groups).toEqual([]);
    expect((await search(mine.buyer, org, '%%')).groups).toEqual([]);
    expect((await search(mine.buyer, org, '0\\%')).groups).toEqual([]);
  });

  it.each([
    ['missing', ''],
    ['too short', 'a'],
    ['too long', 'x'.repeat(101)],
  ])('refuses a text that is %s with a problem naming the field', async (_label, q) => {
    const response = await call(t.app, mine.buyer, {
      method: 'GET',
      url: q === '' ? `/api/organisations/${mine.kristianstad.id}/search` : url(q),
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(response.json())).toContain('q');
  });

  it('refuses blanks around one character, saying why', async () => {
    const response = await call(t.app, mine.buyer, {
      method: 'GET',
      url: url(encodeURIComponent(' a ')),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string; message: string }[] }>().errors).toEqual([
      { field: 'q', message: 'Type at least 2 characters that are not spaces.' },
    ]);
  });

  it('refuses a limit out of range', async () => {
    const response = await call(t.app, mine.buyer, { method: 'GET', url: `${url('HVB')}&limit=0` });
    expect(response.statusCode).toBe(400);
  });
});
