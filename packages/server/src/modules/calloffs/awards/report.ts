// The evaluation report after the opening: the call-off's requirements and model, the opened bids
// and the buyer's set-asides run through the domain's evaluate, then named for people (suppliers,
// requirement titles, consultants, establishments). Ranking is the domain's, on exact values; the
// decimals here are for reading only. The award freezes this view in the decision.
import {
  evaluate,
  type Bid,
  type BidEvaluation,
  type CallOffEvaluation,
  type ComparisonValue,
  type SetAsideReason,
  type TieStep,
} from '@tildel/domain/evaluation/index';
import { fromExactRatio, ratio, ratioToDecimalString } from '@tildel/domain/evaluation/ratio';
import { moneyToDecimalString, type Currency } from '@tildel/domain/money';
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/types.ts';
import type { MasterKey } from '../../../platform/sealing.ts';
import { openedBids, type OpenedBidView } from '../bids/opened.ts';
import * as calloffsRepo from '../calloffs/repo.ts';
import { modelOf, requirementOf } from '../calloffs/service.ts';
import * as repo from './repo.ts';

export interface ComparisonValueView {
  kind: ComparisonValue['kind'];
  /** Price and comparison price: the amount on the basis; price per quality point: per point. */
  amountMinor: number | null;
  qualityPoints: number | null;
  /** Price per quality point (minor units per point) and weighted score: the value that ranks. */
  exact: { numerator: string; denominator: string } | null;
  /** For reading: major units for money values, the score with two decimals; null when unbounded. */
  decimal: string | null;
  priceScore: string | null;
  qualityScore: string | null;
}

export interface SetAsideReasonView {
  kind: SetAsideReason['kind'];
  requirementId: string | null;
  title: string | null;
  failure: string | null;
  minimum: number | null;
  answered: number | null;
  /** The buyer's own reason. */
  reason: string | null;
}

export interface BidView {
  bidId: string;
  supplierId: string;
  supplierName: string;
  outcome: 'ranked' | 'set_aside';
  rank: number | null;
  unitPriceMinor: number;
  priceMinor: number;
  deductions: { requirementId: string; title: string; amountMinor: number }[];
  points: { requirementId: string; title: string; points: number }[];
  comparisonValue: ComparisonValueView | null;
  tieDecidedBy: TieStep | null;
  setAsideReasons: SetAsideReasonView[];
  receivedAt: string;
  receiptVerified: boolean;
  consultant: { id: string; name: string } | null;
  establishment: { id: string; name: string } | null;
  earliestStart: string;
  validUntil: string;
}

export interface ReportView {
  model: ReturnType<typeof modelOf>;
  currency: Currency;
  unitsOnBasis: number;
  tieRule: TieStep[];
  drawingSeed: string;
  warnings: string[];
  bids: BidView[];
}

function comparisonValueView(value: ComparisonValue, currency: Currency): ComparisonValueView {
  const none = { amountMinor: null, qualityPoints: null, exact: null, decimal: null };
  const scores = { priceScore: null, qualityScore: null };
  switch (value.kind) {
    case 'price':
    case 'comparison_price':
      return {
        kind: value.kind,
        ...none,
        ...scores,
        amountMinor: value.amount.amount,
        decimal: moneyToDecimalString({ amount: value.amount.amount, currency }),
      };
    case 'price_per_quality_point': {
      // Minor units per point, shown in major units: divide by the 100 minor units of a krone.
      const exact = fromExactRatio(value.exact);
      const major = ratio(exact.numerator, exact.denominator * 100n);
      return {
        kind: value.kind,
        ...none,
        ...scores,
        // Rounded to whole minor units per point for reading; `exact` is what ranks.
        amountMinor: value.perPoint.amount,
        qualityPoints: value.qualityPoints,
        exact: value.exact,
        decimal: ratioToDecimalString(major, 2),
      };
    }
    case 'no_quality_points':
      return { kind: value.kind, ...none, ...scores, qualityPoints: 0 };
    case 'weighted_score':
      return {
        kind: value.kind,
        ...none,
        exact: value.exact,
        decimal: value.score,
        priceScore: value.priceScore,
        qualityScore: value.qualityScore,
      };
  }
}

function setAsideReasonView(reason: SetAsideReason): SetAsideReasonView {
  if (reason.kind === 'set_aside_by_buyer')
    return {
      kind: reason.kind,
      requirementId: null,
      title: null,
      failure: null,
      minimum: null,
      answered: null,
      reason: reason.reason,
    };
  return {
    kind: reason.kind,
    requirementId: reason.requirementId,
    title: reason.title,
    failure: reason.reason,
    minimum: reason.minimum ?? null,
    answered: reason.answered ?? null,
    reason: null,
  };
}

function bidView(
  evaluation: BidEvaluation,
  bid: OpenedBidView,
  titles: Map<string, string>,
  names: Map<string, string>,
  currency: Currency,
): BidView {
  const { content } = bid;
  const named = (id: string | null) => (id ? { id, name: names.get(id) ?? '' } : null);
  const ranked = evaluation.outcome === 'ranked' ? evaluation : null;
  return {
    bidId: bid.bidId,
    supplierId: bid.supplierId,
    supplierName: bid.supplierName,
    outcome: evaluation.outcome,
    rank: ranked?.rank ?? null,
    unitPriceMinor: evaluation.unitPrice.amount,
    priceMinor: evaluation.price.amount,
    deductions: (ranked?.deductions ?? []).map((d) => ({
      requirementId: d.requirementId,
      title: titles.get(d.requirementId) ?? '',
      amountMinor: d.amount.amount,
    })),
    points: (ranked?.points ?? []).map((p) => ({
      requirementId: p.requirementId,
      title: titles.get(p.requirementId) ?? '',
      points: p.points,
    })),
    comparisonValue: ranked ? comparisonValueView(ranked.comparisonValue, currency) : null,
    tieDecidedBy: ranked?.tieDecidedBy ?? null,
    setAsideReasons:
      evaluation.outcome === 'set_aside' ? evaluation.reasons.map(setAsideReasonView) : [],
    receivedAt: bid.receivedAt,
    receiptVerified: bid.receiptVerified,
    consultant: named(content.consultantId),
    establishment: named(content.establishmentId),
    earliestStart: content.earliestStart,
    validUntil: content.validUntil,
  };
}

/** What the domain's evaluate takes of an opened call-off: its frozen setup, bids and set-asides. */
export async function evaluationInput(
  trx: Transaction<DB>,
  master: MasterKey,
  calloff: repo.AwardCalloff,
) {
  const currency = calloff.currency as Currency;
  const rows = await calloffsRepo.requirementsOf(trx, calloff.organisationId, calloff.id);
  const bids = await openedBids(trx, master, calloff.id);
  const quantity = Number(calloff.expectedVolume);
  const evaluation: CallOffEvaluation = {
    currency,
    requirements: rows.map(requirementOf),
    model: modelOf(calloff.evaluationModel),
    expectedQuantity: Number.isSafeInteger(quantity) ? quantity : null,
    drawingSeed: calloff.drawingSeed ?? '',
  };
  const domainBids: Bid[] = bids.map((b) => ({
    bidId: b.bidId,
    unitPrice: { amount: b.content.unitPriceMinor, currency },
    receivedAt: b.receivedAt,
    answers: b.content.answers,
  }));
  const setAsides = await repo.setAsidesOf(trx, calloff.id);
  return { rows, opened: bids, evaluation, bids: domainBids, setAsides };
}

/** Evaluates the opened call-off now; the caller has checked that it has been opened. */
export async function evaluationReport(
  trx: Transaction<DB>,
  master: MasterKey,
  calloff: repo.AwardCalloff,
): Promise<ReportView> {
  const currency = calloff.currency as Currency;
  const input = await evaluationInput(trx, master, calloff);
  const { rows, opened: bids } = input;
  const report = evaluate(input.evaluation, input.bids, input.setAsides);
  const names = await repo.offeredNames(
    trx,
    bids.flatMap((b) => (b.content.consultantId ? [b.content.consultantId] : [])),
    bids.flatMap((b) => (b.content.establishmentId ? [b.content.establishmentId] : [])),
  );
  const titles = new Map(rows.map((r) => [r.id, r.title]));
  const byId = new Map(bids.map((b) => [b.bidId, b]));
  return {
    model: report.model,
    currency,
    unitsOnBasis: report.unitsOnBasis,
    tieRule: [...report.tieRule],
    drawingSeed: report.drawingSeed,
    warnings: report.warnings.map((w) => w.code),
    bids: report.bids.map((e) => bidView(e, byId.get(e.bidId)!, titles, names, currency)),
  };
}
