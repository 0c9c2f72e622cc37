// An order of Kristianstad's for the market's first staffing firm, made as an award makes it (a
// minute after the last, so lists have an order), with the values the order tests read back.
import { createOrder, type NewOrder } from '../../src/modules/calloffs/orders/create-order.ts';
import type { TestApp } from './app.ts';
import { createDraftCalloff, type Market } from './tendering.ts';

export async function orderFor(t: TestApp, market: Market, overrides: Partial<NewOrder> = {}) {
  t.clock.advance(60_000);
  const firm = market.staffingFirms[0]!;
  const calloff = await createDraftCalloff(t, market, { kind: 'staffing' });
  const order = await t.database.db.transaction().execute((trx) =>
    createOrder(
      trx,
      { clock: t.clock, config: t.config },
      {
        organisationId: market.kristianstad.id,
        calloffId: calloff.id,
        supplierId: firm.id,
        consultantId: firm.consultantId,
        establishmentId: null,
        unitPriceMinor: 65_000,
        currency: 'SEK',
        unit: 'hour',
        startDate: '2026-11-02',
        endDate: '2027-01-31',
        expectedVolume: 112.5,
        costCentre: 'KS-4410',
        actorUserId: market.buyerUserId,
        source: { via: 'award', bidId: null },
        ...overrides,
      },
    ),
  );
  return { ...order, calloff };
}
