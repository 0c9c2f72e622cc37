// The 3+3-week rule (Danish specifics in DOMAIN.md; issue 12): an offer not approved by
// Socialtilsyn may be used for at most 3 weeks, only for an acute need, with the recorded reason
// that no approved offer fits; 3 more weeks only with Socialtilsyn's consent recorded.
// Socialtilsyn is told, reminders go out before the end, and from 2025 such placements are
// flagged in the municipality's data reporting. Sweden has no such exception.
import { addWorkingDays } from '../calendar.ts';
import type { Country } from '../country.ts';
import { addCalendarDays, type PlainDate } from '../plain-date.ts';

/** The first period, and the most the consent can add to it. */
export const NOT_APPROVED_WEEKS = 3;
export const NOT_APPROVED_EXTENSION_WEEKS = 3;
/** Reminders go this many working days (Danish holidays) before the last day. */
export const NOT_APPROVED_REMINDER_WORKING_DAYS: readonly number[] = [5, 1];

export interface NotApprovedRequest {
  /** The first day of the placement or intervention. */
  start: PlainDate;
  /** The referral is acute ('today'). */
  acute: boolean;
  /** The reason that no approved offer fits is recorded. */
  reasonGiven: boolean;
  /** Socialtilsyn's consent to 3 more weeks is recorded. */
  consent: boolean;
  /** The country of the municipality: the rule is Danish. */
  country: Country;
}

export type NotApprovedRefusal = 'not_danish' | 'not_acute' | 'reason_missing';

export type NotApprovedUse =
  | { allowed: false; refusal: NotApprovedRefusal }
  | {
      allowed: true;
      /** The last day the offer may be used: start + 3 weeks − 1 day, or + 6 weeks with consent. */
      lastDay: PlainDate;
      extended: boolean;
      /** When to remind the matching team (and, without consent, to ask for it), ascending. */
      reminders: PlainDate[];
      /** Socialtilsyn must be told of the use. */
      notifySupervisor: true;
      /** The order carries the flag the 2025 reporting requires. */
      reportingFlag: true;
    };

/**
 * Whether an offer not approved by Socialtilsyn may be used, until when, and when to remind.
 * The weeks count calendar days (21 or 42, the start day being day 1); the reminders count Danish
 * working days back from the last day, so that Easter or Christmas never eats the warning. A
 * reminder that would fall before the start falls on the start.
 */
export function notApprovedUse(request: NotApprovedRequest): NotApprovedUse {
  if (request.country !== 'DK') return { allowed: false, refusal: 'not_danish' };
  if (!request.acute) return { allowed: false, refusal: 'not_acute' };
  if (!request.reasonGiven) return { allowed: false, refusal: 'reason_missing' };
  const weeks = NOT_APPROVED_WEEKS + (request.consent ? NOT_APPROVED_EXTENSION_WEEKS : 0);
  const lastDay = addCalendarDays(request.start, weeks * 7 - 1);
  const reminders = NOT_APPROVED_REMINDER_WORKING_DAYS.map((days) => {
    const day = addWorkingDays(lastDay, -days, 'DK');
    return day < request.start ? request.start : day;
  });
  return {
    allowed: true,
    lastDay,
    extended: request.consent,
    reminders: [...new Set(reminders)].sort(),
    notifySupervisor: true,
    reportingFlag: true,
  };
}
