// The needs the call-off rules are tested on: Kristianstad's hired social worker for children and
// young people, and the HVB placement of a 15-year-old boy. Tests override what they vary.
import type { PlacementNeed, StaffingNeed } from '../../src/need.ts';

export const STAFFING_NEED: StaffingNeed = {
  kind: 'staffing',
  role: 'Socialsekreterare',
  area: 'children_youth',
  educationCodes: ['socionomexamen'],
  yearsOfExperience: 3,
  languages: ['sv'],
  start: '2027-01-04',
  end: '2027-01-31',
  extentPercent: 100,
  placeOfWork: 'Kristianstad',
  remotePossible: false,
  positions: 1,
  description: '',
};

export const PLACEMENT_NEED: PlacementNeed = {
  kind: 'placement',
  person: {
    age: 15,
    gender: 'male',
    targetGroups: ['youth_13_17'],
    needs: 'Struktur i vardagen.',
    languages: ['sv'],
    homeCountry: 'SE',
    homeMunicipalityCode: '1290',
  },
  start: '2027-01-04',
  expectedDurationDays: 120,
  intensity: 'standard',
  hoursPerWeek: null,
  description: '',
};
