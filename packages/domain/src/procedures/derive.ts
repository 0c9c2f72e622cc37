// Which procedure a call-off follows, derived from what the buyer picked (DOMAIN.md "How work
// flows" step 2): a lot of a framework agreement follows the lot's call-off method (ranking,
// renewed competition, or the volume rule applied to the call-off's expected volume); a category
// of a DPS always gives a DPS specific contract. The reason and any refusal are words-as-data: a
// code with parameters that the UI translates.
import {
  callOffRefusal,
  type AgreementDates,
  type CallOffRefusal,
} from '../agreement-lifecycle.ts';
import { localDate, type PlainDate } from '../calendar.ts';
import { procedureForVolume, type CallOffMethod, type ProcedureReason } from '../calloff-method.ts';
import type { Country } from '../country.ts';
import { mayStartCallOff, type ApplicationStatus, type InitialPeriod } from '../qualification.ts';
import type { PriceUnit } from '../taxonomy.ts';

import type { CallOffProcedure } from './vocabulary.ts';

export { CALLOFF_PROCEDURES, type CallOffProcedure } from './vocabulary.ts';

/** A quantity in a price unit: the call-off's expected volume. */
export interface Volume {
  quantity: number;
  unit: PriceUnit;
}

export type CallOffTarget =
  | {
      kind: 'agreement_lot';
      agreement: AgreementDates & { country: Country };
      /** The calling-off municipality is one of the agreement's municipalities. */
      participating: boolean;
      method: CallOffMethod;
      /** Needed only when the lot uses the volume rule. */
      expectedVolume: Volume | null;
      /**
       * The lot's area as municipality codes (empty: every participating municipality) and the
       * calling-off municipality's code; a lot by area serves only the municipalities in it.
       */
      area?: { codes: readonly string[]; municipalityCode: string | null };
    }
  | {
      kind: 'dps_category';
      dps: InitialPeriod & {
        status: 'draft' | 'open' | 'closed';
        validFrom: PlainDate;
        validTo: PlainDate;
      };
      /** The calling-off municipality is one of the DPS's municipalities. */
      participating: boolean;
      /** Every application to the DPS, for the initial-period rule. */
      applications: readonly { status: ApplicationStatus; inInitialPeriod: boolean }[];
    };

/** Why the procedure applies; for the volume rule also the volume compared with the threshold. */
export interface DerivationReason {
  code: ProcedureReason | 'dps_category';
  params?: { volume: number; threshold: number; unit: PriceUnit };
}

export type DerivationRefusal =
  | { code: `agreement_${CallOffRefusal}` }
  | { code: 'outside_lot_area' }
  | { code: 'volume_required'; params: { unit: PriceUnit } }
  | { code: 'volume_unit_mismatch'; params: { unit: PriceUnit; given: PriceUnit } }
  | { code: 'dps_not_open' }
  | { code: 'dps_outside_validity'; params: { validFrom: PlainDate; validTo: PlainDate } }
  | { code: 'dps_not_participating' }
  | { code: 'dps_initial_period_running'; params: { initialPeriodEndsOn: PlainDate } }
  | { code: 'dps_undecided_applications'; params: { undecided: number } };

export type Derivation =
  | { ok: true; procedure: CallOffProcedure; reason: DerivationReason }
  | { ok: false; refusal: DerivationRefusal };

/** The procedure of a call-off made now, and why; or why nothing may be called off. */
export function deriveProcedure(target: CallOffTarget, now: Date): Derivation {
  return target.kind === 'agreement_lot' ? fromLot(target, now) : fromDps(target, now);
}

function fromLot(target: Extract<CallOffTarget, { kind: 'agreement_lot' }>, now: Date): Derivation {
  const today = localDate(now, target.agreement.country);
  const refusal = callOffRefusal(target.agreement, today, target.participating);
  if (refusal) return { ok: false, refusal: { code: `agreement_${refusal}` } };
  if (!lotCovers(target.area)) return { ok: false, refusal: { code: 'outside_lot_area' } };

  const { method, expectedVolume } = target;
  if (method.kind !== 'volume_rule') {
    const { procedure, reason } = procedureForVolume(method, 0);
    return { ok: true, procedure, reason: { code: reason } };
  }
  if (expectedVolume === null || !(expectedVolume.quantity > 0))
    return { ok: false, refusal: { code: 'volume_required', params: { unit: method.unit } } };
  // Hours are not days: a volume in another unit cannot be compared with the threshold.
  if (expectedVolume.unit !== method.unit)
    return {
      ok: false,
      refusal: {
        code: 'volume_unit_mismatch',
        params: { unit: method.unit, given: expectedVolume.unit },
      },
    };
  const volume = expectedVolume.quantity;
  const { procedure, reason } = procedureForVolume(method, volume);
  return {
    ok: true,
    procedure,
    reason: { code: reason, params: { volume, threshold: method.threshold, unit: method.unit } },
  };
}

function fromDps(target: Extract<CallOffTarget, { kind: 'dps_category' }>, now: Date): Derivation {
  const { dps } = target;
  const today = localDate(now, dps.country);
  if (dps.status !== 'open') return { ok: false, refusal: { code: 'dps_not_open' } };
  if (today < dps.validFrom || today > dps.validTo)
    return {
      ok: false,
      refusal: {
        code: 'dps_outside_validity',
        params: { validFrom: dps.validFrom, validTo: dps.validTo },
      },
    };
  if (!target.participating) return { ok: false, refusal: { code: 'dps_not_participating' } };
  const readiness = mayStartCallOff(target.applications, now, dps);
  if (!readiness.mayStart)
    return {
      ok: false,
      refusal:
        readiness.reason === 'initial_period_running'
          ? {
              code: 'dps_initial_period_running',
              params: { initialPeriodEndsOn: dps.initialPeriodEndsOn },
            }
          : { code: 'dps_undecided_applications', params: { undecided: readiness.undecided } },
    };
  return { ok: true, procedure: 'dps_specific_contract', reason: { code: 'dps_category' } };
}

/** Whether a lot's area includes the municipality; a lot without an area covers all of them. */
export function lotCovers(
  area: { codes: readonly string[]; municipalityCode: string | null } | undefined,
): boolean {
  if (!area || area.codes.length === 0) return true;
  return area.municipalityCode !== null && area.codes.includes(area.municipalityCode);
}
