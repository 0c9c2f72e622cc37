// Demo data of the market: compliance. See demo-market.ts for the order and the context.
import type { DemoContext } from './demo-market.ts';

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- filled in by the compliance work
export async function seedDemoCompliance(ctx: DemoContext): Promise<void> {}
