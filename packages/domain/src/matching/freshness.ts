// Freshness of an offer's capacity and price: confirmed within the body's limit (default 30 days)
// or stale. Stale offers are marked, rank lower and their suppliers are reminded; the matching
// team's page shows the share confirmed within the limit against the goal.
import { DAY_MS } from '../plain-date.ts';

/** The share of offers confirmed within the limit that a matching team aims for. */
export const FRESHNESS_GOAL = 0.9;
/** The limit a body starts with (matching_settings.freshness_limit_days). */
export const DEFAULT_FRESHNESS_LIMIT_DAYS = 30;

/**
 * Stale: never confirmed, or confirmed more than limitDays × 24 hours before now. Exactly at the
 * limit an offer is still fresh, so a supplier reminded on day 30 has the whole day to confirm.
 */
export function isStale(confirmedAt: Date | null, now: Date, limitDays: number): boolean {
  if (confirmedAt === null) return true;
  return now.getTime() - confirmedAt.getTime() > limitDays * DAY_MS;
}

export interface FreshnessShare {
  confirmedWithinLimit: number;
  total: number;
  /** 0..1; an empty list counts as 1 (nothing is stale). */
  share: number;
  meetsGoal: boolean;
}

export function freshnessShare(
  offers: readonly { confirmedAt: Date | null }[],
  now: Date,
  limitDays: number,
): FreshnessShare {
  let confirmedWithinLimit = 0;
  for (const offer of offers) {
    if (!isStale(offer.confirmedAt, now, limitDays)) confirmedWithinLimit += 1;
  }
  const total = offers.length;
  const share = total === 0 ? 1 : confirmedWithinLimit / total;
  return { confirmedWithinLimit, total, share, meetsGoal: share >= FRESHNESS_GOAL };
}
