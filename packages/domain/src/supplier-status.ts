// A supplier's status on a framework agreement: active, hidden (left out of call-offs, matching
// and rankings from one date to another, with a reason, lifted after correction) or terminated
// (final, from its effective date).
import type { PlainDate } from './plain-date.ts';

export const SUPPLIER_STATUSES = ['active', 'hidden', 'terminated'] as const;
export type SupplierStatus = (typeof SUPPLIER_STATUSES)[number];

export interface SupplierStanding {
  status: SupplierStatus;
  hiddenFrom: PlainDate | null;
  /** Last day hidden; null = until lifted. */
  hiddenTo: PlainDate | null;
  terminatedOn: PlainDate | null;
}

/** The status in effect on a day: hiding applies only within its dates, termination from its date. */
export function statusOnDate(s: SupplierStanding, day: PlainDate): SupplierStatus {
  if (s.status === 'terminated')
    return s.terminatedOn && day < s.terminatedOn ? 'active' : 'terminated';
  if (s.status === 'hidden') {
    const started = !s.hiddenFrom || day >= s.hiddenFrom;
    const notEnded = !s.hiddenTo || day <= s.hiddenTo;
    return started && notEnded ? 'hidden' : 'active';
  }
  return 'active';
}

export type StatusChange =
  | { kind: 'hide'; from: PlainDate; to: PlainDate | null }
  | { kind: 'lift' }
  | { kind: 'terminate'; effectiveOn: PlainDate };

export type StatusChangeRefusal = 'terminated_is_final' | 'not_hidden' | 'hidden_to_before_from';

/** Why a change cannot be made from the current standing, or null when it can. */
export function statusChangeRefusal(
  current: SupplierStanding,
  change: StatusChange,
): StatusChangeRefusal | null {
  if (current.status === 'terminated') return 'terminated_is_final';
  if (change.kind === 'lift' && current.status !== 'hidden') return 'not_hidden';
  if (change.kind === 'hide' && change.to && change.to < change.from)
    return 'hidden_to_before_from';
  return null;
}

/** The standing after a change (call statusChangeRefusal first). */
export function applyStatusChange(change: StatusChange): SupplierStanding {
  switch (change.kind) {
    case 'hide':
      return { status: 'hidden', hiddenFrom: change.from, hiddenTo: change.to, terminatedOn: null };
    case 'lift':
      return { status: 'active', hiddenFrom: null, hiddenTo: null, terminatedOn: null };
    case 'terminate':
      return {
        status: 'terminated',
        hiddenFrom: null,
        hiddenTo: null,
        terminatedOn: change.effectiveOn,
      };
  }
}
