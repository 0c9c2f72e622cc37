// Who is invited to a call-off that asks for bids (DOMAIN.md "Rules that must hold"): in a
// renewed competition every active supplier of the lot, in a DPS specific contract every admitted
// supplier of the category; none left out, and hidden, terminated (or excluded) never. Every
// supplier considered ends up on one of the two lists, so an omission can always be explained.
import type { PlainDate } from '../plain-date.ts';
import {
  chooseInvitedSuppliers,
  type IneligibilityReason,
  type SupplierStanding as DpsStanding,
} from '../eligibility.ts';
import { statusOnDate, type SupplierStanding as LotStanding } from '../supplier-status.ts';

export interface InvitationList {
  invited: string[];
  leftOut: { supplierId: string; reason: IneligibilityReason }[];
}

/** A supplier on a lot of a framework agreement, with its status there. */
export interface LotSupplier {
  supplierId: string;
  rank: number;
  standing: LotStanding;
}

/** Renewed competition: every supplier of the lot that is active on the day of invitation. */
export function renewedCompetitionInvitations(
  lotSuppliers: readonly LotSupplier[],
  today: PlainDate,
): InvitationList {
  const list: InvitationList = { invited: [], leftOut: [] };
  for (const { supplierId, standing } of lotSuppliers) {
    const status = statusOnDate(standing, today);
    if (status === 'active') list.invited.push(supplierId);
    else list.leftOut.push({ supplierId, reason: status });
  }
  return list;
}

/**
 * DPS specific contract: every supplier admitted to the category and not hidden, terminated or
 * excluded on the day of invitation (the rule itself lives in eligibility.ts).
 */
export function dpsContractInvitations(
  standings: readonly DpsStanding[],
  categoryId: string,
  today: PlainDate,
): InvitationList {
  return chooseInvitedSuppliers(standings, categoryId, today);
}
