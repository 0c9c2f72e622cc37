// Per supplier: invited, responded, declined, bid and won, and the rates over the invitations
// whose answers may be known (a tender's only once its bids are opened). A body or municipality
// sees every supplier invited to the call-offs it may see; a supplier only itself.
import {
  supplierRates,
  tallyInvitations,
  type InvitationOutcome,
} from '@tildel/domain/insights/statistics';
import type { Db } from '../../../db/db.ts';
import { filteredCalloffs, type Filter } from './filters.ts';
import type { Viewer } from './visibility.ts';

export async function supplierResponses(db: Db, viewer: Viewer, f: Filter) {
  const own = viewer.kind === 'supplier';
  let query = db
    .selectFrom('calloff_invitations as ci')
    .innerJoin('calloffs as co', 'co.id', 'ci.calloff_id')
    .innerJoin('organisations as s', 's.id', 'ci.supplier_id')
    .select((eb) => [
      'ci.supplier_id as supplierId',
      's.name as supplierName',
      'ci.kind',
      'co.opened_at as openedAt',
      'ci.accepted_at as acceptedAt',
      'ci.declined_at as declinedAt',
      eb
        .exists(
          eb
            .selectFrom('bids as b')
            .select('b.id')
            .whereRef('b.calloff_id', '=', 'co.id')
            .whereRef('b.supplier_id', '=', 'ci.supplier_id')
            .where('b.status', '=', 'submitted'),
        )
        .as('hasBid'),
      eb
        .or([
          eb.exists(
            eb
              .selectFrom('award_decisions as ad')
              .select('ad.id')
              .whereRef('ad.calloff_id', '=', 'co.id')
              .whereRef('ad.supplier_id', '=', 'ci.supplier_id'),
          ),
          eb.exists(
            eb
              .selectFrom('orders as o')
              .select('o.id')
              .whereRef('o.calloff_id', '=', 'co.id')
              .whereRef('o.supplier_id', '=', 'ci.supplier_id'),
          ),
        ])
        .as('won'),
    ])
    .where('ci.calloff_id', 'in', filteredCalloffs(db, viewer, f, own));
  if (own) query = query.where('ci.supplier_id', '=', viewer.organisationId);
  const rows = await query.execute();

  const bySupplier = new Map<string, { name: string; outcomes: InvitationOutcome[] }>();
  for (const r of rows) {
    const entry = bySupplier.get(r.supplierId) ?? { name: r.supplierName, outcomes: [] };
    entry.outcomes.push({
      kind: r.kind,
      opened: r.openedAt !== null,
      accepted: r.acceptedAt !== null,
      declined: r.declinedAt !== null,
      bid: Boolean(r.hasBid),
      won: Boolean(r.won),
    });
    bySupplier.set(r.supplierId, entry);
  }
  const items = [...bySupplier].map(([id, { name, outcomes }]) => {
    const counts = tallyInvitations(outcomes);
    return { supplier: { id, name }, ...counts, ...supplierRates(counts) };
  });
  items.sort((a, b) => a.supplier.name.localeCompare(b.supplier.name, 'sv'));
  return { items };
}
