import { describe, expect, it } from 'vitest';
import type { ContractRequirement } from '../../src/contract-requirements.ts';
import {
  checkRequirement,
  checkStaffList,
  parseStaffList,
  type StaffListRow,
} from '../../src/staff-list/index.ts';

/** A full-time treatment assistant without relevant education and no shift hours, unless told. */
const staff = (
  row: number,
  s: Partial<Omit<StaffListRow, 'row' | 'hoursHundredths'>> & {
    hours?: Partial<StaffListRow['hoursHundredths']>;
  } = {},
): StaffListRow => {
  const { hours, ...rest } = s;
  return {
    row,
    name: `Staff ${row}`,
    role: 'treatment_assistant',
    education: 'other',
    yearsInRoleHundredths: null,
    employmentHundredths: 10000,
    nightAwake: false,
    ...rest,
    hoursHundredths: { day: 0, evening: 0, night: 0, ...hours },
  };
};
const fullTime = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => staff(from + i));

const DENSITY: ContractRequirement = { kind: 'staffing_density', minStaffPerResident: '1.2' };
const PERIOD = { placedResidents: 5, days: 30 };

describe('staffing density (full-time equivalents per placed resident)', () => {
  it('is met exactly at the limit: 6 full-time staff for 5 residents is 1.20', () => {
    expect(checkRequirement(fullTime(2, 6), DENSITY, PERIOD)).toEqual({
      kind: 'staffing_density',
      outcome: 'met',
      measure: { unit: 'staff_per_resident', measured: 120, required: 120, shortfall: 0 },
      countedRows: [2, 3, 4, 5, 6, 7],
      failedRows: [],
    });
  });

  it('is not met just below: 5.99 FTE for 5 residents is 1.198, shown as 1.19, short by 0.01', () => {
    const rows = [...fullTime(2, 5), staff(7, { employmentHundredths: 9900 })];
    expect(checkRequirement(rows, DENSITY, PERIOD)).toMatchObject({
      outcome: 'not_met',
      measure: { measured: 119, required: 120, shortfall: 1 },
    });
  });

  it('counts part-time staff by their employment percentage and leaves out 0 %', () => {
    const rows = [
      ...fullTime(2, 5),
      staff(7, { employmentHundredths: 5000 }),
      staff(8, { employmentHundredths: 5000 }),
      staff(9, { employmentHundredths: 0 }),
    ];
    expect(checkRequirement(rows, DENSITY, PERIOD)).toMatchObject({
      outcome: 'met',
      measure: { measured: 120 },
      countedRows: [2, 3, 4, 5, 6, 7, 8],
    });
  });

  it('does not apply to a period without placed residents', () => {
    expect(checkRequirement(fullTime(2, 1), DENSITY, { placedResidents: 0, days: 30 })).toEqual({
      kind: 'staffing_density',
      outcome: 'not_applicable',
      measure: null,
      countedRows: [],
      failedRows: [],
      notApplicable: 'no_placed_residents',
    });
  });
});

describe('staffing density per shift (staff on duty on average per placed resident)', () => {
  // 0.25 per resident for 4 residents is one person on duty in each shift, every day of 30:
  // day 8 h × 30 = 240 h, evening 7 h × 30 = 210 h, night 9 h × 30 = 270 h.
  const PER_SHIFT: ContractRequirement = {
    kind: 'staffing_density',
    minStaffPerResident: '0.25',
    perShift: true,
  };
  const FOUR = { placedResidents: 4, days: 30 };

  it('is met exactly at the limit when every shift has one person on duty', () => {
    const rows = [
      staff(2, { hours: { day: 24000 } }),
      staff(3, { hours: { evening: 21000 } }),
      staff(4, { hours: { night: 27000 }, nightAwake: true }),
    ];
    const check = checkRequirement(rows, PER_SHIFT, FOUR);
    expect(check.outcome).toBe('met');
    expect(check.shifts?.map((s) => [s.shift, s.outcome, s.measured, s.countedRows])).toEqual([
      ['day', 'met', 25, [2]],
      ['evening', 'met', 25, [3]],
      ['night', 'met', 25, [4]],
    ]);
  });

  it('is not met when one shift is a hundredth of an hour short, and names that shift', () => {
    const rows = [
      staff(2, { hours: { day: 24000, evening: 21000 } }),
      staff(3, { hours: { night: 26999 }, nightAwake: true }),
    ];
    const check = checkRequirement(rows, PER_SHIFT, FOUR);
    expect(check.outcome).toBe('not_met');
    expect(check.measure).toEqual({
      unit: 'staff_per_resident',
      measured: 24,
      required: 25,
      shortfall: 1,
    });
    expect(check.shifts?.filter((s) => s.outcome === 'not_met').map((s) => s.shift)).toEqual([
      'night',
    ]);
  });

  it('is not met at all when nobody works the night', () => {
    const rows = [staff(2, { hours: { day: 48000, evening: 42000 } })];
    const night = checkRequirement(rows, PER_SHIFT, FOUR).shifts?.find((s) => s.shift === 'night');
    expect(night).toMatchObject({
      outcome: 'not_met',
      measured: 0,
      shortfall: 25,
      countedRows: [],
    });
  });
});

describe('awake night staff (awake night hours ÷ 9 h ÷ days in the period)', () => {
  const AWAKE: ContractRequirement = { kind: 'awake_night_staff', required: true, minAwake: 1 };

  it('is met exactly at the limit: 270 awake hours in 30 nights is one person awake each night', () => {
    expect(
      checkRequirement([staff(2, { hours: { night: 27000 }, nightAwake: true })], AWAKE, PERIOD),
    ).toEqual({
      kind: 'awake_night_staff',
      outcome: 'met',
      measure: { unit: 'awake_staff_per_night', measured: 100, required: 100, shortfall: 0 },
      countedRows: [2],
      failedRows: [],
    });
  });

  it('does not count sleeping standby, and names the rows that sleep', () => {
    const rows = [
      staff(2, { hours: { night: 13500 }, nightAwake: true }),
      staff(3, { hours: { night: 13500 }, nightAwake: false }),
      staff(4, { hours: { day: 16000 } }),
    ];
    expect(checkRequirement(rows, AWAKE, PERIOD)).toMatchObject({
      outcome: 'not_met',
      measure: { measured: 50, required: 100, shortfall: 50 },
      countedRows: [2],
      failedRows: [{ row: 3, reasons: ['sleeping_standby'] }],
    });
  });

  it('is not met when the night shift is missing from the list altogether', () => {
    const rows = [staff(2, { hours: { day: 16000, evening: 14000 } })];
    expect(checkRequirement(rows, AWAKE, PERIOD)).toMatchObject({
      outcome: 'not_met',
      measure: { measured: 0, shortfall: 100 },
      countedRows: [],
    });
  });

  it('asks for one awake when the agreement gives no number, and two when it says two', () => {
    const rows = [staff(2, { hours: { night: 27000 }, nightAwake: true })];
    expect(
      checkRequirement(rows, { kind: 'awake_night_staff', required: true }, PERIOD).outcome,
    ).toBe('met');
    expect(
      checkRequirement(rows, { kind: 'awake_night_staff', required: true, minAwake: 2 }, PERIOD)
        .measure,
    ).toMatchObject({ measured: 100, required: 200, shortfall: 100 });
  });
});

describe('competence share (share of full-time equivalents with a required education)', () => {
  const SHARE: ContractRequirement = {
    kind: 'competence_share',
    minSharePercent: 60,
    educationCodes: ['socionom', 'behandlingspedagog'],
  };

  it('is met exactly at 60 %: 3 of 5 full-time staff, "socionom" in the agreement meaning socionomexamen', () => {
    const rows = [
      staff(2, { education: 'socionomexamen' }),
      staff(3, { education: 'behandlingspedagog' }),
      staff(4, { education: 'behandlingspedagog' }),
      staff(5),
      staff(6, { education: 'underskoterska' }),
    ];
    expect(checkRequirement(rows, SHARE, PERIOD)).toEqual({
      kind: 'competence_share',
      outcome: 'met',
      measure: { unit: 'percent', measured: 6000, required: 6000, shortfall: 0 },
      countedRows: [2, 3, 4],
      failedRows: [
        { row: 5, reasons: ['education'] },
        { row: 6, reasons: ['education'] },
      ],
    });
  });

  it('is not met just below: 299.99 of 499.99 % is 59.99 %, short by 0.01 percentage points', () => {
    const rows = [
      staff(2, { education: 'socionomexamen' }),
      staff(3, { education: 'behandlingspedagog' }),
      staff(4, { education: 'behandlingspedagog', employmentHundredths: 9999 }),
      staff(5),
      staff(6),
    ];
    expect(checkRequirement(rows, SHARE, PERIOD).measure).toEqual({
      unit: 'percent',
      measured: 5999,
      required: 6000,
      shortfall: 1,
    });
  });

  it('weighs staff by employment, not by heads: 3 of 5 people at half time is 42.85 %', () => {
    const rows = [
      staff(2, { education: 'socionomexamen', employmentHundredths: 5000 }),
      staff(3, { education: 'socionomexamen', employmentHundredths: 5000 }),
      staff(4, { education: 'socionomexamen', employmentHundredths: 5000 }),
      staff(5),
      staff(6),
    ];
    expect(checkRequirement(rows, SHARE, PERIOD)).toMatchObject({
      outcome: 'not_met',
      measure: { measured: 4285, shortfall: 1715 },
    });
  });
});

describe('manager qualification (a manager with the education and enough years)', () => {
  const MANAGER: ContractRequirement = {
    kind: 'manager_qualification',
    minYears: 3,
    educationCodes: ['socionom', 'behandlingspedagog'],
  };
  const manager = (row: number, education: StaffListRow['education'], years: number) =>
    staff(row, { role: 'manager', education, yearsInRoleHundredths: years });

  it('is met exactly at 3 years', () => {
    expect(
      checkRequirement([manager(2, 'socionomexamen', 300), staff(3)], MANAGER, PERIOD),
    ).toEqual({
      kind: 'manager_qualification',
      outcome: 'met',
      measure: { unit: 'years', measured: 300, required: 300, shortfall: 0 },
      countedRows: [2],
      failedRows: [],
    });
  });

  it('is not met at 2.99 years, short by 0.01, and names the under-qualified manager', () => {
    expect(
      checkRequirement([manager(2, 'behandlingspedagog', 299)], MANAGER, PERIOD),
    ).toMatchObject({
      outcome: 'not_met',
      measure: { measured: 299, shortfall: 1 },
      countedRows: [],
      failedRows: [{ row: 2, reasons: ['years'] }],
    });
  });

  it('does not count years without the education', () => {
    expect(checkRequirement([manager(2, 'beteendevetare', 1000)], MANAGER, PERIOD)).toMatchObject({
      outcome: 'not_met',
      measure: { measured: 0, shortfall: 300 },
      failedRows: [{ row: 2, reasons: ['education'] }],
    });
    expect(checkRequirement([manager(2, 'other', 100)], MANAGER, PERIOD).failedRows).toEqual([
      { row: 2, reasons: ['education', 'years'] },
    ]);
  });

  it('is not met without any manager in the list, with no rows to name', () => {
    expect(checkRequirement(fullTime(2, 3), MANAGER, PERIOD)).toMatchObject({
      outcome: 'not_met',
      measure: { measured: 0, required: 300, shortfall: 300 },
      countedRows: [],
      failedRows: [],
    });
  });

  it('is met by one qualified manager even when another is not', () => {
    expect(
      checkRequirement(
        [manager(2, 'other', 0), manager(3, 'socionomexamen', 1200)],
        MANAGER,
        PERIOD,
      ),
    ).toMatchObject({
      outcome: 'met',
      countedRows: [3],
      failedRows: [{ row: 2, reasons: ['education', 'years'] }],
    });
  });
});

describe('a whole staff list against an agreement', () => {
  it('checks a list as a supplier types it against each requirement, permits not applicable', () => {
    const parsed = parseStaffList([
      [
        'Namn',
        'Roll',
        'Utbildning',
        'År i rollen',
        'Tjänstgöringsgrad %',
        'Timmar dag',
        'Timmar kväll',
        'Timmar natt',
        'Vaken natt',
      ],
      ['Anna', 'Föreståndare', 'Socionom', '5', '100', '160', '0', '0', ''],
      ['Bo', 'Behandlingsassistent', 'Behandlingspedagog', '', '100', '80', '60', '0', ''],
      ['Cia', 'Behandlingsassistent', 'Behandlingspedagog', '', '100', '80', '60', '0', ''],
      ['Dan', 'Behandlingsassistent', 'Undersköterska', '', '100', '0', '80', '70', 'Ja'],
      ['Eva', 'Nattpersonal', 'Övrigt', '', '80', '0', '0', '135', 'Sovande'],
    ]);
    if (!parsed.ok) throw new Error('the list should be read');
    const report = checkStaffList(
      parsed.rows,
      [
        { kind: 'staffing_density', minStaffPerResident: '1.2' },
        { kind: 'awake_night_staff', required: true, minAwake: 1 },
        {
          kind: 'competence_share',
          minSharePercent: 60,
          educationCodes: ['socionom', 'behandlingspedagog'],
        },
        { kind: 'manager_qualification', minYears: 3, educationCodes: ['socionom'] },
        { kind: 'permit_required', authority: 'IVO' },
      ],
      { placedResidents: 4, days: 30 },
    );
    // 4.80 FTE / 4 = 1.20; 70 awake hours / 270 = 0.25; 3.00 of 4.80 FTE = 62.5 %.
    expect(report.map((c) => [c.kind, c.outcome, c.measure?.measured ?? null])).toEqual([
      ['staffing_density', 'met', 120],
      ['awake_night_staff', 'not_met', 25],
      ['competence_share', 'met', 6250],
      ['manager_qualification', 'met', 500],
      ['permit_required', 'not_applicable', null],
    ]);
    expect(report[1]!.failedRows).toEqual([{ row: 6, reasons: ['sleeping_standby'] }]);
    expect(report[4]!.notApplicable).toBe('not_from_staff_list');
  });

  it('refuses a period that is not whole days or residents that are not a whole number', () => {
    expect(() => checkRequirement([], DENSITY, { placedResidents: 5, days: 0 })).toThrow(
      RangeError,
    );
    expect(() => checkRequirement([], DENSITY, { placedResidents: 1.5, days: 30 })).toThrow(
      RangeError,
    );
  });
});
