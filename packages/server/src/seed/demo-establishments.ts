// Demo data of the market: establishments. See demo-market.ts for the order and the context.
import type { DemoContext } from './demo-market.ts';

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- filled in by the establishments work
export async function seedDemoEstablishments(ctx: DemoContext): Promise<void> {}
