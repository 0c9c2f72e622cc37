// The arithmetic of the statistics views (DOMAIN.md step 7): shares, medians, a distribution in
// days, and a DPS decision measured against its working-day clock. Pure, so the figures a
// controller quotes are tested without a database.
import { localDate, workingDaysBetween, type Country } from '../calendar.ts';
import { dayNumber, type PlainDate } from '../plain-date.ts';

/** part of whole as a share 0..1 to four decimals; null when there is nothing to divide by. */
export function share(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((part / whole) * 10_000) / 10_000;
}

/**
 * Values counted rather than listed (a database's GROUP BY): each value with how many times it
 * occurs. A million orders fall on a few hundred distinct day counts.
 */
export interface Tally {
  value: number;
  count: number;
}

/**
 * The middle value of the values a tally stands for (the mean of the two middle ones for an even
 * count; null for none), without listing them.
 */
export function tallyMedian(tally: readonly Tally[]): number | null {
  const sorted = tally.filter((t) => t.count > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((sum, t) => sum + t.count, 0);
  if (total === 0) return null;
  /** The value at a 0-based position of the sorted list. */
  const at = (position: number): number => {
    let seen = 0;
    for (const t of sorted) {
      seen += t.count;
      if (position < seen) return t.value;
    }
    return sorted.at(-1)!.value;
  };
  const mid = Math.floor(total / 2);
  return total % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/** Upper bounds (inclusive, in days) of the buckets time from need to order falls into. */
export const DAY_BUCKETS = [7, 14, 30, 60, 90] as const;

export interface Bucket {
  /** Lowest day in the bucket. */
  from: number;
  /** Highest day in the bucket; null for the open last one. */
  to: number | null;
  count: number;
}

/** Counts whole days into the buckets of DAY_BUCKETS and one open bucket above the last. */
export function dayDistribution(days: readonly number[]): Bucket[] {
  return tallyDayDistribution(days.map((value) => ({ value, count: 1 })));
}

/** dayDistribution() of the days a tally stands for. */
export function tallyDayDistribution(days: readonly Tally[]): Bucket[] {
  const buckets: Bucket[] = [];
  let from = 0;
  for (const to of DAY_BUCKETS) {
    buckets.push({ from, to, count: 0 });
    from = to + 1;
  }
  buckets.push({ from, to: null, count: 0 });
  for (const d of days) {
    const bucket = buckets.find((b) => b.to === null || d.value <= b.to)!;
    bucket.count += d.count;
  }
  return buckets;
}

/** Whole calendar days from one instant to a later one, in the country's local dates. */
export function daysBetween(from: Date, to: Date, country: Country): number {
  return dayNumber(localDate(to, country)) - dayNumber(localDate(from, country));
}

/** One invitation to a call-off and what became of it, as far as it may be known. */
export interface InvitationOutcome {
  /** offer: the ranking cascade's offer, answered openly; tender: a sealed competition. */
  kind: 'offer' | 'tender';
  /** The call-off's bids are opened (a tender's answers are kept back until then). */
  opened: boolean;
  accepted: boolean;
  declined: boolean;
  /** A submitted bid stands (tenders). */
  bid: boolean;
  /** The supplier won the call-off (award decision or order). */
  won: boolean;
}

/** What a supplier did with the call-offs it was invited to. */
export interface SupplierCounts {
  invited: number;
  /** Invitations whose answers may be known: offers, and tenders whose bids are opened. */
  settled: number;
  responded: number;
  declined: number;
  bid: number;
  won: number;
}

/**
 * Counts a supplier's invitations. A tender's decline or bid says who is (not) bidding, so it
 * counts only once the call-off's bids are opened; until then the invitation is invited only.
 */
export function tallyInvitations(outcomes: readonly InvitationOutcome[]): SupplierCounts {
  const counts = { invited: 0, settled: 0, responded: 0, declined: 0, bid: 0, won: 0 };
  for (const o of outcomes) {
    counts.invited += 1;
    if (o.kind === 'tender' && !o.opened) continue;
    const bid = o.kind === 'offer' ? o.accepted : o.bid;
    counts.settled += 1;
    if (bid || o.declined) counts.responded += 1;
    if (o.declined) counts.declined += 1;
    if (bid) counts.bid += 1;
    if (o.won) counts.won += 1;
  }
  return counts;
}

export interface SupplierRates {
  responseRate: number | null;
  declineRate: number | null;
  bidRate: number | null;
  winShare: number | null;
}

/** Every rate over the settled invitations, so a sealed bid never moves a figure. */
export function supplierRates(c: SupplierCounts): SupplierRates {
  return {
    responseRate: share(c.responded, c.settled),
    declineRate: share(c.declined, c.settled),
    bidRate: share(c.bid, c.settled),
    winShare: share(c.won, c.settled),
  };
}

/** The working days a DPS application must be decided within, unless extended (then 15). */
export const DPS_DECISION_WORKING_DAYS = 10;

/**
 * Decided applications counted rather than listed (a database's GROUP BY): those received on one
 * local day and decided on another, in the body's country, and how many of them were decided by
 * their due instant (which already holds any extension). A DPS's thousands of decisions fall on
 * a few hundred such pairs of days.
 */
export interface DecisionSpan {
  receivedOn: PlainDate;
  decidedOn: PlainDate;
  decided: number;
  onTime: number;
}

export interface DecisionTimes {
  decided: number;
  onTime: number;
  late: number;
  /** Working days from the day of receipt to the day of decision, holidays left out. */
  medianWorkingDays: number | null;
}

/** A DPS's decided applications against their clock, in the body's country. */
export function decisionTimes(spans: readonly DecisionSpan[], country: Country): DecisionTimes {
  const decided = spans.reduce((sum, s) => sum + s.decided, 0);
  const onTime = spans.reduce((sum, s) => sum + s.onTime, 0);
  return {
    decided,
    onTime,
    late: decided - onTime,
    medianWorkingDays: tallyMedian(
      spans.map((s) => ({
        value: workingDaysBetween(s.receivedOn, s.decidedOn, country),
        count: s.decided,
      })),
    ),
  };
}
