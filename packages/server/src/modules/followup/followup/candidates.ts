// The risk order of the establishments a body follows up (followup/risk.ts `rankByRisk`), per
// establishment and agreement, with the signals that made it so the officer sees why. What is
// counted:
// - open deviations: the body's requests for correction on the agreement about the establishment
//   (or about the supplier as a whole) that are not accepted, plus the findings not met or partly
//   met at the latest visit to the establishment on the agreement that no request covers yet;
// - the permit: the worst status of the establishment's permits (a valid permit whose end date has
//   passed counts as expired), their open supervision cases, the oldest last check;
// - the last visit of the body to the establishment (on any agreement);
// - bought: price × expected volume of the orders the agreement's municipalities placed with the
//   establishment in the last 12 months, in the agreement's currency;
// - logbook notes marked as concerns in the last 12 months about it (or its supplier as a whole).
import type { PlainDate } from '@tildel/domain/calendar';
import { rankByRisk, type BoughtVolume } from '@tildel/domain/followup/risk';
import {
  CURRENCY_OF_COUNTRY,
  money,
  priceTimesVolume,
  sumMoney,
  type Currency,
} from '@tildel/domain/money';
import type { PermitStatus } from '@tildel/domain/permit-csv';
import type { Deps } from '../../../platform/deps.ts';
import { pageOf, pageOfRows, type Page } from '../../../platform/paging.ts';
import { bodyToday, twelveMonthsBefore } from './common.ts';
import {
  candidateSignals,
  rankingPairs,
  shownCandidates,
  shownPairs,
  type PairsQuery,
  type RankingPair,
  type Shown,
} from './signals-repo.ts';
import { CANDIDATE_PAGE_DEFAULTS, type CandidateSort, type CandidatesQuery } from './schemas.ts';
import { pairKey } from './signals.ts';

type Signals = Awaited<ReturnType<typeof candidateSignals>>;

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = map.get(k);
    if (group) group.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/** Worst first: the permit a home may least be placed under decides its record. */
const PERMIT_SEVERITY: readonly PermitStatus[] = ['revoked', 'expired', 'applied', 'changed'];

/** The worst status of the permits: a valid one whose end date has passed counts as expired. */
function permitStatus(
  p: { statusesNotValid: readonly string[] | null; validUntil: PlainDate | null },
  today: PlainDate,
): PermitStatus {
  const expired = p.validUntil !== null && p.validUntil < today;
  const worst = PERMIT_SEVERITY.find(
    (status) => (status === 'expired' && expired) || p.statusesNotValid?.includes(status),
  );
  return worst ?? 'valid';
}

/** How many of the rows (none when there are none) are so. */
function count<T>(rows: readonly T[] | undefined, isSo: (row: T) => boolean): number {
  let n = 0;
  for (const row of rows ?? []) if (isSo(row)) n++;
  return n;
}

/** Signals about a supplier on an agreement: each pair looks up its own, not every row. */
const supplierKey = (row: { agreementId: string; supplierId: string }) =>
  `${row.agreementId}|${row.supplierId}`;

const bySwedishName = new Intl.Collator('sv').compare;

/**
 * The ranked candidates turned as the page asks: by rank (as ranked, or reversed), or by
 * establishment then rank.
 */
function sortedAs<C extends { rank: number; candidate: { name: string } }>(
  ranked: C[],
  page: Pick<Page<CandidateSort>, 'sort' | 'order'>,
): C[] {
  if (page.sort === 'risk') return page.order === 'asc' ? ranked : ranked.toReversed();
  const sign = page.order === 'asc' ? 1 : -1;
  return ranked.toSorted(
    (a, b) => sign * bySwedishName(a.candidate.name, b.candidate.name) || a.rank - b.rank,
  );
}

/** One page of the risk order; the rule ranks every establishment, so all are read first. */
export async function candidates(deps: Deps, bodyId: string, query: CandidatesQuery) {
  const page = pageOf(query, CANDIDATE_PAGE_DEFAULTS);
  const ranked = await rankedCandidates(deps, bodyId, Number(query.year), page, rankingPairs);
  const paged = pageOfRows(ranked, page);
  // Only the page's rows are written out in full, with what only a list shows read for them.
  const shown = new Map(
    (
      await shownCandidates(
        deps.db,
        paged.items.map((r) => r.candidate.pair),
      )
    ).map((row) => [pairKey(row.establishmentId, row.agreementId), row]),
  );
  return {
    year: Number(query.year),
    ...paged,
    items: paged.items.map((r) => listed(r, shown.get(r.candidate.id)!)),
  };
}

/** Every row of the risk order as the list turns it, read with what the list shows: a download's. */
export async function* candidateRows(
  deps: Deps,
  bodyId: string,
  query: Omit<CandidatesQuery, 'limit' | 'offset'>,
) {
  const sort = pageOf(query, CANDIDATE_PAGE_DEFAULTS);
  for (const ranked of await rankedCandidates(deps, bodyId, Number(query.year), sort, shownPairs))
    yield listed(ranked, ranked.candidate.pair);
}

type Ranked = Awaited<ReturnType<typeof rankedCandidates<RankingPair>>>[number];

/** A ranked candidate as the list and the download show it. */
function listed({ rank, score, reasons, candidate: c }: Ranked, shown: Shown) {
  return {
    rank,
    score,
    reasons,
    agreement: {
      id: c.pair.agreementId,
      reference: shown.agreementReference,
      title: shown.agreementTitle,
    },
    supplier: { id: c.pair.supplierId, name: shown.supplierName },
    establishment: {
      id: c.pair.establishmentId,
      name: c.pair.establishmentName,
      city: shown.establishmentCity,
    },
    openDeviations: c.openDeviations,
    permit: c.permit,
    lastVisitOn: c.lastVisitOn,
    bought:
      c.volume?.kind === 'money'
        ? { amountMinor: Number(c.volume.amountMinor), currency: c.volume.currency }
        : null,
    concernNotes: c.concernNotes,
    plannedVisitId: c.plannedVisitId,
    doneThisYear: c.doneThisYear,
  };
}

export type RankedCandidate = ReturnType<typeof listed>;

/**
 * Every establishment in the body's scope ranked by the domain's rule, then turned as asked. The
 * signals are read for all at once by a few set queries and looked up per pair by key; the
 * candidates as `pairsQuery` reads them (with what a list shows of each, or without).
 */
async function rankedCandidates<Pair extends RankingPair>(
  deps: Deps,
  bodyId: string,
  year: number,
  sort: Pick<Page<CandidateSort>, 'sort' | 'order'>,
  pairsQuery: PairsQuery<Pair>,
) {
  const since = twelveMonthsBefore(deps.clock.now());
  const [today, signals] = await Promise.all([
    bodyToday(deps, bodyId),
    candidateSignals(deps.db, { bodyId, year, since }, pairsQuery),
  ]);
  const { pairs, visits, corrections, orders, concerns, planned } = signals;
  // Latest first, so the first visit of a key is the last one made.
  const lastVisit = new Map<string, (typeof visits)[number]>();
  for (const v of visits) {
    if (!lastVisit.has(v.establishmentId)) lastVisit.set(v.establishmentId, v);
    const key = pairKey(v.establishmentId, v.agreementId);
    if (!lastVisit.has(key)) lastVisit.set(key, v);
  }
  const notMet = groupBy(signals.findingsNotMet, (f) => f.visitId);
  const covered = new Set(
    corrections.flatMap((c) => (c.visitId ? c.requirementIds.map((r) => `${c.visitId}|${r}`) : [])),
  );
  // The visit still to make, else whether one was made this year.
  const openPlanned = new Map(
    planned
      .filter((p) => p.status === 'planned')
      .map((p) => [pairKey(p.establishmentId, p.agreementId), p.id]),
  );
  const doneThisYear = new Set(
    planned
      .filter((p) => p.status === 'done')
      .map((p) => pairKey(p.establishmentId, p.agreementId)),
  );

  const correctionsBySupplier = groupBy(corrections, supplierKey);
  const concernsBySupplier = groupBy(concerns, supplierKey);
  const ordersByPair = groupBy(orders, (o) => pairKey(o.establishmentId, o.agreementId));
  // A signal about the supplier as a whole (no establishment) counts for each of its homes.
  const aboutPair = (establishmentId: string, row: { establishmentId: string | null }) =>
    row.establishmentId === null || row.establishmentId === establishmentId;

  // Most candidates have no signal but their permit: nothing is allocated for a signal not there.
  const input = pairs.map((p) => {
    const key = pairKey(p.establishmentId, p.agreementId);
    const ofSupplier = supplierKey(p);
    const pairVisit = lastVisit.get(key);
    const uncovered = count(
      pairVisit && notMet.get(pairVisit.id),
      (f) => !covered.has(`${f.visitId}|${f.requirementId}`),
    );
    const openRequests = count(
      correctionsBySupplier.get(ofSupplier),
      (c) => c.status !== 'accepted' && aboutPair(p.establishmentId, c),
    );
    return {
      id: key,
      name: p.establishmentName,
      pair: p,
      openDeviations: openRequests + uncovered,
      permit:
        p.permits === 0
          ? null
          : {
              status: permitStatus(p, today),
              openCases: p.openCases,
              lastCheckedOn: p.lastCheckedOn,
            },
      lastVisitOn: lastVisit.get(p.establishmentId)?.visitedOn ?? null,
      volume: boughtFrom(ordersByPair.get(key), CURRENCY_OF_COUNTRY[p.agreementCountry]),
      concernNotes: count(concernsBySupplier.get(ofSupplier), (n) =>
        aboutPair(p.establishmentId, n),
      ),
      plannedVisitId: openPlanned.get(key) ?? null,
      doneThisYear: doneThisYear.has(key),
    };
  });
  return sortedAs(rankByRisk(input, today), sort);
}

/** What the orders bought in the agreement's currency, null when nothing (or none at all). */
function boughtFrom(
  orders: Signals['orders'] | undefined,
  currency: Currency,
): BoughtVolume | null {
  if (!orders) return null;
  const bought = sumMoney(
    orders
      .filter((o) => o.currency === currency)
      .map((o) => priceTimesVolume(money(Number(o.unitPriceMinor), currency), o.expectedVolume)),
    currency,
  );
  return bought.amount > 0 ? { kind: 'money', amountMinor: BigInt(bought.amount), currency } : null;
}
