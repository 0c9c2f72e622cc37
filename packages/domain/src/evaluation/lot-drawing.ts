// The lot drawing that ends the tie rule. It must be replayable from the audit trail, so it is
// not random at the moment of drawing: each tied bid gets a ticket SHA-256("<seed>:<bid id>") and
// the lowest ticket wins. The seed is drawn by the server (32 random bytes as hex) once, when the
// bids are already sealed and opened, and recorded with the evaluation; anyone can recompute the
// tickets with a standard sha256 tool and check the order.
import { sha256Hex } from './sha256.ts';

/** At least 128 bits of hex, so nobody can search for a seed that favours a chosen bid cheaply. */
const SEED = /^[0-9a-f]{32,128}$/;

export function isDrawingSeed(seed: string): boolean {
  return SEED.test(seed);
}

export function lotTicket(seed: string, bidId: string): string {
  return sha256Hex(`${seed}:${bidId}`);
}

export interface LotTicket {
  readonly bidId: string;
  readonly ticket: string;
}

/** The bids in drawn order (lowest ticket first) with their tickets, for the audit trail. */
export function drawLots(seed: string, bidIds: readonly string[]): LotTicket[] {
  if (!isDrawingSeed(seed)) {
    throw new RangeError('A drawing seed is 32 to 128 lowercase hex characters');
  }
  return bidIds
    .map((bidId) => ({ bidId, ticket: lotTicket(seed, bidId) }))
    .sort((x, y) => (x.ticket < y.ticket ? -1 : x.ticket > y.ticket ? 1 : 0));
}
