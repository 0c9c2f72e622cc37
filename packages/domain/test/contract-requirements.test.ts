import { describe, expect, it } from 'vitest';
import {
  parseRequirement,
  requirementParameters,
  staffPerResidentHundredths,
} from '../src/contract-requirements.ts';

const fieldsOf = (kind: unknown, parameters: unknown) => {
  const parsed = parseRequirement(kind, parameters);
  return parsed.ok ? [] : parsed.problems.map((p) => `${p.field}:${p.problem}`);
};

describe('contract requirements', () => {
  it('staffing density is a positive decimal of staff per placed resident, compared in hundredths', () => {
    const parsed = parseRequirement('staffing_density', {
      minStaffPerResident: '1.2',
      perShift: false,
    });
    expect(parsed).toEqual({
      ok: true,
      requirement: { kind: 'staffing_density', minStaffPerResident: '1.2', perShift: false },
    });
    expect(staffPerResidentHundredths('1.2')).toBe(120);
    expect(staffPerResidentHundredths('0.75')).toBe(75);
    expect(fieldsOf('staffing_density', { minStaffPerResident: 1.2 })).toEqual([
      'parameters.minStaffPerResident:density_format',
    ]);
    expect(fieldsOf('staffing_density', { minStaffPerResident: '0' })).toEqual([
      'parameters.minStaffPerResident:density_not_positive',
    ]);
    expect(fieldsOf('staffing_density', { minStaffPerResident: '1.234' })).toHaveLength(1);
  });

  it('awake night staff must be required, optionally with a minimum number awake', () => {
    expect(parseRequirement('awake_night_staff', { required: true, minAwake: 2 }).ok).toBe(true);
    expect(fieldsOf('awake_night_staff', { required: false })).toEqual([
      'parameters.required:must_be_true',
    ]);
    expect(fieldsOf('awake_night_staff', { required: true, minAwake: 0 })).toEqual([
      'parameters.minAwake:whole_number_range',
    ]);
  });

  it('a competence share is a whole percentage of staff with one of the named educations', () => {
    const ok = parseRequirement('competence_share', {
      minSharePercent: 60,
      educationCodes: ['socionom', 'behandlingspedagog'],
    });
    expect(ok.ok).toBe(true);
    expect(fieldsOf('competence_share', { minSharePercent: 101, educationCodes: [] })).toEqual([
      'parameters.minSharePercent:whole_number_range',
      'parameters.educationCodes:education_codes',
    ]);
  });

  it('a manager qualification names years of experience and educations', () => {
    expect(
      parseRequirement('manager_qualification', { minYears: 3, educationCodes: ['socionom'] }).ok,
    ).toBe(true);
    expect(
      fieldsOf('manager_qualification', { minYears: 2.5, educationCodes: ['Socionom!'] }),
    ).toHaveLength(2);
  });

  it('a permit requirement may name the supervisory authority', () => {
    expect(parseRequirement('permit_required', { authority: 'IVO' }).ok).toBe(true);
    expect(parseRequirement('permit_required', {}).ok).toBe(true);
    expect(fieldsOf('permit_required', { authority: 'Skatteverket' })).toEqual([
      'parameters.authority:authority',
    ]);
  });

  it('refuses unknown kinds, parameters that are not an object, and unknown parameters', () => {
    expect(fieldsOf('wifi_required', {})).toEqual(['kind:unknown_kind']);
    expect(fieldsOf('permit_required', [])).toEqual(['parameters:not_an_object']);
    expect(fieldsOf('permit_required', { colour: 'blue' })).toEqual([
      'parameters.colour:unknown_parameter',
    ]);
  });

  it('stores the parameters without the kind', () => {
    expect(requirementParameters({ kind: 'permit_required', authority: 'IVO' })).toEqual({
      authority: 'IVO',
    });
  });
});
