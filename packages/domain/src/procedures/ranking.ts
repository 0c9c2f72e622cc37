// The ranking cascade of a framework-agreement call-off (DOMAIN.md "How work flows" step 2) as a
// state machine. The offer goes to the highest-ranked supplier of the lot that is active on the
// day (hidden and terminated ones are passed over, and that is recorded); it stands until a
// response deadline in hours or in working days of the agreement's country. Accepting ends the
// cascade with an order; a decline (with its reason) or a silent deadline passes the offer on.
// The buyer may skip a supplier out of order only with a reason from a fixed list plus free text,
// and every skip is a deviation that the agreement's report lists. When nobody is left, the
// call-off has no supplier. The state is a value: each step returns a new one.
import { deadlineAfterWorkingDays, localDate } from '../calendar.ts';
import type { Country } from '../country.ts';
import { statusOnDate } from '../supplier-status.ts';
import type { LotSupplier } from './invitations.ts';

import { RESPONSE_WINDOW_UNITS, SKIP_REASON_CODES, type SkipReasonCode } from './vocabulary.ts';

export { RESPONSE_WINDOW_UNITS, SKIP_REASON_CODES, type SkipReasonCode } from './vocabulary.ts';

/**
 * A must requirement matching found failed (matching/cascade-skips.ts): a constraint code, or
 * 'no_offer', with its parameters, so each reader gets it in their own language.
 */
export interface SkipFailure {
  code: string;
  params: Readonly<Record<string, string | number>>;
}

/**
 * Why a supplier is skipped: a code from the list and, always, the buyer's own words; for
 * 'cannot_meet_must_requirement' found by matching, also the requirements failed.
 */
export interface SkipReason {
  code: SkipReasonCode;
  text: string;
  failures?: readonly SkipFailure[];
}

/** How long a supplier has to answer an offer. */
export interface ResponseWindow {
  unit: (typeof RESPONSE_WINDOW_UNITS)[number];
  amount: number;
}
/** Upper bounds that keep an offer from standing for weeks (and the calendar from looping). */
export const MAX_RESPONSE_WINDOW: Readonly<Record<ResponseWindow['unit'], number>> = {
  hours: 336,
  working_days: 20,
};

export type CascadeStep =
  | { kind: 'offered'; supplierId: string; rank: number; at: Date; deadline: Date }
  | {
      kind: 'passed_over';
      supplierId: string;
      rank: number;
      at: Date;
      status: 'hidden' | 'terminated';
    }
  | { kind: 'skipped'; supplierId: string; rank: number; at: Date; reason: SkipReason }
  | { kind: 'accepted'; supplierId: string; rank: number; at: Date }
  | { kind: 'declined'; supplierId: string; rank: number; at: Date; reason: string }
  | { kind: 'expired'; supplierId: string; rank: number; at: Date; deadline: Date }
  | { kind: 'exhausted'; at: Date };

export interface CascadeState {
  readonly country: Country;
  readonly window: ResponseWindow;
  /** The lot's suppliers in rank order, as they stood when the cascade started. */
  readonly suppliers: readonly LotSupplier[];
  readonly steps: readonly CascadeStep[];
  readonly status: 'offered' | 'accepted' | 'exhausted';
}

export type CascadeRefusal =
  | 'invalid_window'
  | 'duplicate_supplier'
  | 'cascade_closed'
  | 'not_offered'
  | 'deadline_passed'
  | 'deadline_not_passed'
  | 'reason_required'
  | 'unknown_supplier'
  | 'not_waiting'
  | 'unknown_skip_reason'
  | 'skip_text_required';

export type CascadeResult =
  { ok: true; state: CascadeState } | { ok: false; refusal: CascadeRefusal };

export interface Offer {
  supplierId: string;
  rank: number;
  offeredAt: Date;
  deadline: Date;
}

export type CascadeOutcome =
  | { kind: 'awaiting_response'; offer: Offer }
  | { kind: 'order'; supplierId: string; rank: number }
  | { kind: 'no_supplier'; reason: 'list_exhausted' };

/**
 * Starts the cascade at `now`: skips chosen up front are recorded first (so the supplier skipped
 * never receives the offer), then the offer goes to the first active supplier left.
 */
export function startCascade(
  lotSuppliers: readonly LotSupplier[],
  options: {
    now: Date;
    window: ResponseWindow;
    country: Country;
    skips?: readonly { supplierId: string; reason: SkipReason }[];
  },
): CascadeResult {
  const { now, window, country } = options;
  if (!isValidWindow(window)) return { ok: false, refusal: 'invalid_window' };
  const ids = new Set(lotSuppliers.map((s) => s.supplierId));
  if (ids.size !== lotSuppliers.length) return { ok: false, refusal: 'duplicate_supplier' };

  const suppliers = [...lotSuppliers].sort((a, b) => a.rank - b.rank);
  // Open while the up-front skips are checked; advance() then makes the first offer.
  let state: CascadeState = { country, window, suppliers, steps: [], status: 'offered' };
  for (const { supplierId, reason } of options.skips ?? []) {
    const refusal = skipRefusal(state, supplierId, reason);
    if (refusal) return { ok: false, refusal };
    state = withStep(state, skipStep(state, supplierId, reason, now));
  }
  return { ok: true, state: advance(state, now) };
}

export function cascadeOutcome(state: CascadeState): CascadeOutcome {
  // Every end of an offer either makes a new one or closes the cascade, so while it is open the
  // latest offer is the standing one (a later skip of a waiting supplier leaves it standing).
  const offered = state.steps.findLast((s) => s.kind === 'offered');
  if (state.status === 'offered' && offered)
    return {
      kind: 'awaiting_response',
      offer: {
        supplierId: offered.supplierId,
        rank: offered.rank,
        offeredAt: offered.at,
        deadline: offered.deadline,
      },
    };
  const accepted = state.steps.findLast((s) => s.kind === 'accepted');
  if (state.status === 'accepted' && accepted)
    return { kind: 'order', supplierId: accepted.supplierId, rank: accepted.rank };
  return { kind: 'no_supplier', reason: 'list_exhausted' };
}

/** The offer standing now, or null once accepted or exhausted. */
export function currentOffer(state: CascadeState): Offer | null {
  const outcome = cascadeOutcome(state);
  return outcome.kind === 'awaiting_response' ? outcome.offer : null;
}

export type OfferResponse = { answer: 'accept' } | { answer: 'decline'; reason: string };

/**
 * The supplier holding the offer answers, by the deadline (inclusive). Accepting ends the cascade
 * with an order; declining needs a reason and passes the offer to the next supplier.
 */
export function respond(
  state: CascadeState,
  supplierId: string,
  response: OfferResponse,
  at: Date,
): CascadeResult {
  const offer = currentOffer(state);
  if (!offer) return { ok: false, refusal: 'cascade_closed' };
  if (offer.supplierId !== supplierId) return { ok: false, refusal: 'not_offered' };
  if (at.getTime() > offer.deadline.getTime()) return { ok: false, refusal: 'deadline_passed' };
  const { rank } = offer;
  if (response.answer === 'accept')
    return {
      ok: true,
      state: { ...withStep(state, { kind: 'accepted', supplierId, rank, at }), status: 'accepted' },
    };
  const reason = response.reason.trim();
  if (reason === '') return { ok: false, refusal: 'reason_required' };
  return {
    ok: true,
    state: advance(withStep(state, { kind: 'declined', supplierId, rank, at, reason }), at),
  };
}

/** A silent deadline: once it has passed, the offer goes on to the next supplier from `now`. */
export function expire(state: CascadeState, now: Date): CascadeResult {
  const offer = currentOffer(state);
  if (!offer) return { ok: false, refusal: 'cascade_closed' };
  if (now.getTime() <= offer.deadline.getTime())
    return { ok: false, refusal: 'deadline_not_passed' };
  const step: CascadeStep = {
    kind: 'expired',
    supplierId: offer.supplierId,
    rank: offer.rank,
    at: now,
    deadline: offer.deadline,
  };
  return { ok: true, state: advance(withStep(state, step), now) };
}

/**
 * Skips a supplier out of order: the one holding the offer (the offer is withdrawn and goes on)
 * or one still waiting further down. Needs a listed reason and free text; recorded as a deviation.
 */
export function skip(
  state: CascadeState,
  supplierId: string,
  reason: SkipReason,
  at: Date,
): CascadeResult {
  if (state.status !== 'offered') return { ok: false, refusal: 'cascade_closed' };
  const refusal = skipRefusal(state, supplierId, reason);
  if (refusal) return { ok: false, refusal };
  const skipped = withStep(state, skipStep(state, supplierId, reason, at));
  const holdsOffer = currentOffer(state)?.supplierId === supplierId;
  return { ok: true, state: holdsOffer ? advance(skipped, at) : skipped };
}

export interface Deviation {
  supplierId: string;
  rank: number;
  at: Date;
  reason: SkipReason;
}

/** Every departure from the ranking order, for the agreement's deviation report. */
export function deviations(state: CascadeState): Deviation[] {
  return state.steps.flatMap((step) =>
    step.kind === 'skipped'
      ? [{ supplierId: step.supplierId, rank: step.rank, at: step.at, reason: step.reason }]
      : [],
  );
}

// ---- internals ---------------------------------------------------------------------------------

function isValidWindow(window: ResponseWindow): boolean {
  const max = (MAX_RESPONSE_WINDOW as Partial<Record<string, number>>)[window.unit];
  return (
    max !== undefined &&
    Number.isInteger(window.amount) &&
    window.amount >= 1 &&
    window.amount <= max
  );
}

function responseDeadline(state: CascadeState, offeredAt: Date): Date {
  const { unit, amount } = state.window;
  return unit === 'hours'
    ? new Date(offeredAt.getTime() + amount * 3_600_000)
    : deadlineAfterWorkingDays(offeredAt, amount, state.country);
}

/** Suppliers the cascade has not yet reached, offered, passed over or skipped. */
function waiting(state: CascadeState): LotSupplier[] {
  const reached = new Set(state.steps.flatMap((s) => ('supplierId' in s ? [s.supplierId] : [])));
  return state.suppliers.filter((s) => !reached.has(s.supplierId));
}

function withStep(state: CascadeState, step: CascadeStep): CascadeState {
  return { ...state, steps: [...state.steps, step] };
}

/** Moves the offer to the first waiting supplier active on the local day, or ends the list. */
function advance(state: CascadeState, at: Date): CascadeState {
  const today = localDate(at, state.country);
  let next = state;
  for (const { supplierId, rank, standing } of waiting(state)) {
    const status = statusOnDate(standing, today);
    if (status !== 'active') {
      next = withStep(next, { kind: 'passed_over', supplierId, rank, at, status });
      continue;
    }
    const deadline = responseDeadline(state, at);
    return {
      ...withStep(next, { kind: 'offered', supplierId, rank, at, deadline }),
      status: 'offered',
    };
  }
  return { ...withStep(next, { kind: 'exhausted', at }), status: 'exhausted' };
}

function skipRefusal(
  state: CascadeState,
  supplierId: string,
  reason: SkipReason,
): CascadeRefusal | null {
  if (!state.suppliers.some((s) => s.supplierId === supplierId)) return 'unknown_supplier';
  const holdsOffer = currentOffer(state)?.supplierId === supplierId;
  if (!holdsOffer && !waiting(state).some((s) => s.supplierId === supplierId)) return 'not_waiting';
  if (!(SKIP_REASON_CODES as readonly string[]).includes(reason.code)) return 'unknown_skip_reason';
  if (typeof reason.text !== 'string' || reason.text.trim() === '') return 'skip_text_required';
  return null;
}

function skipStep(
  state: CascadeState,
  supplierId: string,
  reason: SkipReason,
  at: Date,
): CascadeStep {
  const rank = state.suppliers.find((s) => s.supplierId === supplierId)?.rank ?? 0;
  return {
    kind: 'skipped',
    supplierId,
    rank,
    at,
    reason: {
      code: reason.code,
      text: reason.text.trim(),
      ...(reason.failures && reason.failures.length > 0
        ? { failures: reason.failures.map((f) => ({ code: f.code, params: { ...f.params } })) }
        : {}),
    },
  };
}
