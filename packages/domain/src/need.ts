// A need (behov / indstilling): what a caseworker or buyer asks suppliers for. Staffing describes
// a post; a placement or intervention describes the person pseudonymously — and never by a
// personal identity number, since the need is shown to every invited supplier.
import { isPlainDate, type PlainDate } from './plain-date.ts';
import { EDUCATION_CODES, MAX_YEARS_IN_AREA, type EducationCode } from './consultant.ts';
import type { Country } from './country.ts';
import { findPersonalIdentityNumbers, type PersonalIdentityNumberKind } from './identifiers.ts';
import { findMunicipality } from './reference/municipalities.ts';

/** 'placement' is a stay at an establishment (HVB, housing); 'intervention' is delivered by people. */
export const NEED_KINDS = ['staffing', 'placement', 'intervention'] as const;
export type NeedKind = (typeof NEED_KINDS)[number];

/** A person's gender as the caseworker records it; 'not_stated' when it does not matter. */
export const PERSON_GENDERS = ['female', 'male', 'other', 'not_stated'] as const;
export type PersonGender = (typeof PERSON_GENDERS)[number];

/** How much support the person needs, from an ordinary to a reinforced (förstärkt) service. */
export const INTENSITIES = ['standard', 'enhanced', 'intensive'] as const;
export type Intensity = (typeof INTENSITIES)[number];

export const NEED_LIMITS = {
  shortText: 200,
  longText: 4000,
  maxPositions: 100,
  maxAge: 120,
  /** Ten years: longer placements are planned again, not called off once. */
  maxDurationDays: 3653,
  maxHoursPerWeek: 168,
} as const;

export interface StaffingNeed {
  kind: 'staffing';
  /** The post, in words ("Socialsekreterare, barn och unga"). */
  role: string;
  /** Area of work: a taxonomy area code ("children_youth"). */
  area: string;
  educationCodes: EducationCode[];
  yearsOfExperience: number;
  /** ISO 639 codes ("sv", "ar"). */
  languages: string[];
  start: PlainDate;
  end: PlainDate;
  extentPercent: number;
  placeOfWork: string;
  remotePossible: boolean;
  positions: number;
  /** Anything else the suppliers should know. */
  description: string;
}

/** The person a placement or intervention is for, without anything that identifies them. */
export interface PseudonymisedPerson {
  age: number;
  gender: PersonGender;
  /** Target group codes of the taxonomy ("youth_13_17", "addiction"); at least one. */
  targetGroups: string[];
  /** The needs, in words. */
  needs: string;
  languages: string[];
  homeCountry: Country;
  /** SE: SCB kommunkod ("1290"); DK: kommunekode ("751"). */
  homeMunicipalityCode: string;
}

export interface PlacementNeed {
  kind: 'placement' | 'intervention';
  person: PseudonymisedPerson;
  start: PlainDate;
  expectedDurationDays: number;
  intensity: Intensity;
  /** For an intervention priced by the hour: the hours a week it is expected to take. */
  hoursPerWeek: number | null;
  description: string;
}

export type Need = StaffingNeed | PlacementNeed;

export type NeedProblemCode =
  | 'required'
  | 'too_long'
  | 'personal_identity_number'
  | 'invalid_code'
  | 'invalid_date'
  | 'end_before_start'
  | 'out_of_range'
  | 'duplicate'
  | 'unknown_municipality';

export interface NeedProblem<Code extends string = NeedProblemCode> {
  field: string;
  code: Code;
  params?: Record<string, string | number>;
}

/** A taxonomy code ("youth_13_17") and an ISO 639 language code ("sv"). */
export const CODE = /^[a-z0-9_]{1,60}$/;
export const LANGUAGE = /^[a-z]{2,3}$/;
// Characters that do not show (zero-width space and joiners, soft hyphen, BOM) and dashes that
// look like a hyphen: someone pasting a number from a case file must not slip it through.
const INVISIBLE = /[\p{Cf}]/gu;
const DASHES = /[\u2010\u2011\u2012\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/** The kind of personal identity number the text seems to hold, if any. */
export function personalIdentityNumberIn(text: string): PersonalIdentityNumberKind | undefined {
  // NFKC turns full-width and other compatibility digits into ASCII ones.
  const plain = text.normalize('NFKC').replace(INVISIBLE, '').replace(DASHES, '-');
  return findPersonalIdentityNumbers(plain)[0]?.kind;
}

/**
 * True when the text holds something shaped like a Swedish personnummer / samordningsnummer or a
 * Danish CPR number, also when written with full-width digits, odd dashes or invisible characters.
 */
export function containsPersonalIdentityNumber(text: string): boolean {
  return personalIdentityNumberIn(text) !== undefined;
}

/**
 * Collects problems; each check names its field the way the API and the form do. Other inputs
 * (a referral) reuse it with codes of their own besides the need's.
 */
export class Problems<Extra extends string = never> {
  readonly list: NeedProblem<NeedProblemCode | Extra>[] = [];

  add(
    field: string,
    code: NeedProblemCode | Extra,
    params?: Record<string, string | number>,
  ): void {
    this.list.push(params === undefined ? { field, code } : { field, code, params });
  }

  /** Every string may be free text, so every string is searched for identity numbers. */
  text(field: string, value: string, max: number, required: boolean): void {
    if (value.trim() === '') {
      if (required) this.add(field, 'required');
      return;
    }
    if (value.length > max) this.add(field, 'too_long', { max });
    const kind = personalIdentityNumberIn(value);
    if (kind !== undefined) this.add(field, 'personal_identity_number', { kind });
  }

  code(field: string, value: string, allowed: RegExp | readonly string[]): void {
    const kind = personalIdentityNumberIn(value);
    if (kind !== undefined) this.add(field, 'personal_identity_number', { kind });
    else if (value === '') this.add(field, 'required');
    else if (allowed instanceof RegExp ? !allowed.test(value) : !allowed.includes(value))
      this.add(field, 'invalid_code');
  }

  codes(field: string, values: readonly string[], allowed: RegExp | readonly string[]): void {
    const seen = new Set<string>();
    values.forEach((value, i) => {
      this.code(`${field}.${i}`, value, allowed);
      if (seen.has(value)) this.add(`${field}.${i}`, 'duplicate');
      seen.add(value);
    });
  }

  integer(field: string, value: number, min: number, max: number): void {
    if (!Number.isInteger(value) || value < min || value > max)
      this.add(field, 'out_of_range', { min, max });
  }

  municipality(field: string, country: Country, code: string): void {
    const kind = personalIdentityNumberIn(code);
    // The code is echoed back in the problem, so a personal identity number must not be.
    if (kind !== undefined) this.add(field, 'personal_identity_number', { kind });
    else if (findMunicipality(country, code) === undefined)
      this.add(field, 'unknown_municipality', { country, code });
  }

  date(field: string, value: string): boolean {
    if (isPlainDate(value)) return true;
    this.add(field, 'invalid_date');
    return false;
  }
}

function staffingProblems(need: StaffingNeed, p: Problems): void {
  p.text('role', need.role, NEED_LIMITS.shortText, true);
  p.code('area', need.area, CODE);
  p.codes('educationCodes', need.educationCodes, EDUCATION_CODES);
  p.integer('yearsOfExperience', need.yearsOfExperience, 0, MAX_YEARS_IN_AREA);
  p.codes('languages', need.languages, LANGUAGE);
  const startOk = p.date('start', need.start);
  const endOk = p.date('end', need.end);
  // A one-day assignment ends the day it starts.
  if (startOk && endOk && need.end < need.start) p.add('end', 'end_before_start');
  p.integer('extentPercent', need.extentPercent, 1, 100);
  p.text('placeOfWork', need.placeOfWork, NEED_LIMITS.shortText, true);
  p.integer('positions', need.positions, 1, NEED_LIMITS.maxPositions);
  p.text('description', need.description, NEED_LIMITS.longText, false);
}

function placementProblems(need: PlacementNeed, p: Problems): void {
  const person = need.person;
  p.integer('person.age', person.age, 0, NEED_LIMITS.maxAge);
  p.code('person.gender', person.gender, PERSON_GENDERS);
  if (person.targetGroups.length === 0) p.add('person.targetGroups', 'required');
  p.codes('person.targetGroups', person.targetGroups, CODE);
  p.text('person.needs', person.needs, NEED_LIMITS.longText, true);
  p.codes('person.languages', person.languages, LANGUAGE);
  p.municipality('person.homeMunicipalityCode', person.homeCountry, person.homeMunicipalityCode);
  p.date('start', need.start);
  p.integer('expectedDurationDays', need.expectedDurationDays, 1, NEED_LIMITS.maxDurationDays);
  p.code('intensity', need.intensity, INTENSITIES);
  if (need.hoursPerWeek !== null)
    p.integer('hoursPerWeek', need.hoursPerWeek, 1, NEED_LIMITS.maxHoursPerWeek);
  p.text('description', need.description, NEED_LIMITS.longText, false);
}

/**
 * What is wrong with a need, per field: an empty list means it may be sent to suppliers. Any
 * text holding something shaped like a personal identity number is refused with the code
 * 'personal_identity_number' and the kind found, so the form can say why.
 */
export function needProblems(need: Need): NeedProblem[] {
  const p = new Problems();
  if (need.kind === 'staffing') staffingProblems(need, p);
  else placementProblems(need, p);
  return p.list;
}
