// Worked-example helpers for the evaluation tests: amounts in whole kronor, requirements in words.
import type { Criterion, MustRequirement, ShouldRequirement } from '../../src/evaluation/index.ts';
import { money, type Money } from '../../src/money.ts';

/** Whole Swedish kronor as money (öre). */
export const kr = (kronor: number): Money => money(Math.round(kronor * 100), 'SEK');

export const SEED = '5eed'.repeat(16);

export const yesNo: Criterion = { kind: 'yes_no' };
export const atLeast = (minimum: number): Criterion => ({ kind: 'minimum', minimum });

export function must(id: string, title: string, criterion: Criterion = yesNo): MustRequirement {
  return { id, title, level: 'must', criterion };
}

export function shouldDeduct(id: string, title: string, perUnitKr: number): ShouldRequirement {
  return {
    id,
    title,
    level: 'should',
    criterion: yesNo,
    value: { kind: 'deduction', perUnit: kr(perUnitKr) },
  };
}

export function shouldPoints(id: string, title: string, points: number): ShouldRequirement {
  return { id, title, level: 'should', criterion: yesNo, value: { kind: 'points', points } };
}
