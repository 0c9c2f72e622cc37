// The demo market, seeded after the organisations and users (demo.ts), area by area in the
// order their data depends on each other.
import { seedDefaultTaxonomy } from '../modules/agreements/taxonomy/defaults.ts';
import { demoId, type DemoContext } from './demo-context.ts';
import { seedDemoEstablishments } from './demo-establishments.ts';
import { seedDemoSupplierProfiles } from './demo-supplier-profiles.ts';
import { seedDemoCompliance } from './demo-compliance.ts';
import { seedDemoAgreements } from './demo-agreements.ts';
import { seedDemoDps } from './demo-dps.ts';
import { seedDemoNeeds } from './demo-needs.ts';
import { seedDemoOrders } from './demo-orders.ts';
import { seedDemoSpendHistory } from './demo-spend-history.ts';
import { seedDemoStaffLists } from './demo-stafflists.ts';
import { seedDemoFollowup } from './demo-followup.ts';
import { seedDemoVisits } from './demo-visits.ts';
import { seedDemoMatching } from './demo-matching.ts';

export async function seedDemoMarket(ctx: DemoContext): Promise<void> {
  // The joint body and Kristianstad (which runs its own procurement) each keep a taxonomy, and
  // so does Aarhus, a Danish municipality with no body: its catalogue searches by its own.
  await seedDefaultTaxonomy(ctx.trx, ctx.clock, demoId(ctx, 'body'), 'SE');
  await seedDefaultTaxonomy(ctx.trx, ctx.clock, demoId(ctx, 'kristianstad'), 'SE');
  await seedDefaultTaxonomy(ctx.trx, ctx.clock, demoId(ctx, 'aarhus'), 'DK');
  await seedDemoEstablishments(ctx);
  await seedDemoSupplierProfiles(ctx);
  await seedDemoCompliance(ctx);
  await seedDemoAgreements(ctx);
  await seedDemoDps(ctx);
  await seedDemoNeeds(ctx);
  await seedDemoOrders(ctx);
  await seedDemoSpendHistory(ctx);
  await seedDemoStaffLists(ctx);
  await seedDemoFollowup(ctx);
  await seedDemoVisits(ctx);
  await seedDemoMatching(ctx);
}
