// The tie rule, stated in the invitation before any bid is given: when the model gives bids the
// same comparison value, the lower price ranks first, then the earlier receipt by the server's
// clock, then a lot drawing (see lot-drawing.ts). Each step that decides is reported, so the
// evaluation report can say why one of two equal bids ranks above the other.
import { compareMoney, type Money } from '../money.ts';
import { drawLots, type LotTicket } from './lot-drawing.ts';
import { receiptInstant } from './receipt-time.ts';

export const TIE_RULE = ['lower_price', 'earlier_receipt', 'lot_drawing'] as const;
export type TieStep = (typeof TIE_RULE)[number];

export interface TieCandidate {
  readonly bidId: string;
  /** The price on the evaluation basis. */
  readonly price: Money;
  /** The server's receipt time, ISO 8601 with zone (microseconds are kept). */
  readonly receivedAt: string;
}

/** Between two neighbours in the resolved order: which step put `higher` above `lower`. */
export interface TieDecision {
  readonly higher: string;
  readonly lower: string;
  readonly decidedBy: TieStep;
}

export interface TieBreak {
  /** The tied bids, best first. */
  readonly order: readonly string[];
  readonly decisions: readonly TieDecision[];
  /** The tickets of the bids that went to the lot drawing, in drawn order; empty if none did. */
  readonly drawn: readonly LotTicket[];
}

interface Keyed {
  readonly bidId: string;
  readonly price: Money;
  readonly receipt: bigint;
  ticket: string;
}

function sameBeforeDrawing(a: Keyed, b: Keyed): boolean {
  return compareMoney(a.price, b.price) === 0 && a.receipt === b.receipt;
}

function stepBetween(a: Keyed, b: Keyed): TieStep {
  if (compareMoney(a.price, b.price) !== 0) return 'lower_price';
  return a.receipt !== b.receipt ? 'earlier_receipt' : 'lot_drawing';
}

function compareKeyed(a: Keyed, b: Keyed): number {
  return (
    compareMoney(a.price, b.price) ||
    (a.receipt < b.receipt ? -1 : a.receipt > b.receipt ? 1 : 0) ||
    (a.ticket < b.ticket ? -1 : a.ticket > b.ticket ? 1 : 0)
  );
}

/**
 * Orders bids the model could not tell apart by the tie rule. `seed` is the recorded drawing seed;
 * it is only used when price and receipt time are equal too, and then the same seed always gives
 * the same order.
 */
export function breakTie(candidates: readonly TieCandidate[], seed: string): TieBreak {
  if (new Set(candidates.map((c) => c.bidId)).size !== candidates.length) {
    throw new RangeError('A bid can only be tied once with the others');
  }
  const keyed: Keyed[] = candidates.map((c) => ({
    bidId: c.bidId,
    price: c.price,
    receipt: receiptInstant(c.receivedAt),
    ticket: '',
  }));
  // Only bids equal in price and receipt with another bid draw lots; the others need no ticket.
  const toDraw = keyed.filter((a) => keyed.some((b) => a !== b && sameBeforeDrawing(a, b)));
  const drawn =
    toDraw.length > 0
      ? drawLots(
          seed,
          toDraw.map((k) => k.bidId),
        )
      : [];
  for (const k of keyed) k.ticket = drawn.find((t) => t.bidId === k.bidId)?.ticket ?? '';

  const ordered = [...keyed].sort(compareKeyed);
  const decisions = ordered.slice(1).map((lower, i) => {
    const higher = ordered[i]!;
    return { higher: higher.bidId, lower: lower.bidId, decidedBy: stepBetween(higher, lower) };
  });
  return { order: ordered.map((k) => k.bidId), decisions, drawn };
}
