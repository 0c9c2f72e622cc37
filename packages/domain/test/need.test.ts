import { describe, expect, it } from 'vitest';
import {
  containsPersonalIdentityNumber,
  needProblems,
  type PlacementNeed,
  type StaffingNeed,
} from '../src/need.ts';

// Skatteverket's test personnummer (valid Luhn digit) and a CPR-shaped number (valid date).
const PERSONNUMMER = '121212-1212';
const CPR = '010190-1234';

const socialWorker: StaffingNeed = {
  kind: 'staffing',
  role: 'Socialsekreterare, barn och unga',
  area: 'children_youth',
  educationCodes: ['socionomexamen'],
  yearsOfExperience: 3,
  languages: ['sv', 'ar'],
  start: '2026-09-01',
  end: '2027-02-28',
  extentPercent: 100,
  placeOfWork: 'Socialförvaltningen, Kristianstad',
  remotePossible: false,
  positions: 1,
  description: '',
};

const hvbPlacement: PlacementNeed = {
  kind: 'placement',
  person: {
    age: 15,
    gender: 'male',
    targetGroups: ['youth_13_17', 'criminality'],
    needs: 'Behöver struktur i vardagen och stöd i skolgång.',
    languages: ['sv'],
    homeCountry: 'SE',
    homeMunicipalityCode: '1290',
  },
  start: '2026-09-01',
  expectedDurationDays: 180,
  intensity: 'enhanced',
  hoursPerWeek: null,
  description: '',
};

function staffing(change: Partial<StaffingNeed>): StaffingNeed {
  return { ...socialWorker, ...change };
}

function placement(
  change: Partial<PlacementNeed>,
  person: Partial<PlacementNeed['person']> = {},
): PlacementNeed {
  return { ...hvbPlacement, ...change, person: { ...hvbPlacement.person, ...person } };
}

describe('a staffing need', () => {
  it('is fine when it describes a hired social worker', () => {
    expect(needProblems(socialWorker)).toEqual([]);
  });

  it('needs a role and a place of work', () => {
    expect(needProblems(staffing({ role: '  ', placeOfWork: '' }))).toEqual([
      { field: 'role', code: 'required' },
      { field: 'placeOfWork', code: 'required' },
    ]);
  });

  it('may end the day it starts but not before', () => {
    expect(needProblems(staffing({ end: socialWorker.start }))).toEqual([]);
    expect(needProblems(staffing({ end: '2026-08-31' }))).toEqual([
      { field: 'end', code: 'end_before_start' },
    ]);
  });

  it('refuses dates that do not exist', () => {
    expect(needProblems(staffing({ start: '2026-02-30' }))).toEqual([
      { field: 'start', code: 'invalid_date' },
    ]);
  });

  it('has an extent between 1 and 100 percent', () => {
    expect(needProblems(staffing({ extentPercent: 1 }))).toEqual([]);
    for (const extentPercent of [0, 101, 50.5]) {
      expect(needProblems(staffing({ extentPercent }))).toEqual([
        { field: 'extentPercent', code: 'out_of_range', params: { min: 1, max: 100 } },
      ]);
    }
  });

  it('asks for at least one position', () => {
    expect(needProblems(staffing({ positions: 0 }))).toEqual([
      { field: 'positions', code: 'out_of_range', params: { min: 1, max: 100 } },
    ]);
  });

  it('asks for known educations and language codes, each once', () => {
    expect(
      needProblems(
        staffing({
          educationCodes: ['socionomexamen', 'astronaut' as 'other'],
          languages: ['sv', 'sv'],
        }),
      ),
    ).toEqual([
      { field: 'educationCodes.1', code: 'invalid_code' },
      { field: 'languages.1', code: 'duplicate' },
    ]);
  });

  it('refuses a personal identity number in the role or description', () => {
    expect(
      needProblems(
        staffing({ role: `Ersätter ${PERSONNUMMER}`, description: `Kontakt: CPR ${CPR}` }),
      ),
    ).toEqual([
      { field: 'role', code: 'personal_identity_number', params: { kind: 'SE-personnummer' } },
      { field: 'description', code: 'personal_identity_number', params: { kind: 'DK-CPR' } },
    ]);
  });
});

describe('a placement or intervention need', () => {
  it('is fine when the person is described without identifying them', () => {
    expect(needProblems(hvbPlacement)).toEqual([]);
    expect(
      needProblems(
        placement(
          { kind: 'intervention', hoursPerWeek: 6 },
          { homeCountry: 'DK', homeMunicipalityCode: '751' },
        ),
      ),
    ).toEqual([]);
  });

  it('refuses a personnummer in the needs text and says which kind it looks like', () => {
    expect(
      needProblems(placement({}, { needs: `Pojke, pnr 2012${PERSONNUMMER}, behöver stöd.` })),
    ).toEqual([
      {
        field: 'person.needs',
        code: 'personal_identity_number',
        params: { kind: 'SE-personnummer' },
      },
    ]);
  });

  it('refuses a CPR number hidden in any field, also a code', () => {
    expect(needProblems(placement({}, { targetGroups: ['0101901234'] }))).toEqual([
      {
        field: 'person.targetGroups.0',
        code: 'personal_identity_number',
        params: { kind: 'DK-CPR' },
      },
    ]);
  });

  it('never echoes a personal identity number back as an unknown municipality', () => {
    expect(needProblems(placement({}, { homeMunicipalityCode: CPR.replace('-', '') }))).toEqual([
      {
        field: 'person.homeMunicipalityCode',
        code: 'personal_identity_number',
        params: { kind: 'DK-CPR' },
      },
    ]);
  });

  it('needs a home municipality that exists in the home country', () => {
    expect(needProblems(placement({}, { homeMunicipalityCode: '751' }))).toEqual([
      {
        field: 'person.homeMunicipalityCode',
        code: 'unknown_municipality',
        params: { country: 'SE', code: '751' },
      },
    ]);
  });

  it('has an age from 0 to 120', () => {
    expect(needProblems(placement({}, { age: 0 }))).toEqual([]);
    expect(needProblems(placement({}, { age: 121 }))).toEqual([
      { field: 'person.age', code: 'out_of_range', params: { min: 0, max: 120 } },
    ]);
  });

  it('needs a target group, a needs text, a duration and a known intensity', () => {
    expect(
      needProblems(
        placement(
          { expectedDurationDays: 0, intensity: 'extreme' as PlacementNeed['intensity'] },
          { targetGroups: [], needs: '' },
        ),
      ),
    ).toEqual([
      { field: 'person.targetGroups', code: 'required' },
      { field: 'person.needs', code: 'required' },
      { field: 'expectedDurationDays', code: 'out_of_range', params: { min: 1, max: 3653 } },
      { field: 'intensity', code: 'invalid_code' },
    ]);
  });
});

describe('a personal identity number', () => {
  it('is found in the usual Swedish and Danish forms', () => {
    for (const text of [
      '121212-1212',
      '19121212-1212',
      '1212121212',
      '121212+1212',
      '010190-1234',
      '0101901234',
    ]) {
      expect(containsPersonalIdentityNumber(`nr ${text}.`), text).toBe(true);
    }
  });

  it('is found when disguised by full-width digits, odd dashes or invisible characters', () => {
    expect(containsPersonalIdentityNumber('１２１２１２－１２１２')).toBe(true);
    expect(containsPersonalIdentityNumber('121212\u20111212')).toBe(true);
    expect(containsPersonalIdentityNumber('121212\u22121212')).toBe(true);
    expect(containsPersonalIdentityNumber('1212\u200b12-12\u00ad12')).toBe(true);
  });

  it('is not read into ordinary numbers', () => {
    for (const text of ['180 dagar', 'Referens 2026-1234', '12 timmar i veckan', '1290']) {
      expect(containsPersonalIdentityNumber(text), text).toBe(false);
    }
  });
});
