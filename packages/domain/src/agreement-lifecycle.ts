// The lifecycle of a framework agreement: draft → active → expired | terminated. Expired is not
// stored by a job: it follows from the end date (with extensions used) and the day asked about.
import type { PlainDate } from './plain-date.ts';
import { addMonths } from './agreement-period.ts';

export const AGREEMENT_STATUSES = ['draft', 'active', 'expired', 'terminated'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** The transitions a person can make; expiry happens by itself. */
const TRANSITIONS: Readonly<Record<AgreementStatus, readonly AgreementStatus[]>> = {
  draft: ['active'],
  active: ['terminated', 'expired'],
  expired: [],
  terminated: [],
};

export function canTransition(from: AgreementStatus, to: AgreementStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export interface AgreementDates {
  status: AgreementStatus;
  startsOn: PlainDate;
  endsOn: PlainDate;
  /** Extension options as months, in the order they can be used. */
  extensionMonths: readonly number[];
  extensionsUsed: number;
  terminatedOn: PlainDate | null;
}

/** The end date in force: the original end plus the extension options already used. */
export function currentEndDate(
  a: Pick<AgreementDates, 'endsOn' | 'extensionMonths' | 'extensionsUsed'>,
): PlainDate {
  const used = a.extensionMonths.slice(0, a.extensionsUsed).reduce((s, m) => s + m, 0);
  return addMonths(a.endsOn, used);
}

/**
 * The status on a day. An active agreement past its end date is expired; a termination takes
 * effect on its date (until then the agreement runs as before).
 */
export function statusOn(a: AgreementDates, today: PlainDate): AgreementStatus {
  if (a.status === 'terminated' && (!a.terminatedOn || today >= a.terminatedOn))
    return 'terminated';
  if (a.status === 'draft') return 'draft';
  return today > currentEndDate(a) ? 'expired' : 'active';
}

/** What a draft still lacks before it can be activated. */
export type ActivationGap = 'no_lots' | 'lot_without_suppliers' | 'no_municipalities';

export function activationGaps(draft: {
  lots: readonly { supplierCount: number }[];
  municipalityCount: number;
}): ActivationGap[] {
  const gaps: ActivationGap[] = [];
  if (draft.lots.length === 0) gaps.push('no_lots');
  if (draft.lots.some((l) => l.supplierCount === 0)) gaps.push('lot_without_suppliers');
  if (draft.municipalityCount === 0) gaps.push('no_municipalities');
  return gaps;
}

export type CallOffRefusal =
  'not_active' | 'not_started' | 'expired' | 'terminated' | 'not_participating';

/**
 * Whether a municipality may call off the agreement on a day: only an active agreement, within
 * its period, and only by a participating municipality. Null means it may.
 */
export function callOffRefusal(
  a: AgreementDates,
  today: PlainDate,
  participating: boolean,
): CallOffRefusal | null {
  const status = statusOn(a, today);
  if (status === 'expired') return 'expired';
  if (status === 'terminated') return 'terminated';
  if (status !== 'active') return 'not_active';
  if (today < a.startsOn) return 'not_started';
  if (!participating) return 'not_participating';
  return null;
}
