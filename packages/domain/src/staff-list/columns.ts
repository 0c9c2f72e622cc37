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

/** The heading in each language (for templates and messages), then other accepted spellings. */
export const STAFF_LIST_HEADINGS: Readonly<
  Record<StaffListColumn, Readonly<Record<HeadingLanguage, string>> & { also?: readonly string[] }>
> = {
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

const COLUMN_BY_HEADING = new Map<string, StaffListColumn>(
  STAFF_LIST_COLUMNS.flatMap((column) => {
    const h = STAFF_LIST_HEADINGS[column];
    return [column, h.sv, h.da, h.en, ...(h.also ?? [])].map(
      (text) => [headingKey(text), column] as const,
    );
  }),
);

/** The column a heading names, if any. */
export function columnOfHeading(heading: string): StaffListColumn | undefined {
  return COLUMN_BY_HEADING.get(headingKey(heading));
}
