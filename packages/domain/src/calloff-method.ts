// The call-off method of a lot, stored so the call-off can derive its procedure: ranking,
// renewed competition, or a rule that chooses by volume (ranking up to and including the
// threshold, renewed competition above it).
import type { PriceUnit } from './taxonomy.ts';

export type CallOffMethod =
  | { kind: 'ranking' }
  | { kind: 'renewed_competition' }
  | { kind: 'volume_rule'; threshold: number; unit: PriceUnit };

export const CALLOFF_METHOD_KINDS = ['ranking', 'renewed_competition', 'volume_rule'] as const;
export type CallOffMethodKind = (typeof CALLOFF_METHOD_KINDS)[number];

export type Procedure = 'ranking' | 'renewed_competition';

export type ProcedureReason =
  | 'lot_uses_ranking'
  | 'lot_uses_renewed_competition'
  | 'volume_within_threshold'
  | 'volume_above_threshold';

export interface ProcedureChoice {
  procedure: Procedure;
  reason: ProcedureReason;
}

/** Which procedure a call-off of `volume` (in the rule's unit) follows, and why. */
export function procedureForVolume(method: CallOffMethod, volume: number): ProcedureChoice {
  switch (method.kind) {
    case 'ranking':
      return { procedure: 'ranking', reason: 'lot_uses_ranking' };
    case 'renewed_competition':
      return { procedure: 'renewed_competition', reason: 'lot_uses_renewed_competition' };
    case 'volume_rule':
      return volume <= method.threshold
        ? { procedure: 'ranking', reason: 'volume_within_threshold' }
        : { procedure: 'renewed_competition', reason: 'volume_above_threshold' };
  }
}

/** The method from its stored columns; a volume rule without threshold or unit is not a method. */
export function callOffMethodFrom(
  kind: CallOffMethodKind,
  threshold: number | null | undefined,
  unit: PriceUnit | null | undefined,
): CallOffMethod | null {
  if (kind !== 'volume_rule') return { kind };
  if (!threshold || threshold <= 0 || !Number.isInteger(threshold) || !unit) return null;
  return { kind, threshold, unit };
}
