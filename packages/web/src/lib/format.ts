import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import { INTL_LOCALE } from '../i18n';
import { isLocale, type Country, type Locale } from './types';
import { useAuth } from './auth';

export const TIME_ZONE: Record<Country, string> = {
  SE: 'Europe/Stockholm',
  DK: 'Europe/Copenhagen',
};

export interface Formatters {
  locale: Locale;
  timeZone: string;
  /** Date and time, e.g. "3 mars 2026 14:05". */
  dateTime: (iso: string | null | undefined) => string;
  /** Date with seconds, for audit records. */
  dateTimeSeconds: (iso: string | null | undefined) => string;
  date: (iso: string | null | undefined) => string;
  /** A day in figures as the language writes it: 2026-11-14 (sv), 14.11.2026 (da), 14/11/2026 (en). */
  day: (iso: string | null | undefined) => string;
  number: (n: number) => string;
  /** Short name of the time zone, e.g. "CET". */
  timeZoneName: string;
}

export function makeFormatters(locale: Locale, timeZone: string): Formatters {
  const tag = INTL_LOCALE[locale];
  const dt = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const dts = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'medium', timeZone });
  const d = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone });
  const day = new Intl.DateTimeFormat(tag, { dateStyle: 'short', timeZone });
  const nf = new Intl.NumberFormat(tag);
  const wrap = (f: Intl.DateTimeFormat) => (iso: string | null | undefined) => {
    if (!iso) return '';
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : f.format(date);
  };
  const zoneName =
    new Intl.DateTimeFormat(tag, { timeZone, timeZoneName: 'short' })
      .formatToParts(new Date())
      .find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  return {
    locale,
    timeZone,
    dateTime: wrap(dt),
    dateTimeSeconds: wrap(dts),
    date: wrap(d),
    day: wrap(day),
    number: (n) => nf.format(n),
    timeZoneName: zoneName,
  };
}

/** Formatters in the UI language and the active organisation's time zone. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const { activeMembership } = useAuth();
  const lng = i18n.resolvedLanguage ?? i18n.language;
  const locale: Locale = isLocale(lng) ? lng : 'en';
  const country = activeMembership?.organisation.country;
  const timeZone = TIME_ZONE[country ?? (locale === 'da' ? 'DK' : 'SE')];
  return useMemo(() => makeFormatters(locale, timeZone), [locale, timeZone]);
}
