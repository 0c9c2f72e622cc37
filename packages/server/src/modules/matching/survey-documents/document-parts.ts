// What the three survey documents print alike, in the reader's language: money from minor units,
// price units, the intensity, the legal basis, the pseudonymised person, and free text with any
// identity number taken out (a referral never holds one; a document does not trust that).
import { findPersonalIdentityNumbers } from '@tildel/domain/identifiers';
import { legalBasis } from '@tildel/domain/matching/legal-basis';
import { formatMoney, money, type Currency } from '@tildel/domain/money';
import { containsPersonalIdentityNumber } from '@tildel/domain/need';
import { longDate } from '../../../platform/formats.ts';
import { hasMessage, t, type Locale } from '../../../platform/i18n.ts';

export function formatMinor(
  amountMinor: string | number,
  currency: string,
  locale: Locale,
): string {
  return formatMoney(money(Number(amountMinor), currency as Currency), locale);
}

/** "timme" / "døgn" / "month": the order area's unit names. */
export function unitName(unit: string, locale: Locale): string {
  const key = `order.unit.${unit}`;
  return hasMessage(key) ? t(locale, key) : unit;
}

export function perUnit(
  amountMinor: string | number,
  currency: string,
  unit: string,
  locale: Locale,
) {
  return t(locale, 'surveyDocs.per_unit', {
    price: formatMinor(amountMinor, currency, locale),
    unit: unitName(unit, locale),
  });
}

/** A message by a key built from data ("surveyDocs.kind.new"), or the data itself when unknown. */
export function named(prefix: string, code: string, locale: Locale): string {
  const key = `${prefix}.${code}`;
  return hasMessage(key) ? t(locale, key) : code;
}

/** The legal basis by its name in the domain, or its code when unknown. */
export function legalBasisName(code: string, locale: Locale): string {
  return legalBasis(code)?.names[locale] ?? code;
}

export function intensityText(
  kind: 'hours_per_week' | 'place',
  hoursPerWeek: string | null,
  place: string | null,
  locale: Locale,
): string {
  if (kind === 'hours_per_week')
    return t(locale, 'surveyDocs.hours_per_week', {
      hours: new Intl.NumberFormat(locale === 'en' ? 'en-GB' : locale, {
        maximumFractionDigits: 2,
      }).format(Number(hoursPerWeek)),
    });
  return place ? t(locale, 'surveyDocs.place_at', { place }) : t(locale, 'surveyDocs.place');
}

export function periodText(from: string, to: string | null, locale: Locale): string {
  return t(locale, 'surveyDocs.period', {
    from: longDate(locale, from),
    to: to ? longDate(locale, to) : t(locale, 'surveyDocs.open_ended'),
  });
}

/** Free text as a document may print it: identity numbers replaced by "[…]". */
export function printable(text: string): string {
  if (!containsPersonalIdentityNumber(text)) return text;
  const plain = text.normalize('NFKC');
  const found = findPersonalIdentityNumbers(plain);
  // Hidden in a way only the thorough check sees: leave the whole text out.
  if (found.length === 0) return '[…]';
  let out = '';
  let at = 0;
  for (const match of found) {
    out += `${plain.slice(at, match.start)}[…]`;
    at = match.end;
  }
  return out + plain.slice(at);
}

/** The pseudonymised person of a referral as stored (jsonb); fields read defensively. */
export interface PrintedPerson {
  age: number | null;
  gender: string | null;
  targetGroups: string[];
  needs: string;
  languages: string[];
}

export function personOf(value: unknown): PrintedPerson {
  const p = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
  return {
    age: typeof p.age === 'number' ? p.age : null,
    gender: typeof p.gender === 'string' ? p.gender : null,
    targetGroups: strings(p.targetGroups),
    needs: typeof p.needs === 'string' ? printable(p.needs) : '',
    languages: strings(p.languages),
  };
}
