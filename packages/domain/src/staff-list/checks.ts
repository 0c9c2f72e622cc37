// Checking a staff list against an agreement's contract requirements. Every measure is an
// integer in hundredths of its unit, cut down (never rounded up) to the hundredth, so a list
// is met exactly when its shown value reaches the required one, and the shortfall shown is what
// is still missing, rounded up to the hundredth.
//
// Definitions (the period is the one the list covers, in days; shifts are day 07–15 = 8 h,
// evening 15–22 = 7 h, night 22–07 = 9 h):
// - Staffing density, whole day: full-time equivalents per placed resident, where FTE is the sum
//   of employment percentages / 100. Hours are not used: the density is a staffing level.
// - Staffing density per shift (perShift): for each shift, the staff on duty on average per
//   placed resident = hours scheduled in that shift / (shift length × days) / residents. Every
//   shift must reach the required density; the worst shift is the requirement's measure.
// - Awake night staff: staff awake on average each night = awake night hours / (9 × days);
//   sleeping standby hours do not count. At least minAwake (1 when not given) is required. Totals
//   for the period cannot show a single night without anyone awake, so when the list also gives
//   night rows (shift-rows.ts) every night is checked by itself instead (nights.ts): the measure
//   is the worst night and each night short of minAwake × 9 hours is named; a night without a row
//   counts as one without awake staff.
// - Competence share: the share of FTE (not of heads, so a 25 % employee weighs a quarter) held
//   by staff with one of the required educations, in percent.
// - Manager qualification: at least one row with the role manager, one of the educations and at
//   least minYears in the role. The measure is the most years of a manager with the education.
// - Permit: not checked from a staff list (the permit record is), so not applicable.
import {
  staffPerResidentHundredths,
  type ContractRequirement,
  type RequirementKind,
} from '../contract-requirements.ts';
import {
  awakeHoursByNight,
  hasNightRows,
  nightsWithoutAwakeStaff,
  type NightShortfall,
} from './nights.ts';
import type { StaffListRow } from './rows.ts';
import type { ReportedPeriod, ShiftRow } from './shift-rows.ts';
import { educationOf, SHIFT_LENGTH_HOURS, SHIFTS, type Shift } from './vocabulary.ts';
export const DEFAULT_MIN_AWAKE = 1;

export interface StaffListPeriod {
  /** Residents placed in the establishment during the period. */
  placedResidents: number;
  /** Length of the period in days. */
  days: number;
  /** Its first and last day: needed to check per-shift rows night by night. */
  dates?: ReportedPeriod;
}

export type CheckOutcome = 'met' | 'not_met' | 'not_applicable';
export type MeasureUnit = 'staff_per_resident' | 'awake_staff_per_night' | 'percent' | 'years';
export type RowFailure = 'education' | 'years' | 'sleeping_standby';

/** Hundredths of the unit: 120 = 1.20 staff per resident, 6000 = 60.00 %. */
export interface Measure {
  unit: MeasureUnit;
  measured: number;
  required: number;
  /** How much is missing (0 when met). */
  shortfall: number;
}

export interface ShiftCheck extends Measure {
  shift: Shift;
  outcome: 'met' | 'not_met';
  /** Rows with hours in this shift. */
  countedRows: number[];
}

export interface RequirementCheck {
  kind: RequirementKind;
  outcome: CheckOutcome;
  /** Null when not applicable. */
  measure: Measure | null;
  /** Rows that count towards the measure. */
  countedRows: number[];
  /** Rows that would have counted but do not, and why. */
  failedRows: { row: number; reasons: RowFailure[] }[];
  /** Per-shift staffing density only. */
  shifts?: ShiftCheck[];
  /** Awake night staff checked night by night (the list gave night rows): the nights short. */
  nights?: NightShortfall[];
  notApplicable?: 'not_from_staff_list' | 'no_placed_residents';
}

/** Whole hundredths of a / b, cut down; exact for any size. */
function hundredthsOf(numerator: number, denominator: number): number {
  return Number((BigInt(numerator) * 100n) / BigInt(denominator));
}

function measure(unit: MeasureUnit, measured: number, required: number): Measure {
  return { unit, measured, required, shortfall: Math.max(0, required - measured) };
}

const outcomeOf = (m: Measure): 'met' | 'not_met' => (m.shortfall === 0 ? 'met' : 'not_met');
const sum = (rows: readonly StaffListRow[], value: (r: StaffListRow) => number) =>
  rows.reduce((total, r) => total + value(r), 0);
const rowNumbers = (rows: readonly StaffListRow[]) => rows.map((r) => r.row);

function notApplicable(
  kind: RequirementKind,
  reason: NonNullable<RequirementCheck['notApplicable']>,
): RequirementCheck {
  return {
    kind,
    outcome: 'not_applicable',
    measure: null,
    countedRows: [],
    failedRows: [],
    notApplicable: reason,
  };
}

function staffingDensity(
  rows: readonly StaffListRow[],
  minStaffPerResident: string,
  perShift: boolean,
  { placedResidents, days }: StaffListPeriod,
): RequirementCheck {
  if (placedResidents === 0) return notApplicable('staffing_density', 'no_placed_residents');
  const required = staffPerResidentHundredths(minStaffPerResident);
  if (!perShift) {
    const employed = rows.filter((r) => r.employmentHundredths > 0);
    // Employment is in hundredths of a percent, so 10 000 of it is one full-time equivalent.
    const m = measure(
      'staff_per_resident',
      hundredthsOf(
        sum(employed, (r) => r.employmentHundredths),
        100 * 100 * placedResidents,
      ),
      required,
    );
    return {
      kind: 'staffing_density',
      outcome: outcomeOf(m),
      measure: m,
      countedRows: rowNumbers(employed),
      failedRows: [],
    };
  }
  const shifts = SHIFTS.map((shift): ShiftCheck => {
    const on = rows.filter((r) => r.hoursHundredths[shift] > 0);
    const hours = sum(on, (r) => r.hoursHundredths[shift]);
    const m = measure(
      'staff_per_resident',
      hundredthsOf(hours, 100 * SHIFT_LENGTH_HOURS[shift] * days * placedResidents),
      required,
    );
    return { shift, outcome: outcomeOf(m), ...m, countedRows: rowNumbers(on) };
  });
  const worst = shifts.reduce((a, b) => (b.measured < a.measured ? b : a));
  const m = measure('staff_per_resident', worst.measured, required);
  return {
    kind: 'staffing_density',
    outcome: outcomeOf(m),
    measure: m,
    countedRows: [...new Set(shifts.flatMap((s) => s.countedRows))].sort((a, b) => a - b),
    failedRows: [],
    shifts,
  };
}

function awakeNightStaff(
  rows: readonly StaffListRow[],
  minAwake: number,
  { days, dates }: StaffListPeriod,
  shiftRows: readonly ShiftRow[],
): RequirementCheck {
  const atNight = rows.filter((r) => r.hoursHundredths.night > 0);
  const awake = atNight.filter((r) => r.nightAwake);
  const nightly = dates && hasNightRows(shiftRows);
  const nightLength = 100 * SHIFT_LENGTH_HOURS.night;
  const m = measure(
    'awake_staff_per_night',
    nightly
      ? // The worst night of the period.
        hundredthsOf(
          Math.min(...awakeHoursByNight(dates, shiftRows).map((n) => n.awakeHundredths)),
          nightLength,
        )
      : hundredthsOf(
          sum(awake, (r) => r.hoursHundredths.night),
          nightLength * days,
        ),
    minAwake * 100,
  );
  return {
    kind: 'awake_night_staff',
    outcome: outcomeOf(m),
    measure: m,
    countedRows: rowNumbers(awake),
    failedRows: atNight
      .filter((r) => !r.nightAwake)
      .map((r) => ({ row: r.row, reasons: ['sleeping_standby'] })),
    ...(nightly ? { nights: nightsWithoutAwakeStaff(dates, shiftRows, minAwake) } : {}),
  };
}

/** The required educations as codes; an agreement may name them as a staff list does. */
function educationSet(codes: readonly string[]): Set<string> {
  return new Set(codes.map((code) => educationOf(code) ?? code));
}

function competenceShare(
  rows: readonly StaffListRow[],
  minSharePercent: number,
  educationCodes: readonly string[],
): RequirementCheck {
  const wanted = educationSet(educationCodes);
  const employed = rows.filter((r) => r.employmentHundredths > 0);
  const educated = employed.filter((r) => wanted.has(r.education));
  const total = sum(employed, (r) => r.employmentHundredths);
  const m = measure(
    'percent',
    total === 0 ? 0 : hundredthsOf(sum(educated, (r) => r.employmentHundredths) * 100, total),
    minSharePercent * 100,
  );
  return {
    kind: 'competence_share',
    outcome: outcomeOf(m),
    measure: m,
    countedRows: rowNumbers(educated),
    failedRows: employed
      .filter((r) => !wanted.has(r.education))
      .map((r) => ({ row: r.row, reasons: ['education'] })),
  };
}

/** Met by one qualified manager; with no manager row at all, no row is counted or failed. */
function managerQualification(
  rows: readonly StaffListRow[],
  minYears: number,
  educationCodes: readonly string[],
): RequirementCheck {
  const wanted = educationSet(educationCodes);
  const required = minYears * 100;
  const managers = rows.filter((r) => r.role === 'manager');
  const reasonsOf = (r: StaffListRow): RowFailure[] => [
    ...(wanted.has(r.education) ? [] : ['education' as const]),
    ...((r.yearsInRoleHundredths ?? 0) >= required ? [] : ['years' as const]),
  ];
  const educated = managers.filter((r) => wanted.has(r.education));
  const m = measure(
    'years',
    Math.max(0, ...educated.map((r) => r.yearsInRoleHundredths ?? 0)),
    required,
  );
  return {
    kind: 'manager_qualification',
    outcome: outcomeOf(m),
    measure: m,
    countedRows: rowNumbers(managers.filter((r) => reasonsOf(r).length === 0)),
    failedRows: managers
      .map((r) => ({ row: r.row, reasons: reasonsOf(r) }))
      .filter((f) => f.reasons.length > 0),
  };
}

/** How a staff list stands against one requirement of the agreement. */
export function checkRequirement(
  rows: readonly StaffListRow[],
  requirement: ContractRequirement,
  period: StaffListPeriod,
  shiftRows: readonly ShiftRow[] = [],
): RequirementCheck {
  if (!Number.isSafeInteger(period.days) || period.days < 1)
    throw new RangeError(`A period has at least one whole day, not ${period.days}`);
  if (!Number.isSafeInteger(period.placedResidents) || period.placedResidents < 0)
    throw new RangeError(`Placed residents must be a whole number, not ${period.placedResidents}`);
  switch (requirement.kind) {
    case 'staffing_density':
      return staffingDensity(
        rows,
        requirement.minStaffPerResident,
        requirement.perShift ?? false,
        period,
      );
    case 'awake_night_staff':
      return awakeNightStaff(rows, requirement.minAwake ?? DEFAULT_MIN_AWAKE, period, shiftRows);
    case 'competence_share':
      return competenceShare(rows, requirement.minSharePercent, requirement.educationCodes);
    case 'manager_qualification':
      return managerQualification(rows, requirement.minYears, requirement.educationCodes);
    case 'permit_required':
      return notApplicable(requirement.kind, 'not_from_staff_list');
  }
}

/** The report of a staff list: one check per requirement, in the agreement's order. */
export function checkStaffList(
  rows: readonly StaffListRow[],
  requirements: readonly ContractRequirement[],
  period: StaffListPeriod,
  shiftRows: readonly ShiftRow[] = [],
): RequirementCheck[] {
  return requirements.map((r) => checkRequirement(rows, r, period, shiftRows));
}
