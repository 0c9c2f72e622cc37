// Evaluation, award and order: after the opening the bids are ranked by the call-off's model (a
// must failure set aside with its reason), the buyer may set bids aside, awards one bid — of two
// buyers at once exactly one succeeds — and every bidder gets the decision with a PDF in its
// language; the order waits for a chosen standstill. The timeline tells no bid event before the
// opening. Call-offs are put open and bids sealed directly, as the invitation and bid slices do.
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { appendAudit } from '../src/platform/audit.ts';
import { masterKey, newDataKey, sealBid, unwrapDataKey } from '../src/platform/sealing.ts';
import { call, createTestApp } from './support/app.ts';
import { isPdf, readPdf } from './support/pdf.ts';
import { createDraftCalloff, createMarket, type MarketSupplier } from './support/tendering.ts';

const t = await createTestApp();
const db = t.database.db;
const market = await createMarket(t, { staffingFirms: 4 });
const org = market.kristianstad.id;
const [firm1, firm2, firm3, firm4] = market.staffingFirms as [
  MarketSupplier,
  MarketSupplier,
  MarketSupplier,
  MarketSupplier,
];
const DAY = 86_400_000;
const calloffUrl = (id: string) => `/api/organisations/${org}/calloffs/${id}`;
const tenderUrl = (firm: MarketSupplier, id: string) =>
  `/api/organisations/${firm.id}/tenders/${id}`;

// Firm 2 reads in English, the others in Swedish.
for (const firm of market.staffingFirms)
  await db
    .updateTable('users')
    .set({ locale: firm === firm2 ? 'en' : 'sv' })
    .where('id', '=', firm.userId)
    .execute();

const REQUIREMENTS = [
  { level: 'must', title: 'Socionomexamen', criterion: { kind: 'yes_no' } },
  {
    level: 'should',
    title: 'Erfarenhet av LVU-utredningar',
    criterion: { kind: 'yes_no' },
    value: { kind: 'deduction', amountMinor: 5_000 },
  },
];

/** Moves the clock; the sessions live on, as if their people had signed in again. */
async function setClock(at: Date) {
  t.clock.set(at);
  await db
    .updateTable('sessions')
    .set({ last_seen_at: at, expires_at: new Date(at.getTime() + DAY) })
    .execute();
}

interface BidPlan {
  firm: MarketSupplier;
  unitPriceMinor: number;
  /** Answers to the must and the should requirement. */
  must: boolean;
  should: boolean;
}

/** A staffing call-off put open directly, with bids sealed as the bid slice seals them. */
async function openCalloff(
  model: Record<string, unknown>,
  requirements: unknown[],
  plans: BidPlan[],
) {
  const draft = await createDraftCalloff(t, market, {
    kind: 'staffing',
    evaluation: { requirements, model },
  });
  const master = masterKey(t.config.masterKey!);
  const key = newDataKey(master);
  const now = t.clock.now();
  const deadline = new Date(now.getTime() + 10 * DAY);
  await db
    .updateTable('calloffs')
    .set({
      status: 'open',
      published_at: now,
      published_by: market.buyerUserId,
      tender_deadline: deadline,
      data_key_wrapped: key.wrapped,
      data_key_id: key.keyId,
      version: draft.version + 1,
    })
    .where('id', '=', draft.id)
    .execute();
  await db
    .insertInto('calloff_invitations')
    .values(
      market.staffingFirms.map((firm) => ({
        calloff_id: draft.id,
        organisation_id: org,
        supplier_id: firm.id,
        kind: 'tender' as const,
        invited_at: now,
      })),
    )
    .execute();
  const dataKey = unwrapDataKey(master, key);
  const [must, should] = draft.requirements as [{ id: string }, { id: string }?];
  const bidIds: string[] = [];
  for (const plan of plans) {
    t.clock.advance(60_000);
    const receivedAt = t.clock.now();
    const bidId = randomUUID();
    const content = {
      unitPriceMinor: plan.unitPriceMinor,
      currency: 'SEK',
      unit: 'hour',
      answers: { [must.id]: plan.must, ...(should ? { [should.id]: plan.should } : {}) },
      evidence: {},
      consultantId: plan.firm.consultantId,
      establishmentId: null,
      earliestStart: '2027-01-04',
      validUntil: '2027-03-31',
      note: '',
    };
    const { sealed, receipt } = sealBid(
      dataKey,
      { callOffId: draft.id, bidId },
      content,
      receivedAt,
    );
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('bids')
        .values({
          id: bidId,
          calloff_id: draft.id,
          supplier_id: plan.firm.id,
          status: 'submitted',
          iv: sealed.iv,
          ciphertext: sealed.ciphertext,
          auth_tag: sealed.authTag,
          receipt_sha256: receipt.sha256,
          received_at: receivedAt,
          first_received_at: receivedAt,
          submitted_by: plan.firm.userId,
        })
        .execute();
      await appendAudit(trx, t.clock, {
        organisationId: plan.firm.id,
        actorUserId: plan.firm.userId,
        action: 'bid.submitted',
        objectType: 'bid',
        objectId: bidId,
        after: { calloffId: draft.id, receiptSha256: receipt.sha256, receivedAt },
      });
    });
    bidIds.push(bidId);
  }
  return { id: draft.id, bidIds, deadline };
}

/** Past the deadline by the server's clock: the opening, as the bid slice records it. */
async function open(calloffId: string, deadline: Date) {
  await setClock(new Date(deadline.getTime() + 60_000));
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('calloffs')
      .set((eb) => ({
        status: 'evaluation',
        opened_at: t.clock.now(),
        opened_by: market.buyerUserId,
        drawing_seed: randomBytes(32).toString('hex'),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', calloffId)
      .execute();
    await appendAudit(trx, t.clock, {
      organisationId: org,
      actorUserId: market.buyerUserId,
      action: 'calloff.opened',
      objectType: 'calloff',
      objectId: calloffId,
    });
  });
}

interface Report {
  version: number;
  status: string;
  warnings: string[];
  bids: {
    bidId: string;
    supplierName: string;
    outcome: string;
    rank: number | null;
    unitPriceMinor: number;
    priceMinor: number;
    deductions: { title: string; amountMinor: number }[];
    comparisonValue: { kind: string; amountMinor: number | null; decimal: string | null } | null;
    setAsideReasons: {
      kind: string;
      title: string | null;
      failure: string | null;
      reason: string | null;
    }[];
    receiptVerified: boolean;
    consultant: { id: string; name: string } | null;
  }[];
  decision: { supplierName: string; standstillUntil: string | null; orderAllowed: boolean } | null;
}

async function evaluation(calloffId: string) {
  const res = await call(t.app, market.buyer, {
    method: 'GET',
    url: `${calloffUrl(calloffId)}/evaluation`,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Report>();
}

const COMPARISON = { kind: 'comparison_price', basis: 'unit_price' };
// The worked example: 950 kr/h with a met should requirement worth 50 kr/h compares as 900 kr/h
// and beats 920 kr/h without it; a bid without socionomexamen is set aside.
const EXAMPLE: BidPlan[] = [
  { firm: firm2, unitPriceMinor: 92_000, must: true, should: false },
  { firm: firm1, unitPriceMinor: 95_000, must: true, should: true },
  { firm: firm3, unitPriceMinor: 80_000, must: false, should: true },
];

/** The worked example opened and awarded to its best bid (the second given) without standstill. */
async function awardedWithoutStandstill() {
  const { id, bidIds, deadline } = await openCalloff(COMPARISON, REQUIREMENTS, EXAMPLE);
  await open(id, deadline);
  const { version } = await evaluation(id);
  const awarded = await call(t.app, market.buyer, {
    method: 'POST',
    url: `${calloffUrl(id)}/award`,
    payload: { version, bidId: bidIds[1], reasons: 'Lägst jämförelsepris.', standstill: false },
  });
  expect(awarded.statusCode, awarded.body).toBe(200);
  return { id, bidIds, awarded };
}

/** The decision mails a firm's user got about one call-off. */
async function emailsTo(firm: MarketSupplier, calloffId: string) {
  const user = await db
    .selectFrom('users')
    .select('email')
    .where('id', '=', firm.userId)
    .executeTakeFirstOrThrow();
  return db
    .selectFrom('outbox')
    .select(['subject', 'body'])
    .where('recipient', '=', user.email)
    .where('body', 'like', `%/tenders/${calloffId}%`)
    .execute();
}

describe('the evaluation report', () => {
  it('ranks by comparison price and sets a must failure aside with the requirement', async () => {
    const { id, deadline } = await openCalloff(COMPARISON, REQUIREMENTS, EXAMPLE);
    const early = await call(t.app, market.buyer, {
      method: 'GET',
      url: `${calloffUrl(id)}/evaluation`,
    });
    expect(early.statusCode).toBe(409);
    expect(early.body).not.toContain(firm1.name);
    await open(id, deadline);

    const report = await evaluation(id);
    expect(report.bids.map((b) => [b.supplierName, b.rank])).toEqual([
      [firm1.name, 1],
      [firm2.name, 2],
      [firm3.name, null],
    ]);
    const [first, second, third] = report.bids;
    expect(first!.comparisonValue).toMatchObject({
      kind: 'comparison_price',
      amountMinor: 90_000,
      decimal: '900.00',
    });
    expect(first!.deductions).toEqual([
      {
        requirementId: expect.any(String),
        title: 'Erfarenhet av LVU-utredningar',
        amountMinor: 5_000,
      },
    ]);
    expect(first!.consultant?.name).toBe(`Konsult hos ${firm1.name}`);
    expect(first!.receiptVerified).toBe(true);
    expect(second!.comparisonValue?.amountMinor).toBe(92_000);
    expect(third!.outcome).toBe('set_aside');
    expect(third!.setAsideReasons).toEqual([
      expect.objectContaining({
        kind: 'must_requirement_failed',
        title: 'Socionomexamen',
        failure: 'not_met',
      }),
    ]);
  });

  it('ranks the same bids by lowest price, and warns of relative scoring for the weighted score', async () => {
    const lowest = await openCalloff(
      { kind: 'lowest_price', basis: 'unit_price' },
      [REQUIREMENTS[0]],
      EXAMPLE,
    );
    await open(lowest.id, lowest.deadline);
    const byPrice = await evaluation(lowest.id);
    expect(
      byPrice.bids.map((b) => [b.supplierName, b.rank, b.comparisonValue?.decimal ?? null]),
    ).toEqual([
      [firm2.name, 1, '920.00'],
      [firm1.name, 2, '950.00'],
      [firm3.name, null, null],
    ]);
    expect(byPrice.warnings).toEqual([]);

    const weighted = await openCalloff(
      { kind: 'weighted_score', basis: 'unit_price', priceWeight: 60, qualityWeight: 40 },
      [REQUIREMENTS[0], { ...REQUIREMENTS[1], value: { kind: 'points', points: 10 } }],
      EXAMPLE,
    );
    await open(weighted.id, weighted.deadline);
    const byScore = await evaluation(weighted.id);
    // 60 × 920/950 + 40 = 98.11 beats 60 × 920/920 + 0 = 60.
    expect(
      byScore.bids.slice(0, 2).map((b) => [b.supplierName, b.comparisonValue?.decimal]),
    ).toEqual([
      [firm1.name, '98.11'],
      [firm2.name, '60.00'],
    ]);
    expect(byScore.warnings).toEqual(['relative_scoring_can_reorder']);
  });

  it('names a price per quality point in whole minor units beside its exact value', async () => {
    const perPoint = await openCalloff(
      { kind: 'price_per_quality_point', basis: 'unit_price' },
      [REQUIREMENTS[0], { ...REQUIREMENTS[1], value: { kind: 'points', points: 3 } }],
      EXAMPLE,
    );
    await open(perPoint.id, perPoint.deadline);
    const [first] = (await evaluation(perPoint.id)).bids;
    // 95 000 öre for 3 points: 31 666.67 öre a point, 31 667 in whole öre.
    expect(first!.comparisonValue).toMatchObject({
      kind: 'price_per_quality_point',
      amountMinor: 31_667,
      decimal: '316.67',
    });
  });

  it('lets the buyer set a bid aside with a reason and take it back', async () => {
    const { id, bidIds, deadline } = await openCalloff(COMPARISON, REQUIREMENTS, EXAMPLE);
    const early = await call(t.app, market.buyer, {
      method: 'PUT',
      url: `${calloffUrl(id)}/bids/${bidIds[1]}/set-aside`,
      payload: { reason: 'Konsulten är inte tillgänglig' },
    });
    expect(early.statusCode).toBe(409);
    await open(id, deadline);
    const put = await call(t.app, market.buyer, {
      method: 'PUT',
      url: `${calloffUrl(id)}/bids/${bidIds[1]}/set-aside`,
      payload: { reason: 'Konsulten är inte tillgänglig' },
    });
    expect(put.statusCode, put.body).toBe(200);
    const aside = put.json<Report>();
    expect(aside.bids[0]!.supplierName).toBe(firm2.name);
    expect(aside.bids.find((b) => b.bidId === bidIds[1])!.setAsideReasons).toEqual([
      expect.objectContaining({
        kind: 'set_aside_by_buyer',
        reason: 'Konsulten är inte tillgänglig',
      }),
    ]);
    const blank = await call(t.app, market.buyer, {
      method: 'PUT',
      url: `${calloffUrl(id)}/bids/${bidIds[1]}/set-aside`,
      payload: { reason: '   ' },
    });
    expect(blank.statusCode).toBe(400);
    const removed = await call(t.app, market.buyer, {
      method: 'DELETE',
      url: `${calloffUrl(id)}/bids/${bidIds[1]}/set-aside`,
    });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json<Report>().bids[0]!.supplierName).toBe(firm1.name);
    const controllerTry = await call(t.app, market.controller, {
      method: 'PUT',
      url: `${calloffUrl(id)}/bids/${bidIds[1]}/set-aside`,
      payload: { reason: 'x' },
    });
    expect(controllerTry.statusCode).toBe(403);
  });
});

describe('the award, the decision and the order', () => {
  it('awards with a standstill, tells every bidder, and orders only after the standstill', async () => {
    const { id, bidIds, deadline } = await openCalloff(COMPARISON, REQUIREMENTS, EXAMPLE);
    await open(id, deadline);
    const { version } = await evaluation(id);
    const winner = bidIds[1]!;

    const stale = await call(t.app, market.buyer, {
      method: 'POST',
      url: `${calloffUrl(id)}/award`,
      payload: {
        version: version - 1,
        bidId: winner,
        reasons: 'Lägst jämförelsepris.',
        standstill: true,
      },
    });
    expect(stale.statusCode).toBe(409);
    const asideBid = await call(t.app, market.buyer, {
      method: 'POST',
      url: `${calloffUrl(id)}/award`,
      payload: { version, bidId: bidIds[2], reasons: 'Fel.', standstill: true },
    });
    expect(asideBid.statusCode).toBe(409);
    const awarded = await call(t.app, market.buyer, {
      method: 'POST',
      url: `${calloffUrl(id)}/award`,
      payload: { version, bidId: winner, reasons: 'Lägst jämförelsepris.', standstill: true },
    });
    expect(awarded.statusCode, awarded.body).toBe(200);
    const detail = awarded.json<{ status: string; version: number }>();
    expect(detail.status).toBe('awarded');

    // Every bidder hears it, the winner that it won, the others who did, each in its language.
    const [won] = await emailsTo(firm1, id);
    expect(won?.body).toContain('Ert anbud har tilldelats avropet.');
    const [lost] = await emailsTo(firm2, id);
    expect(lost?.subject).toMatch(/^Award decision:/);
    expect(lost?.body).toContain(`Supplier awarded: ${firm1.name}`);
    expect(lost?.body).toContain('rank 2 of 2');
    expect(lost?.body).toContain('Lägst jämförelsepris.');
    expect(lost?.body).toContain(`/tenders/${id}`);
    const [aside] = await emailsTo(firm3, id);
    expect(aside?.body).toContain('Socionomexamen');
    expect(await emailsTo(firm4, id)).toEqual([]);

    // The decision document in the reader's language.
    const sv = await call(t.app, market.buyer, {
      method: 'GET',
      url: `${calloffUrl(id)}/award-decision.pdf?locale=sv`,
    });
    expect(sv.statusCode).toBe(200);
    expect(sv.headers['content-type']).toBe('application/pdf');
    expect(sv.headers['content-disposition']).toMatch(/^attachment; filename=/);
    expect(isPdf(sv.rawPayload)).toBe(true);
    const svPdf = await readPdf(sv.rawPayload);
    expect(svPdf.title).toMatch(/^Tilldelningsbeslut – /);
    expect(svPdf.language).toBe('sv-SE');
    expect(svPdf.roles).toEqual(expect.arrayContaining(['H1', 'Table', 'TH', 'TD']));
    expect(svPdf.fontsEmbedded).toBe(true);
    // The buyer's letterhead, the date in Swedish, the ranking table in kronor, the page number.
    expect(svPdf.pages[0]).toMatch(/^Kristianstads kommun Datum: \d{1,2} [a-zåäö]+ \d{4}/);
    expect(svPdf.text).toContain(`Tilldelad leverantör ${firm1.name}`);
    expect(svPdf.text).toContain('Lägst jämförelsepris.');
    expect(svPdf.text).toContain('Plats Leverantör Styckpris Jämförelsevärde');
    expect(svPdf.text).toContain(`1 ${firm1.name} Konsult hos ${firm1.name} 950,00 kr 900,00 kr`);
    expect(svPdf.text).toContain(`2 ${firm2.name} Konsult hos ${firm2.name} 920,00 kr 920,00 kr`);
    expect(svPdf.text).toContain(`– ${firm3.name} Konsult hos ${firm3.name} 800,00 kr Åt sidan`);
    expect(svPdf.text).toContain(
      `Åt sidan: ${firm3.name} (uppfyller inte ska-kravet "Socionomexamen")`,
    );
    expect(svPdf.text).toContain('1 (1)');
    const da = await call(t.app, firm2.caller, {
      method: 'GET',
      url: `${tenderUrl(firm2, id)}/award-decision.pdf?locale=da`,
    });
    expect(da.statusCode).toBe(200);
    const daPdf = await readPdf(da.rawPayload);
    expect(daPdf.language).toBe('da-DK');
    expect(daPdf.text).toContain('Tildelingsbeslutning');
    expect(daPdf.text).toMatch(/Dato: \d{1,2}\. [a-zæøå]+ \d{4}/);
    expect(daPdf.text).toContain('Placering Leverandør Enhedspris Sammenligningsværdi');
    expect(daPdf.text).toContain(`1 ${firm1.name} Konsult hos ${firm1.name} 950,00 SEK 900,00 SEK`);
    const en = await call(t.app, firm2.caller, {
      method: 'GET',
      url: `${tenderUrl(firm2, id)}/award-decision.pdf`,
    });
    const enPdf = await readPdf(en.rawPayload);
    expect(enPdf.text).toContain('Award decision');
    expect(enPdf.text).toMatch(/Date: \d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(enPdf.text).toContain(`1 ${firm1.name} Konsult hos ${firm1.name} SEK 950.00 SEK 900.00`);

    const mine = await call(t.app, firm2.caller, {
      method: 'GET',
      url: `${tenderUrl(firm2, id)}/award-decision`,
    });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json()).toMatchObject({
      won: false,
      winnerName: firm1.name,
      ownRank: 2,
      reasons: 'Lägst jämförelsepris.',
    });
    const outsider = await call(t.app, firm4.caller, {
      method: 'GET',
      url: `${tenderUrl(firm4, id)}/award-decision`,
    });
    expect(outsider.statusCode).toBe(404);
    const outsiderPdf = await call(t.app, firm4.caller, {
      method: 'GET',
      url: `${tenderUrl(firm4, id)}/award-decision.pdf`,
    });
    expect(outsiderPdf.statusCode).toBe(404);

    // The standstill: ten calendar days to the end of the tenth day in Sweden.
    const decided = await evaluation(id);
    expect(decided.decision?.orderAllowed).toBe(false);
    const until = new Date(decided.decision!.standstillUntil!);
    const order = { version: detail.version, startDate: '2027-01-04', endDate: '2027-01-31' };
    const early = await call(t.app, market.buyer, {
      method: 'POST',
      url: `${calloffUrl(id)}/order`,
      payload: order,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json<{ detail: string }>().detail).toContain(until.toISOString().slice(0, 10));
    await setClock(new Date(until.getTime() + 1));
    const backwards = await call(t.app, market.buyer, {
      method: 'POST',
      url: `${calloffUrl(id)}/order`,
      payload: { ...order, endDate: '2026-12-31' },
    });
    expect(backwards.statusCode).toBe(400);
    const ordered = await call(t.app, market.buyer, {
      method: 'POST',
      url: `${calloffUrl(id)}/order`,
      payload: order,
    });
    expect(ordered.statusCode, ordered.body).toBe(200);
    const made = ordered.json<{
      status: string;
      need: { status: string };
      order: { id: string; reference: string };
    }>();
    expect(made.status).toBe('ordered');
    expect(made.need.status).toBe('fulfilled');
    expect(made.order.reference).toMatch(/^A-\d{4}-\d{6}$/);
    const row = await db
      .selectFrom('orders')
      .selectAll()
      .where('id', '=', made.order.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      supplier_id: firm1.id,
      consultant_id: firm1.consultantId,
      currency: 'SEK',
    });
    expect(Number(row.unit_price_minor)).toBe(95_000);
  });

  it('lets exactly one of two buyers awarding at once succeed; without standstill the order may follow at once', async () => {
    const { id, bidIds, deadline } = await openCalloff(COMPARISON, REQUIREMENTS, EXAMPLE);
    await open(id, deadline);
    const { version } = await evaluation(id);
    const awardAs = (bidId: string) =>
      call(t.app, market.buyer, {
        method: 'POST',
        url: `${calloffUrl(id)}/award`,
        payload: { version, bidId, reasons: 'Bästa jämförelsepris.', standstill: false },
      });
    const results = await Promise.all([awardAs(bidIds[1]!), awardAs(bidIds[0]!)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const loser = results.find((r) => r.statusCode === 409)!;
    expect(loser.json<{ detail: string }>().detail).toMatch(/Someone else changed the call-off/);
    expect(
      await db.selectFrom('award_decisions').select('id').where('calloff_id', '=', id).execute(),
    ).toHaveLength(1);

    const detail = results.find((r) => r.statusCode === 200)!.json<{ version: number }>();
    const ordered = await call(t.app, market.buyer, {
      method: 'POST',
      url: `${calloffUrl(id)}/order`,
      payload: { version: detail.version, startDate: '2027-01-04', endDate: '2027-01-31' },
    });
    expect(ordered.statusCode, ordered.body).toBe(200);
  });

  it('makes the order from the frozen decision, opening no bid again', async () => {
    const { id, bidIds, awarded } = await awardedWithoutStandstill();
    const frozen = (await evaluation(id)).bids.find((b) => b.bidId === bidIds[1])!;
    // Without the call-off's data key no bid can be opened: only the frozen report can price it.
    await db
      .updateTable('calloffs')
      .set({ data_key_wrapped: null, data_key_id: null })
      .where('id', '=', id)
      .execute();
    const ordered = await call(t.app, market.buyer, {
      method: 'POST',
      url: `${calloffUrl(id)}/order`,
      payload: { version: awarded.json().version, startDate: '2027-01-04', endDate: '2027-01-31' },
    });
    expect(ordered.statusCode, ordered.body).toBe(200);
    const row = await db
      .selectFrom('orders')
      .selectAll()
      .where('id', '=', ordered.json<{ order: { id: string } }>().order.id)
      .executeTakeFirstOrThrow();
    expect(Number(row.unit_price_minor)).toBe(frozen.unitPriceMinor);
    expect(row).toMatchObject({ consultant_id: frozen.consultant!.id, currency: 'SEK' });
  });
});

describe('the timeline', () => {
  it('shows no bid event before the opening, and every event with its actor after', async () => {
    const { id, bidIds, deadline } = await openCalloff(COMPARISON, REQUIREMENTS, EXAMPLE);
    type Timeline = {
      items: { kind: string; action: string; at: string; actorName: string | null }[];
    };
    const before = await call(t.app, market.controller, {
      method: 'GET',
      url: `${calloffUrl(id)}/timeline`,
    });
    expect(before.statusCode, before.body).toBe(200);
    const early = before.json<Timeline>();
    expect(early.items.map((i) => i.action)).toContain('calloff.created');
    expect(early.items.some((i) => i.kind === 'bid')).toBe(false);
    for (const firm of [firm1, firm2, firm3]) expect(before.body).not.toContain(firm.name);

    await open(id, deadline);
    const { version } = await evaluation(id);
    await call(t.app, market.buyer, {
      method: 'POST',
      url: `${calloffUrl(id)}/award`,
      payload: { version, bidId: bidIds[1], reasons: 'Lägst jämförelsepris.', standstill: false },
    });
    const after = (
      await call(t.app, market.buyer, { method: 'GET', url: `${calloffUrl(id)}/timeline` })
    ).json<Timeline>();
    const bids = after.items.filter((i) => i.kind === 'bid');
    expect(bids.map((b) => b.actorName)).toEqual([firm2.name, firm1.name, firm3.name]);
    expect(after.items.map((i) => i.action)).toEqual(
      expect.arrayContaining(['calloff.created', 'calloff.opened', 'calloff.awarded']),
    );
    const times = after.items.map((i) => i.at);
    expect([...times].sort()).toEqual(times);
    expect(after.items.find((i) => i.action === 'calloff.awarded')?.actorName).toEqual(
      expect.any(String),
    );

    const neighbour = await call(t.app, firm1.caller, {
      method: 'GET',
      url: `/api/organisations/${firm1.id}/calloffs/${id}/timeline`,
    });
    expect(neighbour.statusCode).toBe(403);
  });
});

describe('the evaluation in every state of a call-off', () => {
  type Get = { statusCode: number; body: string; headers: Record<string, unknown> };
  const read = async (id: string): Promise<Get> =>
    call(t.app, market.buyer, { method: 'GET', url: `${calloffUrl(id)}/evaluation` });
  const isProblem = (res: Get, status: number) => {
    expect(res.statusCode, res.body).toBe(status);
    expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
  };

  it('answers the report once opened and a problem, never 500, in every other state', async () => {
    // Before the opening: draft, open, offering (ranking), cancelled and unfulfilled (no bids).
    for (const status of ['draft', 'open', 'offering', 'cancelled', 'unfulfilled'] as const) {
      const draft = await createDraftCalloff(t, market, {
        kind: 'staffing',
        evaluation: { requirements: REQUIREMENTS, model: COMPARISON },
      });
      await db.updateTable('calloffs').set({ status }).where('id', '=', draft.id).execute();
      const res = await read(draft.id);
      isProblem(res, 409);
      expect(res.body).toContain('opened only after the tender deadline');
    }

    // Opened: evaluation, awarded, ordered.
    const { id, awarded } = await awardedWithoutStandstill();
    expect((await evaluation(id)).status).toBe('awarded');
    const ordered = await call(t.app, market.buyer, {
      method: 'POST',
      url: `${calloffUrl(id)}/order`,
      payload: { version: awarded.json().version, startDate: '2027-01-04', endDate: '2027-06-30' },
    });
    expect(ordered.statusCode, ordered.body).toBe(200);
    expect((await evaluation(id)).status).toBe('ordered');
  });

  it('refuses with a problem when the opened bids cannot be read', async () => {
    // Opened without a data key (as the demo seed once left its ordered call-off).
    const withoutKey = await openCalloff(COMPARISON, REQUIREMENTS, EXAMPLE);
    await open(withoutKey.id, withoutKey.deadline);
    await db
      .updateTable('calloffs')
      .set({ data_key_wrapped: null, data_key_id: null })
      .where('id', '=', withoutKey.id)
      .execute();
    const noKey = await read(withoutKey.id);
    isProblem(noKey, 409);
    expect(noKey.body).toContain('bids cannot be read');

    // A data key wrapped under another installation's master key.
    const foreign = await openCalloff(COMPARISON, REQUIREMENTS, EXAMPLE);
    await open(foreign.id, foreign.deadline);
    const other = newDataKey(masterKey(randomBytes(32)));
    await db
      .updateTable('calloffs')
      .set({ data_key_wrapped: other.wrapped, data_key_id: other.keyId })
      .where('id', '=', foreign.id)
      .execute();
    isProblem(await read(foreign.id), 409);
  });
});
