// Contract requirements of a framework agreement as typed data that follow-up checks later
// (staff lists against staffing density and competence, the manager's qualification, permits).
// Stored as kind + parameters (agreement_requirements); parse here before storing or using.

export const REQUIREMENT_KINDS = [
  'staffing_density',
  'awake_night_staff',
  'competence_share',
  'manager_qualification',
  'permit_required',
] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];

export const PERMIT_AUTHORITIES = ['IVO', 'Socialtilsyn'] as const;
export type PermitAuthority = (typeof PERMIT_AUTHORITIES)[number];

export type ContractRequirement =
  | {
      kind: 'staffing_density';
      /** Full-time staff per placed resident as a decimal string ("1.2"); never a float. */
      minStaffPerResident: string;
      /** True when the density applies to every shift rather than to the day as a whole. */
      perShift?: boolean;
    }
  | { kind: 'awake_night_staff'; required: true; minAwake?: number }
  | { kind: 'competence_share'; minSharePercent: number; educationCodes: string[] }
  | { kind: 'manager_qualification'; minYears: number; educationCodes: string[] }
  | { kind: 'permit_required'; authority?: PermitAuthority };

export type RequirementProblem =
  | 'unknown_kind'
  | 'not_an_object'
  | 'unknown_parameter'
  | 'density_format'
  | 'density_not_positive'
  | 'must_be_true'
  | 'whole_number_range'
  | 'education_codes'
  | 'authority'
  | 'boolean';

export interface RequirementFieldProblem {
  field: string;
  problem: RequirementProblem;
}

export type ParsedRequirement =
  | { ok: true; requirement: ContractRequirement }
  | { ok: false; problems: RequirementFieldProblem[] };

const DENSITY = /^\d{1,2}(\.\d{1,2})?$/;
const EDUCATION_CODE = /^[a-z0-9_]{1,60}$/;

const ALLOWED: Readonly<Record<RequirementKind, readonly string[]>> = {
  staffing_density: ['minStaffPerResident', 'perShift'],
  awake_night_staff: ['required', 'minAwake'],
  competence_share: ['minSharePercent', 'educationCodes'],
  manager_qualification: ['minYears', 'educationCodes'],
  permit_required: ['authority'],
};

export function isRequirementKind(value: unknown): value is RequirementKind {
  return (REQUIREMENT_KINDS as readonly unknown[]).includes(value);
}

/** Staff per resident in hundredths ("1.2" → 120), so checks compare integers. */
export function staffPerResidentHundredths(minStaffPerResident: string): number {
  const [whole, fraction = ''] = minStaffPerResident.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

function wholeNumber(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function educationCodes(value: unknown): value is string[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.length <= 20 &&
    value.every((c) => typeof c === 'string' && EDUCATION_CODE.test(c))
  );
}

/** Checks a kind and its parameters (from JSON) and returns the typed requirement or what is wrong. */
export function parseRequirement(kind: unknown, parameters: unknown): ParsedRequirement {
  if (!isRequirementKind(kind))
    return { ok: false, problems: [{ field: 'kind', problem: 'unknown_kind' }] };
  if (typeof parameters !== 'object' || parameters === null || Array.isArray(parameters))
    return { ok: false, problems: [{ field: 'parameters', problem: 'not_an_object' }] };
  const p = parameters as Record<string, unknown>;
  const problems: RequirementFieldProblem[] = Object.keys(p)
    .filter((key) => !ALLOWED[kind].includes(key))
    .map((key) => ({ field: `parameters.${key}`, problem: 'unknown_parameter' }));
  const wrong = (field: string, problem: RequirementProblem) =>
    problems.push({ field: `parameters.${field}`, problem });

  let requirement: ContractRequirement;
  switch (kind) {
    case 'staffing_density': {
      const density = p.minStaffPerResident;
      if (typeof density !== 'string' || !DENSITY.test(density))
        wrong('minStaffPerResident', 'density_format');
      else if (staffPerResidentHundredths(density) === 0)
        wrong('minStaffPerResident', 'density_not_positive');
      if (p.perShift !== undefined && typeof p.perShift !== 'boolean') wrong('perShift', 'boolean');
      requirement = {
        kind,
        minStaffPerResident: String(density),
        ...(p.perShift === undefined ? {} : { perShift: p.perShift as boolean }),
      };
      break;
    }
    case 'awake_night_staff':
      if (p.required !== true) wrong('required', 'must_be_true');
      if (p.minAwake !== undefined && !wholeNumber(p.minAwake, 1, 50))
        wrong('minAwake', 'whole_number_range');
      requirement = {
        kind,
        required: true,
        ...(p.minAwake === undefined ? {} : { minAwake: p.minAwake as number }),
      };
      break;
    case 'competence_share':
      if (!wholeNumber(p.minSharePercent, 1, 100)) wrong('minSharePercent', 'whole_number_range');
      if (!educationCodes(p.educationCodes)) wrong('educationCodes', 'education_codes');
      requirement = {
        kind,
        minSharePercent: p.minSharePercent as number,
        educationCodes: p.educationCodes as string[],
      };
      break;
    case 'manager_qualification':
      if (!wholeNumber(p.minYears, 0, 50)) wrong('minYears', 'whole_number_range');
      if (!educationCodes(p.educationCodes)) wrong('educationCodes', 'education_codes');
      requirement = {
        kind,
        minYears: p.minYears as number,
        educationCodes: p.educationCodes as string[],
      };
      break;
    case 'permit_required':
      if (
        p.authority !== undefined &&
        !(PERMIT_AUTHORITIES as readonly unknown[]).includes(p.authority)
      )
        wrong('authority', 'authority');
      requirement = {
        kind,
        ...(p.authority === undefined ? {} : { authority: p.authority as PermitAuthority }),
      };
      break;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, requirement };
}

/** The parameters to store: the requirement without its kind. */
export function requirementParameters(r: ContractRequirement): Record<string, unknown> {
  const { kind: _kind, ...parameters } = r;
  return parameters;
}
