import { describe, expect, it } from 'vitest';
import {
  evaluate,
  EvaluationError,
  evaluationSetupProblems,
  type Bid,
  type CallOffEvaluation,
  type EvaluationErrorCode,
} from '../../src/evaluation/index.ts';
import { money } from '../../src/money.ts';
import { atLeast, kr, must, SEED, shouldDeduct, shouldPoints } from './support.ts';

// Kristianstad calls off a hired social worker: hour prices, two must and two should requirements.
const callOff: CallOffEvaluation = {
  currency: 'SEK',
  requirements: [
    must('degree', 'Degree in social work (socionomexamen)'),
    must('experience', 'At least 3 years with children and young people', atLeast(3)),
    shouldDeduct('lss', 'Experience of LSS assessments', 40),
    shouldDeduct('arabic', 'Speaks Arabic', 25),
  ],
  model: { kind: 'comparison_price', basis: 'unit_price' },
  expectedQuantity: null,
  drawingSeed: SEED,
};

const at = '2026-03-02T10:00:00Z';
const bids: Bid[] = [
  {
    bidId: 'nordic-care',
    unitPrice: kr(950),
    receivedAt: at,
    answers: { degree: true, experience: 6, lss: true },
  },
  {
    bidId: 'no-degree',
    unitPrice: kr(700),
    receivedAt: at,
    answers: { degree: false, experience: 2 },
  },
  {
    bidId: 'just-enough',
    unitPrice: kr(900),
    receivedAt: at,
    answers: { degree: true, experience: 3 },
  },
  {
    bidId: 'both-shoulds',
    unitPrice: kr(990),
    receivedAt: at,
    answers: { degree: true, experience: 4, lss: true, arabic: true },
  },
];

function codeOf(fn: () => unknown): EvaluationErrorCode | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof EvaluationError) return error.code;
    throw error;
  }
  return undefined;
}

describe('the evaluation report', () => {
  it('ranks the bids that meet every must requirement 1..n by comparison value', () => {
    const report = evaluate(callOff, bids);
    expect(report.bids.map((b) => [b.bidId, b.outcome === 'ranked' ? b.rank : b.outcome])).toEqual([
      ['just-enough', 1], // 900 kr, exactly the 3 years asked
      ['nordic-care', 2], // 950 − 40 = 910 kr
      ['both-shoulds', 3], // 990 − 40 − 25 = 925 kr
      ['no-degree', 'set_aside'], // 700 kr, the lowest price, but no degree
    ]);
  });

  it('shows each bid’s price, deductions and comparison value', () => {
    const [first, second] = evaluate(callOff, bids).bids;
    expect(first).toMatchObject({
      bidId: 'just-enough',
      price: kr(900),
      deductions: [],
      comparisonValue: { amount: kr(900) },
    });
    expect(second).toMatchObject({
      bidId: 'nordic-care',
      price: kr(950),
      deductions: [{ requirementId: 'lss', amount: kr(40) }],
      comparisonValue: { amount: kr(910) },
    });
  });

  it('sets a bid failing must requirements aside automatically, with a reason per requirement', () => {
    const setAside = evaluate(callOff, bids).bids.find((b) => b.bidId === 'no-degree');
    expect(setAside).toEqual({
      outcome: 'set_aside',
      bidId: 'no-degree',
      unitPrice: kr(700),
      price: kr(700),
      reasons: [
        {
          kind: 'must_requirement_failed',
          requirementId: 'degree',
          title: 'Degree in social work (socionomexamen)',
          reason: 'not_met',
        },
        {
          kind: 'must_requirement_failed',
          requirementId: 'experience',
          title: 'At least 3 years with children and young people',
          reason: 'below_minimum',
          minimum: 3,
          answered: 2,
        },
      ],
    });
  });

  it('the buyer may set a bid aside with a reason; the others move up', () => {
    const report = evaluate(callOff, bids, [
      { bidId: 'just-enough', reason: 'The named consultant is not in the registry' },
    ]);
    expect(report.bids.map((b) => [b.bidId, b.outcome === 'ranked' ? b.rank : b.outcome])).toEqual([
      ['nordic-care', 1],
      ['both-shoulds', 2],
      ['no-degree', 'set_aside'], // set-aside bids keep the order they were given in
      ['just-enough', 'set_aside'],
    ]);
    expect(report.bids[3]).toMatchObject({
      reasons: [
        { kind: 'set_aside_by_buyer', reason: 'The named consultant is not in the registry' },
      ],
    });
  });

  it('a bid failing a must requirement and set aside by the buyer lists both reasons', () => {
    const report = evaluate(callOff, bids, [
      { bidId: 'no-degree', reason: 'Abnormally low, explanation refused' },
    ]);
    const reasons = report.bids.find((b) => b.bidId === 'no-degree');
    expect(reasons?.outcome === 'set_aside' && reasons.reasons.map((r) => r.kind)).toEqual([
      'must_requirement_failed',
      'must_requirement_failed',
      'set_aside_by_buyer',
    ]);
  });

  it('with every bid set aside nobody is ranked, and no bids give an empty report', () => {
    expect(evaluate(callOff, [bids[1]!]).bids.every((b) => b.outcome === 'set_aside')).toBe(true);
    expect(evaluate(callOff, []).bids).toEqual([]);
  });

  it('ranks do not depend on the order the bids are given in, and the report is plain JSON', () => {
    const ranked = (given: Bid[]) =>
      evaluate(callOff, given).bids.filter((b) => b.outcome === 'ranked');
    expect(ranked([...bids].reverse())).toEqual(ranked(bids));
    expect(JSON.parse(JSON.stringify(evaluate(callOff, bids)))).toEqual(evaluate(callOff, bids));
  });

  it('refuses a set-aside without a reason or for a bid that does not exist', () => {
    expect(codeOf(() => evaluate(callOff, bids, [{ bidId: 'nordic-care', reason: '  ' }]))).toBe(
      'set_aside_without_reason',
    );
    expect(codeOf(() => evaluate(callOff, bids, [{ bidId: 'ghost', reason: 'x' }]))).toBe(
      'unknown_bid',
    );
  });

  it('refuses bids in another currency, with a negative price, a bad receipt time or given twice', () => {
    const ok = bids[0]!;
    expect(codeOf(() => evaluate(callOff, [{ ...ok, unitPrice: money(95_000, 'DKK') }]))).toBe(
      'invalid_bid',
    );
    expect(codeOf(() => evaluate(callOff, [{ ...ok, unitPrice: kr(-1) }]))).toBe('invalid_bid');
    expect(codeOf(() => evaluate(callOff, [{ ...ok, receivedAt: 'yesterday' }]))).toBe(
      'invalid_bid',
    );
    expect(codeOf(() => evaluate(callOff, [ok, ok]))).toBe('duplicate_bid');
    expect(codeOf(() => evaluate({ ...callOff, drawingSeed: 'abc' }, bids))).toBe(
      'invalid_drawing_seed',
    );
  });
});

describe('the evaluation setup a call-off must state before the first invitation', () => {
  it('a correct setup has no problems', () => {
    expect(evaluationSetupProblems(callOff)).toEqual([]);
  });

  it('a should value the model does not count is a problem: points under comparison price', () => {
    expect(
      evaluationSetupProblems({ ...callOff, requirements: [shouldPoints('lss', 'LSS', 3)] }),
    ).toEqual([{ code: 'value_not_used_by_model', requirementId: 'lss' }]);
    expect(
      evaluationSetupProblems({
        ...callOff,
        model: { kind: 'lowest_price', basis: 'unit_price' },
      }).map((p) => p.requirementId),
    ).toEqual(['lss', 'arabic']);
  });

  it('the expected total needs a whole, positive expected quantity', () => {
    const total = {
      ...callOff,
      model: { kind: 'comparison_price', basis: 'expected_total' },
    } as const;
    expect(evaluationSetupProblems({ ...total, expectedQuantity: null })).toEqual([
      { code: 'expected_quantity_required' },
    ]);
    expect(evaluationSetupProblems({ ...total, expectedQuantity: 0 })).toEqual([
      { code: 'expected_quantity_required' },
    ]);
    expect(evaluationSetupProblems({ ...total, expectedQuantity: 12.5 })).toEqual([
      { code: 'expected_quantity_required' },
    ]);
    expect(evaluationSetupProblems({ ...total, expectedQuantity: 90 })).toEqual([]);
  });

  it('quality models need points to give, and weights must be whole and not both zero', () => {
    const quality = { ...callOff, requirements: [shouldPoints('lss', 'LSS', 3)] };
    expect(
      evaluationSetupProblems({
        ...callOff,
        requirements: [],
        model: { kind: 'price_per_quality_point', basis: 'unit_price' },
      }),
    ).toEqual([{ code: 'no_quality_points_possible' }]);
    const weighted = (priceWeight: number, qualityWeight: number) =>
      evaluationSetupProblems({
        ...quality,
        model: { kind: 'weighted_score', basis: 'unit_price', priceWeight, qualityWeight },
      });
    expect(weighted(60, 40)).toEqual([]);
    expect(weighted(0, 0)).toEqual([{ code: 'invalid_weights' }]);
    expect(
      evaluationSetupProblems({
        ...callOff,
        requirements: [],
        model: { kind: 'weighted_score', basis: 'unit_price', priceWeight: 60, qualityWeight: 40 },
      }),
    ).toEqual([{ code: 'no_quality_points_possible' }]);
    expect(weighted(60.5, 39.5)).toEqual([{ code: 'invalid_weights' }]);
    expect(weighted(-10, 110)).toEqual([{ code: 'invalid_weights' }]);
  });

  it('flags duplicate ids, bad minimums and bad values', () => {
    expect(
      evaluationSetupProblems({
        ...callOff,
        requirements: [
          must('a', 'A', atLeast(Number.NaN)),
          must('a', 'A again'),
          shouldDeduct('neg', 'Negative', -5),
          {
            ...shouldDeduct('dkk', 'Other currency', 5),
            value: { kind: 'deduction', perUnit: money(500, 'DKK') },
          },
          shouldPoints('half', 'Half a point', 0.5),
        ],
      }),
    ).toEqual([
      { code: 'invalid_minimum', requirementId: 'a' },
      { code: 'duplicate_requirement', requirementId: 'a' },
      { code: 'invalid_value', requirementId: 'neg' },
      { code: 'invalid_value', requirementId: 'dkk' },
      { code: 'invalid_value', requirementId: 'half' },
    ]);
  });

  it('evaluate refuses a setup with problems and names them', () => {
    try {
      evaluate({ ...callOff, requirements: [shouldPoints('lss', 'LSS', 3)] }, bids);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EvaluationError);
      expect((error as EvaluationError).problems).toEqual([
        { code: 'value_not_used_by_model', requirementId: 'lss' },
      ]);
    }
  });
});
