// What a call-off must state, correctly, before the first invitation freezes its evaluation:
// requirements with usable values, a model whose inputs exist, and the expected number of units
// when the model runs on the expected total cost. Returned as problems so a form can show them.
import type { Currency } from '../money.ts';
import type { EvaluationModel } from './model.ts';
import type { Requirement, ShouldValue } from './requirements.ts';

export interface EvaluationSetup {
  readonly currency: Currency;
  readonly requirements: readonly Requirement[];
  readonly model: EvaluationModel;
  /** Whole units (days, hours) over the expected duration or volume; needed for expected_total. */
  readonly expectedQuantity: number | null;
}

export type SetupProblemCode =
  | 'duplicate_requirement'
  | 'invalid_minimum'
  | 'invalid_value'
  | 'value_not_used_by_model'
  | 'expected_quantity_required'
  | 'invalid_weights'
  | 'no_quality_points_possible';

export interface SetupProblem {
  readonly code: SetupProblemCode;
  readonly requirementId?: string;
}

/** The kind of should value the model counts; lowest price counts none. */
export function valueKindUsedBy(model: EvaluationModel): ShouldValue['kind'] | null {
  switch (model.kind) {
    case 'lowest_price':
      return null;
    case 'comparison_price':
      return 'deduction';
    case 'price_per_quality_point':
    case 'weighted_score':
      return 'points';
  }
}

function isValidValue(value: ShouldValue, currency: Currency): boolean {
  return value.kind === 'points'
    ? Number.isSafeInteger(value.points) && value.points >= 0
    : value.perUnit.currency === currency &&
        Number.isSafeInteger(value.perUnit.amount) &&
        value.perUnit.amount >= 0;
}

function isWholeWeight(weight: number): boolean {
  return Number.isSafeInteger(weight) && weight >= 0;
}

export function evaluationSetupProblems(setup: EvaluationSetup): SetupProblem[] {
  const problems: SetupProblem[] = [];
  const seen = new Set<string>();
  const used = valueKindUsedBy(setup.model);
  for (const r of setup.requirements) {
    if (seen.has(r.id)) problems.push({ code: 'duplicate_requirement', requirementId: r.id });
    seen.add(r.id);
    if (r.criterion.kind === 'minimum' && !Number.isFinite(r.criterion.minimum)) {
      problems.push({ code: 'invalid_minimum', requirementId: r.id });
    }
    if (r.level !== 'should') continue;
    if (!isValidValue(r.value, setup.currency)) {
      problems.push({ code: 'invalid_value', requirementId: r.id });
    } else if (r.value.kind !== used) {
      // A value the model ignores would tell suppliers it counts when it does not.
      problems.push({ code: 'value_not_used_by_model', requirementId: r.id });
    }
  }

  const { model } = setup;
  const q = setup.expectedQuantity;
  if (model.basis === 'expected_total' && !(q !== null && Number.isSafeInteger(q) && q > 0)) {
    problems.push({ code: 'expected_quantity_required' });
  }
  const pointsPossible = setup.requirements.some(
    (r) => r.level === 'should' && r.value.kind === 'points' && r.value.points > 0,
  );
  if (model.kind === 'weighted_score') {
    const { priceWeight, qualityWeight } = model;
    const wholeWeights = isWholeWeight(priceWeight) && isWholeWeight(qualityWeight);
    if (!wholeWeights || priceWeight + qualityWeight === 0) {
      problems.push({ code: 'invalid_weights' });
    } else if (qualityWeight > 0 && !pointsPossible) {
      problems.push({ code: 'no_quality_points_possible' });
    }
  }
  if (model.kind === 'price_per_quality_point' && !pointsPossible) {
    problems.push({ code: 'no_quality_points_possible' });
  }
  return problems;
}

/** How many units the basis prices: one, or the expected quantity for the expected total. */
export function unitsOnBasis(setup: EvaluationSetup): number {
  return setup.model.basis === 'expected_total' ? (setup.expectedQuantity ?? 0) : 1;
}
