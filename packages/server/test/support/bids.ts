// A call-off open for bids, set up directly in the database as publishing would leave it (status
// 'open', a tender deadline, the call-off's data key and tender invitations), so the bids tests
// do not depend on the invitations area. Shared by bids.test.ts and sealed-bids.test.ts.
import { sql } from 'kysely';
import { masterKey, newDataKey } from '../../src/platform/sealing.ts';
import type { TestApp } from './app.ts';
import { createDraftCalloff, type Market, type MarketSupplier } from './tendering.ts';

const MINUTE = 60_000;

/**
 * A call-off with a yes/no and a minimum requirement, open for bids from `invited` until ten
 * minutes from now (short, so moving past it leaves the sessions alive).
 */
export async function openForBids(
  t: TestApp,
  market: Market,
  invited: MarketSupplier[],
  kind: 'staffing' | 'placement' = 'staffing',
  /** Requirements after the two musts, and the model; by default none and the lowest price. */
  evaluation: { should: unknown[]; model: Record<string, unknown> } = {
    should: [],
    model: { kind: 'lowest_price', basis: 'unit_price' },
  },
) {
  const db = t.database.db;
  const draft = await createDraftCalloff(t, market, {
    kind,
    evaluation: {
      requirements: [
        { level: 'must', title: 'Socionomexamen', criterion: { kind: 'yes_no' } },
        { level: 'must', title: 'År i yrket', criterion: { kind: 'minimum', minimum: 3 } },
        ...evaluation.should,
      ],
      model: evaluation.model,
    },
  });
  const now = t.clock.now();
  const key = newDataKey(masterKey(t.config.masterKey!));
  const deadline = new Date(now.getTime() + 10 * MINUTE);
  await db
    .updateTable('calloffs')
    .set({
      status: 'open',
      published_at: now,
      published_by: market.buyerUserId,
      request_text: 'Vi söker en socialsekreterare.',
      tender_deadline: deadline,
      data_key_wrapped: key.wrapped,
      data_key_id: key.keyId,
      version: sql<number>`version + 1`,
    })
    .where('id', '=', draft.id)
    .execute();
  if (invited.length > 0)
    await db
      .insertInto('calloff_invitations')
      .values(
        invited.map((s) => ({
          calloff_id: draft.id,
          organisation_id: market.kristianstad.id,
          supplier_id: s.id,
          kind: 'tender' as const,
          invited_at: now,
        })),
      )
      .execute();
  const [yesNo, minimum, ...should] = draft.requirements as [
    { id: string },
    { id: string },
    ...{ id: string }[],
  ];
  return {
    id: draft.id,
    needId: draft.needId,
    version: draft.version + 1,
    deadline,
    yesNo,
    minimum,
    should,
  };
}

export type OpenCalloff = Awaited<ReturnType<typeof openForBids>>;
