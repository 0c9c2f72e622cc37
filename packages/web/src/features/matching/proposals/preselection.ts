import type { ProposalRow } from './api';

/** How many of the best proposals are ticked when the panel opens. */
const PRESELECTED = 3;

/**
 * The best approved proposals with fresh data, ticked to start with: a matching officer who
 * agrees sends the survey in one click.
 */
export function preselection(items: readonly ProposalRow[]): string[] {
  return items
    .filter((p) => !p.stale && !p.notApproved)
    .slice(0, PRESELECTED)
    .map((p) => p.offer.id);
}
