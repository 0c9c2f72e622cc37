// Deviations from ranking: which ranked supplier was skipped in a call-off, on which agreement,
// and the reason from the list, counted per reason.
import { SKIP_REASON_CODES } from '@tildel/domain/procedures/vocabulary';
import type { Deps } from '../../../platform/deps.ts';
import type { Filter } from './filters.ts';
import * as repo from './repo.ts';
import type { Viewer } from './visibility.ts';

/** The newest deviations listed under the counts; the counts hold them all. */
export const DEVIATIONS_LISTED = 200;

export async function rankingDeviations(deps: Deps, viewer: Viewer, f: Filter) {
  const [counts, rows] = await Promise.all([
    repo.deviationCounts(deps.db, viewer, f),
    repo.latestDeviations(deps.db, viewer, f, DEVIATIONS_LISTED + 1),
  ]);
  return {
    reasons: SKIP_REASON_CODES.map((reason) => ({
      reason,
      count: Number(counts.find((c) => c.reason === reason)?.count ?? 0),
    })),
    items: rows.slice(0, DEVIATIONS_LISTED).map((r) => ({
      id: r.id,
      decidedAt: r.decidedAt,
      calloffId: r.calloffId,
      municipality: { id: r.municipalityId, name: r.municipalityName },
      agreement: { id: r.agreementId, reference: r.agreementReference, title: r.agreementTitle },
      supplier: { id: r.supplierId, name: r.supplierName },
      rank: r.rank,
      reason: r.reason,
    })),
    truncated: rows.length > DEVIATIONS_LISTED,
  };
}
