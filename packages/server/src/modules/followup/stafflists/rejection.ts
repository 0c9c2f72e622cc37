// A staff list that cannot be read, in words: every problem with its row, its column under the
// heading the reader's language gives it, and the reason, so the supplier can correct the file.
// A problem of the per-shift section also names the section (or its worksheet).
import {
  SHIFT_ROW_HEADINGS,
  SHIFT_SECTION_TITLE,
  STAFF_LIST_HEADINGS,
  type StaffListProblem,
} from '@tildel/domain/staff-list/index';
import { t, type Locale, type MessageKey } from '../../../platform/i18n.ts';

/** The staff rows, or the per-shift rows (date, shift, awake staff hours). */
export type Section = 'staff' | 'shifts';

export interface DescribedProblem {
  section: Section;
  row: number;
  /** The column's key, the heading as typed for an unknown one, or null. */
  column: string | null;
  /** The column's heading in the reader's language (as typed when unknown). */
  heading: string | null;
  reason: StaffListProblem['reason'];
  message: string;
}

function headingOf(locale: Locale, section: Section, column: string | null): string | null {
  if (column === null) return null;
  const headings: Record<string, Record<Locale, string>> = section === 'staff'
    ? STAFF_LIST_HEADINGS
    : SHIFT_ROW_HEADINGS;
  return Object.hasOwn(headings, column) ? headings[column]![locale] : column;
}

/**
 * Each problem in words. `rowOffset` moves the row numbers: a form has no heading row, so its
 * first row is row 1 where the same row in a file is row 2. `sheet` names the worksheet the
 * per-shift section is on, when it has one of its own.
 */
export function describeProblems(
  locale: Locale,
  problems: readonly StaffListProblem[],
  rowOffset = 0,
  section: Section = 'staff',
  sheet: string | null = null,
): DescribedProblem[] {
  return problems.map((p) => {
    const row = Math.max(1, p.row + rowOffset);
    const heading = headingOf(locale, section, p.column);
    const reason = t(locale, `staff_list.reason.${p.reason}` as MessageKey);
    const problem =
      heading === null
        ? t(locale, 'staff_list.problem.row', { row, reason })
        : t(locale, 'staff_list.problem.cell', { row, column: heading, reason });
    return {
      section,
      row,
      column: p.column,
      heading,
      reason: p.reason,
      message:
        section === 'staff'
          ? problem
          : t(locale, 'staff_list.problem.in_section', {
              section: sheet ?? SHIFT_SECTION_TITLE[locale],
              problem,
            }),
    };
  });
}
