// Per supplier: invited, responded, declined, bid and won, and the rates over the invitations
// whose answers may be known (a tender's only once its bids are opened). A body or municipality
// sees every supplier invited to the call-offs it may see; a supplier only itself.
import {
  supplierRates,
  tallyInvitations,
  type InvitationOutcome,
} from '@tildel/domain/insights/statistics';
import type { Deps } from '../../../platform/deps.ts';
import { biddersAfterOpening } from '../../calloffs/bids/service.ts';
import type { Filter } from './filters.ts';
import * as repo from './repo.ts';
import type { Viewer } from './visibility.ts';

export async function supplierResponses(deps: Deps, viewer: Viewer, f: Filter) {
  const rows = await repo.invitationOutcomes(deps.db, viewer, f);
  const opened = [...new Set(rows.filter((r) => r.openedAt !== null).map((r) => r.calloffId))];
  const bidders = await biddersAfterOpening(deps, opened);

  const bySupplier = new Map<string, { name: string; outcomes: InvitationOutcome[] }>();
  for (const r of rows) {
    const entry = bySupplier.get(r.supplierId) ?? { name: r.supplierName, outcomes: [] };
    entry.outcomes.push({
      kind: r.kind,
      opened: r.openedAt !== null,
      accepted: r.acceptedAt !== null,
      declined: r.declinedAt !== null,
      bid: bidders.has(`${r.calloffId}:${r.supplierId}`),
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
