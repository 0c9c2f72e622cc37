// The standstill period (avtalsspärr, LOU 20 kap. 1 §; standstill, udbudsloven § 4 i
// klagenævnsloven): after an award decision sent electronically, no order for 10 days. Counted as
// the tender period is (tender-period.ts, Regulation 1182/71): day 1 is the day after the
// decision, the period ends at the end of its last day in the country's time zone, and a last day
// on a weekend or holiday moves to the next working day.
import type { Country } from '../country.ts';
import { earliestDeadline } from './tender-period.ts';

export const STANDSTILL_DAYS = 10;

/** The instant the standstill of a decision made at `decidedAt` ends. */
export function standstillEnd(decidedAt: Date, country: Country): Date {
  return earliestDeadline(decidedAt, STANDSTILL_DAYS, country).at;
}
