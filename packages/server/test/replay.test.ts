// Evaluation-model replay over a real tendering: a call-off evaluated on the comparison price,
// opened and awarded through the API, replayed on the lowest hourly price picks another winner
// with an exact difference over the expected volume; a call-off whose bids are still sealed is
// listed as not replayable; another municipality and a supplier see nothing of it, a procurement
// body sees it once the DPS is its own.
import { localDate } from '@tildel/domain/calendar';
import { describe, expect, it } from 'vitest';
import { call, createTestApp } from './support/app.ts';
import { openForBids, type OpenCalloff } from './support/bids.ts';
import { createOrganisation, createSession, createUser } from './support/factories.ts';
import { csvLines, sheetOf, sheetRows } from './support/download.ts';
import { createMarket, type MarketSupplier } from './support/tendering.ts';

const t = await createTestApp();
const db = t.database.db;
const market = await createMarket(t, { staffingFirms: 3 });
const org = market.kristianstad.id;
const [firm1, firm2, firm3] = market.staffingFirms as [
  MarketSupplier,
  MarketSupplier,
  MarketSupplier,
];
const MINUTE = 60_000;
const buyer = () => createSession(db, t.clock, market.buyerUserId, org);
const replayUrl = (query: string, orgId = org) =>
  `/api/organisations/${orgId}/insights/replay?${query}`;

// 50 kr an hour off for experience of LVU investigations.
const COMPARISON = {
  should: [
    {
      level: 'should',
      title: 'Erfarenhet av LVU-utredningar',
      criterion: { kind: 'yes_no' },
      value: { kind: 'deduction', amountMinor: 5_000 },
    },
  ],
  model: { kind: 'comparison_price', basis: 'unit_price' },
};

async function bid(calloff: OpenCalloff, firm: MarketSupplier, price: number, lvu: boolean) {
  const today = localDate(t.clock.now(), 'SE');
  const response = await call(t.app, firm.caller, {
    method: 'PUT',
    url: `/api/organisations/${firm.id}/tenders/${calloff.id}/bid`,
    payload: {
      unitPriceMinor: price,
      answers: { [calloff.yesNo.id]: true, [calloff.minimum.id]: 6, [calloff.should[0]!.id]: lvu },
      evidence: { [calloff.yesNo.id]: 'Examen 2015, Lunds universitet' },
      consultantId: firm.consultantId,
      establishmentId: null,
      earliestStart: '2027-01-04',
      validUntil: today.replace(/^\d{4}/, (y) => String(Number(y) + 1)),
      note: '',
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ bidId: string }>().bidId;
}

/** Opened after its deadline and awarded to the first ranked bid, all through the API. */
async function awardedCalloff() {
  const calloff = await openForBids(t, market, [firm1, firm2, firm3], 'staffing', COMPARISON);
  // Comparison prices: 950 − 50 = 900, 920, 990 − 50 = 940 kr an hour: firm 1 wins.
  const winner = await bid(calloff, firm1, 95_000, true);
  const cheapest = await bid(calloff, firm2, 92_000, false);
  await bid(calloff, firm3, 99_000, true);
  t.clock.set(new Date(calloff.deadline.getTime() + MINUTE));
  const opened = await call(t.app, await buyer(), {
    method: 'POST',
    url: `/api/organisations/${org}/calloffs/${calloff.id}/opening`,
    payload: { version: calloff.version },
  });
  expect(opened.statusCode, opened.body).toBe(200);
  const evaluation = await call(t.app, await buyer(), {
    method: 'GET',
    url: `/api/organisations/${org}/calloffs/${calloff.id}/evaluation`,
  });
  const report = evaluation.json<{ version: number; bids: { bidId: string; rank: number }[] }>();
  expect(report.bids.find((b) => b.rank === 1)?.bidId).toBe(winner);
  const awarded = await call(t.app, await buyer(), {
    method: 'POST',
    url: `/api/organisations/${org}/calloffs/${calloff.id}/award`,
    payload: {
      version: report.version,
      bidId: winner,
      reasons: 'Lägst jämförelsepris.',
      standstill: false,
    },
  });
  expect(awarded.statusCode, awarded.body).toBe(200);
  const { expected_volume } = await db
    .selectFrom('calloffs')
    .select('expected_volume')
    .where('id', '=', calloff.id)
    .executeTakeFirstOrThrow();
  return { calloff, winner, cheapest, hours: Number(expected_volume) };
}

const past = await awardedCalloff();
// A second call-off whose deadline has not passed: its one bid stays sealed.
const sealed = await openForBids(t, market, [firm1, firm2], 'staffing', COMPARISON);
await bid(sealed, firm1, 90_000, true);

interface Winner {
  bidId: string;
  supplierName: string;
  unitPriceMinor: number;
  costMinor: number;
}
interface Replay {
  rows: {
    calloffId: string;
    outcome: string;
    refusal: string | null;
    problems: string[];
    actual: Winner | null;
    replayed: Winner | null;
    differenceMinor: number | null;
    period: string;
  }[];
  byAgreement: {
    source: { id: string; reference: string } | null;
    calloffs: number;
    otherWinner: number;
    differenceMinor: number;
  }[];
  byPeriod: { period: string; calloffs: number; differenceMinor: number }[];
}

describe('replaying an awarded call-off under another model', () => {
  it('picks the lowest hourly price instead, with the exact difference over the expected hours', async () => {
    expect(Number.isInteger(past.hours) && past.hours > 0).toBe(true);
    const response = await call(t.app, await buyer(), {
      method: 'GET',
      url: replayUrl(`calloffId=${past.calloff.id}&model=lowest_price&basis=unit_price`),
    });
    expect(response.statusCode, response.body).toBe(200);
    const [row] = response.json<Replay>().rows;
    expect(row).toMatchObject({
      outcome: 'replayed',
      refusal: null,
      actual: {
        bidId: past.winner,
        supplierName: firm1.name,
        unitPriceMinor: 95_000,
        costMinor: 95_000 * past.hours,
      },
      replayed: {
        bidId: past.cheapest,
        supplierName: firm2.name,
        unitPriceMinor: 92_000,
        costMinor: 92_000 * past.hours,
      },
      differenceMinor: -3_000 * past.hours,
    });
  });

  it('finds the awarded bid again under the model it was evaluated with', async () => {
    const response = await call(t.app, await buyer(), {
      method: 'GET',
      url: replayUrl(`calloffId=${past.calloff.id}&model=comparison_price&basis=unit_price`),
    });
    expect(response.json<Replay>().rows[0]).toMatchObject({
      replayed: { bidId: past.winner },
      differenceMinor: 0,
    });
  });

  it('lists a call-off whose bids are sealed as not replayable and sums the others per DPS and year', async () => {
    const response = await call(t.app, await buyer(), {
      method: 'GET',
      url: replayUrl(`agreementId=${market.dps.id}&model=lowest_price&basis=unit_price`),
    });
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json<Replay>();
    const refused = result.rows.find((r) => r.calloffId === sealed.id);
    expect(refused).toMatchObject({
      outcome: 'refused',
      refusal: 'not_opened',
      actual: null,
      replayed: null,
      differenceMinor: null,
    });
    const year = localDate(past.calloff.deadline, 'SE').slice(0, 4);
    expect(result.byAgreement).toEqual([
      expect.objectContaining({
        source: expect.objectContaining({ id: market.dps.id, reference: 'KS-DIS-2026-01' }),
        calloffs: 1,
        otherWinner: 1,
        differenceMinor: -3_000 * past.hours,
      }),
    ]);
    expect(result.byPeriod).toEqual([
      expect.objectContaining({ period: year, calloffs: 1, differenceMinor: -3_000 * past.hours }),
    ]);
  });

  it('downloads the replay’s table as CSV and XLSX: prices in kronor, refusals in words', async () => {
    const query = `agreementId=${market.dps.id}&model=lowest_price&basis=unit_price`;
    const caller = await buyer();
    const shown = (
      await call(t.app, caller, { method: 'GET', url: replayUrl(query) })
    ).json<Replay>().rows;
    const exportUrl = (format: string) =>
      replayUrl(`${query}&format=${format}`).replace('/replay?', '/replay/export?');
    const csv = await call(t.app, caller, { method: 'GET', url: exportUrl('csv') });
    expect(csv.statusCode, csv.body).toBe(200);
    const [header, ...lines] = csvLines(csv.body);
    expect(header).toBe(
      'Call-off,Municipality,Agreement or DPS,Tender deadline,Currency,Awarded,"Awarded, price",Under the other model,"Under the other model, price",Cost difference over the expected volume',
    );
    expect(lines).toHaveLength(shown.length);
    expect(lines.find((l) => l.includes('not been opened'))).toMatch(
      /,SEK,,,Cannot be replayed: the bids have not been opened\.,,$/,
    );

    const xlsx = await call(t.app, caller, { method: 'GET', url: exportUrl('xlsx') });
    const rows = sheetRows(await sheetOf(xlsx.rawPayload));
    const replayed = rows[shown.findIndex((r) => r.calloffId === past.calloff.id)]!;
    expect(replayed.slice(4)).toEqual(['SEK', firm1.name, 950, firm2.name, 920, -30 * past.hours]);
    expect(replayed[3]).toBeInstanceOf(Date);

    const supplier = await call(t.app, await createSession(db, t.clock, firm1.userId, firm1.id), {
      method: 'GET',
      url: exportUrl('csv').replace(org, firm1.id),
    });
    expect(supplier.statusCode).toBe(403);
    const caseworker = await call(t.app, market.caseworker, {
      method: 'GET',
      url: exportUrl('csv'),
    });
    expect(caseworker.statusCode).toBe(403);
  });

  it('says when the other model cannot value the bids: no quality points to count', async () => {
    const response = await call(t.app, await buyer(), {
      method: 'GET',
      url: replayUrl(`calloffId=${past.calloff.id}&model=price_per_quality_point&basis=unit_price`),
    });
    expect(response.json<Replay>().rows[0]).toMatchObject({
      refusal: 'model_not_applicable',
      problems: ['no_quality_points_possible'],
    });
  });

  it('changes nothing: the award and the call-off stay as they were, and nothing is audited', async () => {
    const before = await db
      .selectFrom('audit_log')
      .select(db.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const calloffBefore = await db
      .selectFrom('calloffs')
      .select(['version', 'status'])
      .where('id', '=', past.calloff.id)
      .executeTakeFirstOrThrow();
    await call(t.app, await buyer(), {
      method: 'GET',
      url: replayUrl(`calloffId=${past.calloff.id}&model=lowest_price&basis=unit_price`),
    });
    const after = await db
      .selectFrom('audit_log')
      .select(db.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    const decision = await db
      .selectFrom('award_decisions')
      .select('bid_id')
      .where('calloff_id', '=', past.calloff.id)
      .execute();
    expect(decision).toEqual([{ bid_id: past.winner }]);
    expect(
      await db
        .selectFrom('calloffs')
        .select(['version', 'status'])
        .where('id', '=', past.calloff.id)
        .executeTakeFirstOrThrow(),
    ).toEqual(calloffBefore);
  });
});

describe('what a replay asks for', () => {
  it('needs a scope, and weights for the weighted model, said in the user’s language', async () => {
    const noScope = await call(t.app, await buyer(), {
      method: 'GET',
      url: replayUrl('model=lowest_price&basis=unit_price'),
      headers: { 'accept-language': 'sv' },
    });
    expect(noScope.statusCode).toBe(400);
    expect(noScope.headers['content-type']).toContain('application/problem+json');
    const noWeights = await call(t.app, await buyer(), {
      method: 'GET',
      url: replayUrl(`calloffId=${past.calloff.id}&model=weighted_score&basis=unit_price`),
    });
    expect(noWeights.statusCode).toBe(400);
    const backwards = await call(t.app, await buyer(), {
      method: 'GET',
      url: replayUrl('from=2026-12-31&to=2026-01-01&model=lowest_price&basis=unit_price'),
    });
    expect(backwards.statusCode).toBe(400);
    const badModel = await call(t.app, await buyer(), {
      method: 'GET',
      url: replayUrl(`calloffId=${past.calloff.id}&model=cheapest&basis=unit_price`),
    });
    expect(badModel.statusCode).toBe(400);
  });

  it('finds call-offs by the period of their tender deadline', async () => {
    const day = localDate(past.calloff.deadline, 'SE');
    const response = await call(t.app, await buyer(), {
      method: 'GET',
      url: replayUrl(`from=${day}&to=${day}&model=lowest_price&basis=unit_price`),
    });
    expect(response.json<Replay>().rows.map((r) => r.calloffId)).toContain(past.calloff.id);
    const before = await call(t.app, await buyer(), {
      method: 'GET',
      url: replayUrl('from=2020-01-01&to=2020-12-31&model=lowest_price&basis=unit_price'),
    });
    expect(before.json<Replay>().rows).toEqual([]);
  });
});

describe('who may replay', () => {
  it('shows another municipality nothing of Kristianstad’s call-offs', async () => {
    const hassleholm = await createOrganisation(db, { kind: 'municipality', name: 'Hässleholm' });
    const user = await createUser(db, {
      memberships: [{ organisationId: hassleholm.id, roles: ['buyer'] }],
    });
    const caller = await createSession(db, t.clock, user.id, hassleholm.id);
    const one = await call(t.app, caller, {
      method: 'GET',
      url: replayUrl(
        `calloffId=${past.calloff.id}&model=lowest_price&basis=unit_price`,
        hassleholm.id,
      ),
    });
    expect(one.statusCode).toBe(404);
    const all = await call(t.app, caller, {
      method: 'GET',
      url: replayUrl(
        `agreementId=${market.dps.id}&model=lowest_price&basis=unit_price`,
        hassleholm.id,
      ),
    });
    expect(all.json<Replay>().rows).toEqual([]);
  });

  it('shows a procurement body the call-offs made under its own DPS', async () => {
    const officer = await createUser(db, {
      memberships: [{ organisationId: market.body.id, roles: ['procurement_officer'] }],
    });
    const caller = await createSession(db, t.clock, officer.id, market.body.id);
    const query = `agreementId=${market.dps.id}&model=lowest_price&basis=unit_price`;
    const before = await call(t.app, caller, {
      method: 'GET',
      url: replayUrl(query, market.body.id),
    });
    expect(before.json<Replay>().rows).toEqual([]);
    // The same DPS run by the joint body for Kristianstad: now its call-offs are the body's to see.
    await db
      .updateTable('dynamic_purchasing_systems')
      .set({ organisation_id: market.body.id })
      .where('id', '=', market.dps.id)
      .execute();
    const after = await call(t.app, caller, {
      method: 'GET',
      url: replayUrl(query, market.body.id),
    });
    const row = after.json<Replay>().rows.find((r) => r.calloffId === past.calloff.id);
    expect(row).toMatchObject({ outcome: 'replayed', differenceMinor: -3_000 * past.hours });
    await db
      .updateTable('dynamic_purchasing_systems')
      .set({ organisation_id: org })
      .where('id', '=', market.dps.id)
      .execute();
  });

  it('turns a supplier away with a problem, even one that bid', async () => {
    const response = await call(t.app, await createSession(db, t.clock, firm1.userId, firm1.id), {
      method: 'GET',
      url: replayUrl(`calloffId=${past.calloff.id}&model=lowest_price&basis=unit_price`, firm1.id),
    });
    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json<{ detail: string }>().detail).toMatch(/buyers|köpare|købere/);
  });
});
