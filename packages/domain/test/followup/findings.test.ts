import { describe, expect, it } from 'vitest';
import {
  findingProblems,
  findingsCallingForCorrection,
  type Finding,
} from '../../src/followup/findings.ts';

const requirements = ['staffing_density', 'awake_night_staff', 'competence_share'];

describe("a visit's findings", () => {
  it('pass when each names a requirement once, with an outcome, and text where not met', () => {
    expect(
      findingProblems(
        [
          { requirementId: 'staffing_density', outcome: 'met', text: null },
          {
            requirementId: 'awake_night_staff',
            outcome: 'not_met',
            text: 'Asleep night staff only',
          },
          { requirementId: 'competence_share', outcome: 'partly_met', text: '60 % of 70 %' },
        ],
        requirements,
      ),
    ).toEqual([]);
  });

  it('need a text when a requirement is not met or only partly met', () => {
    expect(
      findingProblems(
        [
          { requirementId: 'awake_night_staff', outcome: 'not_met', text: '  ' },
          { requirementId: 'competence_share', outcome: 'partly_met', text: null },
        ],
        requirements,
      ),
    ).toEqual([
      { index: 0, field: 'text', code: 'required' },
      { index: 1, field: 'text', code: 'required' },
    ]);
  });

  it('need a known outcome', () => {
    expect(
      findingProblems(
        [
          { requirementId: 'staffing_density', outcome: null, text: null },
          { requirementId: 'awake_night_staff', outcome: 'mostly', text: 'x' },
        ],
        requirements,
      ),
    ).toEqual([
      { index: 0, field: 'outcome', code: 'required' },
      { index: 1, field: 'outcome', code: 'unknown_value' },
    ]);
  });

  it("name the agreement's requirements, each once", () => {
    expect(
      findingProblems(
        [
          { requirementId: 'staffing_density', outcome: 'met', text: null },
          { requirementId: 'staffing_density', outcome: 'met', text: null },
          { requirementId: 'manager_qualification', outcome: 'met', text: null },
        ],
        requirements,
      ),
    ).toEqual([
      { index: 1, field: 'requirementId', code: 'duplicate_requirement' },
      { index: 2, field: 'requirementId', code: 'unknown_requirement' },
    ]);
  });
});

describe('the findings that call for a request for correction', () => {
  it('are those not met and partly met, in the order recorded', () => {
    const findings: Finding[] = [
      { requirementId: 'staffing_density', outcome: 'partly_met', text: '0.9 of 1.2' },
      { requirementId: 'awake_night_staff', outcome: 'met', text: null },
      { requirementId: 'competence_share', outcome: 'not_met', text: 'No list' },
    ];
    expect(findingsCallingForCorrection(findings).map((f) => f.requirementId)).toEqual([
      'staffing_density',
      'competence_share',
    ]);
  });

  it('are none when everything is met', () => {
    expect(
      findingsCallingForCorrection([
        { requirementId: 'staffing_density', outcome: 'met', text: null },
      ]),
    ).toEqual([]);
  });
});
