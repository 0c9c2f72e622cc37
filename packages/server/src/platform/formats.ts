// Dates in documents for people, in the reader's language. A calendar date ('YYYY-MM-DD') is
// printed as it is, since no time zone may move it; an instant in the time zone of the country
// whose clock it was read on, and named, so a reader elsewhere knows which clock.
import { timeZoneOf, type Country } from '@tildel/domain/calendar';
import type { Locale } from './i18n.ts';

export const LANGUAGE_TAGS: Record<Locale, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };

/** "21 december 2026" / "21. december 2026" / "21 December 2026". */
export function longDate(locale: Locale, date: string): string {
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** To the second, with the zone: "4 januari 2027 kl. 14:05:09 CET", as a receipt tells a time. */
export function instantWithZone(locale: Locale, country: Country, instant: Date): string {
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], {
    dateStyle: 'long',
    timeStyle: 'long',
    timeZone: timeZoneOf(country),
  }).format(instant);
}
