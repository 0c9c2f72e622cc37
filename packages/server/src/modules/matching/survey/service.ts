// The offer survey (tilbudsafdækning): the matching team asks chosen offers about a referral (or,
// for an acute one, every matching approved offer at once), each supplier answers within a reply
// window, prices are negotiated in rounds, and the choice makes the order — or, for an extension or
// adjustment referral, changes the existing order. The first send keeps every offer matching
// considered, as it was explained then, for the evidence pack.
import { addCalendarDays, localDate } from '@tildel/domain/calendar';
import { notApprovedUse } from '@tildel/domain/matching/not-approved';
import { canMoveReferral, type ReferralState } from '@tildel/domain/matching/referral';
import { replyBy } from '@tildel/domain/matching/reply-window';
import { CURRENCY_OF_COUNTRY, type Currency } from '@tildel/domain/money';
import type { PriceUnit, ServiceKind } from '@tildel/domain/taxonomy';
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/types.ts';
import type { Actor } from '../../../platform/access.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import type { Locale, MessageKey } from '../../../platform/i18n.ts';
import { formatInstant, mailSupplier, sendMail } from '../../../platform/notify.ts';
import { pageOf } from '../../../platform/paging.ts';
import { fieldProblem, Problem } from '../../../platform/problem.ts';
import { createOrder } from '../../calloffs/orders/create-order.ts';
import { adjustLockedOrder, type OrderToChange } from '../../calloffs/orders/service.ts';
import { proposalsFor } from '../proposals/service.ts';
import { setReferralState } from '../referrals/service.ts';
import { AVAILABILITY_NAMES, SERVICE_KIND_NAMES } from './messages.ts';
import * as repo from './repo.ts';
import {
  OFFER_REQUEST_PAGE_DEFAULTS,
  type AnswerInput,
  type ChoiceInput,
  type NegotiationInput,
  type OfferRequestsQuery,
  type OfferRequestView,
  type RequestState,
  type SendInput,
  type SurveyAnswer,
} from './schemas.ts';

/** Referral states in which the survey still works; a decided referral only awaits its order. */
const CLOSED: readonly ReferralState[] = ['ordered', 'withdrawn'];

/** Moves the referral on when the work has gone further; never back (a new send while negotiating). */
async function advance(
  trx: Transaction<DB>,
  deps: Deps,
  actor: Actor,
  referral: { id: string; state: ReferralState },
  state: ReferralState,
) {
  if (referral.state === state || !canMoveReferral(referral.state, state)) return;
  await setReferralState(trx, deps.clock, actor, referral.id, state);
}

async function lockOpenReferral(trx: Transaction<DB>, orgId: string, referralId: string) {
  const referral = await repo.lockReferral(trx, orgId, referralId);
  if (!referral) throw new Problem('not_found', 'problem.not_found.detail');
  if (CLOSED.includes(referral.state)) throw new Problem('conflict', 'survey.referral_closed');
  return referral;
}

// ---- sending -----------------------------------------------------------------------------------

type Proposals = Awaited<ReturnType<typeof proposalsFor>>;

/** What matching said of each offer: the proposals and the exclusions with their explanations. */
function consideredOf(proposals: Proposals) {
  return [
    ...proposals.proposals.items.map((p) => ({
      establishmentId: p.offer.id,
      explanation: { kind: 'proposal', ...p },
    })),
    ...proposals.exclusions.items.map((e) => ({
      establishmentId: e.offer.id,
      explanation: { kind: 'exclusion', ...e },
    })),
  ];
}

async function send(
  deps: Deps,
  actor: Actor,
  orgId: string,
  referralId: string,
  establishmentIds: readonly string[],
  acute: boolean,
  proposals: Proposals,
) {
  await deps.db.transaction().execute(async (trx) => {
    const referral = await lockOpenReferral(trx, orgId, referralId);
    const asked = await repo.askedOffers(trx, referralId);
    const offers = await repo.offersToAsk(trx, establishmentIds);
    if (offers.length !== establishmentIds.length)
      throw fieldProblem('establishmentIds', 'survey.offer_unknown');
    const toAsk = offers.filter((o) => !asked.has(o.id));
    if (toAsk.length === 0) throw new Problem('conflict', 'survey.already_asked');

    const now = deps.clock.now();
    // The first send keeps what matching considered: every offer it explained (no cut), an asked
    // offer it did not list, and how many its first checks left out, by check. Those can be
    // thousands per referral (every offer of the kind in the country), so they are counted.
    if (asked.size === 0) {
      await repo.insertConsidered(trx, referralId, now, [
        ...consideredOf(proposals),
        ...toAsk.map((o) => ({ establishmentId: o.id, explanation: { kind: 'asked' } })),
      ]);
      await repo.saveLeftOut(trx, referralId, proposals.leftOut ?? {});
    }
    const due = replyBy(now, referral.urgency, referral.country);
    // Every request in one statement, however many an acute send asks.
    const requestIds = await repo.insertRequests(
      trx,
      toAsk.map((offer) => ({
        referralId,
        organisationId: orgId,
        establishmentId: offer.id,
        supplierId: offer.supplierId,
        acute,
        sentAt: now,
        sentBy: actor.userId,
        replyBy: due,
      })),
    );
    for (const offer of toAsk) {
      const requestId = requestIds.get(offer.id)!;
      await appendAudit(trx, deps.clock, {
        organisationId: orgId,
        actorUserId: actor.userId,
        action: 'survey.request_sent',
        objectType: 'survey_request',
        objectId: requestId,
        after: {
          referralId,
          establishmentId: offer.id,
          supplierId: offer.supplierId,
          acute,
          replyBy: due,
        },
      });
      // Pseudonymised: the municipality, the offer, the service and the start; never the person.
      await mailSupplier(trx, deps, offer.supplierId, `/company/offer-requests/${requestId}`, {
        organisationId: orgId,
        country: referral.country,
        subject: acute ? 'survey.email.acute.subject' : 'survey.email.request.subject',
        body: acute ? 'survey.email.acute.body' : 'survey.email.request.body',
        params: {
          municipality: referral.municipalityName,
          offer: offer.name,
          start: referral.startOn,
        },
        instants: { replyBy: due },
        localized: { service: SERVICE_KIND_NAMES[referral.serviceKind as ServiceKind] },
      });
    }
    await advance(trx, deps, actor, referral, 'awaiting_answers');
  });
  return readSurvey(deps, orgId, referralId);
}

/** Asks the chosen offers about the referral. */
export async function sendRequests(
  deps: Deps,
  actor: Actor,
  orgId: string,
  referralId: string,
  input: SendInput,
) {
  const proposals = await proposalsFor(deps, orgId, referralId, actor, 'all');
  return send(deps, actor, orgId, referralId, input.establishmentIds, false, proposals);
}

/** An acute referral: asks every matching approved offer at once (those not asked yet), all of them. */
export async function sendAcute(deps: Deps, actor: Actor, orgId: string, referralId: string) {
  const referral = await deps.db
    .transaction()
    .execute((trx) => lockOpenReferral(trx, orgId, referralId));
  if (referral.urgency !== 'today') throw new Problem('conflict', 'survey.acute_only_today');
  const proposals = await proposalsFor(deps, orgId, referralId, actor, 'all');
  const approved = proposals.proposals.items.filter((p) => !p.notApproved).map((p) => p.offer.id);
  if (approved.length === 0) throw new Problem('conflict', 'survey.acute_none');
  return send(deps, actor, orgId, referralId, approved, true, proposals);
}

// ---- reading (the municipality) ----------------------------------------------------------------

/** How many offers matching's first checks left out when the survey began (0 before it). */
function leftOutTotal(stored: unknown): number {
  if (typeof stored !== 'object' || stored === null) return 0;
  return Object.values(stored).reduce<number>((n, v) => n + (typeof v === 'number' ? v : 0), 0);
}

/** The state a request is in now: a sent request past its window has expired. */
function stateNow(row: { state: RequestState; replyBy: Date }, now: Date): RequestState {
  return row.state === 'sent' && row.replyBy <= now ? 'expired' : row.state;
}

function answerOf(row: repo.RequestRow | repo.SupplierRequestRow) {
  if (row.answeredAt === null || row.available === null) return null;
  return {
    available: row.available,
    earliestStart: row.earliestStart,
    priceMinor: row.priceMinor === null ? null : Number(row.priceMinor),
    priceUnit: row.priceUnit,
    currency: row.currency,
    questions: row.questions,
    placeHeldUntil: row.placeHeldUntil,
    answeredAt: row.answeredAt,
  };
}

function roundView(r: repo.RoundRow) {
  return {
    round: r.round,
    priceAskedMinor: Number(r.price_asked_minor),
    priceAgreedMinor: r.price_agreed_minor === null ? null : Number(r.price_agreed_minor),
    currency: r.currency,
    unit: r.unit,
    note: r.note,
    recordedBy: { name: r.recorded_by_name },
    recordedAt: r.recorded_at,
  };
}

export async function readSurvey(
  deps: Deps,
  orgId: string,
  referralId: string,
): Promise<SurveyAnswer> {
  const referral = await repo.referralOfSurvey(deps.db, orgId, referralId);
  if (!referral) throw new Problem('not_found', 'problem.not_found.detail');
  const [requests, considered] = await Promise.all([
    repo.requestsOfReferral(deps.db, orgId, referralId),
    repo.consideredCount(deps.db, referralId),
  ]);
  const rounds = await repo.roundsOf(
    deps.db,
    requests.map((r) => r.id),
  );
  const now = deps.clock.now();
  return {
    referral: {
      id: referral.id,
      kind: referral.kind,
      state: referral.state,
      urgency: referral.urgency,
      orderId: referral.createdOrderId ?? (referral.decidedAt ? referral.adjustedOrderId : null),
      choiceReason: referral.choiceReason,
      decidedAt: referral.decidedAt,
    },
    consideredOffers: considered,
    consideredLeftOut: leftOutTotal(referral.consideredLeftOut),
    requests: requests.map((r) => ({
      id: r.id,
      offer: { id: r.establishmentId, name: r.offerName },
      supplier: { id: r.supplierId, name: r.supplierName },
      acute: r.acute,
      sentAt: r.sentAt,
      sentBy: { name: r.sentByName },
      replyBy: r.replyBy,
      state: stateNow(r, now),
      answer: answerOf(r),
      rounds: rounds.filter((x) => x.request_id === r.id).map(roundView),
      chosen: referral.chosenRequestId === r.id,
    })),
  };
}

// ---- negotiating -------------------------------------------------------------------------------

export async function recordRound(
  deps: Deps,
  actor: Actor,
  orgId: string,
  requestId: string,
  input: NegotiationInput,
) {
  const referralId = await deps.db.transaction().execute(async (trx) => {
    const request = await repo.lockRequestOfBuyer(trx, orgId, requestId);
    if (!request) throw new Problem('not_found', 'problem.not_found.detail');
    if (CLOSED.includes(request.referralState))
      throw new Problem('conflict', 'survey.referral_closed');
    if (request.available !== true || request.priceUnit === null || request.currency === null)
      throw new Problem('conflict', 'survey.negotiation.not_answered');
    const now = deps.clock.now();
    const round = await repo.insertRound(trx, {
      requestId,
      priceAskedMinor: input.priceAskedMinor,
      priceAgreedMinor: input.priceAgreedMinor ?? null,
      currency: request.currency,
      unit: request.priceUnit,
      note: input.note?.trim() ?? '',
      recordedBy: actor.userId,
      recordedByName: actor.name,
      at: now,
    });
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'survey.negotiation_round',
      objectType: 'survey_request',
      objectId: requestId,
      after: { round, ...input },
    });
    await advance(
      trx,
      deps,
      actor,
      { id: request.referralId, state: request.referralState },
      'negotiating',
    );
    return request.referralId;
  });
  return readSurvey(deps, orgId, referralId);
}

// ---- choosing ----------------------------------------------------------------------------------

const DAYS_PER_MONTH = 365.25 / 12;
const round2 = (x: number) => Math.round(x * 100) / 100;

/** The expected volume of the referral in the price's unit: hours/week × weeks, days, months. */
export function expectedVolumeOf(
  referral: Pick<repo.LockedReferral, 'intensityKind' | 'hoursPerWeek' | 'expectedDurationDays'>,
  unit: PriceUnit,
): number {
  const days = referral.expectedDurationDays;
  if (unit === 'hour') {
    const perWeek = referral.intensityKind === 'hours_per_week' ? Number(referral.hoursPerWeek) : 0;
    return round2((perWeek * days) / 7);
  }
  if (unit === 'day') return days;
  if (unit === 'month') return round2(days / DAYS_PER_MONTH);
  return 1;
}

const NOT_APPROVED_REFUSAL = {
  not_danish: 'survey.choice.not_approved_not_danish',
  not_acute: 'survey.choice.not_approved_acute_only',
} as const satisfies Record<string, MessageKey>;

export async function choose(
  deps: Deps,
  actor: Actor,
  orgId: string,
  referralId: string,
  input: ChoiceInput,
) {
  await deps.db.transaction().execute(async (trx) => {
    const referral = await lockOpenReferral(trx, orgId, referralId);
    const request = await repo.lockRequestOfBuyer(trx, orgId, input.requestId);
    if (!request || request.referralId !== referralId)
      throw fieldProblem('requestId', 'problem.not_found.detail');
    if (request.available !== true || request.priceMinor === null || request.priceUnit === null)
      throw new Problem('conflict', 'survey.choice.not_available');
    const now = deps.clock.now();
    const today = localDate(now, referral.country);
    const reason = input.reason.trim();

    // The price: agreed in the last round that settled one, else the supplier's answer.
    const rounds = await repo.roundsOf(trx, [request.id]);
    const agreed = rounds.filter((r) => r.price_agreed_minor !== null).at(-1);
    const unitPriceMinor = Number(agreed?.price_agreed_minor ?? request.priceMinor);
    const unit = request.priceUnit;
    const currency: Currency = request.currency ?? CURRENCY_OF_COUNTRY[referral.country];
    const start =
      request.earliestStart && request.earliestStart > referral.startOn
        ? request.earliestStart
        : referral.startOn;
    const end = addCalendarDays(start, referral.expectedDurationDays - 1);
    const volume = expectedVolumeOf(referral, unit);

    // An offer without approval: only for an acute need, with the reason no approved offer fits
    // (the 3+3-week rule, packages/domain/src/matching/not-approved.ts).
    const approved = await repo.isApproved(trx, request.establishmentId, today);
    let notApproved: { reason: string; until: string } | null = null;
    if (!approved) {
      const why = input.notApprovedReason?.trim() ?? '';
      const use = notApprovedUse({
        start,
        acute: referral.urgency === 'today',
        reasonGiven: why !== '',
        consent: false,
        country: referral.country,
      });
      if (!use.allowed) {
        if (use.refusal === 'reason_missing')
          throw fieldProblem('notApprovedReason', 'survey.choice.not_approved_reason');
        throw new Problem('conflict', NOT_APPROVED_REFUSAL[use.refusal]);
      }
      notApproved = { reason: why, until: use.lastDay };
    }

    let orderId: string;
    if (referral.kind === 'new') {
      const order = await createOrder(trx, deps, {
        organisationId: orgId,
        calloffId: null,
        referralId,
        title: referral.purpose,
        notApproved,
        supplierId: request.supplierId,
        consultantId: null,
        establishmentId: request.establishmentId,
        unitPriceMinor,
        currency,
        unit,
        startDate: start,
        endDate: end,
        expectedVolume: volume,
        costCentre: null,
        actorUserId: actor.userId,
        source: { via: 'referral', referralId, requestId: request.id },
      });
      orderId = order.id;
    } else {
      // An extension or adjustment changes the order it is of, keeping the history on the order.
      orderId = referral.orderId!;
      const kind = referral.kind;
      await adjustLockedOrder(trx, deps, actor, orgId, orderId, (order: OrderToChange) => {
        if (order.supplierId !== request.supplierId)
          throw new Problem('conflict', 'survey.choice.other_supplier');
        if (kind === 'extension')
          return {
            kind,
            endDate: end,
            expectedVolume: round2(Number(order.expectedVolume) + volume),
            reason,
          };
        return { kind, expectedVolume: volume, unitPriceMinor, reason };
      });
    }

    await repo.markChosen(trx, {
      referralId,
      requestId: request.id,
      reason,
      by: actor.userId,
      at: now,
    });
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'referral.chosen',
      objectType: 'referral',
      objectId: referralId,
      before: { state: referral.state },
      after: {
        requestId: request.id,
        reason,
        orderId,
        unitPriceMinor,
        currency,
        unit,
        agreedInRound: agreed?.round ?? null,
        notApproved,
      },
    });
    await advance(trx, deps, actor, referral, 'ordered');

    // The other asked suppliers learn that another offer was chosen (never which, or at what price).
    const others = await repo.requestsOfReferral(trx, orgId, referralId);
    for (const other of others) {
      if (other.id === request.id || other.state === 'withdrawn') continue;
      await mailSupplier(trx, deps, other.supplierId, `/company/offer-requests/${other.id}`, {
        organisationId: orgId,
        country: referral.country,
        subject: 'survey.email.not_chosen.subject',
        body: 'survey.email.not_chosen.body',
        params: { municipality: referral.municipalityName, offer: other.offerName },
      });
    }
  });
  return readSurvey(deps, orgId, referralId);
}

// ---- the supplier's side -----------------------------------------------------------------------

function summaryOf(
  row:
    | repo.SupplierRequestRow
    | Awaited<ReturnType<typeof repo.listSupplierRequests>>['items'][number],
  now: Date,
) {
  return {
    id: row.id,
    municipality: { id: row.organisationId, name: row.municipalityName },
    offer: { id: row.establishmentId, name: row.offerName },
    serviceKind: row.serviceKind,
    acute: row.acute,
    sentAt: row.sentAt,
    replyBy: row.replyBy,
    state: stateNow(row, now),
    open: row.open,
    version: row.version,
  };
}

export async function listOfferRequests(deps: Deps, supplierId: string, query: OfferRequestsQuery) {
  const now = deps.clock.now();
  const page = await repo.listSupplierRequests(
    deps.db,
    supplierId,
    now,
    pageOf(query, OFFER_REQUEST_PAGE_DEFAULTS),
  );
  return { ...page, items: page.items.map((row) => summaryOf(row, now)) };
}

interface StoredPerson {
  age?: number;
  gender?: string;
  targetGroups?: string[];
  needs?: string;
  languages?: string[];
}

export async function readOfferRequest(
  deps: Deps,
  supplierId: string,
  requestId: string,
): Promise<OfferRequestView> {
  const now = deps.clock.now();
  const row = await repo.findSupplierRequest(deps.db, supplierId, requestId, now);
  if (!row) throw new Problem('not_found', 'problem.not_found.detail');
  // Only what the supplier needs to answer: no case reference, siblings, home or sensitive text.
  const person = (row.person ?? {}) as StoredPerson;
  return {
    ...summaryOf(row, now),
    referral: {
      kind: row.referralKind,
      serviceKind: row.serviceKind,
      legalBasis: row.legalBasis,
      purpose: row.purpose,
      startOn: row.startOn,
      expectedDurationDays: row.expectedDurationDays,
      intensity: {
        kind: row.intensityKind,
        hoursPerWeek: row.hoursPerWeek === null ? null : Number(row.hoursPerWeek),
      },
      urgency: row.urgency,
      person: {
        age: person.age ?? 0,
        gender: person.gender ?? 'not_stated',
        targetGroups: person.targetGroups ?? [],
        needs: person.needs ?? '',
        languages: person.languages ?? [],
      },
    },
    answer: answerOf(row),
    currency: CURRENCY_OF_COUNTRY[row.municipalityCountry],
  };
}

export async function answerOfferRequest(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  requestId: string,
  input: AnswerInput,
  locale: Locale,
) {
  await deps.db.transaction().execute(async (trx) => {
    const request = await repo.lockSupplierRequest(trx, supplierId, requestId);
    if (!request) throw new Problem('not_found', 'problem.not_found.detail');
    const now = deps.clock.now();
    if (request.state === 'withdrawn' || CLOSED.includes(request.referralState))
      throw new Problem('conflict', 'survey.withdrawn');
    if (request.replyBy <= now)
      throw new Problem('conflict', 'survey.window_closed', {
        params: { replyBy: formatInstant(locale, request.country, request.replyBy) },
      });
    if (request.version !== input.version) throw new Problem('conflict', 'survey.version_conflict');

    const fields: { field: string; key: MessageKey; params?: Record<string, string> }[] = [];
    if (input.available) {
      for (const field of ['earliestStart', 'priceMinor', 'priceUnit'] as const)
        if (input[field] === undefined || input[field] === null)
          fields.push({ field, key: 'survey.answer.required_when_available' });
      if (input.earliestStart && input.earliestStart < request.startOn)
        fields.push({
          field: 'earliestStart',
          key: 'survey.answer.start_before_referral',
          params: { start: request.startOn },
        });
    }
    if (input.holdPlace) {
      if (!request.acute) fields.push({ field: 'holdPlace', key: 'survey.answer.hold_not_acute' });
      else if (!input.available)
        fields.push({ field: 'holdPlace', key: 'survey.answer.hold_not_available' });
    }
    if (fields.length > 0) throw new Problem('validation', 'survey.answer.invalid', { fields });

    const answer = {
      available: input.available,
      earliestStart: input.available ? (input.earliestStart ?? null) : null,
      priceMinor: input.available ? (input.priceMinor ?? null) : null,
      priceUnit: input.available ? (input.priceUnit ?? null) : null,
      currency: input.available ? CURRENCY_OF_COUNTRY[request.country] : null,
      questions: input.questions?.trim() ?? '',
      placeHeldUntil: input.holdPlace ? request.replyBy : null,
    };
    await repo.saveAnswer(trx, requestId, { ...answer, by: actor.userId, at: now });
    await appendAudit(trx, deps.clock, {
      organisationId: supplierId,
      actorUserId: actor.userId,
      action: 'survey.answered',
      objectType: 'survey_request',
      objectId: requestId,
      before: { state: request.state, version: request.version },
      after: { ...answer, version: request.version + 1 },
    });
    const sender = { email: request.senderEmail, locale: request.senderLocale };
    await sendMail(
      trx,
      deps,
      [sender],
      request.organisationId,
      `/matching/referrals/${request.referralId}`,
      {
        organisationId: request.organisationId,
        country: request.country,
        subject: 'survey.email.answered.subject',
        body: 'survey.email.answered.body',
        params: { supplier: request.supplierName, offer: request.offerName },
        localized: { answer: AVAILABILITY_NAMES[input.available ? 'available' : 'unavailable'] },
      },
    );
  });
  return readOfferRequest(deps, supplierId, requestId);
}
