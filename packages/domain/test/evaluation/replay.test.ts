import { describe, expect, it } from 'vitest';
import {
  replayCallOff,
  replayCallOffs,
  ReplayError,
  type AwardedCallOff,
  type Bid,
  type EvaluationModel,
  type ReplayCallOff,
  type Requirement,
} from '../../src/evaluation/index.ts';
import { money } from '../../src/money.ts';
import { kr, must, SEED, shouldDeduct, shouldPoints } from './support.ts';

const at = '2026-03-02T10:00:00Z';
const lowestDayPrice: EvaluationModel = { kind: 'lowest_price', basis: 'unit_price' };
const comparisonPrice: EvaluationModel = { kind: 'comparison_price', basis: 'unit_price' };

function bid(bidId: string, dayPriceKr: number, answers: Bid['answers'] = {}, receivedAt = at) {
  return { bidId, unitPrice: kr(dayPriceKr), receivedAt, answers };
}

function callOff(
  model: EvaluationModel,
  requirements: Requirement[],
  bids: Bid[],
  awardedBidId: string | null,
  more: Partial<ReplayCallOff & AwardedCallOff> = {},
): ReplayCallOff {
  const { callOffId = 'c1', agreementId = 'ag1', period = '2025', opened = true } = more;
  const evaluation = {
    currency: 'SEK' as const,
    requirements,
    model,
    expectedQuantity: 100,
    drawingSeed: SEED,
  };
  return {
    callOffId,
    agreementId,
    period,
    opened,
    award:
      awardedBidId === null
        ? null
        : {
            evaluation: more.evaluation ?? evaluation,
            expectedVolume: more.expectedVolume ?? '100',
            bids,
            buyerSetAsides: [],
            awardedBidId,
          },
  };
}

// Comparison price with deductions of 200 and 300 kr a day: A 2000 − 500 = 1500 wins; B stays
// 1800; C 1750 − 200 = 1550. On the day price alone C (1750) wins instead.
const deductions = [
  must('licence', 'IVO permit'),
  shouldDeduct('lang', 'Speaks Arabic', 200),
  shouldDeduct('exp', 'Five years of experience', 300),
];
const abc = [
  bid('A', 2000, { licence: true, lang: true, exp: true }),
  bid('B', 1800, { licence: true }),
  bid('C', 1750, { licence: true, lang: true }),
];

describe('evaluation-model replay', () => {
  it('picks another winner under the lowest day price, and the difference over 100 days is exact', () => {
    const replay = replayCallOff(callOff(comparisonPrice, deductions, abc, 'A'), lowestDayPrice);
    expect(replay.actual).toEqual({ bidId: 'A', unitPrice: kr(2000), cost: kr(200_000) });
    expect(replay.replayed).toEqual({ bidId: 'C', unitPrice: kr(1750), cost: kr(175_000) });
    expect(replay.difference).toEqual(money(-2_500_000, 'SEK'));
  });

  it('finds the same winner and no difference under the model the call-off was evaluated with', () => {
    const replay = replayCallOff(callOff(comparisonPrice, deductions, abc, 'A'), comparisonPrice);
    expect(replay.replayed.bidId).toBe('A');
    expect(replay.difference).toEqual(money(0, 'SEK'));
  });

  it('turns price per quality point into the lowest expected total cost with an exact difference', () => {
    // X 2000 kr for 100 points (20 kr a point) beats Y 1500 kr for 40 points (37.50 kr a point).
    const points = [shouldPoints('q1', 'Trauma training', 40), shouldPoints('q2', 'Own car', 60)];
    const xy = [bid('X', 2000, { q1: true, q2: true }), bid('Y', 1500, { q1: true })];
    const ppqp: EvaluationModel = { kind: 'price_per_quality_point', basis: 'unit_price' };
    const past = callOff(ppqp, points, xy, 'X', {
      evaluation: {
        currency: 'SEK',
        requirements: points,
        model: ppqp,
        expectedQuantity: 30,
        drawingSeed: SEED,
      },
      expectedVolume: '30',
    });
    const replay = replayCallOff(past, { kind: 'lowest_price', basis: 'expected_total' });
    expect(replay.replayed).toEqual({ bidId: 'Y', unitPrice: kr(1500), cost: kr(45_000) });
    expect(replay.difference).toEqual(kr(-15_000));
    // Weighted 70/30: X scores 70·1500/2000 + 30 = 82.5, Y 70 + 30·40/100 = 82: X still wins.
    const weighted = replayCallOff(past, {
      kind: 'weighted_score',
      basis: 'unit_price',
      priceWeight: 70,
      qualityWeight: 30,
    });
    expect(weighted.replayed.bidId).toBe('X');
    expect(weighted.difference).toEqual(kr(0));
  });

  it('prices a volume in decimals rounding half to even, as the order would', () => {
    const cents = [...abc.slice(0, 2), bid('C', 1750.55, { licence: true, lang: true })];
    const hours = callOff(comparisonPrice, deductions, cents, 'A', { expectedVolume: '112.5' });
    const replay = replayCallOff(hours, lowestDayPrice);
    // 175 055 öre × 112.5 = 19 693 687.5 → 19 693 688; 200 000 × 112.5 = 22 500 000.
    expect(replay.replayed.cost).toEqual(money(19_693_688, 'SEK'));
    expect(replay.difference).toEqual(money(19_693_688 - 22_500_000, 'SEK'));
  });

  it('breaks a tie under the other model by the tie rule: the earlier receipt wins at the same cost', () => {
    const tied = [
      bid('A', 1500, { licence: true, lang: true }, '2026-03-02T10:00:00Z'),
      bid('B', 1500, { licence: true }, '2026-03-02T09:00:00Z'),
    ];
    const summary = replayCallOffs(
      [callOff(comparisonPrice, deductions, tied, 'A')],
      lowestDayPrice,
    );
    expect(summary.replays[0]!.replayed.bidId).toBe('B');
    expect(summary.replays[0]!.difference).toEqual(kr(0));
    expect(summary.byAgreement[0]).toMatchObject({ callOffs: 1, otherWinner: 1 });
  });

  it('replays a call-off with one bid to the same winner', () => {
    const one = callOff(comparisonPrice, deductions, [abc[1]!], 'B');
    const replay = replayCallOff(one, lowestDayPrice);
    expect(replay.replayed.bidId).toBe('B');
    expect(replay.difference).toEqual(kr(0));
  });

  it('compares with the bid actually awarded when the award went below the first rank', () => {
    const replay = replayCallOff(callOff(comparisonPrice, deductions, abc, 'B'), lowestDayPrice);
    expect(replay.actual.bidId).toBe('B');
    expect(replay.difference).toEqual(kr((1750 - 1800) * 100));
  });

  it('keeps the set-asides: a bid failing a must requirement cannot win the replay either', () => {
    const noLicence = [...abc.slice(0, 2), bid('C', 1750, { lang: true })];
    const replay = replayCallOff(
      callOff(comparisonPrice, deductions, noLicence, 'A'),
      lowestDayPrice,
    );
    expect(replay.replayed.bidId).toBe('B');
  });

  it('refuses a call-off whose bids were not opened, with a typed error', () => {
    const sealed = callOff(comparisonPrice, deductions, [], null, { opened: false });
    expect(() => replayCallOff(sealed, lowestDayPrice)).toThrow(ReplayError);
    expect(() => replayCallOff(sealed, lowestDayPrice)).toThrow(
      expect.objectContaining({ code: 'not_opened' }),
    );
  });

  it('lists the call-offs it cannot replay with the reason and sums the others per agreement and period', () => {
    const summary = replayCallOffs(
      [
        callOff(comparisonPrice, deductions, abc, 'A'),
        callOff(comparisonPrice, deductions, abc, 'B', { callOffId: 'c2', period: '2026' }),
        callOff(comparisonPrice, deductions, abc, 'C', { callOffId: 'c3', agreementId: 'ag2' }),
        callOff(comparisonPrice, deductions, [], null, { callOffId: 'c4', opened: false }),
        callOff(comparisonPrice, deductions, abc, null, { callOffId: 'c5' }),
      ],
      lowestDayPrice,
    );
    expect(summary.refused).toEqual([
      { callOffId: 'c4', code: 'not_opened', problems: [] },
      { callOffId: 'c5', code: 'not_awarded', problems: [] },
    ]);
    expect(summary.byAgreement).toEqual([
      {
        key: 'ag1',
        currency: 'SEK',
        callOffs: 2,
        otherWinner: 2,
        actualCost: kr(200_000 + 180_000),
        replayedCost: kr(2 * 175_000),
        difference: kr(-25_000 - 5_000),
      },
      {
        key: 'ag2',
        currency: 'SEK',
        callOffs: 1,
        otherWinner: 0,
        actualCost: kr(175_000),
        replayedCost: kr(175_000),
        difference: kr(0),
      },
    ]);
    expect(summary.byPeriod.map((t) => [t.key, t.difference])).toEqual([
      ['2025', kr(-25_000)],
      ['2026', kr(-5_000)],
    ]);
  });

  it('says why a model cannot value the bids: no quality points in a comparison-price call-off', () => {
    const summary = replayCallOffs([callOff(comparisonPrice, deductions, abc, 'A')], {
      kind: 'price_per_quality_point',
      basis: 'unit_price',
    });
    expect(summary.refused).toEqual([
      {
        callOffId: 'c1',
        code: 'model_not_applicable',
        problems: [{ code: 'no_quality_points_possible' }],
      },
    ]);
  });
});
