// The offer survey end to end: three suppliers asked, two answers, one negotiation round and a
// choice that makes the order; what a supplier may see; the reply window; the acute send-to-all
// with a held place; an extension referral that changes the existing order.
import { describe, expect, it } from 'vitest';
import { call, createTestApp } from './support/app.ts';
import { createSession } from './support/factories.ts';
import { createMatchingMarket } from './support/referrals.ts';
import { expireSurveyRequests } from '../src/modules/matching/survey/expiry.ts';

const t = await createTestApp(); // now: Monday 2026-11-23 09:00 UTC (10:00 in Copenhagen)
const { app, clock } = t;
const db = t.database.db;
const start = clock.now();

interface Survey {
  referral: { state: string; orderId: string | null; choiceReason: string | null };
  consideredOffers: number;
  consideredLeftOut: number;
  requests: {
    id: string;
    offer: { id: string; name: string };
    supplier: { id: string };
    acute: boolean;
    replyBy: string;
    state: string;
    answer: { available: boolean; priceMinor: number | null; placeHeldUntil: string | null } | null;
    rounds: { round: number; priceAskedMinor: number; priceAgreedMinor: number | null }[];
    chosen: boolean;
  }[];
}

const market = await createMatchingMarket(t);
const { aarhus, officer } = market;
const alfa = await market.supplier('Alfa Familie ApS');
const beta = await market.supplier('Beta Behandling ApS');
const gamma = await market.supplier('Gamma Støtte ApS');

const base = `/api/organisations/${aarhus.id}`;
const asOfficer = (method: 'GET' | 'POST', url: string, payload?: object) =>
  call(app, officer.caller, { method, url: `${base}${url}`, payload });
type Supplier = typeof alfa;
const asSupplier = (s: Supplier, method: 'GET' | 'PUT', url: string, payload?: object) =>
  call(app, s.member.caller, {
    method,
    url: `/api/organisations/${s.id}/offer-requests${url}`,
    payload,
  });
const requestOf = (survey: Survey, s: Supplier) =>
  survey.requests.find((r) => r.supplier.id === s.id)!;

async function answer(s: Supplier, requestId: string, body: object) {
  const read = await asSupplier(s, 'GET', `/${requestId}`);
  expect(read.statusCode).toBe(200);
  return asSupplier(s, 'PUT', `/${requestId}`, { version: read.json().version, ...body });
}

const referralId = await market.referral();

describe('the offer survey', () => {
  let survey: Survey;

  it('asks three suppliers, pseudonymised, with a reply window, and keeps what was considered', async () => {
    const sent = await asOfficer('POST', `/referrals/${referralId}/survey`, {
      establishmentIds: [alfa.offerId, beta.offerId, gamma.offerId],
    });
    expect(sent.statusCode).toBe(200);
    survey = sent.json();
    expect(survey.requests).toHaveLength(3);
    expect(survey.referral.state).toBe('awaiting_answers');
    // 'later': the end of the 5th working day in Copenhagen (Monday 30 November).
    expect(new Set(survey.requests.map((r) => r.replyBy))).toEqual(
      new Set(['2026-11-30T22:59:59.999Z']),
    );
    expect(survey.requests.every((r) => r.state === 'sent' && !r.acute)).toBe(true);
    expect(survey.consideredOffers).toBeGreaterThanOrEqual(3);
    const considered = await db
      .selectFrom('referral_considered_offers')
      .select(['establishment_id', 'explanation'])
      .where('referral_id', '=', referralId)
      .execute();
    const alfaConsidered = considered.find((c) => c.establishment_id === alfa.offerId)!;
    expect((alfaConsidered.explanation as { kind: string }).kind).toBe('proposal');

    const mails = await db
      .selectFrom('outbox')
      .select(['recipient as to', 'subject', 'body'])
      .where('organisation_id', '=', aarhus.id)
      .where('recipient', 'in', [
        alfa.member.user.email,
        beta.member.user.email,
        gamma.member.user.email,
      ])
      .execute();
    expect(mails).toHaveLength(3);
    for (const mail of mails) {
      expect(mail.body).toContain('/company/offer-requests/');
      expect(`${mail.subject}${mail.body}`).not.toContain('AAR-2026-0042');
      expect(`${mail.subject}${mail.body}`).not.toContain('Morbror');
    }
    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('organisation_id', '=', aarhus.id)
      .where('action', '=', 'survey.request_sent')
      .execute();
    expect(audit).toHaveLength(3);
  });

  it('refuses to ask the same offers again', async () => {
    const again = await asOfficer('POST', `/referrals/${referralId}/survey`, {
      establishmentIds: [alfa.offerId],
    });
    expect(again.statusCode).toBe(409);
  });

  it('shows a supplier its request with the pseudonymised referral, and only its own', async () => {
    const list = await asSupplier(alfa, 'GET', '');
    expect(list.statusCode).toBe(200);
    expect(list.json().total).toBe(1);
    const id = requestOf(survey, alfa).id;
    const read = await asSupplier(alfa, 'GET', `/${id}`);
    expect(read.statusCode).toBe(200);
    const body = read.json();
    expect(body.referral.person).toEqual({
      age: 10,
      gender: 'female',
      targetGroups: ['children_0_12'],
      needs: 'Støtte til forældrene',
      languages: ['da'],
    });
    expect(body.referral.purpose).toBe('Familiebehandling i hjemmet');
    expect(read.body).not.toContain('AAR-2026-0042');
    expect(read.body).not.toContain('AAR-2026-0043');
    expect(read.body).not.toContain('Morbror');
    // Beta cannot read Alfa's request.
    expect((await asSupplier(beta, 'GET', `/${id}`)).statusCode).toBe(404);
    expect(
      (await asSupplier(beta, 'PUT', `/${id}`, { version: 1, available: false })).statusCode,
    ).toBe(404);
  });

  it('takes two answers, with optimistic locking, and never shows one supplier another’s', async () => {
    const alfaId = requestOf(survey, alfa).id;
    const incomplete = await answer(alfa, alfaId, { available: true });
    expect(incomplete.statusCode).toBe(400);
    expect(
      incomplete
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['earliestStart', 'priceMinor', 'priceUnit']);
    const held = await answer(alfa, alfaId, {
      available: true,
      earliestStart: '2026-12-01',
      priceMinor: 58_000,
      priceUnit: 'hour',
      holdPlace: true,
    });
    expect(held.statusCode).toBe(400); // a place is held only for an acute request
    const a = await answer(alfa, alfaId, {
      available: true,
      earliestStart: '2026-12-01',
      priceMinor: 58_000,
      priceUnit: 'hour',
      questions: 'Hvor bor familien?',
    });
    expect(a.statusCode).toBe(200);
    expect(a.json().answer).toMatchObject({ available: true, priceMinor: 58_000, currency: 'DKK' });
    const stale = await asSupplier(alfa, 'PUT', `/${alfaId}`, { version: 1, available: false });
    expect(stale.statusCode).toBe(409);

    const betaId = requestOf(survey, beta).id;
    const b = await answer(beta, betaId, {
      available: true,
      earliestStart: '2026-12-07',
      priceMinor: 62_500,
      priceUnit: 'hour',
    });
    expect(b.statusCode).toBe(200);
    const alfaRead = await asSupplier(alfa, 'GET', `/${alfaId}`);
    expect(alfaRead.body).not.toContain('62500');
    expect((await asSupplier(alfa, 'GET', '')).body).not.toContain('62500');

    survey = (await asOfficer('GET', `/referrals/${referralId}/survey`)).json();
    expect(requestOf(survey, alfa)).toMatchObject({
      state: 'answered',
      answer: { priceMinor: 58_000 },
    });
    expect(requestOf(survey, beta)).toMatchObject({
      state: 'answered',
      answer: { priceMinor: 62_500 },
    });
    expect(requestOf(survey, gamma)).toMatchObject({ state: 'sent', answer: null });

    // The officer who sent the requests hears of each answer, in the officer's language (English).
    const told = await db
      .selectFrom('outbox')
      .select(['subject', 'body'])
      .where('recipient', '=', officer.user.email)
      .where('subject', 'like', '%has answered about%')
      .execute();
    expect(told.map((m) => m.subject).sort()).toEqual([
      `Alfa Familie ApS has answered about ${requestOf(survey, alfa).offer.name}`,
      `Beta Behandling ApS has answered about ${requestOf(survey, beta).offer.name}`,
    ]);
    expect(told[0]!.body).toContain(`/matching/referrals/${referralId}`);
    expect(told.map((m) => m.body).join()).toContain('can take the referral');
  });

  it('records a negotiation round and moves the referral to negotiating', async () => {
    const betaId = requestOf(survey, beta).id;
    const gammaId = requestOf(survey, gamma).id;
    const unanswered = await asOfficer('POST', `/survey-requests/${gammaId}/negotiation`, {
      priceAskedMinor: 55_000,
    });
    expect(unanswered.statusCode).toBe(409);
    const round = await asOfficer('POST', `/survey-requests/${betaId}/negotiation`, {
      priceAskedMinor: 58_000,
      priceAgreedMinor: 59_000,
      note: 'Mødtes på midten',
    });
    expect(round.statusCode).toBe(200);
    survey = round.json();
    expect(survey.referral.state).toBe('negotiating');
    expect(requestOf(survey, beta).rounds).toEqual([
      expect.objectContaining({ round: 1, priceAskedMinor: 58_000, priceAgreedMinor: 59_000 }),
    ]);
  });

  it('chooses with a reason and makes the order at the agreed price', async () => {
    const betaId = requestOf(survey, beta).id;
    const noReason = await asOfficer('POST', `/referrals/${referralId}/choice`, {
      requestId: betaId,
      reason: '   ',
    });
    expect(noReason.statusCode).toBe(400);
    const unanswered = await asOfficer('POST', `/referrals/${referralId}/choice`, {
      requestId: requestOf(survey, gamma).id,
      reason: 'Tættest på',
    });
    expect(unanswered.statusCode).toBe(409);

    const chosen = await asOfficer('POST', `/referrals/${referralId}/choice`, {
      requestId: betaId,
      reason: 'Metoden passer familien bedst',
    });
    expect(chosen.statusCode).toBe(200);
    survey = chosen.json();
    expect(survey.referral).toMatchObject({
      state: 'ordered',
      choiceReason: 'Metoden passer familien bedst',
    });
    expect(requestOf(survey, beta).chosen).toBe(true);
    const orderId = survey.referral.orderId!;
    const order = await asOfficer('GET', `/orders/${orderId}`);
    expect(order.statusCode).toBe(200);
    expect(order.json()).toMatchObject({
      referralId,
      calloffId: null,
      supplier: { id: beta.id },
      unitPriceMinor: 59_000,
      currency: 'DKK',
      unit: 'hour',
      // Beta starts 7 December; 91 days from then; 4 hours a week for 13 weeks.
      startDate: '2026-12-07',
      endDate: '2027-03-07',
      expectedVolume: '52',
      calloffTitle: 'Familiebehandling i hjemmet',
    });
    expect(order.json().reference).toMatch(/^A-2026-\d{6}$/);
    const list = await asOfficer('GET', '/orders');
    expect(list.json().items.map((o: { id: string }) => o.id)).toContain(orderId);
    const supplierOrder = await call(app, beta.member.caller, {
      method: 'GET',
      url: `/api/organisations/${beta.id}/orders/${orderId}`,
    });
    expect(supplierOrder.statusCode).toBe(200);

    const told = await db
      .selectFrom('outbox')
      .select('recipient as to')
      .where('subject', 'like', '%has chosen another offer%')
      .where('recipient', 'in', [
        alfa.member.user.email,
        gamma.member.user.email,
        beta.member.user.email,
      ])
      .execute();
    expect(told.map((m) => m.to).sort()).toEqual(
      [alfa.member.user.email, gamma.member.user.email].sort(),
    );
    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('organisation_id', '=', aarhus.id)
      .where('action', 'in', ['referral.chosen', 'order.created'])
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['order.created', 'referral.chosen']);

    const again = await asOfficer('POST', `/referrals/${referralId}/choice`, {
      requestId: betaId,
      reason: 'Igen',
    });
    expect(again.statusCode).toBe(409);
  });

  it('extends the order through an extension referral, keeping the history', async () => {
    const orderId = survey.referral.orderId!;
    const extension = await market.referral({
      kind: 'extension',
      orderId,
      startOn: '2027-03-08',
    });
    const sent = await asOfficer('POST', `/referrals/${extension}/survey`, {
      establishmentIds: [beta.offerId],
    });
    expect(sent.statusCode).toBe(200);
    const requestId = sent.json().requests[0].id;
    expect(
      (
        await answer(beta, requestId, {
          available: true,
          earliestStart: '2027-03-08',
          priceMinor: 59_000,
          priceUnit: 'hour',
        })
      ).statusCode,
    ).toBe(200);
    const chosen = await asOfficer('POST', `/referrals/${extension}/choice`, {
      requestId,
      reason: 'Forløbet fortsætter',
    });
    expect(chosen.statusCode).toBe(200);
    expect(chosen.json().referral).toMatchObject({ state: 'ordered', orderId });
    const order = (await asOfficer('GET', `/orders/${orderId}`)).json();
    expect(order).toMatchObject({ endDate: '2027-06-06', expectedVolume: '104' });
    expect(order.adjustments).toEqual([
      expect.objectContaining({ kind: 'extension', reason: 'Forløbet fortsætter' }),
    ]);
    const orders = await db
      .selectFrom('orders')
      .select('id')
      .where('supplier_id', '=', beta.id)
      .execute();
    expect(orders).toHaveLength(1);
  });
});

describe('the reply window', () => {
  it('refuses an answer after the window with a clear 409', async () => {
    const m = await createMatchingMarket(t);
    const s = await m.supplier('Sen Svar ApS');
    const referralId = await m.referral({ urgency: 'within_5_working_days' });
    const sent = await call(app, m.officer.caller, {
      method: 'POST',
      url: `/api/organisations/${m.aarhus.id}/referrals/${referralId}/survey`,
      payload: { establishmentIds: [s.offerId] },
    });
    expect(sent.statusCode).toBe(200);
    const request = sent.json().requests[0];
    expect(request.replyBy).toBe('2026-11-25T22:59:59.999Z');
    clock.set(new Date('2026-11-26T08:00:00Z'));
    try {
      // New sessions: the old ones idled out while the window ran.
      const supplierCaller = await createSession(db, clock, s.member.user.id, s.id);
      const late = await call(app, supplierCaller, {
        method: 'PUT',
        url: `/api/organisations/${s.id}/offer-requests/${request.id}`,
        payload: { version: 1, available: false },
      });
      expect(late.statusCode).toBe(409);
      expect(late.json().detail).toContain('The reply window closed');
      const officerCaller = await createSession(db, clock, m.officer.user.id, m.aarhus.id);
      const survey = await call(app, officerCaller, {
        method: 'GET',
        url: `/api/organisations/${m.aarhus.id}/referrals/${referralId}/survey`,
      });
      expect(survey.json().requests[0].state).toBe('expired');
      const list = await call(app, supplierCaller, {
        method: 'GET',
        url: `/api/organisations/${s.id}/offer-requests`,
      });
      expect(list.json().items[0]).toMatchObject({ open: false, state: 'expired' });
    } finally {
      clock.set(start);
    }
  });
});

describe('the expiry job', () => {
  it('marks requests unanswered past their window as expired, audited, and tells the sender once', async () => {
    const m = await createMatchingMarket(t);
    const quiet = await m.supplier('Tavs Omsorg ApS');
    const quick = await m.supplier('Hurtig Svar ApS');
    const late = await m.supplier('Sen Omsorg ApS');
    const referralId = await m.referral({ urgency: 'within_5_working_days' });
    const sent = await call(app, m.officer.caller, {
      method: 'POST',
      url: `/api/organisations/${m.aarhus.id}/referrals/${referralId}/survey`,
      payload: { establishmentIds: [quiet.offerId, quick.offerId, late.offerId] },
    });
    expect(sent.statusCode).toBe(200);
    const survey: Survey = sent.json();
    const answered = await answer(quick, requestOf(survey, quick).id, { available: false });
    expect(answered.statusCode).toBe(200);
    const stateOf = async (s: Supplier) =>
      (
        await db
          .selectFrom('survey_requests')
          .select('state')
          .where('id', '=', requestOf(survey, s).id)
          .executeTakeFirstOrThrow()
      ).state;
    const deps = { db, clock, config: t.config };

    // Inside the window nothing expires.
    await expireSurveyRequests(deps);
    expect(await stateOf(quiet)).toBe('sent');

    clock.set(new Date('2026-11-26T08:00:00Z')); // past Wednesday 25th's end in Copenhagen
    try {
      expect(await expireSurveyRequests(deps)).toBeGreaterThanOrEqual(2);
      expect(await stateOf(quiet)).toBe('expired');
      expect(await stateOf(late)).toBe('expired');
      expect(await stateOf(quick)).toBe('answered');
      // A second run finds nothing more and tells nobody again.
      expect(await expireSurveyRequests(deps)).toBe(0);

      const audit = await db
        .selectFrom('audit_log')
        .select(['object_id', 'actor_user_id'])
        .where('organisation_id', '=', m.aarhus.id)
        .where('action', '=', 'survey.request_expired')
        .execute();
      expect(audit.map((a) => a.object_id).sort()).toEqual(
        [requestOf(survey, quiet).id, requestOf(survey, late).id].sort(),
      );
      expect(audit.every((a) => a.actor_user_id === null)).toBe(true);

      // One mail to the officer who sent them, in English, naming both offers, linked to the referral.
      const told = await db
        .selectFrom('outbox')
        .select(['subject', 'body'])
        .where('recipient', '=', m.officer.user.email)
        .where('subject', 'like', '%no answer in time%')
        .execute();
      expect(told).toHaveLength(1);
      expect(told[0]!.subject).toBe('2 requests got no answer in time');
      expect(told[0]!.body).toContain(requestOf(survey, quiet).offer.name);
      expect(told[0]!.body).toContain(requestOf(survey, late).offer.name);
      expect(told[0]!.body).not.toContain(requestOf(survey, quick).offer.name);
      expect(told[0]!.body).toContain(`/matching/referrals/${referralId}`);

      // The sender's list says expired, the supplier still cannot answer (409).
      const officerCaller = await createSession(db, clock, m.officer.user.id, m.aarhus.id);
      const read = await call(app, officerCaller, {
        method: 'GET',
        url: `/api/organisations/${m.aarhus.id}/referrals/${referralId}/survey`,
      });
      expect(requestOf(read.json(), quiet).state).toBe('expired');
      const supplierCaller = await createSession(db, clock, quiet.member.user.id, quiet.id);
      const refused = await call(app, supplierCaller, {
        method: 'PUT',
        url: `/api/organisations/${quiet.id}/offer-requests/${requestOf(survey, quiet).id}`,
        payload: { version: 2, available: false },
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().detail).toContain('The reply window closed');
    } finally {
      clock.set(start);
    }
  });
});

describe('an acute referral', () => {
  it('asks every matching approved offer at once, and a supplier may hold a place', async () => {
    const m = await createMatchingMarket(t);
    const one = await m.supplier('Akut En ApS');
    const two = await m.supplier('Akut To ApS');
    const unapproved = await m.supplier('Uden Tilsyn ApS', { permit: 'revoked' });
    const later = await m.referral();
    const notAcute = await call(app, m.officer.caller, {
      method: 'POST',
      url: `/api/organisations/${m.aarhus.id}/referrals/${later}/survey/acute`,
      payload: {},
    });
    expect(notAcute.statusCode).toBe(409);

    const referralId = await m.referral({ urgency: 'today' });
    const sent = await call(app, m.officer.caller, {
      method: 'POST',
      url: `/api/organisations/${m.aarhus.id}/referrals/${referralId}/survey/acute`,
      payload: {},
    });
    expect(sent.statusCode).toBe(200);
    const survey: Survey = sent.json();
    expect(survey.requests.map((r) => r.supplier.id).sort()).toEqual([one.id, two.id].sort());
    expect(survey.requests.map((r) => r.supplier.id)).not.toContain(unapproved.id);
    // 4 hours from 10:00 in Copenhagen: 14:00, before the working day ends at 16:00.
    for (const r of survey.requests)
      expect(r).toMatchObject({ acute: true, replyBy: '2026-11-23T13:00:00.000Z' });
    const mails = await db
      .selectFrom('outbox')
      .select('subject')
      .where('recipient', '=', one.member.user.email)
      .execute();
    expect(mails.map((x) => x.subject)).toEqual([expect.stringContaining('URGENT')]);

    const requestId = requestOf(survey, one).id;
    const held = await answer(one, requestId, {
      available: true,
      earliestStart: '2026-12-01',
      priceMinor: 61_000,
      priceUnit: 'hour',
      holdPlace: true,
    });
    expect(held.statusCode).toBe(200);
    expect(held.json().answer.placeHeldUntil).toBe('2026-11-23T13:00:00.000Z');
  });

  it('asks every one of more than 50 matching approved offers, records every offer matching explained and counts the rest', async () => {
    const m = await createMatchingMarket(t);
    const many = 55; // more than the proposals view lists (50)
    const suppliers = [];
    for (let i = 0; i < many; i += 1)
      suppliers.push(await m.supplier(`Mange ${String(i).padStart(2, '0')} ApS`));
    // An offer of another municipality's market: left out by SQL (no route here), still considered.
    const elsewhere = await createMatchingMarket(t);
    const outside = await elsewhere.supplier('Udenfor ApS');
    const referralId = await m.referral({ urgency: 'today' });
    const sent = await call(app, m.officer.caller, {
      method: 'POST',
      url: `/api/organisations/${m.aarhus.id}/referrals/${referralId}/survey/acute`,
      payload: {},
    });
    expect(sent.statusCode).toBe(200);
    const survey: Survey = sent.json();
    expect(new Set(survey.requests.map((r) => r.supplier.id))).toEqual(
      new Set(suppliers.map((s) => s.id)),
    );
    // Every offer matching explained is recorded; those its first checks left out are counted.
    expect(survey.consideredOffers).toBeGreaterThanOrEqual(many);
    const considered = await db
      .selectFrom('referral_considered_offers')
      .select('establishment_id')
      .where('referral_id', '=', referralId)
      .execute();
    const ids = new Set(considered.map((c) => c.establishment_id));
    for (const s of suppliers) expect(ids.has(s.offerId)).toBe(true);
    expect(ids.has(outside.offerId)).toBe(false);
    expect(survey.consideredLeftOut).toBeGreaterThanOrEqual(1);
    const leftOut = await db
      .selectFrom('referrals')
      .select('considered_left_out')
      .where('id', '=', referralId)
      .executeTakeFirstOrThrow();
    expect((leftOut.considered_left_out as Record<string, number>).route).toBe(
      survey.consideredLeftOut,
    );
    const audited = await db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('organisation_id', '=', m.aarhus.id)
      .where('action', '=', 'survey.request_sent')
      .executeTakeFirstOrThrow();
    expect(Number(audited.n)).toBe(many);
  });

  it('chooses an offer without approval only for an acute need with the reason, and flags the order', async () => {
    const m = await createMatchingMarket(t);
    const unapproved = await m.supplier('Kun Akut ApS', { permit: 'revoked' });
    const later = await m.referral();
    const referralId = await m.referral({ urgency: 'today' });
    const requestIds: string[] = [];
    for (const id of [later, referralId]) {
      const sent = await call(app, m.officer.caller, {
        method: 'POST',
        url: `/api/organisations/${m.aarhus.id}/referrals/${id}/survey`,
        payload: { establishmentIds: [unapproved.offerId] },
      });
      expect(sent.statusCode).toBe(200);
      const requestId = sent.json().requests[0].id;
      requestIds.push(requestId);
      const answered = await answer(unapproved, requestId, {
        available: true,
        earliestStart: '2026-12-01',
        priceMinor: 50_000,
        priceUnit: 'hour',
      });
      expect(answered.statusCode).toBe(200);
    }
    const choose = (id: string, requestId: string, extra: object = {}) =>
      call(app, m.officer.caller, {
        method: 'POST',
        url: `/api/organisations/${m.aarhus.id}/referrals/${id}/choice`,
        payload: { requestId, reason: 'Eneste ledige', ...extra },
      });
    expect((await choose(later, requestIds[0]!)).statusCode).toBe(409);
    const noReason = await choose(referralId, requestIds[1]!);
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].field).toBe('notApprovedReason');
    const chosen = await choose(referralId, requestIds[1]!, {
      notApprovedReason: 'Intet godkendt tilbud har plads i dag',
    });
    expect(chosen.statusCode).toBe(200);
    const order = await db
      .selectFrom('orders')
      .select(['not_approved_reason', 'not_approved_until'])
      .where('referral_id', '=', referralId)
      .executeTakeFirstOrThrow();
    expect(order).toEqual({
      not_approved_reason: 'Intet godkendt tilbud har plads i dag',
      not_approved_until: '2026-12-21',
    });
  });
});
