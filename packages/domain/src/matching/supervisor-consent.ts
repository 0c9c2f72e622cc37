// The not-approved rule's follow-through (issue 12), on top of notApprovedUse (not-approved.ts):
// Socialtilsyn's consent to 3 more weeks is recorded once, dated no later than the last day of
// use and not in the future; and of the rule's reminder dates, the one due today is sent once,
// also when the job did not run on the day itself.
import { dayNumber, type PlainDate } from '../plain-date.ts';
import { notApprovedUse } from './not-approved.ts';

export type ConsentRefusal = 'already_consented' | 'after_end' | 'in_future';

/** Whether consent given on `consentOn` may be recorded for a use ending on `lastDay`. */
export function consentRefusal(
  lastDay: PlainDate,
  consentOn: PlainDate,
  today: PlainDate,
  alreadyConsented: boolean,
): ConsentRefusal | null {
  if (alreadyConsented) return 'already_consented';
  if (dayNumber(consentOn) > dayNumber(today)) return 'in_future';
  if (dayNumber(consentOn) > dayNumber(lastDay)) return 'after_end';
  return null;
}

/** An acute Danish use with its reason recorded, as every order under the rule is. */
function use(start: PlainDate, consent: boolean) {
  const result = notApprovedUse({ start, acute: true, reasonGiven: true, consent, country: 'DK' });
  if (!result.allowed) throw new Error(`not-approved use refused: ${result.refusal}`);
  return result;
}

/** The last day of use once consent is recorded: the rule's six weeks from the start. */
export function lastDayWithConsent(start: PlainDate): PlainDate {
  return use(start, true).lastDay;
}

/**
 * The reminder due today for a use that started on `start` and ends on `lastDay`, if any: the
 * latest of the rule's reminder dates on or before today that is later than the last reminder
 * sent. None after the last day.
 */
export function reminderDue(
  start: PlainDate,
  lastDay: PlainDate,
  consent: boolean,
  today: PlainDate,
  lastReminded: PlainDate | null,
): PlainDate | null {
  if (dayNumber(today) > dayNumber(lastDay)) return null;
  const { reminders } = use(start, consent);
  const latest = reminders.filter((d) => dayNumber(d) <= dayNumber(today)).at(-1);
  if (latest === undefined) return null;
  return lastReminded !== null && dayNumber(lastReminded) >= dayNumber(latest) ? null : latest;
}
