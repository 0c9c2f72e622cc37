// Demo data of the market: needs and referrals. See demo-market.ts for the order and the context.
import type { DemoContext } from './demo-market.ts';

// eslint-disable-next-line @typescript-eslint/no-unused-vars, @typescript-eslint/require-await -- filled in by the needs work
export async function seedDemoNeeds(ctx: DemoContext): Promise<void> {}
