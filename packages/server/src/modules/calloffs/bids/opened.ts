// The bids of a call-off in clear, for the evaluation step only: refused until the call-off has
// been opened (after its deadline, by the audited opening). The data key is unwrapped here and
// nowhere else outside the sealing of a new bid. A state the data can be in (not opened, no key,
// a key under another master key) is refused as a problem, never as a crash.
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { Problem } from '../../../platform/problem.ts';
import {
  openBid,
  SealError,
  unwrapDataKey,
  verifyReceipt,
  type MasterKey,
} from '../../../platform/sealing.ts';
import type { BidContent } from './content.ts';
import * as repo from './repo.ts';

export interface OpenedBidView {
  bidId: string;
  supplierId: string;
  supplierName: string;
  /** The server's receipt time of the latest version (ISO). */
  receivedAt: string;
  receiptSha256: string;
  /** Whether the opened content is exactly what the receipt was given for. */
  receiptVerified: boolean;
  content: BidContent;
}

/** Standing (not withdrawn) bids, opened; a 409 problem before the opening or when unreadable. */
export async function openedBids(
  trx: Transaction<DB>,
  master: MasterKey,
  calloffId: string,
): Promise<OpenedBidView[]> {
  const calloff = await repo.openingKeyOf(trx, calloffId);
  if (!calloff?.opened_at) throw new Problem('conflict', 'award.not_opened');
  if (!calloff.data_key_wrapped || !calloff.data_key_id)
    throw new Problem('conflict', 'bid.unreadable');
  try {
    return await openAll(trx, master, calloffId, {
      wrapped: calloff.data_key_wrapped,
      keyId: calloff.data_key_id,
    });
  } catch (error) {
    if (error instanceof SealError) throw new Problem('conflict', 'bid.unreadable');
    throw error;
  }
}

async function openAll(
  trx: Transaction<DB>,
  master: MasterKey,
  calloffId: string,
  wrappedKey: { wrapped: string; keyId: string },
): Promise<OpenedBidView[]> {
  const dataKey = unwrapDataKey(master, wrappedKey);
  const rows = await repo.standingBidsOf(trx, calloffId);
  return rows.map((row) => {
    const opened = openBid(
      dataKey,
      { callOffId: calloffId, bidId: row.id },
      { iv: row.iv, ciphertext: row.ciphertext, authTag: row.auth_tag },
    );
    const receipt = { sha256: row.receipt_sha256, receivedAt: row.received_at.toISOString() };
    return {
      bidId: row.id,
      supplierId: row.supplier_id,
      supplierName: row.name,
      receivedAt: receipt.receivedAt,
      receiptSha256: row.receipt_sha256,
      receiptVerified: verifyReceipt(opened, receipt),
      content: opened.bid as BidContent,
    };
  });
}
