// Demo data of the market: agreements. See demo-market.ts for the order and the context.
import type { DemoContext } from './demo-market.ts';

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- filled in by the agreements work
export async function seedDemoAgreements(ctx: DemoContext): Promise<void> {}
