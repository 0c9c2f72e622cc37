// What every area's demo seed is given, and how it names the demo organisations and users.
import { cvrFromFirst7, organisationsnummerWithCheckDigit } from '@tildel/domain/identifiers';
import type { Transaction } from 'kysely';
import type { DB } from '../db/types.ts';
import type { Clock } from '../platform/clock.ts';
import type { MasterKey } from '../platform/sealing.ts';

/**
 * What every area's demo seed gets: the transaction, the clock (demo dates are relative to the
 * day the demo is seeded), and the ids of the demo organisations and users by key —
 * organisations as in demo.ts ('body', 'kristianstad', 'municipality:<code>', 'aarhus',
 * 'supplier:<index into DEMO_SUPPLIERS>'), users as 'user:<email>'.
 */
export interface DemoContext {
  trx: Transaction<DB>;
  clock: Clock;
  /** The installation's master key: the demo's bids are sealed as real ones are. */
  masterKey: MasterKey;
  ids: Readonly<Record<string, string>>;
}

export function demoId(ctx: DemoContext, key: string): string {
  const id = ctx.ids[key];
  if (!id) throw new Error(`demo data names an unknown key: ${key}`);
  return id;
}

/** A demo supplier's organisationsnummer or CVR from its first digits (the check digit computed). */
export function supplierIdentifier(country: 'SE' | 'DK', stem: string): string {
  if (country === 'SE') return organisationsnummerWithCheckDigit(stem);
  for (let n = Number(stem); ; n++) {
    const cvr = cvrFromFirst7(String(n));
    if (cvr) return cvr;
  }
}
