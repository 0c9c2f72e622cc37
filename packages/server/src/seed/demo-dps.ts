// Demo data of the market: dps. See demo-market.ts for the order and the context.
import type { DemoContext } from './demo-market.ts';

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- filled in by the dps work
export async function seedDemoDps(ctx: DemoContext): Promise<void> {}
