// A staff list that cannot be read, in words: every problem with its row, its column under the
// heading the reader's language gives it, and the reason, so the supplier can correct the file.
import {
  STAFF_LIST_HEADINGS,
  type StaffListColumn,
  type StaffListProblem,
} from '@tildel/domain/staff-list/index';
import { t, type Locale, type MessageKey } from '../../../platform/i18n.ts';

export interface DescribedProblem {
  row: number;
  /** The column's key, the heading as typed for an unknown one, or null. */
  column: string | null;
  /** The column's heading in the reader's language (as typed when unknown). */
  heading: string | null;
  reason: StaffListProblem['reason'];
  message: string;
}

function headingOf(locale: Locale, column: string | null): string | null {
  if (column === null) return null;
  return column in STAFF_LIST_HEADINGS
    ? STAFF_LIST_HEADINGS[column as StaffListColumn][locale]
    : column;
}

/**
 * Each problem in words. `rowOffset` moves the row numbers: a form has no heading row, so its
 * first row is row 1 where the same row in a file is row 2.
 */
export function describeProblems(
  locale: Locale,
  problems: readonly StaffListProblem[],
  rowOffset = 0,
): DescribedProblem[] {
  return problems.map((p) => {
    const row = Math.max(1, p.row + rowOffset);
    const heading = headingOf(locale, p.column);
    const reason = t(locale, `staff_list.reason.${p.reason}` as MessageKey);
    return {
      row,
      column: p.column,
      heading,
      reason: p.reason,
      message:
        heading === null
          ? t(locale, 'staff_list.problem.row', { row, reason })
          : t(locale, 'staff_list.problem.cell', { row, column: heading, reason }),
    };
  });
}
