import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  breakTie,
  drawLots,
  evaluate,
  lotTicket,
  TIE_RULE,
  type Bid,
  type CallOffEvaluation,
  type RankedBid,
} from '../../src/evaluation/index.ts';
import { kr, SEED, shouldDeduct } from './support.ts';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

const comparisonPriceCallOff: CallOffEvaluation = {
  currency: 'SEK',
  requirements: [shouldDeduct('school', 'School on site', 300)],
  model: { kind: 'comparison_price', basis: 'unit_price' },
  expectedQuantity: null,
  drawingSeed: SEED,
};

function bid(bidId: string, dayPriceKr: number, receivedAt: string, school = false): Bid {
  return { bidId, unitPrice: kr(dayPriceKr), receivedAt, answers: { school } };
}

function ranks(bids: Bid[], callOff = comparisonPriceCallOff) {
  return evaluate(callOff, bids)
    .bids.filter((b): b is RankedBid => b.outcome === 'ranked')
    .map((b) => [b.bidId, b.rank, b.tieDecidedBy]);
}

describe('the tie rule stated before invitation: lower price, then earlier receipt, then lots', () => {
  it('is stated in this order', () => {
    expect(TIE_RULE).toEqual(['lower_price', 'earlier_receipt', 'lot_drawing']);
  });

  it('equal comparison prices: the lower price ranks first (3 900 kr beats 4 200 − 300 kr)', () => {
    expect(
      ranks([
        bid('dear-with-school', 4_200, '2026-03-02T09:00:00Z', true),
        bid('cheap', 3_900, '2026-03-02T11:00:00Z'),
      ]),
    ).toEqual([
      ['cheap', 1, 'lower_price'],
      ['dear-with-school', 2, 'lower_price'],
    ]);
  });

  it('equal prices: the earlier receipt by the server clock ranks first, to the microsecond', () => {
    expect(
      ranks([
        bid('second', 4_200, '2026-03-02T10:00:00.000002Z'),
        bid('first', 4_200, '2026-03-02 10:00:00.000001+00'),
      ]),
    ).toEqual([
      ['first', 1, 'earlier_receipt'],
      ['second', 2, 'earlier_receipt'],
    ]);
  });

  it('equal price and receipt (in any time zone): a lot drawing decides, replayable from the seed', () => {
    const bids = [
      bid('x', 4_200, '2026-03-02T11:00:00+01:00'),
      bid('y', 4_200, '2026-03-02T10:00:00Z'),
    ];
    const report = evaluate(comparisonPriceCallOff, bids);
    // Each ticket is SHA-256("<seed>:<bid id>"); anyone can recompute it with a sha256 tool.
    const expected = ['x', 'y'].sort((p, q) =>
      sha256(`${SEED}:${p}`) < sha256(`${SEED}:${q}`) ? -1 : 1,
    );
    expect(ranks(bids)).toEqual([
      [expected[0], 1, 'lot_drawing'],
      [expected[1], 2, 'lot_drawing'],
    ]);
    expect(report.drawingSeed).toBe(SEED);
    expect(report.ties[0]?.drawn).toEqual(
      expected.map((id) => ({ bidId: id, ticket: sha256(`${SEED}:${id}`) })),
    );
    // Replaying with the recorded seed, in any input order, gives the same ranks.
    expect(ranks([...bids].reverse())).toEqual(ranks(bids));
  });

  it('the drawing depends on the seed: some seeds put x first, others y', () => {
    const winners = new Set(
      ['0', '1', '2', '3', '4', '5', '6', '7'].map(
        (d) => drawLots(d.repeat(32), ['x', 'y'])[0]?.bidId,
      ),
    );
    expect(winners).toEqual(new Set(['x', 'y']));
    expect(lotTicket(SEED, 'x')).toBe(sha256(`${SEED}:x`));
  });

  it('three tied bids: each neighbour pair reports its own deciding step', () => {
    const tie = breakTie(
      [
        { bidId: 'late', price: kr(4_200), receivedAt: '2026-03-02T10:05:00Z' },
        { bidId: 'early', price: kr(4_200), receivedAt: '2026-03-02T10:00:00Z' },
        { bidId: 'cheapest', price: kr(3_900), receivedAt: '2026-03-02T12:00:00Z' },
      ],
      SEED,
    );
    expect(tie).toEqual({
      order: ['cheapest', 'early', 'late'],
      decisions: [
        { higher: 'cheapest', lower: 'early', decidedBy: 'lower_price' },
        { higher: 'early', lower: 'late', decidedBy: 'earlier_receipt' },
      ],
      drawn: [],
    });
  });

  it('only the bids still equal after price and receipt draw lots', () => {
    const tie = breakTie(
      [
        { bidId: 'p', price: kr(4_200), receivedAt: '2026-03-02T10:00:00Z' },
        { bidId: 'q', price: kr(4_200), receivedAt: '2026-03-02T10:00:00Z' },
        { bidId: 'r', price: kr(4_200), receivedAt: '2026-03-02T09:00:00Z' },
      ],
      SEED,
    );
    expect(tie.order[0]).toBe('r');
    expect(tie.drawn.map((t) => t.bidId).sort()).toEqual(['p', 'q']);
    expect(tie.decisions.map((d) => d.decidedBy)).toEqual(['earlier_receipt', 'lot_drawing']);
  });

  it('ranks stay 1..n around a tie: a better bid above and a worse one below keep their places', () => {
    expect(
      ranks([
        bid('worst', 5_000, '2026-03-02T08:00:00Z'),
        bid('tied-late', 4_200, '2026-03-02T10:00:01Z'),
        bid('best', 3_000, '2026-03-02T12:00:00Z'),
        bid('tied-early', 4_200, '2026-03-02T10:00:00Z'),
      ]),
    ).toEqual([
      ['best', 1, null],
      ['tied-early', 2, 'earlier_receipt'],
      ['tied-late', 3, 'earlier_receipt'],
      ['worst', 4, null],
    ]);
  });

  it('a lot drawing needs a proper seed', () => {
    expect(() => drawLots('short', ['x', 'y'])).toThrow(/seed/);
  });
});
