// Per supplier: invited, responded, declined, bid and won, and the rates over the invitations
// whose answers may be known (a tender's only once its bids are opened). A body or municipality
// sees every supplier invited to the call-offs it may see; a supplier only itself.
import {
  supplierRates,
  tallyInvitations,
  type InvitationOutcome,
  type SupplierCounts,
} from '@tildel/domain/insights/statistics';
import type { Deps } from '../../../platform/deps.ts';
import { biddersAfterOpening } from '../../calloffs/bids/service.ts';
import type { Filter } from './filters.ts';
import * as repo from './repo.ts';
import type { Viewer } from './visibility.ts';

interface SupplierTally {
  supplier: { id: string; name: string };
  counts: SupplierCounts;
}

export async function supplierResponses(deps: Deps, viewer: Viewer, f: Filter) {
  const tallies =
    f.from || f.to ? await talliedInvitations(deps, viewer, f) : await keptTallies(deps, viewer, f);
  const items = tallies.map(({ supplier, counts }) => ({
    supplier,
    ...counts,
    ...supplierRates(counts),
  }));
  items.sort((a, b) => a.supplier.name.localeCompare(b.supplier.name, 'sv'));
  return { items };
}

/** Over all time: the counts kept per group (0035), summed per supplier. */
async function keptTallies(deps: Deps, viewer: Viewer, f: Filter): Promise<SupplierTally[]> {
  const rows = await repo.keptSupplierCounts(deps.db, viewer, f);
  return rows.map((r) => ({
    supplier: { id: r.supplierId, name: r.supplierName },
    counts: {
      invited: Number(r.invited),
      settled: Number(r.settled),
      responded: Number(r.responded),
      declined: Number(r.declined),
      bid: Number(r.bid),
      won: Number(r.won),
    },
  }));
}

/** In a period (the instant each call-off was made): every invitation tallied anew. */
async function talliedInvitations(deps: Deps, viewer: Viewer, f: Filter): Promise<SupplierTally[]> {
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
  return [...bySupplier].map(([id, { name, outcomes }]) => ({
    supplier: { id, name },
    counts: tallyInvitations(outcomes),
  }));
}
