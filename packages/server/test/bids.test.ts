// Sealed bids: an invited staffing firm submits, replaces and withdraws its bid until the deadline
// by the server clock; the fields are checked against the call-off and the firm's registry; the
// buyer opens the bids only after the deadline, and the receipt then verifies against the opened
// bid. The call-offs are opened for bids directly in the database, as publishing would.
import { addCalendarDays, localDate } from '@tildel/domain/calendar';
import { describe, expect, it } from 'vitest';
import { openedBids } from '../src/modules/calloffs/bids/opened.ts';
import { verifyAuditChain } from '../src/platform/audit.ts';
import { Problem } from '../src/platform/problem.ts';
import { masterKey } from '../src/platform/sealing.ts';
import { call, createTestApp, type Caller } from './support/app.ts';
import { createOrganisation, createSession, createUser } from './support/factories.ts';
import { openForBids, type OpenCalloff } from './support/bids.ts';
import { readPdf } from './support/pdf.ts';
import { createMarket, type MarketSupplier } from './support/tendering.ts';

const t = await createTestApp();
const db = t.database.db;
const market = await createMarket(t, { staffingFirms: 4, hvbHomes: 2 });
const org = market.kristianstad.id;
const [firm1, firm2, firm3, outsider] = market.staffingFirms as [
  MarketSupplier,
  MarketSupplier,
  MarketSupplier,
  MarketSupplier,
];
const MINUTE = 60_000;
const master = masterKey(t.config.masterKey!);

/** Fresh sessions, for after the clock has moved. */
const buyer = () => createSession(db, t.clock, market.buyerUserId, org);
const as = (s: MarketSupplier) => createSession(db, t.clock, s.userId, s.id);

const openCalloff = (invited: MarketSupplier[], kind?: 'staffing' | 'placement') =>
  openForBids(t, market, invited, kind);
function today() {
  return localDate(t.clock.now(), 'SE');
}

function bidOf(calloff: OpenCalloff, s: MarketSupplier, overrides: Record<string, unknown> = {}) {
  return {
    unitPriceMinor: 95_000,
    answers: { [calloff.yesNo.id]: true, [calloff.minimum.id]: 6 },
    evidence: { [calloff.yesNo.id]: 'Examen 2015, Lunds universitet' },
    consultantId: s.consultantId,
    establishmentId: null,
    earliestStart: addCalendarDays(today(), 14),
    validUntil: addCalendarDays(today(), 90),
    note: '',
    ...overrides,
  };
}

async function put(
  caller: Caller,
  calloffId: string,
  supplierId: string,
  payload: Record<string, unknown>,
) {
  return call(t.app, caller, {
    method: 'PUT',
    url: `/api/organisations/${supplierId}/tenders/${calloffId}/bid`,
    payload,
  });
}

async function open(calloff: OpenCalloff, version = calloff.version) {
  return call(t.app, await buyer(), {
    method: 'POST',
    url: `/api/organisations/${org}/calloffs/${calloff.id}/opening`,
    payload: { version },
  });
}

/** Moves the server clock just past the call-off's deadline. */
function passDeadline(calloff: OpenCalloff) {
  t.clock.set(new Date(calloff.deadline.getTime() + MINUTE));
}

function fieldsOf(response: { json: () => unknown }) {
  return ((response.json() as { errors?: { field: string }[] }).errors ?? []).map((e) => e.field);
}

describe('submitting, replacing and withdrawing a bid', () => {
  it('seals a new bid, gives a receipt and audits only the receipt in the supplier chain', async () => {
    const calloff = await openCalloff([firm1, firm2]);
    const submitted = await put(firm1.caller, calloff.id, firm1.id, bidOf(calloff, firm1));
    expect(submitted.statusCode, submitted.body).toBe(201);
    const result = submitted.json();
    expect(result).toMatchObject({ status: 'submitted', version: 1, needsReview: false });
    expect(result.receipt.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(result.receipt.receivedAt).toBe(t.clock.now().toISOString());

    const own = await call(t.app, firm1.caller, {
      method: 'GET',
      url: `/api/organisations/${firm1.id}/tenders/${calloff.id}/bid`,
    });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({
      bidId: result.bidId,
      receipt: result.receipt,
      content: {
        unitPriceMinor: 95_000,
        currency: 'SEK',
        unit: 'hour',
        consultantId: firm1.consultantId,
        answers: { [calloff.yesNo.id]: true, [calloff.minimum.id]: 6 },
      },
    });

    const audits = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('object_id', '=', result.bidId)
      .execute();
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ organisation_id: firm1.id, action: 'bid.submitted' });
    expect(audits[0]!.after).toEqual({
      calloffId: calloff.id,
      receiptSha256: result.receipt.sha256,
      receivedAt: result.receipt.receivedAt,
    });

    // Another invited supplier has no bid of its own to read.
    const other = await call(t.app, firm2.caller, {
      method: 'GET',
      url: `/api/organisations/${firm2.id}/tenders/${calloff.id}/bid`,
    });
    expect(other.statusCode).toBe(404);
  });

  it('replaces a bid with a new receipt, keeping the first receipt time; a stale version is refused', async () => {
    const calloff = await openCalloff([firm1]);
    const first = await put(firm1.caller, calloff.id, firm1.id, bidOf(calloff, firm1));
    expect(first.statusCode, first.body).toBe(201);
    const firstAt = t.clock.now();
    t.clock.advance(MINUTE);
    const replaced = await put(
      firm1.caller,
      calloff.id,
      firm1.id,
      bidOf(calloff, firm1, { version: 1, unitPriceMinor: 91_000 }),
    );
    expect(replaced.statusCode, replaced.body).toBe(200);
    expect(replaced.json().bidId).toBe(first.json().bidId);
    expect(replaced.json().version).toBe(2);
    expect(replaced.json().receipt.sha256).not.toBe(first.json().receipt.sha256);
    expect(replaced.json().receipt.receivedAt).toBe(t.clock.now().toISOString());

    const row = await db
      .selectFrom('bids')
      .selectAll()
      .where('id', '=', first.json().bidId)
      .executeTakeFirstOrThrow();
    expect(row.first_received_at.toISOString()).toBe(firstAt.toISOString());
    expect(row.replacements).toBe(1);

    const stale = await put(
      firm1.caller,
      calloff.id,
      firm1.id,
      bidOf(calloff, firm1, { version: 1 }),
    );
    expect(stale.statusCode).toBe(409);
  });

  it('takes 0, 1 and the steps of a level scale as numbers on a minimum requirement', async () => {
    const calloff = await openCalloff([firm1]);
    let version: number | undefined;
    // Years of experience 0 and 1 and the levels of a 1–5 competence scale are ordinary answers.
    for (const level of [0, 1, 2, 3, 4, 5, 1.5]) {
      const response = await put(
        firm1.caller,
        calloff.id,
        firm1.id,
        bidOf(calloff, firm1, {
          answers: { [calloff.yesNo.id]: false, [calloff.minimum.id]: level },
          ...(version === undefined ? {} : { version }),
        }),
      );
      expect(response.statusCode, response.body).toBe(version === undefined ? 201 : 200);
      version = response.json().version;
      const own = await call(t.app, firm1.caller, {
        method: 'GET',
        url: `/api/organisations/${firm1.id}/tenders/${calloff.id}/bid`,
      });
      expect(own.json().content.answers).toStrictEqual({
        [calloff.yesNo.id]: false,
        [calloff.minimum.id]: level,
      });
    }
  });

  it('withdraws a bid; the count of standing bids drops; a second withdrawal is refused', async () => {
    const calloff = await openCalloff([firm1]);
    expect((await put(firm1.caller, calloff.id, firm1.id, bidOf(calloff, firm1))).statusCode).toBe(
      201,
    );
    const url = `/api/organisations/${firm1.id}/tenders/${calloff.id}/bid`;
    const withdrawn = await call(t.app, firm1.caller, { method: 'DELETE', url });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().status).toBe('withdrawn');
    const detail = await call(t.app, market.buyer, {
      method: 'GET',
      url: `/api/organisations/${org}/calloffs/${calloff.id}`,
    });
    expect(detail.json().bidCount).toBe(0);
    expect((await call(t.app, firm1.caller, { method: 'DELETE', url })).statusCode).toBe(409);
    // A withdrawn bid may be given again before the deadline.
    const again = await put(firm1.caller, calloff.id, firm1.id, bidOf(calloff, firm1));
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().status).toBe('submitted');
  });

  it('refuses a supplier that declined, and answers 404 to one not invited', async () => {
    const calloff = await openCalloff([firm1, firm2]);
    await db
      .updateTable('calloff_invitations')
      .set({ declined_at: t.clock.now(), decline_reason: 'Ingen konsult ledig' })
      .where('calloff_id', '=', calloff.id)
      .where('supplier_id', '=', firm2.id)
      .execute();
    const declined = await put(firm2.caller, calloff.id, firm2.id, bidOf(calloff, firm2));
    expect(declined.statusCode).toBe(409);
    expect(declined.json().detail).toMatch(/declined/);
    const stranger = await put(outsider.caller, calloff.id, outsider.id, bidOf(calloff, outsider));
    expect(stranger.statusCode).toBe(404);
    const read = await call(t.app, outsider.caller, {
      method: 'GET',
      url: `/api/organisations/${outsider.id}/tenders/${calloff.id}/bid`,
    });
    expect(read.statusCode).toBe(404);
  });

  it('refuses bids, replacements and withdrawals after the deadline, naming it', async () => {
    const start = t.clock.now();
    const calloff = await openCalloff([firm1]);
    expect((await put(firm1.caller, calloff.id, firm1.id, bidOf(calloff, firm1))).statusCode).toBe(
      201,
    );
    t.clock.set(calloff.deadline);
    const late = await put(await as(firm1), calloff.id, firm1.id, bidOf(calloff, firm1));
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toContain('deadline');
    expect(late.json().detail).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    const withdraw = await call(t.app, await as(firm1), {
      method: 'DELETE',
      url: `/api/organisations/${firm1.id}/tenders/${calloff.id}/bid`,
    });
    expect(withdraw.statusCode).toBe(409);
    t.clock.set(start);
  });

  it("checks the fields against the call-off and the supplier's own registry", async () => {
    const calloff = await openCalloff([firm1, firm3]);
    const submit = (overrides: Record<string, unknown>) =>
      put(firm1.caller, calloff.id, firm1.id, bidOf(calloff, firm1, overrides));

    const othersConsultant = await submit({ consultantId: firm2.consultantId });
    expect(othersConsultant.statusCode).toBe(400);
    expect(fieldsOf(othersConsultant)).toEqual(['consultantId']);

    const unknown = '00000000-0000-4000-8000-000000000000';
    const unknownRequirement = await submit({ answers: { [unknown]: true } });
    expect(unknownRequirement.statusCode).toBe(400);
    expect(fieldsOf(unknownRequirement)).toEqual([`answers.${unknown}`]);

    const wrongKinds = await submit({
      answers: { [calloff.yesNo.id]: 5, [calloff.minimum.id]: true },
    });
    expect(fieldsOf(wrongKinds).sort()).toEqual(
      [`answers.${calloff.yesNo.id}`, `answers.${calloff.minimum.id}`].sort(),
    );

    const dates = await submit({
      earliestStart: addCalendarDays(today(), -1),
      validUntil: addCalendarDays(today(), -2),
    });
    expect(fieldsOf(dates).sort()).toEqual(['earliestStart', 'validUntil']);

    const noConsultant = await submit({ consultantId: null });
    expect(fieldsOf(noConsultant)).toEqual(['consultantId']);

    const tooDear = await submit({ unitPriceMinor: 10_000_000_001 });
    expect(tooDear.statusCode).toBe(400);
  });

  it('refuses a consultant removed from the registry', async () => {
    const calloff = await openCalloff([firm3]);
    await db
      .updateTable('consultants')
      .set({ removed_at: t.clock.now() })
      .where('id', '=', firm3.consultantId)
      .execute();
    const removed = await put(firm3.caller, calloff.id, firm3.id, bidOf(calloff, firm3));
    expect(removed.statusCode).toBe(400);
    expect(fieldsOf(removed)).toEqual(['consultantId']);
    await db
      .updateTable('consultants')
      .set({ removed_at: null })
      .where('id', '=', firm3.consultantId)
      .execute();
  });

  it('takes a placement bid only for an own establishment with a permit valid today', async () => {
    const [home1, home2] = market.hvbHomes as [MarketSupplier, MarketSupplier];
    const calloff = await openCalloff([home1, home2], 'placement');
    const placementBid = (s: MarketSupplier, establishmentId: string | null) =>
      bidOf(calloff, s, { consultantId: null, establishmentId });
    await db
      .updateTable('permits')
      .set({ status: 'revoked' })
      .where('establishment_id', '=', home2.establishmentId)
      .execute();
    const revoked = await put(
      home2.caller,
      calloff.id,
      home2.id,
      placementBid(home2, home2.establishmentId),
    );
    expect(revoked.statusCode).toBe(400);
    expect(fieldsOf(revoked)).toEqual(['establishmentId']);
    const notOwn = await put(
      home1.caller,
      calloff.id,
      home1.id,
      placementBid(home1, home2.establishmentId),
    );
    expect(fieldsOf(notOwn)).toEqual(['establishmentId']);
    const none = await put(home1.caller, calloff.id, home1.id, placementBid(home1, null));
    expect(fieldsOf(none)).toEqual(['establishmentId']);
    // Hidden on the agreement after follow-up: not offered until the hiding is lifted.
    const hiding = await db
      .insertInto('establishment_hidings')
      .values({
        organisation_id: market.body.id,
        agreement_id: market.agreement.id,
        supplier_id: home1.id,
        establishment_id: home1.establishmentId!,
        reason: 'Vaken nattpersonal saknas',
        hidden_from: '2026-11-01',
        created_by: market.buyerUserId,
        created_at: t.clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const hidden = await put(
      home1.caller,
      calloff.id,
      home1.id,
      placementBid(home1, home1.establishmentId),
    );
    expect(hidden.statusCode).toBe(400);
    expect(fieldsOf(hidden)).toEqual(['establishmentId']);
    await db
      .updateTable('establishment_hidings')
      .set({ lifted_at: t.clock.now(), lifted_by: market.buyerUserId, lifted_reason: 'Rättat' })
      .where('id', '=', hiding.id)
      .execute();
    const ok = await put(
      home1.caller,
      calloff.id,
      home1.id,
      placementBid(home1, home1.establishmentId),
    );
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('keeps one row when the same supplier submits twice at once', async () => {
    const calloff = await openCalloff([firm2]);
    const [a, b] = await Promise.all([
      put(firm2.caller, calloff.id, firm2.id, bidOf(calloff, firm2, { unitPriceMinor: 1 })),
      put(firm2.caller, calloff.id, firm2.id, bidOf(calloff, firm2, { unitPriceMinor: 2 })),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    const rows = await db
      .selectFrom('bids')
      .select(['id', 'version'])
      .where('calloff_id', '=', calloff.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.version).toBe(2);
  });

  it('takes replacements and withdrawals of one supplier at once in turn, its audit chain intact', async () => {
    const calloff = await openCalloff([firm3]);
    const first = await put(firm3.caller, calloff.id, firm3.id, bidOf(calloff, firm3));
    expect(first.statusCode, first.body).toBe(201);
    const url = `/api/organisations/${firm3.id}/tenders/${calloff.id}/bid`;
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        i % 3 === 2
          ? call(t.app, firm3.caller, { method: 'DELETE', url })
          : put(firm3.caller, calloff.id, firm3.id, bidOf(calloff, firm3, { unitPriceMinor: i })),
      ),
    );
    // Each one either went through or found no standing bid to withdraw; none failed.
    for (const answer of answers) expect([200, 409], answer.body).toContain(answer.statusCode);
    const written = answers.filter((a) => a.statusCode === 200).length;
    const records = await db
      .selectFrom('audit_log')
      .select('action')
      .where('chain', '=', firm3.id)
      .where('object_type', '=', 'bid')
      .execute();
    expect(records).toHaveLength(1 + written);
    expect((await verifyAuditChain(db, firm3.id)).ok).toBe(true);
    const row = await db
      .selectFrom('bids')
      .select('version')
      .where('calloff_id', '=', calloff.id)
      .executeTakeFirstOrThrow();
    expect(row.version).toBe(1 + written);
  });

  it('stores nothing of the bid in clear', async () => {
    const calloff = await openCalloff([firm1]);
    const evidence = `CANARY-${crypto.randomUUID()}`;
    const response = await put(
      firm1.caller,
      calloff.id,
      firm1.id,
      bidOf(calloff, firm1, {
        unitPriceMinor: 987_654,
        evidence: { [calloff.yesNo.id]: evidence },
      }),
    );
    expect(response.statusCode, response.body).toBe(201);
    const row = await db
      .selectFrom('bids')
      .selectAll()
      .where('calloff_id', '=', calloff.id)
      .executeTakeFirstOrThrow();
    const stored = JSON.stringify(row) + Buffer.from(row.ciphertext, 'base64').toString('latin1');
    for (const canary of ['987654', '987 654', evidence, firm1.consultantId!])
      expect(stored).not.toContain(canary);
  });
});

describe('the receipt as a PDF', () => {
  const receiptUrl = (supplierId: string, calloffId: string, query = '') =>
    `/api/organisations/${supplierId}/tenders/${calloffId}/bid/receipt.pdf${query}`;

  it('names the call-off, the buyer, the time with its zone, the consultant, the price and the hash', async () => {
    const calloff = await openCalloff([firm1, firm2]);
    const submitted = await put(
      firm1.caller,
      calloff.id,
      firm1.id,
      bidOf(calloff, firm1, { unitPriceMinor: 123_450 }),
    );
    expect(submitted.statusCode, submitted.body).toBe(201);
    const { sha256 } = submitted.json<{ receipt: { sha256: string } }>().receipt;

    const sv = await call(t.app, firm1.caller, {
      method: 'GET',
      url: receiptUrl(firm1.id, calloff.id, '?locale=sv'),
    });
    expect(sv.statusCode, sv.body).toBe(200);
    expect(sv.headers['content-type']).toBe('application/pdf');
    expect(sv.headers['content-disposition']).toContain(`anbudskvitto-${sha256.slice(0, 12)}.pdf`);
    const swedish = await readPdf(sv.rawPayload);
    expect(swedish.title).toBe('Anbudskvitto – Inhyrd socialsekreterare, barn och unga');
    expect(swedish.language).toBe('sv-SE');
    expect(swedish.tagged).toBe(true);
    expect(swedish.fontsEmbedded).toBe(true);
    expect(swedish.text).toMatch(/^Kristianstads kommun Datum: \d{1,2} [a-zåäö]+ \d{4} /);
    expect(swedish.text).toContain('Avrop Inhyrd socialsekreterare, barn och unga');
    expect(swedish.text).toContain(`Anbudsgivare ${firm1.name}`);
    expect(swedish.text).toMatch(
      /Mottaget av Tildel \d{1,2} [a-zåäö]+ \d{4} kl\. \d{2}:\d{2}:\d{2} CES?T /,
    );
    expect(swedish.text).toContain(`Föreslagen konsult Konsult hos ${firm1.name}`);
    expect(swedish.text).toContain('Styckpris 1 234,50 kr per timme');
    expect(swedish.text).toContain(sha256);
    expect(swedish.text).not.toContain('Återkallat');

    const english = await readPdf(
      (
        await call(t.app, firm1.caller, {
          method: 'GET',
          url: receiptUrl(firm1.id, calloff.id, '?locale=en'),
        })
      ).rawPayload,
    );
    expect(english.text).toContain('Bid receipt');
    expect(english.text).toMatch(
      /Received by Tildel \d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2}:\d{2} CES?T /,
    );
    expect(english.text).toContain('Unit price SEK 1,234.50 per hour');

    // A withdrawn bid's receipt says so.
    const withdrawn = await call(t.app, firm1.caller, {
      method: 'DELETE',
      url: `/api/organisations/${firm1.id}/tenders/${calloff.id}/bid`,
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const after = await call(t.app, firm1.caller, {
      method: 'GET',
      url: receiptUrl(firm1.id, calloff.id, '?locale=sv'),
    });
    expect((await readPdf(after.rawPayload)).text).toMatch(
      /Återkallat \d{1,2} [a-zåäö]+ \d{4} kl\./,
    );
  });

  it('is for the bidder only: sealed to other bidders, suppliers not invited and the buyer', async () => {
    const calloff = await openCalloff([firm1, firm2]);
    expect((await put(firm1.caller, calloff.id, firm1.id, bidOf(calloff, firm1))).statusCode).toBe(
      201,
    );
    const asking = [
      // Invited, but without a bid of its own: the other's bid is not there for it.
      { caller: firm2.caller, url: receiptUrl(firm2.id, calloff.id), status: 404 },
      { caller: outsider.caller, url: receiptUrl(outsider.id, calloff.id), status: 404 },
      // Not a member of the bidder's organisation.
      { caller: firm2.caller, url: receiptUrl(firm1.id, calloff.id), status: 403 },
      { caller: await buyer(), url: receiptUrl(firm1.id, calloff.id), status: 403 },
      { caller: await buyer(), url: receiptUrl(org, calloff.id), status: 403 },
    ];
    for (const { caller, url, status } of asking) {
      const response = await call(t.app, caller, { method: 'GET', url });
      expect(response.statusCode, url).toBe(status);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });
});

describe('opening the bids', () => {
  it('refuses before the deadline; after it opens, audits, and the receipts verify', async () => {
    const start = t.clock.now();
    const calloff = await openCalloff([firm1, firm2, firm3]);
    const receipts = new Map<string, string>();
    for (const s of [firm1, firm2]) {
      const r = await put(
        s.caller,
        calloff.id,
        s.id,
        bidOf(calloff, s, { consultantId: s.consultantId }),
      );
      expect(r.statusCode, r.body).toBe(201);
      receipts.set(s.id, r.json().receipt.sha256);
    }
    const early = await open(calloff);
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    await expect(
      db.transaction().execute((trx) => openedBids(trx, master, calloff.id)),
    ).rejects.toSatisfy(
      (error) => error instanceof Problem && error.messageKey === 'award.not_opened',
    );

    passDeadline(calloff);
    expect((await open(calloff, calloff.version - 1)).statusCode).toBe(409);
    const opened = await open(calloff);
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json()).toMatchObject({
      status: 'evaluation',
      bidCount: 2,
      version: calloff.version + 1,
    });
    expect(opened.json().openedAt).toBe(t.clock.now().toISOString());
    const row = await db
      .selectFrom('calloffs')
      .select(['opened_by', 'drawing_seed'])
      .where('id', '=', calloff.id)
      .executeTakeFirstOrThrow();
    expect(row.opened_by).toBe(market.buyerUserId);
    expect(row.drawing_seed).toMatch(/^[0-9a-f]{64}$/);

    const bids = await db.transaction().execute((trx) => openedBids(trx, master, calloff.id));
    expect(bids.map((b) => b.supplierId).sort()).toEqual([firm1.id, firm2.id].sort());
    for (const bid of bids) {
      expect(bid.receiptVerified).toBe(true);
      expect(bid.receiptSha256).toBe(receipts.get(bid.supplierId));
      expect(bid.content.unitPriceMinor).toBe(95_000);
    }

    const audit = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('object_id', '=', calloff.id)
      .where('action', '=', 'calloff.opened')
      .executeTakeFirstOrThrow();
    expect(audit.organisation_id).toBe(org);
    expect(audit.after).toMatchObject({ status: 'evaluation', count: 2 });

    const who = await call(t.app, await buyer(), {
      method: 'GET',
      url: `/api/organisations/${org}/calloffs/${calloff.id}/opening`,
    });
    expect(who.json()).toEqual({
      openedAt: t.clock.now().toISOString(),
      openedBy: expect.any(String),
    });
    expect((await open(calloff, calloff.version + 1)).statusCode).toBe(409);
    t.clock.set(start);
  });

  it('marks a call-off without standing bids unfulfilled', async () => {
    const start = t.clock.now();
    const calloff = await openCalloff([firm1]);
    passDeadline(calloff);
    const opened = await open(calloff);
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json()).toMatchObject({ status: 'unfulfilled', bidCount: 0 });
    t.clock.set(start);
  });

  it("answers 404 to another municipality's buyer", async () => {
    const calloff = await openCalloff([firm1]);
    const neighbour = await createOrganisation(db, { kind: 'municipality' });
    const user = await createUser(db, {
      memberships: [{ organisationId: neighbour.id, roles: ['buyer'] }],
    });
    const start = t.clock.now();
    passDeadline(calloff);
    const response = await call(t.app, await createSession(db, t.clock, user.id, neighbour.id), {
      method: 'POST',
      url: `/api/organisations/${neighbour.id}/calloffs/${calloff.id}/opening`,
      payload: { version: calloff.version },
    });
    expect(response.statusCode).toBe(404);
    t.clock.set(start);
  });
});
