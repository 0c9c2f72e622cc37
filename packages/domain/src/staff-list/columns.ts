// The columns of a staff list and the headings a file may give them. A heading is matched
// without case, '%', or text in parentheses, so "Tjänstgöringsgrad (%)" is "tjänstgöringsgrad".
import { wordKey } from './vocabulary.ts';

export const STAFF_LIST_COLUMNS = [
  'name',
  'role',
  'education',
  'yearsInRole',
  'employmentPercent',
  'dayHours',
  'eveningHours',
  'nightHours',
  'nightAwake',
] as const;
export type StaffListColumn = (typeof STAFF_LIST_COLUMNS)[number];

/** Years are needed only for the manager and night hours may be zero, so these may be left out. */
export const OPTIONAL_STAFF_LIST_COLUMNS: readonly StaffListColumn[] = [
  'yearsInRole',
  'nightAwake',
];

export type HeadingLanguage = 'sv' | 'da' | 'en';

type Headings<C extends string> = Readonly<
  Record<C, Readonly<Record<HeadingLanguage, string>> & { also?: readonly string[] }>
>;

/** The heading in each language (for templates and messages), then other accepted spellings. */
export const STAFF_LIST_HEADINGS: Headings<StaffListColumn> = {
  name: { sv: 'Namn', da: 'Navn', en: 'Name' },
  role: { sv: 'Roll', da: 'Rolle', en: 'Role', also: ['Befattning', 'Funktion', 'Stilling'] },
  education: { sv: 'Utbildning', da: 'Uddannelse', en: 'Education' },
  yearsInRole: {
    sv: 'År i rollen',
    da: 'År i rollen',
    en: 'Years in role',
    also: ['Erfarenhet', 'Erfaring', 'Experience', 'Years of experience'],
  },
  employmentPercent: {
    sv: 'Tjänstgöringsgrad %',
    da: 'Beskæftigelsesgrad %',
    en: 'Employment %',
    also: ['Sysselsättningsgrad', 'Tjenestegrad'],
  },
  dayHours: { sv: 'Timmar dag', da: 'Timer dag', en: 'Hours day', also: ['Day hours'] },
  eveningHours: {
    sv: 'Timmar kväll',
    da: 'Timer aften',
    en: 'Hours evening',
    also: ['Evening hours'],
  },
  nightHours: { sv: 'Timmar natt', da: 'Timer nat', en: 'Hours night', also: ['Night hours'] },
  nightAwake: { sv: 'Vaken natt', da: 'Vågen nat', en: 'Awake night' },
};

function headingKey(text: string): string {
  return wordKey(text.replace(/\([^)]*\)|%/g, ' '));
}

/** Reads a heading to its column: the key itself, the heading in any language, or another spelling. */
function headingReader<C extends string>(columns: readonly C[], headings: Headings<C>) {
  const byKey = new Map<string, C>(
    columns.flatMap((column) => {
      const h = headings[column];
      return [column, h.sv, h.da, h.en, ...(h.also ?? [])].map(
        (text) => [headingKey(text), column] as const,
      );
    }),
  );
  return (heading: string): C | undefined => byKey.get(headingKey(heading));
}

/** The column a heading names, if any. */
export const columnOfHeading = headingReader(STAFF_LIST_COLUMNS, STAFF_LIST_HEADINGS);

// ---- the per-shift section: one row per date and shift with the awake staff's hours --------------

export const SHIFT_ROW_COLUMNS = ['date', 'shift', 'awakeHours'] as const;
export type ShiftRowColumn = (typeof SHIFT_ROW_COLUMNS)[number];

export const SHIFT_ROW_HEADINGS: Headings<ShiftRowColumn> = {
  date: { sv: 'Datum', da: 'Dato', en: 'Date' },
  shift: { sv: 'Pass', da: 'Vagt', en: 'Shift', also: ['Arbetspass', 'Skift'] },
  awakeHours: {
    sv: 'Timmar vaken personal',
    da: 'Timer vågen personale',
    en: 'Awake staff hours',
    also: ['Vaken personal', 'Vågen personale', 'Awake hours'],
  },
};

/** The name of the template's worksheet (and the section in messages) in each language. */
export const SHIFT_SECTION_TITLE: Readonly<Record<HeadingLanguage, string>> = {
  sv: 'Vaken personal per pass',
  da: 'Vågen personale per vagt',
  en: 'Awake staff per shift',
};

/** The per-shift column a heading names, if any. */
export const shiftColumnOfHeading = headingReader(SHIFT_ROW_COLUMNS, SHIFT_ROW_HEADINGS);
