// The tender period of a published call-off: its minimum from the procedure and the DPS's terms,
// and the refusals of a deadline that leaves too little, with the earliest allowed one formatted
// in the reader's language and the call-off's time zone.
import {
  checkDeadline,
  minimumTenderPeriod,
  type DeadlineCheck,
  type MinimumTenderPeriod,
} from '@tildel/domain/procedures/tender-period';
import type { Locale } from '../../../platform/i18n.ts';
import { formatInstant } from '../../../platform/notify.ts';
import { fieldProblem, type Problem } from '../../../platform/problem.ts';
import { countryOf } from './invitees.ts';
import type { CalloffTerms } from './repo.ts';

export function minimumOf(terms: CalloffTerms): MinimumTenderPeriod {
  if (terms.procedure === 'ranking') throw new Error('a ranking call-off has no tender period');
  return minimumTenderPeriod(
    terms.procedure,
    terms.dpsId === null
      ? null
      : {
          ownerIsCentralPurchasingBody: terms.ownerIsCentralPurchasingBody ?? false,
          agreedTenderPeriodDays: terms.agreedTenderPeriodDays,
        },
  );
}

/** The problem naming the deadline field when the deadline fails the check, else null. */
function deadlineProblem(
  check: DeadlineCheck,
  locale: Locale,
  terms: CalloffTerms,
): Problem | null {
  if (check.ok) return null;
  if (check.problem === 'not_after_start')
    return fieldProblem('tenderDeadline', 'invitation.deadline_not_future');
  return fieldProblem('tenderDeadline', 'invitation.deadline_too_short', {
    minimumDays: check.params.minimumDays,
    earliest: formatInstant(locale, countryOf(terms), check.params.earliest),
  });
}

/** Refuses a deadline that does not leave the minimum from `from` (publication or change). */
export function requireDeadline(
  from: Date,
  deadline: Date,
  terms: CalloffTerms,
  locale: Locale,
): void {
  const problem = deadlineProblem(
    checkDeadline(from, deadline, minimumOf(terms), countryOf(terms)),
    locale,
    terms,
  );
  if (problem) throw problem;
}
