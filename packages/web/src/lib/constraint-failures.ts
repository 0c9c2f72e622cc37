// A failed matching constraint in the reader's words: "No free place until 15 January 2027",
// "Not approved by Socialtilsyn". Shared by the matching area's exclusions and the call-off
// cascade's must-requirement skips, which store the codes and parameters, never the words.
import { legalBasisName } from '@tildel/domain/matching/legal-basis';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useFormatters } from './format';
import { useLanguageName } from './language-name';
import { isLocale } from './types';

/** A constraint code (or 'no_offer') with its parameters, as the API gives it. */
export interface ConstraintFailure {
  code: string;
  params: Record<string, string | number>;
}

/** How a failure's codes and dates read in the reader's language. */
export interface FailureWords {
  date: (d: string) => string;
  /** A legal basis by its name ("Serviceloven § 107"), never its code. */
  legalBasis: (code: string) => string;
  /** A language by its name ("arabisk"), never its ISO code. */
  language: (code: string) => string;
}

/** A failed constraint in words. */
export function failureText(t: TFunction, f: ConstraintFailure, words: FailureWords): string {
  const p = f.params;
  const formatDate = words.date;
  switch (f.code) {
    case 'legal_basis':
      return t('constraintFailures.legal_basis', { wanted: words.legalBasis(String(p.wanted)) });
    case 'languages':
      return t('constraintFailures.languages', { language: words.language(String(p.language)) });
    case 'capacity':
      return typeof p.until === 'string'
        ? t('constraintFailures.capacityUntil', { until: formatDate(p.until) })
        : t('constraintFailures.capacity');
    case 'approval':
      return p.status === 'pending'
        ? t('constraintFailures.approvalPending', { authority: p.authority })
        : t('constraintFailures.approval', { authority: p.authority });
    case 'not_blocked':
      return t(`constraintFailures.not_blocked.${String(p.reason)}`, {
        defaultValue: t('constraintFailures.not_blocked.closed'),
      });
    case 'tariff':
      return t('constraintFailures.tariff', {
        currency: p.currency,
        startOn: typeof p.startOn === 'string' ? formatDate(p.startOn) : '',
      });
    default:
      return t(`constraintFailures.${f.code}`, { ...p, defaultValue: f.code });
  }
}

/** The failures in the reader's words, joined: "For ages 18–25; the person is 15; No free place". */
export function useFailuresText(): (failures: readonly ConstraintFailure[]) => string {
  const { t, i18n } = useTranslation();
  const languageName = useLanguageName();
  const f = useFormatters();
  const words: FailureWords = {
    date: (d: string) => f.date(`${d}T12:00:00Z`),
    legalBasis: (code) => legalBasisName(code, isLocale(i18n.language) ? i18n.language : 'en'),
    language: languageName,
  };
  return (failures) => failures.map((x) => failureText(t, x, words)).join('; ');
}
