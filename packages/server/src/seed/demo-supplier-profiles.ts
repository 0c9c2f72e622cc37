// Demo data of the market: supplier-profiles. See demo-market.ts for the order and the context.
import type { DemoContext } from './demo-market.ts';

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- filled in by the supplier-profiles work
export async function seedDemoSupplierProfiles(ctx: DemoContext): Promise<void> {}
