// An order of Kristianstad's for the market's first staffing firm, made as an award makes it (a
// minute after the last, so lists have an order), with the values the order tests read back.
import type { NewOrder } from '../../src/modules/calloffs/orders/create-order.ts';
import type { TestApp } from './app.ts';
import { placeOrder, type Market } from './tendering.ts';

export async function orderFor(t: TestApp, market: Market, overrides: Partial<NewOrder> = {}) {
  t.clock.advance(60_000);
  return placeOrder(t, market, {
    kind: 'staffing',
    startDate: '2026-11-02',
    endDate: '2027-01-31',
    expectedVolume: 112.5,
    costCentre: 'KS-4410',
    ...overrides,
  });
}
