// Who is invited to a DPS call-off (DOMAIN.md "Rules that must hold"): every admitted supplier of
// the category, none left out; hidden, terminated and excluded suppliers never.
import type { PlainDate } from './plain-date.ts';
import type { ApplicationStatus } from './qualification.ts';

export interface SupplierStanding {
  supplierId: string;
  /** The supplier's applications to this DPS, each with the categories it covers. */
  applications: readonly { status: ApplicationStatus; categoryIds: readonly string[] }[];
  /** Hidden (dold) after a follow-up, from a day to a day (null: until lifted). */
  hidden: { from: PlainDate; to: PlainDate | null } | null;
  /** The day a termination (hävning) took effect. */
  terminatedOn: PlainDate | null;
}

export type IneligibilityReason =
  'terminated' | 'hidden' | 'excluded' | 'not_in_category' | 'not_admitted';

export type Eligibility = { eligible: true } | { eligible: false; reason: IneligibilityReason };

function isHiddenOn(hidden: SupplierStanding['hidden'], today: PlainDate): boolean {
  return hidden !== null && hidden.from <= today && (hidden.to === null || today <= hidden.to);
}

/**
 * May the supplier be invited to a call-off in the category today? Only when it is admitted (an
 * approved application covers the category), is not excluded, hidden or terminated.
 */
export function eligibilityForCallOff(
  standing: SupplierStanding,
  categoryId: string,
  today: PlainDate,
): Eligibility {
  if (standing.terminatedOn !== null && standing.terminatedOn <= today)
    return { eligible: false, reason: 'terminated' };
  if (isHiddenOn(standing.hidden, today)) return { eligible: false, reason: 'hidden' };
  const covering = standing.applications.filter((a) => a.categoryIds.includes(categoryId));
  if (covering.some((a) => a.status === 'approved')) return { eligible: true };
  if (covering.some((a) => a.status === 'excluded')) return { eligible: false, reason: 'excluded' };
  if (standing.applications.some((a) => a.status === 'approved'))
    return { eligible: false, reason: 'not_in_category' };
  return { eligible: false, reason: 'not_admitted' };
}

/**
 * Splits the suppliers into those to invite and those left out, each with its reason, so that an
 * invitation list is complete by construction and every omission can be explained.
 */
export function chooseInvitedSuppliers(
  standings: readonly SupplierStanding[],
  categoryId: string,
  today: PlainDate,
): { invited: string[]; leftOut: { supplierId: string; reason: IneligibilityReason }[] } {
  const invited: string[] = [];
  const leftOut: { supplierId: string; reason: IneligibilityReason }[] = [];
  for (const standing of standings) {
    const eligibility = eligibilityForCallOff(standing, categoryId, today);
    if (eligibility.eligible) invited.push(standing.supplierId);
    else leftOut.push({ supplierId: standing.supplierId, reason: eligibility.reason });
  }
  return { invited, leftOut };
}
