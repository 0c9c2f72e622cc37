// Deviations from ranking: which ranked supplier was skipped in a call-off, on which agreement,
// and the reason from the list, counted per reason. The free text is left out (it may speak of
// the person placed).
import { SKIP_REASON_CODES } from '@tildel/domain/procedures/vocabulary';
import type { Db } from '../../../db/db.ts';
import { filteredCalloffs, type Filter } from './filters.ts';
import type { Viewer } from './visibility.ts';

/** The newest deviations listed under the counts; the counts hold them all. */
export const DEVIATIONS_LISTED = 200;

export async function rankingDeviations(db: Db, viewer: Viewer, f: Filter) {
  const scoped = db
    .selectFrom('ranking_deviations as rd')
    .where('rd.calloff_id', 'in', filteredCalloffs(db, viewer, f));
  const [counts, rows] = await Promise.all([
    scoped
      .select((eb) => ['rd.reason_code', eb.fn.countAll<string>().as('count')])
      .groupBy('rd.reason_code')
      .execute(),
    scoped
      .innerJoin('organisations as m', 'm.id', 'rd.organisation_id')
      .innerJoin('organisations as s', 's.id', 'rd.supplier_id')
      .innerJoin('framework_agreements as a', 'a.id', 'rd.agreement_id')
      .select([
        'rd.id',
        'rd.decided_at as decidedAt',
        'rd.calloff_id as calloffId',
        'rd.rank',
        'rd.reason_code as reason',
        'm.id as municipalityId',
        'm.name as municipalityName',
        's.id as supplierId',
        's.name as supplierName',
        'a.id as agreementId',
        'a.reference as agreementReference',
        'a.title as agreementTitle',
      ])
      .orderBy('rd.decided_at', 'desc')
      .orderBy('rd.id')
      .limit(DEVIATIONS_LISTED + 1)
      .execute(),
  ]);
  return {
    reasons: SKIP_REASON_CODES.map((reason) => ({
      reason,
      count: Number(counts.find((c) => c.reason_code === reason)?.count ?? 0),
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
