import { describe, expect, it } from 'vitest';
import type { PlacementNeed, StaffingNeed } from '../src/need.ts';
import { requirementsFromNeed } from '../src/need-requirements.ts';

const staffing: StaffingNeed = {
  kind: 'staffing',
  role: 'Socialsekreterare',
  area: 'children_youth',
  educationCodes: ['socionomexamen', 'beteendevetare'],
  yearsOfExperience: 3,
  languages: ['sv', 'ar'],
  start: '2027-01-04',
  end: '2027-01-31',
  extentPercent: 100,
  placeOfWork: 'Kristianstad',
  remotePossible: false,
  positions: 1,
  description: '',
};

const placement: PlacementNeed = {
  kind: 'placement',
  person: {
    age: 15,
    gender: 'male',
    targetGroups: ['youth_13_17', 'addiction'],
    needs: 'Struktur i vardagen.',
    languages: ['so'],
    homeCountry: 'SE',
    homeMunicipalityCode: '1290',
  },
  start: '2027-01-04',
  expectedDurationDays: 180,
  intensity: 'standard',
  hoursPerWeek: null,
  description: '',
};

describe('requirementsFromNeed', () => {
  it("asks a staffing need's educations (as one requirement), years and languages", () => {
    expect(requirementsFromNeed(staffing)).toEqual([
      {
        about: 'education',
        codes: ['socionomexamen', 'beteendevetare'],
        criterion: { kind: 'yes_no' },
      },
      { about: 'experience', years: 3, criterion: { kind: 'minimum', minimum: 3 } },
      { about: 'language', code: 'sv', criterion: { kind: 'yes_no' } },
      { about: 'language', code: 'ar', criterion: { kind: 'yes_no' } },
    ]);
  });

  it('asks no experience when the need asks none, and no education when none is named', () => {
    const plain = { ...staffing, yearsOfExperience: 0, educationCodes: [], languages: [] };
    expect(requirementsFromNeed(plain)).toEqual([]);
    expect(requirementsFromNeed({ ...plain, yearsOfExperience: 1 })).toEqual([
      { about: 'experience', years: 1, criterion: { kind: 'minimum', minimum: 1 } },
    ]);
  });

  it("asks a placement's target groups and the person's languages", () => {
    expect(
      requirementsFromNeed(placement).map((r) => [r.about, 'code' in r ? r.code : '']),
    ).toEqual([
      ['target_group', 'youth_13_17'],
      ['target_group', 'addiction'],
      ['language', 'so'],
    ]);
  });
});
