// Evaluation-model replay: the caller's past call-offs evaluated again under another model, by
// the domain's replay over the bids the awards area opens for it. A replay only reads: no award
// changes and nothing is stored. Bids of a call-off never opened are never read.
import { endOfLocalDay, localDate, startOfLocalDay } from '@tildel/domain/calendar';
import {
  replayCallOffs,
  type CallOffReplay,
  type EvaluationModel,
  type ReplayTotal,
  type WinnerCost,
} from '@tildel/domain/evaluation/index';
import type { Currency } from '@tildel/domain/money';
import type { Deps } from '../../../platform/deps.ts';
import { fieldProblem, notFound, Problem } from '../../../platform/problem.ts';
import { awardedEvaluation, type AwardedEvaluation } from '../../calloffs/awards/service.ts';
import * as repo from './repo.ts';
import type { ReplayQuery } from './schemas.ts';

/** At most this many call-offs are replayed at once (each opens its bids). */
export const REPLAY_LIMIT = 200;

function modelOf(query: ReplayQuery): EvaluationModel {
  if (query.model !== 'weighted_score') return { kind: query.model, basis: query.basis };
  const { priceWeight, qualityWeight } = query;
  if (priceWeight === undefined || qualityWeight === undefined || priceWeight + qualityWeight === 0)
    throw fieldProblem('priceWeight', 'replay.weights_required');
  return { kind: 'weighted_score', basis: query.basis, priceWeight, qualityWeight };
}

function scopeOf(query: ReplayQuery, country: 'SE' | 'DK'): repo.ReplayScope {
  if (query.calloffId) return { calloffId: query.calloffId };
  if (query.agreementId) return { sourceId: query.agreementId };
  if (!query.from || !query.to) throw fieldProblem('from', 'replay.scope_required');
  if (query.to < query.from) throw fieldProblem('to', 'replay.to_before_from');
  return {
    deadlineFrom: startOfLocalDay(query.from, country),
    deadlineTo: endOfLocalDay(query.to, country),
  };
}

function winnerView(winner: WinnerCost, award: AwardedEvaluation) {
  return {
    bidId: winner.bidId,
    supplierName: award.bidders.get(winner.bidId) ?? '',
    unitPriceMinor: winner.unitPrice.amount,
    costMinor: winner.cost.amount,
  };
}

function totalView(total: ReplayTotal) {
  return {
    currency: total.currency,
    calloffs: total.callOffs,
    otherWinner: total.otherWinner,
    actualCostMinor: total.actualCost.amount,
    replayedCostMinor: total.replayedCost.amount,
    differenceMinor: total.difference.amount,
  };
}

export async function replay(deps: Deps, organisationId: string, query: ReplayQuery) {
  const viewer = await repo.organisationOf(deps.db, organisationId);
  // A supplier may read insights about its own orders, never how buyers' models pick winners.
  if (!viewer || viewer.kind === 'supplier')
    throw new Problem('forbidden', 'replay.not_for_suppliers');
  const model = modelOf(query);
  const found = await repo.visibleCalloffs(
    deps.db,
    organisationId,
    scopeOf(query, viewer.country),
    REPLAY_LIMIT + 1,
  );
  if (query.calloffId && found.length === 0) throw notFound();
  const calloffs = found.slice(0, REPLAY_LIMIT);

  const awards = new Map<string, AwardedEvaluation>();
  for (const c of calloffs) {
    const award = c.openedAt ? await awardedEvaluation(deps, c.organisationId, c.id) : null;
    if (award) awards.set(c.id, award);
  }
  const periodOf = (c: repo.VisibleCalloff) => localDate(c.tenderDeadline!, c.country).slice(0, 4);
  const summary = replayCallOffs(
    calloffs.map((c) => ({
      callOffId: c.id,
      agreementId: c.sourceId,
      period: periodOf(c),
      opened: c.openedAt !== null,
      award: awards.get(c.id) ?? null,
    })),
    model,
  );

  const replays = new Map<string, CallOffReplay>(summary.replays.map((r) => [r.callOffId, r]));
  const refusals = new Map(summary.refused.map((r) => [r.callOffId, r]));
  const sourceOf = (c: repo.VisibleCalloff | undefined) =>
    c?.sourceId
      ? { id: c.sourceId, reference: c.sourceReference ?? '', title: c.sourceTitle ?? '' }
      : null;
  const bySource = new Map(calloffs.map((c) => [c.sourceId, c]));
  return {
    rows: calloffs.map((c) => {
      const done = replays.get(c.id);
      const award = awards.get(c.id);
      const refusal = refusals.get(c.id);
      return {
        calloffId: c.id,
        title: c.title,
        municipalityName: c.municipalityName,
        source: sourceOf(c),
        tenderDeadline: c.tenderDeadline!.toISOString(),
        period: periodOf(c),
        currency: c.currency as Currency,
        outcome: done ? ('replayed' as const) : ('refused' as const),
        refusal: refusal?.code ?? null,
        problems: (refusal?.problems ?? []).map((p) => p.code),
        actual: done && award ? winnerView(done.actual, award) : null,
        replayed: done && award ? winnerView(done.replayed, award) : null,
        differenceMinor: done?.difference.amount ?? null,
      };
    }),
    more: found.length > REPLAY_LIMIT,
    byAgreement: summary.byAgreement.map((t) => ({
      source: sourceOf(bySource.get(t.key)),
      ...totalView(t),
    })),
    byPeriod: summary.byPeriod.map((t) => ({ period: t.key ?? '', ...totalView(t) })),
  };
}
