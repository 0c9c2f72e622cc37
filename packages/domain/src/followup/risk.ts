// Tildel proposes the order of follow-up visits by risk, and shows the officer why: each signal
// that adds to a home's score is a reason with its points, and the score is their sum. Integer
// points only, so the order is exact and the same on every machine.
import type { PlainDate } from '../plain-date.ts';
import type { Currency } from '../money.ts';
import type { PermitStatus } from '../permit-csv.ts';
import { wholeMonthsBetween } from './months.ts';
import { permitCheckFreshness } from './permit-check.ts';

// ---- weights ----------------------------------------------------------------------------------

/**
 * A home without a permit in force may not take anyone at all: it comes before every home whose
 * permit stands, whatever else is known. These weights are therefore larger than the most that
 * all other signals together can add (MAX_OTHER_POINTS, checked in the tests).
 */
export const PERMIT_REVOKED_POINTS = 600;
/** An expired permit is as unlawful to place under as a revoked one, but usually an oversight. */
export const PERMIT_EXPIRED_POINTS = 500;

/** Not knowing the permit at all is worse than any known change to it. */
export const PERMIT_MISSING_POINTS = 40;
/** Applied for, not granted: the home may be running beyond what it is allowed. */
export const PERMIT_APPLIED_POINTS = 30;
/** A changed scope (target group, places) may no longer cover what the agreement bought. */
export const PERMIT_CHANGED_POINTS = 20;
/** Each open supervision case is the authority's own concern; three say all that more would. */
export const OPEN_CASE_POINTS = 15;
export const MAX_OPEN_CASES_COUNTED = 3;
/** A stale or never done permit check is cheap to fix but must be done before the visit. */
export const PERMIT_CHECK_STALE_POINTS = 10;

/**
 * An open deviation is a known breach of the agreement not yet corrected: the strongest signal
 * after the permit. Four fill the scale; more mean the case is for hiding, not for a visit order.
 */
export const OPEN_DEVIATION_POINTS = 25;
export const MAX_OPEN_DEVIATIONS_COUNTED = 4;

/**
 * Time since the last visit weighs 2 points a month up to three years: with about 60 visits a
 * year every home should be seen within an agreement's four years, and after three years unseen
 * more months add nothing. A home never visited counts as the full three years.
 */
export const POINTS_PER_MONTH_UNVISITED = 2;
export const MAX_MONTHS_UNVISITED_COUNTED = 36;

/**
 * Volume counts from a 5 % share of what was bought in the last 12 months (among 60 homes an even
 * share is under 2 %), one point per percent, at most 40: the more children placed or hours
 * bought, the more a breach costs, but size alone must not outrank a known breach.
 */
export const HIGH_VOLUME_MIN_SHARE_PERCENT = 5;
export const MAX_VOLUME_POINTS = 40;

/** A logbook note marked as a concern in the last 12 months; three say all that more would. */
export const CONCERN_NOTE_POINTS = 10;
export const MAX_CONCERN_NOTES_COUNTED = 3;

/** The most that everything but a revoked or expired permit can add up to. */
export const MAX_OTHER_POINTS =
  PERMIT_MISSING_POINTS +
  OPEN_CASE_POINTS * MAX_OPEN_CASES_COUNTED +
  PERMIT_CHECK_STALE_POINTS +
  OPEN_DEVIATION_POINTS * MAX_OPEN_DEVIATIONS_COUNTED +
  POINTS_PER_MONTH_UNVISITED * MAX_MONTHS_UNVISITED_COUNTED +
  MAX_VOLUME_POINTS +
  CONCERN_NOTE_POINTS * MAX_CONCERN_NOTES_COUNTED;

// ---- input and output -------------------------------------------------------------------------

/**
 * What was bought from the home in the last 12 months: money in exact minor units of a currency,
 * or placement days. Shares are computed among candidates with the same measure only.
 */
export type BoughtVolume =
  | { kind: 'money'; amountMinor: bigint; currency: Currency }
  | { kind: 'placement_days'; days: number };

export interface PermitRecordSummary {
  status: PermitStatus;
  openCases: number;
  lastCheckedOn: PlainDate | null;
}

export interface RiskCandidate {
  /** The establishment on the agreement; unique among the candidates. */
  id: string;
  name: string;
  /** Findings not met and requests for correction still open. */
  openDeviations: number;
  /** Null when there is no permit and supervision record at all. */
  permit: PermitRecordSummary | null;
  /** Null when never visited. */
  lastVisitOn: PlainDate | null;
  /** Null when nothing was bought. */
  volume: BoughtVolume | null;
  /** Logbook notes marked as concerns in the last 12 months. */
  concernNotes: number;
}

export type RiskReason =
  | { code: 'permit_revoked'; points: number }
  | { code: 'permit_expired'; points: number }
  | { code: 'permit_missing'; points: number }
  | { code: 'permit_applied'; points: number }
  | { code: 'permit_changed'; points: number }
  | { code: 'open_supervision_cases'; count: number; points: number }
  | { code: 'permit_check_stale'; months: number | null; points: number }
  | { code: 'open_deviations'; count: number; points: number }
  | { code: 'never_visited'; points: number }
  | { code: 'not_visited_for'; months: number; points: number }
  | { code: 'high_volume'; sharePercent: number; points: number }
  | { code: 'logbook_concerns'; count: number; points: number };

export interface RankedCandidate<C extends RiskCandidate> {
  /** 1 for the home to visit first. */
  rank: number;
  candidate: C;
  score: number;
  /** What made the score, heaviest first; their points add up to the score. */
  reasons: RiskReason[];
}

// ---- scoring ----------------------------------------------------------------------------------

function requireCount(value: number, what: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a whole number of at least 0, got ${value}`);
  }
  return value;
}

const PERMIT_STATUS_REASONS: Readonly<Record<PermitStatus, RiskReason | null>> = {
  valid: null,
  revoked: { code: 'permit_revoked', points: PERMIT_REVOKED_POINTS },
  expired: { code: 'permit_expired', points: PERMIT_EXPIRED_POINTS },
  applied: { code: 'permit_applied', points: PERMIT_APPLIED_POINTS },
  changed: { code: 'permit_changed', points: PERMIT_CHANGED_POINTS },
};

function permitReasons(permit: PermitRecordSummary | null, today: PlainDate): RiskReason[] {
  if (permit === null) return [{ code: 'permit_missing', points: PERMIT_MISSING_POINTS }];
  const reasons: RiskReason[] = [];
  const status = PERMIT_STATUS_REASONS[permit.status];
  if (status) reasons.push({ ...status });
  const cases = requireCount(permit.openCases, 'openCases');
  if (cases > 0)
    reasons.push({
      code: 'open_supervision_cases',
      count: cases,
      points: OPEN_CASE_POINTS * Math.min(cases, MAX_OPEN_CASES_COUNTED),
    });
  const freshness = permitCheckFreshness(permit.lastCheckedOn, today);
  if (freshness.stale)
    reasons.push({
      code: 'permit_check_stale',
      months: freshness.monthsSince,
      points: PERMIT_CHECK_STALE_POINTS,
    });
  return reasons;
}

function visitReason(lastVisitOn: PlainDate | null, today: PlainDate): RiskReason | null {
  if (lastVisitOn === null)
    return {
      code: 'never_visited',
      points: POINTS_PER_MONTH_UNVISITED * MAX_MONTHS_UNVISITED_COUNTED,
    };
  const months = wholeMonthsBetween(lastVisitOn, today);
  if (months === 0) return null;
  return {
    code: 'not_visited_for',
    months,
    points: POINTS_PER_MONTH_UNVISITED * Math.min(months, MAX_MONTHS_UNVISITED_COUNTED),
  };
}

function measureOf(volume: BoughtVolume): string {
  return volume.kind === 'money' ? `money:${volume.currency}` : 'placement_days';
}

function amountOf(volume: BoughtVolume): bigint {
  const amount =
    volume.kind === 'money' ? volume.amountMinor : BigInt(requireCount(volume.days, 'days'));
  if (amount < 0n) throw new RangeError('A bought volume cannot be negative');
  return amount;
}

/** Each candidate's whole-percent share (rounded down) of the total bought in its measure. */
function volumeShares(candidates: readonly RiskCandidate[]): (number | undefined)[] {
  const totals = new Map<string, bigint>();
  for (const { volume } of candidates) {
    if (volume)
      totals.set(measureOf(volume), (totals.get(measureOf(volume)) ?? 0n) + amountOf(volume));
  }
  return candidates.map(({ volume }) => {
    const total = volume ? (totals.get(measureOf(volume)) ?? 0n) : 0n;
    return volume && total > 0n ? Number((amountOf(volume) * 100n) / total) : undefined;
  });
}

function volumeReason(sharePercent: number | undefined): RiskReason | null {
  if (sharePercent === undefined || sharePercent < HIGH_VOLUME_MIN_SHARE_PERCENT) return null;
  return { code: 'high_volume', sharePercent, points: Math.min(sharePercent, MAX_VOLUME_POINTS) };
}

function countReason(
  code: 'open_deviations' | 'logbook_concerns',
  count: number,
  pointsEach: number,
  maxCounted: number,
): RiskReason | null {
  requireCount(count, code);
  if (count === 0) return null;
  return { code, count, points: pointsEach * Math.min(count, maxCounted) };
}

function reasonsOf(c: RiskCandidate, share: number | undefined, today: PlainDate): RiskReason[] {
  const reasons: RiskReason[] = [];
  // Each placed after every reason of as many points or more, so equal points keep the order
  // they come in (permit, deviations, visits, volume, logbook): a stable sort, heaviest first,
  // without the copies Array.prototype.sort makes for every candidate of a large market.
  const add = (reason: RiskReason | null) => {
    if (reason === null) return;
    let i = reasons.push(reason) - 1;
    for (; i > 0 && reasons[i - 1]!.points < reason.points; i--) reasons[i] = reasons[i - 1]!;
    reasons[i] = reason;
  };
  for (const reason of permitReasons(c.permit, today)) add(reason);
  add(
    countReason(
      'open_deviations',
      c.openDeviations,
      OPEN_DEVIATION_POINTS,
      MAX_OPEN_DEVIATIONS_COUNTED,
    ),
  );
  add(visitReason(c.lastVisitOn, today));
  add(volumeReason(share));
  add(
    countReason('logbook_concerns', c.concernNotes, CONCERN_NOTE_POINTS, MAX_CONCERN_NOTES_COUNTED),
  );
  return reasons;
}

/** Code-unit order, so the tie-break does not depend on the runtime's collation data. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Never visited first, then the earlier last visit. */
function compareLastVisit(a: PlainDate | null, b: PlainDate | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return compareText(a, b);
}

/**
 * The candidates in the order to visit them: highest score first; on equal scores the one
 * unvisited longest, then by name, then by id, so the same data always gives the same order.
 */
export function rankByRisk<C extends RiskCandidate>(
  candidates: readonly C[],
  today: PlainDate,
): RankedCandidate<C>[] {
  const shares = volumeShares(candidates);
  const scored = candidates.map((candidate, i) => {
    const reasons = reasonsOf(candidate, shares[i], today);
    return { candidate, reasons, score: reasons.reduce((sum, r) => sum + r.points, 0) };
  });
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      compareLastVisit(a.candidate.lastVisitOn, b.candidate.lastVisitOn) ||
      compareText(a.candidate.name, b.candidate.name) ||
      compareText(a.candidate.id, b.candidate.id),
  );
  return scored.map((s, i) => ({ rank: i + 1, ...s }));
}
