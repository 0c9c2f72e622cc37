import { describe, expect, it } from 'vitest';
import {
  STAFF_LIST_MAX_ROWS,
  parseStaffList,
  type StaffListProblem,
} from '../../src/staff-list/index.ts';

const SV = [
  'Namn',
  'Roll',
  'Utbildning',
  'År i rollen',
  'Tjänstgöringsgrad %',
  'Timmar dag',
  'Timmar kväll',
  'Timmar natt',
  'Vaken natt',
];
const EN = [
  'Name',
  'Role',
  'Education',
  'Years in role',
  'Employment %',
  'Hours day',
  'Hours evening',
  'Hours night',
  'Awake night',
];
const DA = [
  'Navn',
  'Rolle',
  'Uddannelse',
  'År i rollen',
  'Beskæftigelsesgrad %',
  'Timer dag',
  'Timer aften',
  'Timer nat',
  'Vågen nat',
];

const problemsOf = (table: string[][]): StaffListProblem[] => {
  const parsed = parseStaffList(table);
  return parsed.ok ? [] : parsed.problems;
};

describe('reading a staff list', () => {
  it('reads Swedish headings and words, with decimals typed with a comma, exactly in hundredths', () => {
    const parsed = parseStaffList([
      SV,
      ['Anna Berg', 'Föreståndare', 'Socionom', '4,5', '100', '160', '0', '0', ''],
      [
        'Omar Said',
        'Behandlingsassistent',
        'Behandlingspedagog',
        '',
        '75 %',
        '37,5',
        '80,25',
        '90',
        'Ja',
      ],
      ['Lena Ek', 'Nattpersonal', 'Övrigt', '', '50', '0', '0', '120', 'Sovande jour'],
    ]);
    expect(parsed).toEqual({
      ok: true,
      rows: [
        {
          row: 2,
          name: 'Anna Berg',
          role: 'manager',
          education: 'socionomexamen',
          yearsInRoleHundredths: 450,
          employmentHundredths: 10000,
          hoursHundredths: { day: 16000, evening: 0, night: 0 },
          nightAwake: false,
        },
        {
          row: 3,
          name: 'Omar Said',
          role: 'treatment_assistant',
          education: 'behandlingspedagog',
          yearsInRoleHundredths: null,
          employmentHundredths: 7500,
          hoursHundredths: { day: 3750, evening: 8025, night: 9000 },
          nightAwake: true,
        },
        {
          row: 4,
          name: 'Lena Ek',
          role: 'night_staff',
          education: 'other',
          yearsInRoleHundredths: null,
          employmentHundredths: 5000,
          hoursHundredths: { day: 0, evening: 0, night: 12000 },
          nightAwake: false,
        },
      ],
    });
  });

  it('reads English and Danish headings and words, and the codes themselves', () => {
    const en = parseStaffList([
      EN,
      ['A', 'social_worker', 'socialradgiver', '', '80.5', '100.25', '', '', ''],
      ['B', 'Night staff', 'Nurse', '', '100', '', '', '150', 'yes'],
    ]);
    expect(en.ok && en.rows.map((r) => [r.role, r.education, r.employmentHundredths])).toEqual([
      ['social_worker', 'socialradgiver', 8050],
      ['night_staff', 'sjukskoterska', 10000],
    ]);
    const da = parseStaffList([
      DA,
      ['C', 'Forstander', 'Pædagog', '6', '100', '120', '10', '0', ''],
      ['D', 'Nattevagt', 'Sygeplejerske', '', '100', '0', '0', '150', 'Nej'],
    ]);
    expect(
      da.ok && da.rows.map((r) => [r.role, r.education, r.yearsInRoleHundredths, r.nightAwake]),
    ).toEqual([
      ['manager', 'socialpedagog', 600, false],
      ['night_staff', 'sjukskoterska', null, false],
    ]);
  });

  it('matches headings without case, "%" or text in parentheses, in any order', () => {
    const parsed = parseStaffList([
      [
        'TIMMAR NATT',
        'roll',
        'utbildning (kod)',
        'namn',
        'Tjänstgöringsgrad (%)',
        'timmar dag',
        'Timmar kväll',
      ],
      ['0', 'Kurator', 'Beteendevetare', 'E', '60', '40', '20'],
    ]);
    expect(parsed.ok && parsed.rows[0]).toMatchObject({
      role: 'social_worker',
      education: 'beteendevetare',
      employmentHundredths: 6000,
      hoursHundredths: { day: 4000, evening: 2000, night: 0 },
    });
  });

  it('skips empty rows but keeps their place, so a problem names the row of the file', () => {
    expect(
      problemsOf([
        SV,
        ['A', 'Behandlingsassistent', 'Socionom', '', '100', '1', '1', '0', ''],
        ['', '', '', '', '', '', '', '', ''],
        ['B', 'Behandlingsassistent', 'Socionom', '', 'hundra', '1', '1', '0', ''],
      ]),
    ).toEqual([{ row: 4, column: 'employmentPercent', reason: 'not_a_number' }]);
  });

  it('refuses the whole list with every problem of every cell, by row and column', () => {
    const parsed = parseStaffList([
      SV,
      ['', 'Kock', 'Kockutbildning', '', '', '8', '0', '0', ''],
      ['F', 'Föreståndare', 'Socionom', '', '120', '-3', '1,234', 'mycket', ''],
      ['G', '', '', '51', '37,50', '37,500', '0', '10', ''],
      ['H', 'Behandlingsassistent', 'Socionom', '', '100', '0', '0', '0', 'kanske'],
      ['x'.repeat(201), 'Övrig', 'Övrig', '', '10', '0', '0', '0', ''],
    ]);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.problems).toEqual([
      { row: 2, column: 'name', reason: 'required' },
      { row: 2, column: 'role', reason: 'unknown_role' },
      { row: 2, column: 'education', reason: 'unknown_education' },
      { row: 2, column: 'employmentPercent', reason: 'required' },
      { row: 3, column: 'yearsInRole', reason: 'required' },
      { row: 3, column: 'employmentPercent', reason: 'out_of_range' },
      { row: 3, column: 'dayHours', reason: 'out_of_range' },
      { row: 3, column: 'eveningHours', reason: 'too_many_decimals' },
      { row: 3, column: 'nightHours', reason: 'not_a_number' },
      { row: 4, column: 'role', reason: 'required' },
      { row: 4, column: 'education', reason: 'required' },
      { row: 4, column: 'yearsInRole', reason: 'out_of_range' },
      { row: 4, column: 'nightAwake', reason: 'required' },
      { row: 5, column: 'nightAwake', reason: 'not_yes_or_no' },
      { row: 6, column: 'name', reason: 'too_long' },
    ]);
  });

  it('needs to know whether night hours are awake, even when the column is left out', () => {
    expect(
      problemsOf([SV.slice(0, 8), ['A', 'Nattpersonal', 'Övrigt', '', '100', '0', '0', '100']]),
    ).toEqual([{ row: 2, column: 'nightAwake', reason: 'required' }]);
    expect(
      parseStaffList([SV.slice(0, 8), ['A', 'Nattpersonal', 'Övrigt', '', '100', '10', '0', '0']])
        .ok,
    ).toBe(true);
  });

  it('refuses a header with a missing, doubled, unknown or unnamed column, naming each', () => {
    expect(
      problemsOf([
        [
          'Namn',
          'Roll',
          'Role',
          'Personnummer',
          'Utbildning',
          'Timmar dag',
          'Timmar kväll',
          'Timmar natt',
          '',
        ],
        ['A', 'Övrig', 'Övrig', '19900101-1234', 'Övrig', '1', '1', '0', 'oj'],
      ]),
    ).toEqual([
      { row: 1, column: 'role', reason: 'duplicate_column' },
      { row: 1, column: 'Personnummer', reason: 'unknown_column' },
      { row: 1, column: null, reason: 'unknown_column' },
      { row: 1, column: 'employmentPercent', reason: 'missing_column' },
    ]);
  });

  it('ignores empty columns at the edge of a spreadsheet', () => {
    expect(
      parseStaffList([
        [...SV, '', ''],
        ['A', 'Övrig', 'Övrig', '', '100', '1', '1', '0', '', '', ''],
      ]).ok,
    ).toBe(true);
  });

  it('refuses an empty file, a list without staff and one that is too long', () => {
    expect(problemsOf([]).map((p) => p.reason)).toEqual([
      'missing_column',
      'missing_column',
      'missing_column',
      'missing_column',
      'missing_column',
      'missing_column',
      'missing_column',
    ]);
    expect(problemsOf([SV, ['', '', '']])).toEqual([{ row: 2, column: null, reason: 'no_rows' }]);
    const row = ['A', 'Övrig', 'Övrig', '', '1', '0', '0', '0', ''];
    const long = [SV, ...Array.from({ length: STAFF_LIST_MAX_ROWS + 1 }, () => row)];
    expect(problemsOf(long)).toEqual([
      { row: STAFF_LIST_MAX_ROWS + 2, column: null, reason: 'too_many_rows' },
    ]);
    expect(parseStaffList(long.slice(0, -1)).ok).toBe(true);
  });
});
