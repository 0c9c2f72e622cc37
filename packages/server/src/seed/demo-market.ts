// The demo market, seeded after the organisations and users (demo.ts), area by area in the
// order their data depends on each other.
import type { Transaction } from 'kysely';
import type { DB } from '../db/types.ts';
import type { Clock } from '../platform/clock.ts';
import type { MasterKey } from '../platform/sealing.ts';
import { seedDefaultTaxonomy } from '../modules/taxonomy/defaults.ts';
import { seedDemoEstablishments } from './demo-establishments.ts';
import { seedDemoSupplierProfiles } from './demo-supplier-profiles.ts';
import { seedDemoCompliance } from './demo-compliance.ts';
import { seedDemoAgreements } from './demo-agreements.ts';
import { seedDemoDps } from './demo-dps.ts';
import { seedDemoNeeds } from './demo-needs.ts';
import { seedDemoOrders } from './demo-orders.ts';
import { seedDemoStaffLists } from './demo-stafflists.ts';
import { seedDemoFollowup } from './demo-followup.ts';
import { seedDemoVisits } from './demo-visits.ts';

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

export async function seedDemoMarket(ctx: DemoContext): Promise<void> {
  // The joint body and Kristianstad (which runs its own procurement) each keep a taxonomy.
  await seedDefaultTaxonomy(ctx.trx, ctx.clock, demoId(ctx, 'body'));
  await seedDefaultTaxonomy(ctx.trx, ctx.clock, demoId(ctx, 'kristianstad'));
  await seedDemoEstablishments(ctx);
  await seedDemoSupplierProfiles(ctx);
  await seedDemoCompliance(ctx);
  await seedDemoAgreements(ctx);
  await seedDemoDps(ctx);
  await seedDemoNeeds(ctx);
  await seedDemoOrders(ctx);
  await seedDemoStaffLists(ctx);
  await seedDemoFollowup(ctx);
  await seedDemoVisits(ctx);
}
