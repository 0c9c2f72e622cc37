// Evaluation, award and order of a renewed competition or DPS call-off, after its opening. The
// buyer reads the evaluation report, sets bids aside with a reason, awards one bid (optimistic
// locking: of two buyers awarding at once exactly one succeeds), and after any standstill makes
// the order. Every bidder gets the decision in its language; the timeline shows what happened.
import { localDate } from '@tildel/domain/calendar';
import type { AwardedCallOff } from '@tildel/domain/evaluation/index';
import { standstillEnd } from '@tildel/domain/procedures/standstill';
import type { Transaction } from 'kysely';
import type { CalloffStatus, DB } from '../../../db/types.ts';
import type { Actor } from '../../../platform/access.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import { t, type Locale } from '../../../platform/i18n.ts';
import { mailSupplier } from '../../../platform/notify.ts';
import { fieldProblem, Problem, notFound } from '../../../platform/problem.ts';
import * as calloffsRepo from '../calloffs/repo.ts';
import { detailOf } from '../calloffs/service.ts';
import { createOrder } from '../orders/create-order.ts';
import { inEveryLocale, positionText } from './decision.ts';
import { decisionFileName, renderDecisionPdf } from './pdf.ts';
import { evaluationInput, evaluationReport, type BidView, type ReportView } from './report.ts';
import * as repo from './repo.ts';
import type { AwardInput, OrderInput } from './schemas.ts';
import * as bidsRepo from '../bids/repo.ts';

const OPENED: readonly CalloffStatus[] = ['evaluation', 'awarded', 'ordered'];

async function openedCalloff(trx: Transaction<DB>, organisationId: string, calloffId: string) {
  const calloff = await repo.findCalloff(trx, organisationId, calloffId);
  if (!calloff) throw notFound();
  // Before the opening nothing of a bid may be told, so the refusal says only that.
  if (!OPENED.includes(calloff.status) || !calloff.openedAt)
    throw new Problem('conflict', 'award.not_opened');
  return calloff;
}

/** The call-off locked for a change by the buyer; it must still be under evaluation. */
async function lockedForEvaluation(
  trx: Transaction<DB>,
  organisationId: string,
  calloffId: string,
  version?: number,
) {
  const locked = await calloffsRepo.lockCalloff(trx, organisationId, calloffId);
  if (!locked) throw notFound();
  if (version !== undefined && locked.version !== version)
    throw new Problem('conflict', 'calloff.version_conflict');
  if (locked.status !== 'evaluation') {
    if (!OPENED.includes(locked.status)) throw new Problem('conflict', 'award.not_opened');
    throw new Problem('conflict', 'award.not_in_evaluation');
  }
  return (await repo.findCalloff(trx, organisationId, calloffId))!;
}

function decisionView(row: repo.DecisionRow | undefined, now: Date) {
  if (!row) return null;
  return {
    id: row.id,
    bidId: row.bidId,
    supplierId: row.supplierId,
    supplierName: row.supplierName,
    reasons: row.reasons,
    decidedAt: row.decidedAt,
    decidedBy: row.decidedByName,
    standstillUntil: row.standstillUntil,
    orderAllowed: row.standstillUntil === null || now.getTime() > row.standstillUntil.getTime(),
    // The order is left-joined: its reference is there whenever its id is.
    order: row.orderId ? { id: row.orderId, reference: row.orderReference ?? '' } : null,
  };
}

async function evaluationView(trx: Transaction<DB>, deps: Deps, calloff: repo.AwardCalloff) {
  const decision = await repo.findDecision(trx, calloff.id);
  // After the award the report is the one decided on, frozen in the decision.
  const report = decision
    ? (decision.report as unknown as ReportView)
    : await evaluationReport(trx, deps.masterKey(), calloff);
  return {
    calloffId: calloff.id,
    status: calloff.status,
    version: calloff.version,
    ...report,
    decision: decisionView(decision, deps.clock.now()),
  };
}

// ---- the buyer's evaluation --------------------------------------------------------------------

export function readEvaluation(deps: Deps, organisationId: string, calloffId: string) {
  return deps.db.transaction().execute(async (trx) => {
    const calloff = await openedCalloff(trx, organisationId, calloffId);
    return evaluationView(trx, deps, calloff);
  });
}

export function setAside(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  ids: { calloffId: string; bidId: string },
  reason: string,
) {
  return deps.db.transaction().execute(async (trx) => {
    const calloff = await lockedForEvaluation(trx, organisationId, ids.calloffId);
    const bid = await bidsRepo.standingBid(trx, ids.calloffId, ids.bidId);
    if (!bid) throw notFound();
    const now = deps.clock.now();
    const text = reason.trim();
    await repo.putSetAside(trx, { ...ids, organisationId, reason: text }, actor.userId, now);
    // A set-aside changes the ranking: an award made on the earlier report must be refused.
    await repo.moveCalloff(trx, now, ids.calloffId, calloff.version);
    await appendAudit(trx, deps.clock, {
      organisationId,
      actorUserId: actor.userId,
      action: 'calloff.bid_set_aside',
      objectType: 'calloff',
      objectId: ids.calloffId,
      after: { bidId: ids.bidId, supplierId: bid.supplierId, reason: text },
    });
    return evaluationView(trx, deps, { ...calloff, version: calloff.version + 1 });
  });
}

export function removeSetAside(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  ids: { calloffId: string; bidId: string },
) {
  return deps.db.transaction().execute(async (trx) => {
    const calloff = await lockedForEvaluation(trx, organisationId, ids.calloffId);
    const bid = await bidsRepo.standingBid(trx, ids.calloffId, ids.bidId);
    if (!bid) throw notFound();
    const reason = await repo.removeSetAside(trx, ids.calloffId, ids.bidId);
    if (reason === undefined) return evaluationView(trx, deps, calloff);
    await repo.moveCalloff(trx, deps.clock.now(), ids.calloffId, calloff.version);
    await appendAudit(trx, deps.clock, {
      organisationId,
      actorUserId: actor.userId,
      action: 'calloff.bid_set_aside_removed',
      objectType: 'calloff',
      objectId: ids.calloffId,
      before: { bidId: ids.bidId, supplierId: bid.supplierId, reason },
    });
    return evaluationView(trx, deps, { ...calloff, version: calloff.version + 1 });
  });
}

// ---- the award ---------------------------------------------------------------------------------

/** The decision to one bidder, in each reader's language. */
async function mailDecision(
  trx: Transaction<DB>,
  deps: Deps,
  calloff: repo.AwardCalloff,
  report: ReportView,
  winner: BidView,
  bid: BidView,
  reasons: string,
  standstillUntil: Date | null,
) {
  const until = standstillUntil ? localDate(standstillUntil, calloff.country) : null;
  await mailSupplier(trx, deps, bid.supplierId, `/tenders/${calloff.id}`, {
    organisationId: calloff.organisationId,
    country: calloff.country,
    subject: 'award.email.subject',
    body: 'award.email.body',
    params: {
      calloff: calloff.title,
      reference: calloff.sourceReference ?? calloff.id,
      buyer: calloff.buyerName,
      winner: winner.supplierName,
      reasons,
    },
    localized: {
      outcome: inEveryLocale((l) =>
        t(l, bid.bidId === winner.bidId ? 'award.email.won' : 'award.email.lost'),
      ),
      position: inEveryLocale((l) => positionText(l, report, bid)),
      standstill: inEveryLocale((l) =>
        until ? t(l, 'award.standstill', { until }) : t(l, 'award.no_standstill'),
      ),
    },
  });
}

export function award(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  calloffId: string,
  input: AwardInput,
) {
  return deps.db.transaction().execute(async (trx) => {
    const calloff = await lockedForEvaluation(trx, organisationId, calloffId, input.version);
    const report = await evaluationReport(trx, deps.masterKey(), calloff);
    const winner = report.bids.find((b) => b.bidId === input.bidId);
    if (!winner) throw fieldProblem('bidId', 'award.unknown_bid');
    if (winner.rank === null)
      throw new Problem('conflict', 'award.bid_set_aside', {
        fields: [{ field: 'bidId', key: 'award.bid_set_aside' }],
      });
    const now = deps.clock.now();
    // The row is locked above; the version condition is the same guard said once more.
    if (!(await repo.moveCalloff(trx, now, calloffId, input.version, 'awarded')))
      throw new Problem('conflict', 'calloff.version_conflict');
    const standstillUntil = input.standstill ? standstillEnd(now, calloff.country) : null;
    const reasons = input.reasons.trim();
    const decisionId = await repo.insertDecision(trx, {
      calloffId,
      organisationId,
      bidId: winner.bidId,
      supplierId: winner.supplierId,
      reasons,
      report,
      decidedBy: actor.userId,
      decidedAt: now,
      standstillUntil,
    });
    await appendAudit(trx, deps.clock, {
      organisationId,
      actorUserId: actor.userId,
      action: 'calloff.awarded',
      objectType: 'calloff',
      objectId: calloffId,
      before: { status: 'evaluation' },
      after: {
        status: 'awarded',
        decisionId,
        bidId: winner.bidId,
        supplierId: winner.supplierId,
        rank: winner.rank,
        reasons,
        standstillUntil,
      },
    });
    for (const bid of report.bids)
      await mailDecision(trx, deps, calloff, report, winner, bid, reasons, standstillUntil);
    return detailOf(trx, organisationId, calloffId, now);
  });
}

// ---- the order ---------------------------------------------------------------------------------

export function orderAwarded(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  calloffId: string,
  input: OrderInput,
) {
  return deps.db.transaction().execute(async (trx) => {
    const locked = await calloffsRepo.lockCalloff(trx, organisationId, calloffId);
    if (!locked) throw notFound();
    if (locked.version !== input.version) throw new Problem('conflict', 'calloff.version_conflict');
    if (locked.status !== 'awarded') throw new Problem('conflict', 'award.not_awarded');
    const calloff = (await repo.findCalloff(trx, organisationId, calloffId))!;
    const decision = (await repo.findDecision(trx, calloffId))!;
    const now = deps.clock.now();
    if (decision.standstillUntil && now.getTime() <= decision.standstillUntil.getTime())
      throw new Problem('conflict', 'award.standstill_running', {
        params: { until: localDate(decision.standstillUntil, calloff.country) },
      });
    if (input.endDate < input.startDate) throw fieldProblem('endDate', 'award.end_before_start');
    // The order is made on what was decided: the winner as the frozen report holds it, so no bid
    // is opened again and a later change elsewhere cannot alter the price.
    const report = decision.report as unknown as ReportView;
    const winner = report.bids.find((b) => b.bidId === decision.bidId);
    if (!winner) throw notFound();
    const order = await createOrder(trx, deps, {
      organisationId,
      calloffId,
      supplierId: decision.supplierId,
      consultantId: winner.consultant?.id ?? null,
      establishmentId: winner.establishment?.id ?? null,
      unitPriceMinor: winner.unitPriceMinor,
      currency: report.currency,
      unit: calloff.expectedUnit,
      startDate: input.startDate,
      endDate: input.endDate,
      expectedVolume: Number(calloff.expectedVolume),
      costCentre: calloff.costCentre,
      actorUserId: actor.userId,
      source: { via: 'award', bidId: winner.bidId, decisionId: decision.id },
    });
    return { ...(await detailOf(trx, organisationId, calloffId, now)), order };
  });
}

// ---- the decision document and the bidder's view -----------------------------------------------

async function decisionDocument(trx: Transaction<DB>, organisationId: string, calloffId: string) {
  const calloff = await repo.findCalloff(trx, organisationId, calloffId);
  const decision = calloff && (await repo.findDecision(trx, calloffId));
  if (!calloff || !decision) throw notFound();
  const report = decision.report as unknown as ReportView;
  return {
    calloff,
    decision,
    report,
    document: {
      calloffId,
      calloffTitle: calloff.title,
      sourceReference: calloff.sourceReference,
      procedure: calloff.procedure,
      buyerName: calloff.buyerName,
      country: calloff.country,
      winnerName: decision.supplierName,
      reasons: decision.reasons,
      report,
      decidedAt: decision.decidedAt,
      decidedByName: decision.decidedByName,
      standstillUntil: decision.standstillUntil,
    },
  };
}

async function asFile(locale: Locale, document: Parameters<typeof renderDecisionPdf>[1]) {
  return {
    fileName: decisionFileName(locale, document.calloffTitle),
    content: await renderDecisionPdf(locale, document),
  };
}

export function buyerDecisionPdf(
  deps: Deps,
  organisationId: string,
  calloffId: string,
  locale: Locale,
) {
  return deps.db.transaction().execute(async (trx) => {
    const { document } = await decisionDocument(trx, organisationId, calloffId);
    return asFile(locale, document);
  });
}

/** The decision as a bidder reads it; a supplier that did not bid learns nothing of it. */
async function bidderDecision(trx: Transaction<DB>, supplierId: string, calloffId: string) {
  const municipality = await repo.calloffOrganisation(trx, calloffId);
  if (!municipality) throw notFound();
  const found = await decisionDocument(trx, municipality, calloffId);
  const own = found.report.bids.find((b) => b.supplierId === supplierId);
  if (!own) throw notFound();
  return { ...found, own };
}

export function supplierDecision(
  deps: Deps,
  supplierId: string,
  calloffId: string,
  locale: Locale,
) {
  return deps.db.transaction().execute(async (trx) => {
    const { calloff, decision, report, own } = await bidderDecision(trx, supplierId, calloffId);
    return {
      calloffId,
      calloffTitle: calloff.title,
      buyerName: calloff.buyerName,
      won: decision.supplierId === supplierId,
      winnerName: decision.supplierName,
      ownRank: own.rank,
      rankedCount: report.bids.filter((b) => b.rank !== null).length,
      position: positionText(locale, report, own),
      reasons: decision.reasons,
      standstillUntil: decision.standstillUntil,
      decidedAt: decision.decidedAt,
    };
  });
}

export function supplierDecisionPdf(
  deps: Deps,
  supplierId: string,
  calloffId: string,
  locale: Locale,
) {
  return deps.db.transaction().execute(async (trx) => {
    const { document } = await bidderDecision(trx, supplierId, calloffId);
    return asFile(locale, document);
  });
}

// ---- the timeline ------------------------------------------------------------------------------

export function timeline(deps: Deps, organisationId: string, calloffId: string) {
  return deps.db.transaction().execute(async (trx) => {
    const calloff = await repo.findCalloff(trx, organisationId, calloffId);
    if (!calloff) throw notFound();
    const events = (await repo.calloffEvents(trx, organisationId, calloffId)).map((e) => ({
      id: e.id,
      kind: 'calloff' as const,
      action: e.action,
      at: e.at,
      actorName: e.actorName,
    }));
    // Before the opening not even the fact of a bid may be told: receipts only once opened.
    const receipts = calloff.openedAt
      ? (await repo.bidReceiptEvents(trx, calloffId)).map((e) => ({
          id: e.id,
          kind: 'bid' as const,
          action: e.action,
          at: e.at,
          actorName: e.supplierName,
        }))
      : [];
    const items = [...events, ...receipts].sort((a, b) => a.at.getTime() - b.at.getTime());
    return { items };
  });
}

// ---- the evaluation as it was, for a replay under another model (insights) ---------------------

/** What a replay needs of an awarded call-off, with the bidders' names by bid id. */
export interface AwardedEvaluation extends AwardedCallOff {
  bidders: Map<string, string>;
}

/**
 * The evaluation of an awarded call-off as the award decided on it, read the way the evaluation
 * reads it; null when no award has been made, so no bid is opened for nothing (and never before
 * the opening: the award comes after it). Only reads: nothing is changed or recorded.
 */
export function awardedEvaluation(
  deps: Deps,
  organisationId: string,
  calloffId: string,
): Promise<AwardedEvaluation | null> {
  return deps.db.transaction().execute(async (trx) => {
    const calloff = await repo.findCalloff(trx, organisationId, calloffId);
    const decision = calloff?.openedAt ? await repo.findDecision(trx, calloffId) : undefined;
    if (!calloff || !decision) return null;
    const input = await evaluationInput(trx, deps.masterKey(), calloff);
    return {
      evaluation: input.evaluation,
      expectedVolume: calloff.expectedVolume,
      bids: input.bids,
      buyerSetAsides: input.setAsides,
      awardedBidId: decision.bidId,
      bidders: new Map(input.opened.map((b) => [b.bidId, b.supplierName])),
    };
  });
}
