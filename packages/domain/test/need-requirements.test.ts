import { describe, expect, it } from 'vitest';
import type { PlacementNeed, StaffingNeed } from '../src/need.ts';
import {
  answerFromProfile,
  isRequirementAsks,
  requirementsFromNeed,
} from '../src/need-requirements.ts';
import { PLACEMENT_NEED, STAFFING_NEED } from './support/needs.ts';

const staffing: StaffingNeed = {
  ...STAFFING_NEED,
  educationCodes: ['socionomexamen', 'beteendevetare'],
  languages: ['sv', 'ar'],
};

const placement: PlacementNeed = {
  ...PLACEMENT_NEED,
  person: {
    ...PLACEMENT_NEED.person,
    targetGroups: ['youth_13_17', 'addiction'],
    languages: ['so'],
  },
};

describe('requirementsFromNeed', () => {
  it("asks a staffing need's educations (as one requirement), years in its area and languages", () => {
    expect(requirementsFromNeed(staffing)).toEqual([
      {
        asks: { about: 'education', codes: ['socionomexamen', 'beteendevetare'] },
        criterion: { kind: 'yes_no' },
      },
      {
        asks: { about: 'experience', area: 'children_youth' },
        criterion: { kind: 'minimum', minimum: 3 },
      },
      { asks: { about: 'language', code: 'sv' }, criterion: { kind: 'yes_no' } },
      { asks: { about: 'language', code: 'ar' }, criterion: { kind: 'yes_no' } },
    ]);
  });

  it('asks no experience when the need asks none, and no education when none is named', () => {
    const plain = { ...staffing, yearsOfExperience: 0, educationCodes: [], languages: [] };
    expect(requirementsFromNeed(plain)).toEqual([]);
    expect(requirementsFromNeed({ ...plain, yearsOfExperience: 1 })).toEqual([
      {
        asks: { about: 'experience', area: 'children_youth' },
        criterion: { kind: 'minimum', minimum: 1 },
      },
    ]);
  });

  it("asks a placement's target groups and the person's languages", () => {
    expect(requirementsFromNeed(placement).map((r) => r.asks)).toEqual([
      { about: 'target_group', code: 'youth_13_17' },
      { about: 'target_group', code: 'addiction' },
      { about: 'language', code: 'so' },
    ]);
  });

  it('gives only well-formed asks', () => {
    for (const r of [...requirementsFromNeed(staffing), ...requirementsFromNeed(placement)])
      expect(isRequirementAsks(r.asks)).toBe(true);
    expect(isRequirementAsks({ about: 'education', codes: ['doctor'] })).toBe(false);
    expect(isRequirementAsks({ about: 'education', codes: [] })).toBe(false);
    expect(isRequirementAsks({ about: 'language', code: ' ' })).toBe(false);
    expect(isRequirementAsks({ about: 'language', code: 'ar', extra: 1 })).toBe(false);
    expect(isRequirementAsks({ about: 'salary' })).toBe(false);
    expect(isRequirementAsks(null)).toBe(false);
  });
});

describe('answerFromProfile', () => {
  const consultant = {
    educations: [{ code: 'socionomexamen' }],
    experience: [
      { area: 'children_youth', years: 6 },
      { area: 'addiction', years: 1 },
    ],
    languages: ['sv', 'AR'],
  };
  const home = { languages: ['sv'], targetGroups: ['youth_13_17'] };

  it("reads a consultant's CV: any of the educations, the years in the area, the languages", () => {
    const [education, experience, swedish, arabic] = requirementsFromNeed(staffing).map((r) =>
      answerFromProfile(r.asks, consultant),
    );
    expect([education, experience, swedish, arabic]).toEqual([true, 6, true, true]);
    expect(answerFromProfile({ about: 'education', codes: ['beteendevetare'] }, consultant)).toBe(
      false,
    );
    expect(answerFromProfile({ about: 'experience', area: 'financial_aid' }, consultant)).toBe(0);
    expect(answerFromProfile({ about: 'language', code: 'so' }, consultant)).toBe(false);
  });

  it("reads a home's target groups, and says nothing where a profile does not", () => {
    expect(requirementsFromNeed(placement).map((r) => answerFromProfile(r.asks, home))).toEqual([
      true,
      false,
      false,
    ]);
    expect(answerFromProfile({ about: 'education', codes: ['socionomexamen'] }, home)).toBeNull();
    expect(answerFromProfile({ about: 'target_group', code: 'addiction' }, consultant)).toBeNull();
  });
});
