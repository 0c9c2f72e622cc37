// How hiding one establishment maps onto a lot's supplier list. The lot lists suppliers, not
// establishments; a supplier's establishments "on the lot" are its open establishments of the
// lot category's kind of service (an HVB lot: its HVB homes). When every one of them is hidden on
// the agreement today, the supplier has nothing left to place in under this lot, so it stands as
// hidden there — passed over by the ranking cascade and left out of a renewed competition — for
// as long as all of them stay hidden. A supplier with some establishment still open to placements
// (or with none of the kind, e.g. a staffing firm) keeps its own standing.
import type { LotSupplier } from '@tildel/domain/procedures/invitations';
import * as repo from './repo.ts';
import type { Db } from '../../../db/db.ts';

const latest = (a: string, b: string) => (a > b ? a : b);

/** The earlier end of two hidings (null: until lifted). */
const earliestEnd = (a: string | null, b: string | null) =>
  a === null ? b : b === null ? a : a < b ? a : b;

/** The lot's suppliers with establishment hidings of today folded into their standing. */
export async function withEstablishmentHidings(
  db: Db,
  lotId: string,
  suppliers: readonly LotSupplier[],
  today: string,
): Promise<LotSupplier[]> {
  const establishments = await repo.lotEstablishments(db, lotId, today);
  return suppliers.map((s) => {
    const own = establishments.filter((e) => e.supplier_id === s.supplierId);
    if (s.standing.status !== 'active' || own.length === 0) return s;
    if (own.some((e) => e.hidden_from === null)) return s;
    const hiddenFrom = own.map((e) => e.hidden_from!).reduce(latest);
    const hiddenTo = own.map((e) => e.hidden_to).reduce(earliestEnd);
    return { ...s, standing: { status: 'hidden', hiddenFrom, hiddenTo, terminatedOn: null } };
  });
}
