// The agreements' and DPSs' packages as the bytes last sent, each with the version of its sources
// it was built from (0038): a national agreement's record package is 7 MB of JSON that took over
// 150 ms to read, build and serialise, and is the same until one of its rows changes. Kept per
// database handle (tests run many apps, each on its own database) and in this process only; the
// least recently used go first when they would take more than KEPT_BYTES.
import type { Db } from '../../../db/db.ts';

export interface KeptPackage {
  /** The version of the sources read before the package was built. */
  version: string;
  ownerId: string;
  /** Whether the public may see it (reached its award). */
  awarded: boolean;
  /** The package as UTF-8 JSON. */
  bytes: Buffer;
}

/** Room for a national agreement's two packages (7 + 3.5 MB) beside the DPSs'. */
export const KEPT_BYTES = 16 * 1024 * 1024;

const keptByDatabase = new WeakMap<Db, Map<string, KeptPackage>>();

function keptOf(db: Db): Map<string, KeptPackage> {
  let kept = keptByDatabase.get(db);
  if (!kept) keptByDatabase.set(db, (kept = new Map()));
  return kept;
}

/** The package kept under the key, if built from sources of that version. */
export function keptPackage(db: Db, key: string, version: string): KeptPackage | undefined {
  const kept = keptOf(db);
  const found = kept.get(key);
  if (found?.version !== version) return undefined;
  // Used again: to the back of the queue (a Map iterates in insertion order).
  kept.delete(key);
  kept.set(key, found);
  return found;
}

export function keepPackage(db: Db, key: string, found: KeptPackage): void {
  const kept = keptOf(db);
  kept.delete(key);
  if (found.bytes.length > KEPT_BYTES) return;
  kept.set(key, found);
  let total = 0;
  for (const p of kept.values()) total += p.bytes.length;
  for (const [oldest, p] of kept) {
    if (total <= KEPT_BYTES) break;
    kept.delete(oldest);
    total -= p.bytes.length;
  }
}
