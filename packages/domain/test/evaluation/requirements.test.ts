import { describe, expect, it } from 'vitest';
import {
  metShouldRequirements,
  mustRequirementFailures,
  type Requirement,
} from '../../src/evaluation/index.ts';
import { atLeast, must, shouldDeduct } from './support.ts';

describe('must requirements set a bid aside automatically, naming the requirement', () => {
  const requirements: Requirement[] = [
    must('permit', 'Valid IVO permit for HVB youth'),
    must('experience', 'At least 3 years as a social worker', atLeast(3)),
    shouldDeduct('school', 'School on site', 300),
  ];

  it('a bid meeting every must requirement has no failures', () => {
    expect(mustRequirementFailures(requirements, { permit: true, experience: 5 })).toEqual([]);
  });

  it('a "no" to a yes/no requirement fails it', () => {
    expect(mustRequirementFailures(requirements, { permit: false, experience: 5 })).toEqual([
      { requirementId: 'permit', title: 'Valid IVO permit for HVB youth', reason: 'not_met' },
    ]);
  });

  it('a minimum is met by exactly the minimum: 3 years meets "at least 3 years"', () => {
    expect(mustRequirementFailures(requirements, { permit: true, experience: 3 })).toEqual([]);
  });

  it('just below the minimum fails, and the reason states the minimum and the answer', () => {
    expect(mustRequirementFailures(requirements, { permit: true, experience: 2.99 })).toEqual([
      {
        requirementId: 'experience',
        title: 'At least 3 years as a social worker',
        reason: 'below_minimum',
        minimum: 3,
        answered: 2.99,
      },
    ]);
  });

  it('an unanswered must requirement fails as unanswered; every failure is listed', () => {
    expect(
      mustRequirementFailures(requirements, {}).map((f) => [f.requirementId, f.reason]),
    ).toEqual([
      ['permit', 'unanswered'],
      ['experience', 'unanswered'],
    ]);
  });

  it('an answer of the wrong kind fails as invalid, not as met', () => {
    const failures = mustRequirementFailures(requirements, { permit: 1, experience: true });
    expect(failures.map((f) => f.reason)).toEqual(['invalid_answer', 'invalid_answer']);
    expect(mustRequirementFailures(requirements, { permit: true, experience: Number.NaN })).toEqual(
      [
        expect.objectContaining({
          requirementId: 'experience',
          reason: 'invalid_answer',
          minimum: 3,
        }),
      ],
    );
  });

  it('a requirement id that is also an Object property name is not answered by the prototype', () => {
    const tricky = [must('constructor', 'A requirement with an unlucky id')];
    expect(mustRequirementFailures(tricky, {})[0]?.reason).toBe('unanswered');
  });

  it('should requirements never set a bid aside; the met ones are the ones answered yes', () => {
    expect(
      mustRequirementFailures(requirements, { permit: true, experience: 3, school: false }),
    ).toEqual([]);
    expect(metShouldRequirements(requirements, { school: true }).map((r) => r.id)).toEqual([
      'school',
    ]);
    expect(metShouldRequirements(requirements, { school: false })).toEqual([]);
    expect(metShouldRequirements(requirements, { school: 'yes' as unknown as boolean })).toEqual(
      [],
    );
  });
});
