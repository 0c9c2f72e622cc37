// Publishing a call-off and the tender period: a DPS specific contract invites every admitted
// supplier and leaves out the excluded one with its reason, under a 10-day minimum; a renewed
// competition invites every active supplier of the lot. Invitations, answers and changes reach
// every invited supplier by email (the asker is never named); a change marks given bids for
// review; only an invited supplier reaches the tender. The clock starts at Monday 2026-11-23 09:00Z.
import { describe, expect, it } from 'vitest';
import { call, createTestApp } from './support/app.ts';
import { createSession } from './support/factories.ts';
import { csvDownload, sheetRows, xlsxDownload } from './support/download.ts';
import { byText, expectBadPagesRefused, expectPages, expectSorted } from './support/paging.ts';
import { createDraftCalloff, createMarket, type MarketSupplier } from './support/tendering.ts';

const t = await createTestApp();
const db = t.database.db;
const market = await createMarket(t, { staffingFirms: 4, hvbHomes: 3 });
const org = market.kristianstad.id;
const [firm1, firm2, firm3, excludedFirm] = market.staffingFirms as [
  MarketSupplier,
  MarketSupplier,
  MarketSupplier,
  MarketSupplier,
];
const admitted = [firm1, firm2, firm3];

// The fourth staffing firm was excluded from the DPS after a follow-up.
await db
  .updateTable('dps_applications')
  .set({ status: 'excluded' })
  .where('supplier_id', '=', excludedFirm.id)
  .execute();

const EVALUATION = {
  requirements: [{ level: 'must', title: 'Socionomexamen', criterion: { kind: 'yes_no' } }],
  model: { kind: 'lowest_price', basis: 'unit_price' },
};

const calloffUrl = (id: string, rest = '') => `/api/organisations/${org}/calloffs/${id}${rest}`;
const tenderUrl = (s: MarketSupplier, id: string, rest = '') =>
  `/api/organisations/${s.id}/tenders/${id}${rest}`;

async function emailOf(supplier: MarketSupplier) {
  const user = await db
    .selectFrom('users')
    .select('email')
    .where('id', '=', supplier.userId)
    .executeTakeFirstOrThrow();
  return user.email;
}

async function outboxTo(supplier: MarketSupplier, subjectPart: string) {
  return db
    .selectFrom('outbox')
    .select(['subject', 'body'])
    .where('recipient', '=', await emailOf(supplier))
    .where('subject', 'like', `%${subjectPart}%`)
    .execute();
}

/** Moves the clock; sessions idle out over days, so the callers sign in again. */
async function moveClockTo(at: Date) {
  t.clock.set(at);
  Object.assign(market.buyer, await createSession(db, t.clock, market.buyerUserId, org));
  for (const firm of market.staffingFirms)
    Object.assign(firm.caller, await createSession(db, t.clock, firm.userId, firm.id));
}

const staffing = await createDraftCalloff(t, market, { kind: 'staffing', evaluation: EVALUATION });
/** Three more drafts for the inbox in pages, made while the caseworker's session is fresh. */
const laterDrafts: { id: string; version: number }[] = [];
for (let i = 0; i < 3; i++)
  laterDrafts.push(
    await createDraftCalloff(t, market, { kind: 'staffing', evaluation: EVALUATION }),
  );

describe('a renewed competition', () => {
  it('is not published while the lot ranks (ranking is offered, not published)', async () => {
    const ranking = await createDraftCalloff(t, market, { kind: 'placement' });
    const res = await call(t.app, market.buyer, {
      method: 'POST',
      url: calloffUrl(ranking.id, '/publish'),
      payload: {
        version: ranking.version,
        requestText: '',
        tenderDeadline: '2026-12-20T12:00:00Z',
        costCentre: '',
      },
    });
    expect(res.statusCode, res.body).toBe(409);
  });

  it('invites every active supplier of the lot and leaves out the hidden one', async () => {
    const [home1, home2, hidden] = market.hvbHomes as [
      MarketSupplier,
      MarketSupplier,
      MarketSupplier,
    ];
    await db
      .updateTable('agreement_lots')
      .set({ calloff_method: 'renewed_competition' })
      .where('id', '=', market.agreement.lotId)
      .execute();
    await db
      .updateTable('lot_suppliers')
      .set({ status: 'hidden', hidden_from: '2026-11-01', status_reason: 'Uppföljning' })
      .where('supplier_id', '=', hidden.id)
      .execute();
    const draft = await createDraftCalloff(t, market, { kind: 'placement' });
    expect(draft).toMatchObject({ procedure: 'renewed_competition' });
    const view = await call(t.app, market.buyer, {
      method: 'GET',
      url: calloffUrl(draft.id, '/publication'),
    });
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json().minimum).toEqual({ days: 0, basis: 'set_by_buyer' });
    expect(
      view
        .json()
        .preview.invited.map((s: { supplierId: string }) => s.supplierId)
        .sort(),
    ).toEqual([home1.id, home2.id].sort());
    expect(view.json().preview.leftOut).toEqual([
      { supplierId: hidden.id, name: hidden.name, reason: 'hidden' },
    ]);

    const past = await call(t.app, market.buyer, {
      method: 'POST',
      url: calloffUrl(draft.id, '/publish'),
      payload: {
        version: draft.version,
        requestText: 'Placering från 15 december.',
        tenderDeadline: new Date(t.clock.now().getTime() - 60_000).toISOString(),
        costCentre: '',
      },
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().errors[0].field).toBe('tenderDeadline');
    const deadline = new Date(t.clock.now().getTime() + 3 * 24 * 3600 * 1000).toISOString();
    const published = await call(t.app, market.buyer, {
      method: 'POST',
      url: calloffUrl(draft.id, '/publish'),
      payload: {
        version: draft.version,
        requestText: 'Placering från 15 december.',
        tenderDeadline: deadline,
        costCentre: '',
      },
    });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ status: 'open', costCentre: null });
    // Reading a person's needs is a sensitive read, logged for the municipality.
    const tender = await call(t.app, home1.caller, {
      method: 'GET',
      url: tenderUrl(home1, draft.id),
    });
    expect(tender.statusCode, tender.body).toBe(200);
    expect(tender.json().need.person.needs).toBe('Struktur i vardagen.');
    const reads = await db
      .selectFrom('sensitive_reads')
      .select(['organisation_id', 'user_id'])
      .where('object_id', '=', draft.needId)
      .execute();
    expect(reads).toContainEqual({ organisation_id: org, user_id: home1.userId });
    expect(await outboxTo(hidden, 'Invitation')).toHaveLength(0);
  });
});

describe('a DPS specific contract', () => {
  // Ten whole days after Monday 23 November: Thursday 3 December, to its end in Stockholm.
  const earliest = '2026-12-03T22:59:59.999Z';
  let version = staffing.version;

  it('shows who will be invited, who is left out and why, and the earliest deadline', async () => {
    const res = await call(t.app, market.buyer, {
      method: 'GET',
      url: calloffUrl(staffing.id, '/publication'),
    });
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json();
    expect(view.minimum).toEqual({ days: 10, basis: 'dps_statutory' });
    expect(view.earliestDeadline).toBe(earliest);
    expect(view.tieRule).toEqual(['lower_price', 'earlier_receipt', 'lot_drawing']);
    expect(view.preview.invited.map((s: { supplierId: string }) => s.supplierId).sort()).toEqual(
      admitted.map((s) => s.id).sort(),
    );
    expect(view.preview.leftOut).toEqual([
      { supplierId: excludedFirm.id, name: excludedFirm.name, reason: 'excluded' },
    ]);
    expect(view.preview.canPublish).toBe(true);
  });

  it('refuses a deadline nine days away, naming the earliest allowed', async () => {
    const res = await call(t.app, market.buyer, {
      method: 'POST',
      url: calloffUrl(staffing.id, '/publish'),
      payload: {
        version,
        requestText: 'Start 4 januari.',
        tenderDeadline: '2026-12-02T22:59:59.999Z',
        costCentre: 'IFO-123',
      },
    });
    expect(res.statusCode, res.body).toBe(400);
    const problem = res.json();
    expect(problem.errors[0].field).toBe('tenderDeadline');
    expect(problem.errors[0].message).toContain('3 December 2026');
    expect(problem.errors[0].message).toContain('10 days');
  });

  it('refuses a request text holding a personal identity number', async () => {
    const res = await call(t.app, market.buyer, {
      method: 'POST',
      url: calloffUrl(staffing.id, '/publish'),
      payload: {
        version,
        requestText: 'Gäller 20101010-1010.',
        tenderDeadline: earliest,
        costCentre: '',
      },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().errors[0].field).toBe('requestText');
  });

  it('publishes with exactly the earliest deadline and mails every invited supplier', async () => {
    const res = await call(t.app, market.buyer, {
      method: 'POST',
      url: calloffUrl(staffing.id, '/publish'),
      payload: {
        version,
        requestText: 'Start 4 januari.',
        tenderDeadline: earliest,
        costCentre: 'IFO-123',
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json();
    expect(detail).toMatchObject({
      status: 'open',
      tenderDeadline: earliest,
      requestText: 'Start 4 januari.',
      costCentre: 'IFO-123',
    });
    version = detail.version;
    const row = await db
      .selectFrom('calloffs')
      .select(['data_key_wrapped', 'published_by'])
      .where('id', '=', staffing.id)
      .executeTakeFirstOrThrow();
    expect(row.data_key_wrapped).toBeTruthy();
    expect(row.published_by).not.toBeNull();
    const invitations = await db
      .selectFrom('calloff_invitations')
      .select(['supplier_id', 'kind'])
      .where('calloff_id', '=', staffing.id)
      .execute();
    expect(invitations.map((i) => i.supplier_id).sort()).toEqual(admitted.map((s) => s.id).sort());
    for (const firm of admitted) {
      const mails = await outboxTo(firm, 'Invitation to tender');
      expect(mails).toHaveLength(1);
      expect(mails[0]!.body).toContain(`/tenders/${staffing.id}`);
    }
    expect(await outboxTo(excludedFirm, 'Invitation')).toHaveLength(0);
    const audit = await db
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'calloff.published')
      .where('object_id', '=', staffing.id)
      .executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({
      tieRule: ['lower_price', 'earlier_receipt', 'lot_drawing'],
      leftOut: [{ supplierId: excludedFirm.id, reason: 'excluded' }],
    });
  });

  it('lets only an invited supplier read the tender, and records the first read', async () => {
    const res = await call(t.app, firm1.caller, {
      method: 'GET',
      url: tenderUrl(firm1, staffing.id),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      title: expect.any(String),
      status: 'read',
      requestText: 'Start 4 januari.',
      deadline: earliest,
      need: { kind: 'staffing' },
    });
    const outsider = await call(t.app, excludedFirm.caller, {
      method: 'GET',
      url: tenderUrl(excludedFirm, staffing.id),
    });
    expect(outsider.statusCode).toBe(404);
    const home = market.hvbHomes[0]!;
    const other = await call(t.app, home.caller, {
      method: 'GET',
      url: tenderUrl(home, staffing.id),
    });
    expect(other.statusCode).toBe(404);
    const inbox = await call(t.app, firm1.caller, {
      method: 'GET',
      url: `/api/organisations/${firm1.id}/tenders`,
    });
    expect(inbox.json().items).toEqual([
      expect.objectContaining({ calloffId: staffing.id, status: 'read', deadline: earliest }),
    ]);
    const unread = await call(t.app, firm2.caller, {
      method: 'GET',
      url: `/api/organisations/${firm2.id}/tenders`,
    });
    expect(unread.json().items[0].status).toBe('new');
    expect(
      (
        await call(t.app, excludedFirm.caller, {
          method: 'GET',
          url: `/api/organisations/${excludedFirm.id}/tenders`,
        })
      ).json().items,
    ).toEqual([]);
  });

  it('answers a question to every invited supplier without naming the asker', async () => {
    const refused = await call(t.app, firm1.caller, {
      method: 'POST',
      url: tenderUrl(firm1, staffing.id, '/questions'),
      payload: { question: 'Gäller det 20101010-1010?' },
    });
    expect(refused.statusCode).toBe(400);
    const asked = await call(t.app, firm1.caller, {
      method: 'POST',
      url: tenderUrl(firm1, staffing.id, '/questions'),
      payload: { question: 'Går det att börja 11 januari?' },
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const questionId = asked.json().id;
    const list = await call(t.app, market.buyer, {
      method: 'GET',
      url: calloffUrl(staffing.id, '/questions'),
    });
    expect(list.json().items).toEqual([
      expect.objectContaining({ id: questionId, supplierName: firm1.name, answer: null }),
    ]);
    // Not answered yet: the other suppliers do not see it.
    const before = await call(t.app, firm2.caller, {
      method: 'GET',
      url: tenderUrl(firm2, staffing.id),
    });
    expect(before.json().questions).toEqual([]);

    const answered = await call(t.app, market.buyer, {
      method: 'POST',
      url: calloffUrl(staffing.id, `/questions/${questionId}/answer`),
      payload: { answer: 'Nej, start 4 januari.' },
    });
    expect(answered.statusCode, answered.body).toBe(200);
    for (const firm of admitted) {
      const mails = await outboxTo(firm, 'Question answered');
      expect(mails).toHaveLength(1);
      expect(mails[0]!.body).toContain('Nej, start 4 januari.');
      expect(mails[0]!.body).not.toContain(firm1.name);
    }
    const after = await call(t.app, firm2.caller, {
      method: 'GET',
      url: tenderUrl(firm2, staffing.id),
    });
    expect(after.json().questions).toEqual([
      expect.objectContaining({ answer: 'Nej, start 4 januari.', own: false }),
    ]);
    expect(JSON.stringify(after.json())).not.toContain(firm1.name);
    const again = await call(t.app, market.buyer, {
      method: 'POST',
      url: calloffUrl(staffing.id, `/questions/${questionId}/answer`),
      payload: { answer: 'Igen.' },
    });
    expect(again.statusCode).toBe(409);
  });

  it('a change needs the minimum again, marks given bids for review and tells everyone', async () => {
    const bid = await db
      .insertInto('bids')
      .values({
        calloff_id: staffing.id,
        supplier_id: firm2.id,
        status: 'submitted',
        iv: 'aXY=',
        ciphertext: 'Y3Q=',
        auth_tag: 'dGFn',
        receipt_sha256: 'a'.repeat(64),
        received_at: t.clock.now(),
        first_received_at: t.clock.now(),
        submitted_by: firm2.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await moveClockTo(new Date('2026-11-25T09:00:00Z'));
    const tooShort = await call(t.app, market.buyer, {
      method: 'POST',
      url: calloffUrl(staffing.id, '/changes'),
      payload: {
        version,
        summary: 'Omfattning 75 %.',
        requestText: 'Start 4 januari, 75 %.',
        tenderDeadline: earliest,
      },
    });
    expect(tooShort.statusCode, tooShort.body).toBe(400);
    // Ten days from the 25th end on Saturday 5 December: the period runs to Monday the 7th.
    expect(tooShort.json().errors[0].message).toContain('7 December 2026');
    const changed = await call(t.app, market.buyer, {
      method: 'POST',
      url: calloffUrl(staffing.id, '/changes'),
      payload: {
        version,
        summary: 'Omfattning 75 %.',
        requestText: 'Start 4 januari, 75 %.',
        tenderDeadline: '2026-12-07T22:59:59.999Z',
      },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    version = changed.json().version;
    const row = await db
      .selectFrom('bids')
      .select('needs_review')
      .where('id', '=', bid.id)
      .executeTakeFirstOrThrow();
    expect(row.needs_review).toBe(true);
    for (const firm of admitted) expect(await outboxTo(firm, 'Request changed')).toHaveLength(1);
    const tender = await call(t.app, firm2.caller, {
      method: 'GET',
      url: tenderUrl(firm2, staffing.id),
    });
    expect(tender.json()).toMatchObject({
      status: 'bid_given',
      bid: { status: 'submitted', needsReview: true },
      changes: [expect.objectContaining({ summary: 'Omfattning 75 %.' })],
      deadline: '2026-12-07T22:59:59.999Z',
    });
  });

  it('keeps a decline from the buyer until the deadline', async () => {
    const withBid = await call(t.app, firm2.caller, {
      method: 'POST',
      url: tenderUrl(firm2, staffing.id, '/decline'),
      payload: { reason: 'Ingen ledig konsult.' },
    });
    expect(withBid.statusCode).toBe(409);
    const declined = await call(t.app, firm3.caller, {
      method: 'POST',
      url: tenderUrl(firm3, staffing.id, '/decline'),
      payload: { reason: 'Ingen ledig konsult.' },
    });
    expect(declined.statusCode, declined.body).toBe(200);
    const hidden = await call(t.app, market.buyer, {
      method: 'GET',
      url: calloffUrl(staffing.id, '/publication'),
    });
    expect(hidden.json().invitations).toHaveLength(3);
    expect(JSON.stringify(hidden.json())).not.toContain('Ingen ledig konsult');

    await moveClockTo(new Date('2026-12-08T08:00:00Z'));
    const shown = await call(t.app, market.buyer, {
      method: 'GET',
      url: calloffUrl(staffing.id, '/publication'),
    });
    expect(shown.json().invitations).toContainEqual(
      expect.objectContaining({ supplierId: firm3.id, declineReason: 'Ingen ledig konsult.' }),
    );
    const late = await call(t.app, firm1.caller, {
      method: 'POST',
      url: tenderUrl(firm1, staffing.id, '/questions'),
      payload: { question: 'Hinner vi?' },
    });
    expect(late.statusCode).toBe(409);
    const inbox = await call(t.app, firm3.caller, {
      method: 'GET',
      url: `/api/organisations/${firm3.id}/tenders`,
    });
    expect(inbox.json().items[0].status).toBe('declined');
  });
});

describe("the supplier's inbox in pages", () => {
  it('gives each call-off once across the pages, sorted by deadline both ways', async () => {
    const days = [20, 22, 21];
    for (const [i, draft] of laterDrafts.entries()) {
      const deadline = new Date(t.clock.now().getTime() + days[i]! * 24 * 3600 * 1000);
      const published = await call(t.app, market.buyer, {
        method: 'POST',
        url: calloffUrl(draft.id, '/publish'),
        payload: {
          version: draft.version,
          requestText: 'Start i januari.',
          tenderDeadline: deadline.toISOString(),
          costCentre: '',
        },
      });
      expect(published.statusCode, published.body).toBe(200);
    }
    const list = {
      app: t.app,
      caller: firm1.caller,
      url: `/api/organisations/${firm1.id}/tenders`,
      id: (i: { calloffId: string; deadline: string }) => i.calloffId,
    };
    await expectPages(list);
    await expectSorted(list, 'deadline', (i) => i.deadline, byText);
    await expectBadPagesRefused(list);
  });
  it('downloads the inbox in its sort, statuses as words, deadlines as times; only its own', async () => {
    const inbox = `/api/organisations/${firm1.id}/tenders`;
    const sort = 'sort=deadline&order=asc';
    const items = (
      await call(t.app, firm1.caller, { method: 'GET', url: `${inbox}?${sort}&limit=200` })
    ).json<{ items: { calloffId: string; title: string; status: string; deadline: string }[] }>()
      .items;
    expect(items.length).toBeGreaterThanOrEqual(3);
    const csv = await csvDownload(t.app, firm1.caller, `${inbox}/export?${sort}&format=csv`);
    expect(csv.header).toEqual(['Call-off', 'Buyer', 'Procedure', 'Deadline', 'Status', 'To do']);
    expect(csv.rows.map((r) => r[0])).toEqual(items.map((i) => i.title));
    const words: Record<string, string> = {
      new: 'New',
      read: 'Read',
      bid_given: 'Bid given',
      declined: 'Declined',
      closed: 'Closed',
      cancelled: 'Cancelled',
    };
    expect(csv.rows.map((r) => r[4])).toEqual(items.map((i) => words[i.status]));
    expect(new Set(csv.rows.map((r) => r[2]))).toEqual(new Set(['DPS specific contract']));

    const sheet = await xlsxDownload(t.app, firm1.caller, `${inbox}/export?${sort}&format=xlsx`);
    const rows = sheetRows(sheet);
    expect(rows.map((r) => r[3])).toEqual(items.map(() => expect.any(Date)));
    const excluded = sheetRows(
      await xlsxDownload(
        t.app,
        excludedFirm.caller,
        `/api/organisations/${excludedFirm.id}/tenders/export?format=xlsx`,
      ),
    );
    const titlesOfFirm1 = new Set(rows.map((r) => r[0]));
    expect(excluded.filter((r) => titlesOfFirm1.has(r[0]))).toEqual([]);
    const buyerAsks = await call(t.app, market.buyer, {
      method: 'GET',
      url: `/api/organisations/${org}/tenders/export?format=csv`,
    });
    expect(buyerAsks.statusCode).toBe(403);
  });
});
