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
import {
  rankByRisk,
  type BoughtVolume,
  type PermitRecordSummary,
} from '@tildel/domain/followup/risk';
import { CURRENCY_OF_COUNTRY, money, priceTimesVolume, sumMoney } from '@tildel/domain/money';
import type { PermitStatus } from '@tildel/domain/permit-csv';
import type { Deps } from '../../../platform/deps.ts';
import { pageOf, pageOfRows, type Page } from '../../../platform/paging.ts';
import { bodyToday, twelveMonthsBefore } from './common.ts';
import * as repo from './repo.ts';
import * as signals from './signals-repo.ts';
import { CANDIDATE_PAGE_DEFAULTS, type CandidateSort, type CandidatesQuery } from './schemas.ts';
import { pairKey } from './signals.ts';

/** Worst first: the permit a home may least be placed under decides its record. */
const SEVERITY: readonly PermitStatus[] = ['revoked', 'expired', 'applied', 'changed', 'valid'];

type PermitRow = Awaited<ReturnType<typeof signals.permitsOf>>[number];

function permitSummary(
  permits: readonly PermitRow[],
  today: PlainDate,
): PermitRecordSummary | null {
  if (permits.length === 0) return null;
  const statuses = permits.map((p) =>
    p.status === 'valid' && p.validTo !== null && p.validTo < today ? 'expired' : p.status,
  );
  const checks = permits.map((p) => p.lastCheckedOn);
  return {
    status: SEVERITY.find((s) => statuses.includes(s)) ?? 'valid',
    openCases: permits.reduce((sum, p) => sum + p.openCases, 0),
    lastCheckedOn: checks.includes(null) ? null : [...(checks as string[])].sort()[0]!,
  };
}

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

/** Signals about a supplier on an agreement: each pair looks up its own, not every row. */
const supplierKey = (row: { agreementId: string; supplierId: string }) =>
  `${row.agreementId}|${row.supplierId}`;

/** The ranked candidates turned as the page asks: by rank, or by establishment then rank. */
function sortedAs<C extends { rank: number; establishment: { name: string } }>(
  ranked: C[],
  page: Pick<Page<CandidateSort>, 'sort' | 'order'>,
): C[] {
  const sign = page.order === 'asc' ? 1 : -1;
  const byName = (a: C, b: C) => a.establishment.name.localeCompare(b.establishment.name, 'sv');
  return [...ranked].sort((a, b) =>
    page.sort === 'establishment'
      ? sign * byName(a, b) || a.rank - b.rank
      : sign * (a.rank - b.rank),
  );
}

/** One page of the risk order; the rule ranks every establishment, so all are read first. */
export async function candidates(deps: Deps, bodyId: string, query: CandidatesQuery) {
  const page = pageOf(query, CANDIDATE_PAGE_DEFAULTS);
  const ranked = await rankedCandidates(deps, bodyId, Number(query.year), page);
  return { year: Number(query.year), ...pageOfRows(ranked, page) };
}

/** Every row of the risk order as the list turns it: a download's rows. */
export async function* candidateRows(
  deps: Deps,
  bodyId: string,
  query: Omit<CandidatesQuery, 'limit' | 'offset'>,
) {
  const sort = pageOf(query, CANDIDATE_PAGE_DEFAULTS);
  yield* await rankedCandidates(deps, bodyId, Number(query.year), sort);
}

export type RankedCandidate = Awaited<ReturnType<typeof rankedCandidates>>[number];

/**
 * Every establishment in the body's scope ranked by the domain's rule, then turned as asked. The
 * signals are read for all at once by a few set queries and looked up per pair by key.
 */
async function rankedCandidates(
  deps: Deps,
  bodyId: string,
  year: number,
  sort: Pick<Page<CandidateSort>, 'sort' | 'order'>,
) {
  const today = await bodyToday(deps, bodyId);
  const since = twelveMonthsBefore(deps.clock.now());
  const pairs = await signals.candidatePairs(deps.db, bodyId);
  if (pairs.length === 0) return [];
  const establishmentIds = [...new Set(pairs.map((p) => p.establishmentId))];
  const supplierIds = [...new Set(pairs.map((p) => p.supplierId))];
  const agreementIds = [...new Set(pairs.map((p) => p.agreementId))];
  const plan = await repo.findPlan(deps.db, bodyId, year);
  const [permits, visits, corrections, orders, concerns, planned, countries] = await Promise.all([
    signals.permitsOf(deps.db, establishmentIds),
    signals.visitsTo(deps.db, bodyId, establishmentIds),
    signals.correctionsTo(deps.db, bodyId, supplierIds),
    signals.ordersPlacedWith(deps.db, agreementIds, establishmentIds, since),
    signals.concernsAbout(deps.db, agreementIds, supplierIds, since),
    plan ? signals.plannedPairs(deps.db, plan.id) : Promise.resolve([]),
    repo.agreementCountries(deps.db, agreementIds),
  ]);
  const permitsByEstablishment = groupBy(permits, (p) => p.establishmentId);
  // Latest first, so the first visit of a key is the last one made.
  const lastVisit = new Map<string, (typeof visits)[number]>();
  for (const v of visits) {
    if (!lastVisit.has(v.establishmentId)) lastVisit.set(v.establishmentId, v);
    const key = pairKey(v.establishmentId, v.agreementId);
    if (!lastVisit.has(key)) lastVisit.set(key, v);
  }
  const latestPairVisitIds = pairs.flatMap((p) => {
    const v = lastVisit.get(pairKey(p.establishmentId, p.agreementId));
    return v ? [v.id] : [];
  });
  const notMet = groupBy(
    await signals.findingsNotMet(deps.db, latestPairVisitIds),
    (f) => f.visitId,
  );
  const covered = new Set(
    corrections.flatMap((c) => (c.visitId ? c.requirementIds.map((r) => `${c.visitId}|${r}`) : [])),
  );
  const countryOf = new Map(countries.map((a) => [a.id, a.country]));
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
  const ordersByPair = groupBy(orders, (o) => pairKey(o.establishmentId ?? '', o.agreementId));
  // A signal about the supplier as a whole (no establishment) counts for each of its homes.
  const aboutPair = (p: signals.CandidatePair) => (row: { establishmentId: string | null }) =>
    row.establishmentId === null || row.establishmentId === p.establishmentId;

  const input = pairs.map((p) => {
    const key = pairKey(p.establishmentId, p.agreementId);
    const pairVisit = lastVisit.get(key);
    const uncovered = (pairVisit ? (notMet.get(pairVisit.id) ?? []) : []).filter(
      (f) => !covered.has(`${f.visitId}|${f.requirementId}`),
    );
    const openRequests = (correctionsBySupplier.get(supplierKey(p)) ?? []).filter(
      (c) => c.status !== 'accepted' && aboutPair(p)(c),
    );
    const currency = CURRENCY_OF_COUNTRY[countryOf.get(p.agreementId) ?? 'SE'];
    const bought = sumMoney(
      (ordersByPair.get(key) ?? [])
        .filter((o) => o.currency === currency)
        .map((o) => priceTimesVolume(money(Number(o.unitPriceMinor), currency), o.expectedVolume)),
      currency,
    );
    const volume: BoughtVolume | null =
      bought.amount > 0 ? { kind: 'money', amountMinor: BigInt(bought.amount), currency } : null;
    return {
      id: key,
      name: p.establishmentName,
      pair: p,
      openDeviations: openRequests.length + uncovered.length,
      permit: permitSummary(permitsByEstablishment.get(p.establishmentId) ?? [], today),
      lastVisitOn: lastVisit.get(p.establishmentId)?.visitedOn ?? null,
      volume,
      concernNotes: (concernsBySupplier.get(supplierKey(p)) ?? []).filter(aboutPair(p)).length,
      plannedVisitId: openPlanned.get(key) ?? null,
      doneThisYear: doneThisYear.has(key),
    };
  });

  const items = rankByRisk(input, today).map(({ rank, score, reasons, candidate: c }) => ({
    rank,
    score,
    reasons,
    agreement: {
      id: c.pair.agreementId,
      reference: c.pair.agreementReference,
      title: c.pair.agreementTitle,
    },
    supplier: { id: c.pair.supplierId, name: c.pair.supplierName },
    establishment: {
      id: c.pair.establishmentId,
      name: c.pair.establishmentName,
      city: c.pair.establishmentCity,
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
  }));
  return sortedAs(items, sort);
}
