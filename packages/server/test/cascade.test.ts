// The ranking cascade end to end through the API: the offer goes down the lot's ranking, hidden
// suppliers are passed over, a decline or a silent deadline passes it on, skips need a listed
// reason and text and fill the agreement's deviation report, an acceptance makes the order at the
// agreed price, an exhausted list leaves the call-off without a supplier.
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { expireOffers } from '../src/modules/calloffs/cascade/jobs.ts';
import { call, createTestApp, type Caller } from './support/app.ts';
import { createOrganisation, createSession, createUser } from './support/factories.ts';
import { csvDownload, sheetRows, xlsxDownload } from './support/download.ts';
import { byName, expectBadPagesRefused, expectPages, expectSorted } from './support/paging.ts';
import { createDraftCalloff, createMarket, type MarketSupplier } from './support/tendering.ts';

const t = await createTestApp();
const db = t.database.db;
const START = t.clock.now();
const market = await createMarket(t, { staffingFirms: 1, hvbHomes: 3 });
const org = market.kristianstad.id;
const [first, second, third] = market.hvbHomes as [MarketSupplier, MarketSupplier, MarketSupplier];

const bodyOfficer = await createUser(db, {
  memberships: [{ organisationId: market.body.id, roles: ['procurement_officer'] }],
});
const outsider = await createOrganisation(db, { kind: 'municipality', name: 'Annan kommun' });
const outsiderBuyer = await createUser(db, {
  memberships: [{ organisationId: outsider.id, roles: ['buyer'] }],
});

afterEach(() => t.clock.set(START));

const HOURS_24 = { unit: 'hours', amount: 24 } as const;

async function draft() {
  return createDraftCalloff(t, market, { kind: 'placement' });
}

async function start(
  calloff: { id: string; version: number },
  options: { window?: unknown; skips?: unknown[]; caller?: Caller } = {},
) {
  return call(t.app, options.caller ?? market.buyer, {
    method: 'POST',
    url: `/api/organisations/${org}/calloffs/${calloff.id}/cascade`,
    payload: {
      version: calloff.version,
      requestText: 'Placering från mitten av december, skola i närheten.',
      costCentre: 'KS-4711',
      window: options.window ?? HOURS_24,
      skips: options.skips ?? [],
    },
  });
}

async function started(options: { window?: unknown; skips?: unknown[] } = {}) {
  const calloff = await draft();
  const res = await start(calloff, options);
  expect(res.statusCode, res.body).toBe(200);
  return { ...res.json<{ id: string; version: number; status: string }>(), needId: calloff.needId };
}

interface CascadeView {
  status: string;
  version: number;
  mustRequirementSkips: {
    supplierId: string;
    failures: { code: string; params: Record<string, string | number> }[];
  }[];
  steps: {
    kind: string;
    supplierId: string | null;
    rank: number | null;
    standing: string | null;
    reasonCode: string | null;
    reasonText: string | null;
    reasonFailures: { code: string; params: Record<string, string | number> }[];
    deadline: string | null;
  }[];
  currentOffer: { supplierId: string; rank: number; deadline: string } | null;
  outcome: { kind: string; orderId: string | null } | null;
  suppliers: { supplierId: string; status: string; waiting: boolean }[];
}

async function cascade(calloffId: string, caller: Caller = market.buyer) {
  const res = await call(t.app, caller, {
    method: 'GET',
    url: `/api/organisations/${org}/calloffs/${calloffId}/cascade`,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<CascadeView>();
}

function answer(supplier: MarketSupplier, calloffId: string, decline?: string) {
  return call(t.app, supplier.caller, {
    method: 'POST',
    url: `/api/organisations/${supplier.id}/tenders/${calloffId}/offer/${decline === undefined ? 'accept' : 'decline'}`,
    payload: decline === undefined ? {} : { reason: decline },
  });
}

/** Emails queued to the supplier's users linking to the call-off's tender page. */
async function offerMails(supplier: MarketSupplier, calloffId: string) {
  const user = await db
    .selectFrom('users')
    .select('email')
    .where('id', '=', supplier.userId)
    .executeTakeFirstOrThrow();
  return db
    .selectFrom('outbox')
    .select(['subject', 'body'])
    .where('recipient', '=', user.email)
    .where('body', 'like', `%/tenders/${calloffId}%`)
    .execute();
}

describe('starting the cascade', () => {
  it('offers the call-off to rank 1 with a deadline, an invitation row and an email', async () => {
    const calloff = await started();
    expect(calloff.status).toBe('offering');
    const view = await cascade(calloff.id);
    expect(view.currentOffer).toMatchObject({ supplierId: first.id, rank: 1 });
    expect(view.currentOffer?.deadline).toBe(
      new Date(START.getTime() + 24 * 3_600_000).toISOString(),
    );
    expect(view.steps.map((s) => s.kind)).toEqual(['offered']);
    expect(view.suppliers.filter((s) => s.waiting).map((s) => s.supplierId)).toEqual([
      second.id,
      third.id,
    ]);
    const invitation = await db
      .selectFrom('calloff_invitations')
      .selectAll()
      .where('calloff_id', '=', calloff.id)
      .executeTakeFirstOrThrow();
    expect(invitation).toMatchObject({ supplier_id: first.id, kind: 'offer' });
    const mails = await offerMails(first, calloff.id);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain('HVB-placering');
    // The supplier offered reads its offer; the others are told it does not exist.
    const own = await call(t.app, first.caller, {
      method: 'GET',
      url: `/api/organisations/${first.id}/tenders/${calloff.id}/offer`,
    });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ status: 'offered', deadlinePassed: false });
    const other = await call(t.app, second.caller, {
      method: 'GET',
      url: `/api/organisations/${second.id}/tenders/${calloff.id}/offer`,
    });
    expect(other.statusCode).toBe(404);
  });

  it('refuses a window out of bounds and a stale version, and starts only a draft', async () => {
    const calloff = await draft();
    const tooLong = await start(calloff, { window: { unit: 'working_days', amount: 21 } });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().errors[0]).toMatchObject({ field: 'window.amount' });
    expect(tooLong.json().errors[0].message).toContain('20');
    const stale = await start({ ...calloff, version: calloff.version + 5 });
    expect(stale.statusCode).toBe(409);
    expect((await start(calloff)).statusCode).toBe(200);
    const again = await start({ ...calloff, version: calloff.version + 1 });
    expect(again.statusCode).toBe(409);
  });

  it('passes over a hidden supplier and records it', async () => {
    await db
      .updateTable('lot_suppliers')
      .set({ status: 'hidden', hidden_from: '2026-01-01', status_reason: 'Tillstånd saknas' })
      .where('supplier_id', '=', first.id)
      .execute();
    try {
      const calloff = await started();
      const view = await cascade(calloff.id);
      expect(view.steps.map((s) => [s.kind, s.rank, s.standing])).toEqual([
        ['passed_over', 1, 'hidden'],
        ['offered', 2, null],
      ]);
      expect(view.currentOffer?.supplierId).toBe(second.id);
      expect(await offerMails(first, calloff.id)).toHaveLength(0);
    } finally {
      await db
        .updateTable('lot_suppliers')
        .set({ status: 'active', hidden_from: null, status_reason: null })
        .where('supplier_id', '=', first.id)
        .execute();
    }
  });
});

describe('answers', () => {
  it('a decline needs a reason and passes the offer to rank 2 with an email', async () => {
    const calloff = await started();
    const blank = await answer(first, calloff.id, '   ');
    expect(blank.statusCode).toBe(400);
    expect(blank.json().errors[0]).toMatchObject({ field: 'reason' });
    const declined = await answer(first, calloff.id, 'Inga lediga platser.');
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json()).toMatchObject({
      status: 'declined',
      declineReason: 'Inga lediga platser.',
    });
    const view = await cascade(calloff.id);
    expect(view.steps.map((s) => s.kind)).toEqual(['offered', 'declined', 'offered']);
    expect(view.steps[1]!.reasonText).toBe('Inga lediga platser.');
    expect(view.currentOffer?.supplierId).toBe(second.id);
    expect(await offerMails(second, calloff.id)).toHaveLength(1);
  });

  it('only the supplier holding the offer may answer', async () => {
    const calloff = await started();
    // Not yet offered: the call-off does not exist for rank 2.
    expect((await answer(second, calloff.id)).statusCode).toBe(404);
    const firm = market.staffingFirms[0]!;
    expect((await answer(firm, calloff.id)).statusCode).toBe(404);
    await answer(first, calloff.id, 'Nej tack.');
    // Having answered, the first supplier holds nothing any more.
    expect((await answer(first, calloff.id)).statusCode).toBe(409);
  });

  it('an acceptance makes the order at the agreed price; the call-off is ordered, the need fulfilled', async () => {
    const calloff = await started();
    const accepted = await answer(first, calloff.id);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted' });
    const order = await db
      .selectFrom('orders')
      .selectAll()
      .where('calloff_id', '=', calloff.id)
      .executeTakeFirstOrThrow();
    expect(order).toMatchObject({
      supplier_id: first.id,
      establishment_id: first.establishmentId,
      unit_price_minor: '310000',
      currency: 'SEK',
      start_date: '2026-12-15',
      end_date: '2027-04-13',
      cost_centre: 'KS-4711',
    });
    const row = await db
      .selectFrom('calloffs')
      .innerJoin('needs', 'needs.id', 'calloffs.need_id')
      .select(['calloffs.status', 'needs.status as needStatus'])
      .where('calloffs.id', '=', calloff.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'ordered', needStatus: 'fulfilled' });
    const view = await cascade(calloff.id);
    expect(view.outcome).toMatchObject({ kind: 'order', orderId: order.id });
    expect((await answer(first, calloff.id)).statusCode).toBe(409);
  });

  it('refuses an acceptance clearly when the supplier has no agreed price', async () => {
    const calloff = await started();
    // Prices are append-only, so the need moves instead: to before the agreed price is valid.
    await db
      .updateTable('needs')
      .set({ details: sql`jsonb_set(details, '{start}', '"2025-06-01"')` })
      .where('id', '=', calloff.needId)
      .execute();
    const res = await answer(first, calloff.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('2025-06-01');
    expect((await cascade(calloff.id)).status).toBe('offering');
  });

  it('an exhausted list leaves the call-off unfulfilled and tells the buyer', async () => {
    const calloff = await started();
    for (const home of [first, second, third])
      expect((await answer(home, calloff.id, 'Fullbelagt.')).statusCode).toBe(200);
    const view = await cascade(calloff.id);
    expect(view.status).toBe('unfulfilled');
    expect(view.outcome).toMatchObject({ kind: 'no_supplier' });
    const buyerMail = await db
      .selectFrom('outbox')
      .select('subject')
      .where('body', 'like', `%/calloffs/${calloff.id}%`)
      .execute();
    expect(buyerMail).toHaveLength(1);
  });
});

describe("matching's must-requirement skips", () => {
  it('names before the start the ranked supplier whose home cannot take the person, and its skip is recorded with that reason', async () => {
    // The second home takes young adults only; the need is for a 15-year-old.
    await db
      .updateTable('establishments')
      .set({ age_min: 18, age_max: 25 })
      .where('id', '=', second.establishmentId!)
      .execute();
    try {
      const calloff = await draft();
      const before = await cascade(calloff.id);
      // Codes and parameters, in no language: the web words them for each reader.
      const ageFailure = { code: 'age', params: { min: 18, max: 25, age: 15 } };
      expect(before.mustRequirementSkips).toEqual([
        { supplierId: second.id, failures: [ageFailure] },
      ]);
      const res = await start(calloff, {
        skips: [
          {
            supplierId: second.id,
            code: 'cannot_meet_must_requirement',
            text: 'For ages 18–25; the person is 15',
          },
        ],
      });
      expect(res.statusCode, res.body).toBe(200);
      const after = await cascade(calloff.id);
      expect(after.mustRequirementSkips).toEqual([]);
      expect(after.steps.map((s) => [s.kind, s.rank, s.reasonCode, s.reasonFailures])).toEqual([
        ['skipped', 2, 'cannot_meet_must_requirement', [ageFailure]],
        ['offered', 1, null, []],
      ]);
      expect(after.steps[0]!.reasonText).toBe('For ages 18–25; the person is 15');
    } finally {
      await db
        .updateTable('establishments')
        .set({ age_min: 13, age_max: 17 })
        .where('id', '=', second.establishmentId!)
        .execute();
    }
  });
});

describe('skips and the deviation report', () => {
  it('a skip needs a listed reason and text, and appears in the report', async () => {
    const calloff = await draft();
    const noText = await start(calloff, {
      skips: [{ supplierId: first.id, code: 'continuity_for_person', text: ' ' }],
    });
    expect(noText.statusCode).toBe(400);
    expect(noText.json().errors[0]).toMatchObject({ field: 'skips.0.text' });
    const badCode = await start(calloff, {
      skips: [{ supplierId: first.id, code: 'cheaper', text: 'Billigare' }],
    });
    expect(badCode.statusCode).toBe(400);
    const stranger = await start(calloff, {
      skips: [{ supplierId: market.staffingFirms[0]!.id, code: 'other', text: 'Annat' }],
    });
    expect(stranger.json().errors[0]).toMatchObject({ field: 'skips.0.supplierId' });

    const res = await start(calloff, {
      skips: [{ supplierId: first.id, code: 'continuity_for_person', text: 'Syskon bor där.' }],
    });
    expect(res.statusCode, res.body).toBe(200);
    const view = await cascade(calloff.id);
    expect(view.steps.map((s) => [s.kind, s.rank, s.reasonCode])).toEqual([
      ['skipped', 1, 'continuity_for_person'],
      ['offered', 2, null],
    ]);

    const report = await call(t.app, market.buyer, {
      method: 'GET',
      url: `/api/organisations/${org}/agreements/${market.agreement.id}/deviations`,
    });
    expect(report.statusCode, report.body).toBe(200);
    const item = report
      .json<{ items: { calloff: { id: string } }[] }>()
      .items.find((i) => i.calloff.id === calloff.id);
    expect(item).toMatchObject({
      municipality: { id: org },
      supplier: { id: first.id, rank: 1 },
      reasonCode: 'continuity_for_person',
      reasonText: 'Syskon bor där.',
      lot: { number: 1 },
    });
    // The agreement's owner sees it too; a municipality outside the agreement is told nothing.
    const owner = await createSession(db, t.clock, bodyOfficer.id, market.body.id);
    const ownerReport = await call(t.app, owner, {
      method: 'GET',
      url: `/api/organisations/${market.body.id}/agreements/${market.agreement.id}/deviations`,
    });
    expect(ownerReport.statusCode).toBe(200);
    expect(ownerReport.json().items.length).toBeGreaterThan(0);
    const stranger2 = await createSession(db, t.clock, outsiderBuyer.id, outsider.id);
    const hidden = await call(t.app, stranger2, {
      method: 'GET',
      url: `/api/organisations/${outsider.id}/agreements/${market.agreement.id}/deviations`,
    });
    expect(hidden.statusCode).toBe(404);
  });

  it('the buyer skips the supplier holding the offer; the offer moves on', async () => {
    const calloff = await started();
    const skip = (body: Record<string, unknown>) =>
      call(t.app, market.buyer, {
        method: 'POST',
        url: `/api/organisations/${org}/calloffs/${calloff.id}/cascade/skip`,
        payload: { version: calloff.version, supplierId: first.id, ...body },
      });
    const noText = await skip({ code: 'other', text: '' });
    expect(noText.statusCode).toBe(400);
    expect(noText.json().errors[0]).toMatchObject({ field: 'text' });
    const res = await skip({ code: 'siblings_placed_together', text: 'Syskonet bor hos rang 2.' });
    expect(res.statusCode, res.body).toBe(200);
    const view = await cascade(calloff.id);
    expect(view.currentOffer?.supplierId).toBe(second.id);
    expect(await offerMails(second, calloff.id)).toHaveLength(1);
    const withdrawn = await call(t.app, first.caller, {
      method: 'GET',
      url: `/api/organisations/${first.id}/tenders/${calloff.id}/offer`,
    });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn' });
    // A stale version loses.
    expect((await skip({ code: 'other', text: 'Igen' })).statusCode).toBe(409);
    const deviations = await db
      .selectFrom('ranking_deviations')
      .selectAll()
      .where('calloff_id', '=', calloff.id)
      .execute();
    expect(deviations).toHaveLength(1);
    expect(deviations[0]).toMatchObject({
      supplier_id: first.id,
      rank: 1,
      decided_by: market.buyerUserId,
    });
  });
});

describe('the deviation report in pages', () => {
  it('gives each skip once across the pages, sorted by supplier both ways', async () => {
    for (const skipped of [[first], [first, second]]) {
      const res = await start(await draft(), {
        skips: skipped.map((s) => ({ supplierId: s.id, code: 'other', text: 'Annat skäl.' })),
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const list = {
      app: t.app,
      caller: market.buyer,
      url: `/api/organisations/${org}/agreements/${market.agreement.id}/deviations`,
      id: (d: { id: string; supplier: { name: string } }) => d.id,
    };
    await expectPages(list);
    await expectSorted(list, 'supplier', (d) => d.supplier.name, byName);
    await expectBadPagesRefused(list);
  });

  it('downloads the report in its sort, the reason as words and the rank as a number', async () => {
    const report = `/api/organisations/${org}/agreements/${market.agreement.id}/deviations`;
    const sort = 'sort=supplier&order=desc';
    const items = (
      await call(t.app, market.buyer, { method: 'GET', url: `${report}?${sort}&limit=200` })
    ).json<{
      items: {
        calloff: { title: string };
        supplier: { name: string; rank: number };
        reasonCode: string;
      }[];
    }>().items;
    expect(items.length).toBeGreaterThanOrEqual(3);
    const csv = await csvDownload(t.app, market.buyer, `${report}/export?${sort}&format=csv`);
    expect(csv.header).toEqual([
      'Date',
      'Municipality',
      'Call-off',
      'Lot',
      'Lot name',
      'Supplier',
      'Rank',
      'Reason',
      'Explanation',
    ]);
    expect(csv.rows.map((r) => [r[5], r[6]])).toEqual(
      items.map((i) => [i.supplier.name, String(i.supplier.rank)]),
    );
    const words: Record<string, string> = {
      continuity_for_person: 'Continuity for the person',
      siblings_placed_together: 'Siblings placed together',
      cannot_meet_must_requirement: 'Cannot meet a must requirement',
      other: 'Other',
    };
    expect(csv.rows.map((r) => r[7])).toEqual(items.map((i) => words[i.reasonCode]));

    const owner = await createSession(db, t.clock, bodyOfficer.id, market.body.id);
    const sheet = await xlsxDownload(
      t.app,
      owner,
      `/api/organisations/${market.body.id}/agreements/${market.agreement.id}/deviations/export?${sort}&format=xlsx`,
    );
    const rows = sheetRows(sheet);
    expect(rows.map((r) => r[5])).toEqual(items.map((i) => i.supplier.name));
    expect(rows[0]![0]).toBeInstanceOf(Date);
    expect(rows[0]![6]).toBe(items[0]!.supplier.rank);
    const supplierAsks = await call(t.app, first.caller, {
      method: 'GET',
      url: `/api/organisations/${first.id}/agreements/${market.agreement.id}/deviations/export?format=csv`,
    });
    expect(supplierAsks.statusCode).toBe(403);
  });
});

describe('deadlines', () => {
  it('a silent deadline passes the offer on when the job runs', async () => {
    const calloff = await started();
    const jobDeps = { db, clock: t.clock, config: t.config };
    t.clock.set(new Date(START.getTime() + 24 * 3_600_000));
    await expireOffers(jobDeps);
    let view = await cascade(calloff.id, await createSession(db, t.clock, market.buyerUserId, org));
    expect(view.currentOffer?.supplierId).toBe(first.id);

    t.clock.set(new Date(START.getTime() + 24 * 3_600_000 + 60_000));
    expect(await expireOffers(jobDeps)).toBeGreaterThanOrEqual(1);
    const buyer = await createSession(db, t.clock, market.buyerUserId, org);
    view = await cascade(calloff.id, buyer);
    expect(view.steps.map((s) => s.kind)).toEqual(['offered', 'expired', 'offered']);
    expect(view.currentOffer?.supplierId).toBe(second.id);
    expect(await offerMails(second, calloff.id)).toHaveLength(1);
    // Too late for the first supplier now.
    const late = await call(t.app, await createSession(db, t.clock, first.userId, first.id), {
      method: 'POST',
      url: `/api/organisations/${first.id}/tenders/${calloff.id}/offer/accept`,
      payload: {},
    });
    expect(late.statusCode).toBe(409);
    const audit = await db
      .selectFrom('audit_log')
      .select(['actor_user_id'])
      .where('object_id', '=', calloff.id)
      .where('action', '=', 'calloff.offer_expired')
      .execute();
    expect(audit).toEqual([{ actor_user_id: null }]);
  });

  it('a working-days window skips Swedish holidays (Epiphany)', async () => {
    const calloff = await draft();
    // Tuesday 5 January 2027; the 6th is trettondedag jul, so one working day ends on the 7th.
    t.clock.set(new Date('2027-01-05T09:00:00Z'));
    const buyer = await createSession(db, t.clock, market.buyerUserId, org);
    const res = await start(calloff, {
      window: { unit: 'working_days', amount: 1 },
      caller: buyer,
    });
    expect(res.statusCode, res.body).toBe(200);
    const view = await cascade(calloff.id, buyer);
    expect(view.currentOffer?.deadline).toBe('2027-01-07T22:59:59.999Z');
  });
});
