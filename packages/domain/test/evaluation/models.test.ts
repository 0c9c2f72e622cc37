import { describe, expect, it } from 'vitest';
import {
  evaluate,
  relativeScoringWarning,
  type Bid,
  type CallOffEvaluation,
  type EvaluationModel,
  type RankedBid,
  type Requirement,
} from '../../src/evaluation/index.ts';
import { kr, SEED, shouldDeduct, shouldPoints } from './support.ts';

const at = '2026-03-02T10:00:00Z';

function callOff(
  model: EvaluationModel,
  requirements: Requirement[],
  expectedQuantity: number | null = null,
): CallOffEvaluation {
  return { currency: 'SEK', requirements, model, expectedQuantity, drawingSeed: SEED };
}

function bid(
  bidId: string,
  dayPriceKr: number,
  answers: Bid['answers'] = {},
  receivedAt = at,
): Bid {
  return { bidId, unitPrice: kr(dayPriceKr), receivedAt, answers };
}

function ranked(report: ReturnType<typeof evaluate>): RankedBid[] {
  return report.bids.filter((b): b is RankedBid => b.outcome === 'ranked');
}

describe('lowest price', () => {
  const model: EvaluationModel = { kind: 'lowest_price', basis: 'unit_price' };

  it('ranks the lowest day price first', () => {
    const report = evaluate(callOff(model, []), [
      bid('a', 4_200),
      bid('b', 3_900),
      bid('c', 4_500),
    ]);
    expect(ranked(report).map((b) => [b.bidId, b.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 3],
    ]);
    expect(ranked(report)[0]?.comparisonValue).toEqual({ kind: 'price', amount: kr(3_900) });
  });

  it('has no price floor: a suspiciously low price is ranked, not excluded', () => {
    const report = evaluate(callOff(model, []), [
      bid('normal', 4_200),
      bid('very-low', 1),
      bid('free', 0),
    ]);
    expect(report.bids.map((b) => [b.bidId, b.outcome])).toEqual([
      ['free', 'ranked'],
      ['very-low', 'ranked'],
      ['normal', 'ranked'],
    ]);
  });
});

describe('comparison price (jämförelsepris): price minus the value of each met should requirement', () => {
  const requirements = [
    shouldDeduct('school', 'School on site', 300),
    shouldDeduct('trauma', 'Staff trained in trauma-informed care', 150),
    shouldDeduct('arabic', 'Arabic-speaking staff', 200),
  ];
  const model: EvaluationModel = { kind: 'comparison_price', basis: 'unit_price' };

  it('an HVB day price of 4 200 kr with met requirements worth 300 kr and 150 kr compares as 3 750 kr', () => {
    const report = evaluate(callOff(model, requirements), [
      bid('lindgarden', 4_200, { school: true, trauma: true, arabic: false }),
    ]);
    expect(ranked(report)[0]).toMatchObject({
      price: kr(4_200),
      deductions: [
        { requirementId: 'school', amount: kr(300) },
        { requirementId: 'trauma', amount: kr(150) },
      ],
      comparisonValue: { kind: 'comparison_price', amount: kr(3_750) },
    });
  });

  it('a dearer bid that meets more should requirements can rank first', () => {
    const report = evaluate(callOff(model, requirements), [
      bid('cheap', 3_900),
      bid('dear', 4_200, { school: true, trauma: true }),
    ]);
    expect(ranked(report).map((b) => b.bidId)).toEqual(['dear', 'cheap']);
  });

  it('has no floor: deductions larger than the price give a negative comparison price', () => {
    const report = evaluate(callOff(model, requirements), [
      bid('tiny', 500, { school: true, trauma: true, arabic: true }),
    ]);
    expect(ranked(report)[0]?.comparisonValue).toEqual({
      kind: 'comparison_price',
      amount: kr(-150),
    });
  });

  it('on the expected total, price and deductions count once per expected day (4 200 kr × 90 days)', () => {
    const report = evaluate(
      callOff({ kind: 'comparison_price', basis: 'expected_total' }, requirements, 90),
      [bid('lindgarden', 4_200, { school: true, trauma: true })],
    );
    expect(report.unitsOnBasis).toBe(90);
    expect(ranked(report)[0]).toMatchObject({
      unitPrice: kr(4_200),
      price: kr(378_000),
      deductions: [
        { requirementId: 'school', amount: kr(27_000) },
        { requirementId: 'trauma', amount: kr(13_500) },
      ],
      comparisonValue: { kind: 'comparison_price', amount: kr(337_500) },
    });
  });
});

describe('price per quality point: what a supplier asks for each unit of quality', () => {
  const requirements = [
    shouldPoints('school', 'School on site', 4),
    shouldPoints('trauma', 'Staff trained in trauma-informed care', 3),
    shouldPoints('family', 'Family therapy included', 2),
  ];
  const model: EvaluationModel = { kind: 'price_per_quality_point', basis: 'unit_price' };

  it('4 200 kr for 7 quality points is 600 kr per point', () => {
    const report = evaluate(callOff(model, requirements), [
      bid('lindgarden', 4_200, { school: true, trauma: true }),
    ]);
    expect(ranked(report)[0]).toMatchObject({
      points: [
        { requirementId: 'school', points: 4 },
        { requirementId: 'trauma', points: 3 },
      ],
      comparisonValue: {
        kind: 'price_per_quality_point',
        qualityPoints: 7,
        perPoint: kr(600),
        exact: { numerator: '60000', denominator: '1' },
      },
    });
  });

  it('the higher day price wins when it buys more quality per krona (value for money)', () => {
    // 4 200 kr / 7 points = 600 kr per point; 5 300 kr / 9 points = 588,89 kr per point.
    const report = evaluate(callOff(model, requirements), [
      bid('cheaper-day', 4_200, { school: true, trauma: true }),
      bid('dearer-day', 5_300, { school: true, trauma: true, family: true }),
    ]);
    expect(ranked(report).map((b) => b.bidId)).toEqual(['dearer-day', 'cheaper-day']);
  });

  it('ranks by the exact quotient and shows it rounded to whole öre: 4 100 kr / 9 points', () => {
    const report = evaluate(callOff(model, requirements), [
      bid('a', 4_100, { school: true, trauma: true, family: true }),
      bid('b', 4_100.04, { school: true, trauma: true, family: true }),
    ]);
    // 410 000 öre / 9 = 45 555.55… öre per point, shown as 455,56 kr; b asks 4 100,04 kr / 9 = 455,56 kr exactly.
    expect(ranked(report)[0]).toMatchObject({
      bidId: 'a',
      comparisonValue: { perPoint: kr(455.56), exact: { numerator: '410000', denominator: '9' } },
    });
    expect(ranked(report)[1]?.tieDecidedBy).toBeNull();
  });

  it('a bid without quality points ranks after every bid with points, still not excluded', () => {
    const report = evaluate(callOff(model, requirements), [
      bid('no-quality', 1_000),
      bid('quality', 9_000, { family: true }),
    ]);
    expect(report.bids.map((b) => [b.bidId, b.outcome === 'ranked' && b.rank])).toEqual([
      ['quality', 1],
      ['no-quality', 2],
    ]);
    expect(ranked(report)[1]?.comparisonValue).toEqual({
      kind: 'no_quality_points',
      qualityPoints: 0,
    });
  });

  it('on the expected total: 4 200 kr × 90 days / 7 points = 54 000 kr per point', () => {
    const report = evaluate(
      callOff({ kind: 'price_per_quality_point', basis: 'expected_total' }, requirements, 90),
      [bid('lindgarden', 4_200, { school: true, trauma: true })],
    );
    expect(ranked(report)[0]?.comparisonValue).toMatchObject({ perPoint: kr(54_000) });
  });
});

describe('weighted score: price score relative to the lowest price + quality score', () => {
  // 100 quality points in all; price weighs 60, quality 40.
  const requirements = [
    shouldPoints('school', 'School on site', 40),
    shouldPoints('trauma', 'Staff trained in trauma-informed care', 20),
    shouldPoints('family', 'Family therapy included', 40),
  ];
  const model: EvaluationModel = {
    kind: 'weighted_score',
    basis: 'unit_price',
    priceWeight: 60,
    qualityWeight: 40,
  };
  const a = bid('a', 4_000, { school: true, trauma: true }); // 60 of 100 quality points
  const b = bid('b', 5_000, { school: true, family: true }); // 80 of 100 quality points
  const c = bid('c', 2_500); // no quality points

  it('scores 60 × lowest/price + 40 × points/100: A 84,00 beats B 80,00', () => {
    const report = evaluate(callOff(model, requirements), [a, b]);
    expect(ranked(report).map((r) => [r.bidId, r.comparisonValue])).toEqual([
      [
        'a',
        {
          kind: 'weighted_score',
          score: '84.00',
          priceScore: '60.00',
          qualityScore: '24.00',
          exact: { numerator: '84', denominator: '1' },
        },
      ],
      [
        'b',
        {
          kind: 'weighted_score',
          score: '80.00',
          priceScore: '48.00',
          qualityScore: '32.00',
          exact: { numerator: '80', denominator: '1' },
        },
      ],
    ]);
  });

  it('adding a third bid C, which itself ranks last, puts B above A: relative scoring reorders', () => {
    const report = evaluate(callOff(model, requirements), [a, b, c]);
    // The lowest price is now 2 500 kr: A 60×2500/4000 + 24 = 61,50; B 60×2500/5000 + 32 = 62,00; C 60.
    expect(
      ranked(report).map((r) => [
        r.bidId,
        r.comparisonValue.kind === 'weighted_score' && r.comparisonValue.score,
      ]),
    ).toEqual([
      ['b', '62.00'],
      ['a', '61.50'],
      ['c', '60.00'],
    ]);
  });

  it('carries the warning that relative scoring can reorder bids; the absolute models do not', () => {
    expect(evaluate(callOff(model, requirements), [a]).warnings).toEqual([
      expect.objectContaining({
        code: 'relative_scoring_can_reorder',
        message: expect.stringMatching(/reorder/),
      }),
    ]);
    expect(relativeScoringWarning({ kind: 'comparison_price', basis: 'unit_price' })).toBeNull();
    expect(
      evaluate(callOff({ kind: 'lowest_price', basis: 'unit_price' }, []), [a]).warnings,
    ).toEqual([]);
  });

  it('ranks by the exact score: 60 × 4 000 / 4 001 is not rounded before comparing', () => {
    const report = evaluate(callOff(model, requirements), [bid('x', 4_000), bid('y', 4_000.01)]);
    const [x, y] = ranked(report);
    expect(x?.comparisonValue).toMatchObject({
      score: '60.00',
      exact: { numerator: '60', denominator: '1' },
    });
    // 60 × 400 000 / 400 001 = 59.99985… shows as 60.00 yet ranks second without any tie.
    expect(y).toMatchObject({ rank: 2, tieDecidedBy: null, comparisonValue: { score: '60.00' } });
  });

  it('a price of zero takes the whole price weight and leaves other prices nothing, no floor', () => {
    const report = evaluate(callOff(model, requirements), [bid('free', 0), b]);
    expect(
      ranked(report).map((r) => [
        r.bidId,
        r.comparisonValue.kind === 'weighted_score' && r.comparisonValue.priceScore,
      ]),
    ).toEqual([
      ['free', '60.00'],
      ['b', '0.00'],
    ]);
  });

  it('on the expected total the scores are the same as on the day price (90 days each)', () => {
    const total = evaluate(callOff({ ...model, basis: 'expected_total' }, requirements, 90), [
      a,
      b,
      c,
    ]);
    expect(ranked(total).map((r) => r.comparisonValue)).toEqual(
      ranked(evaluate(callOff(model, requirements), [a, b, c])).map((r) => r.comparisonValue),
    );
    expect(ranked(total)[0]?.price).toEqual(kr(450_000));
  });
});
