// An order made as the end of a staffing call-off leaves it (createOrder, the one way orders are
// made), for tests that need an ordered call-off without walking the award or the cascade.
import { createOrder, type NewOrder } from '../../src/modules/calloffs/orders/create-order.ts';
import type { TestApp } from './app.ts';
import { createDraftCalloff, type Market, type MarketSupplier } from './tendering.ts';

/** 650 kr an hour for 112.5 hours, November to January, with the firm's consultant. */
export async function createStaffingOrder(
  t: TestApp,
  market: Market,
  firm: MarketSupplier,
  overrides: Partial<NewOrder> = {},
) {
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
