import type { TFunction } from 'i18next';
import type { Failure } from './api';

/** How a failure's codes and dates read in the reader's language. */
export interface FailureWords {
  date: (d: string) => string;
  /** A legal basis by its name ("Serviceloven § 107"), never its code. */
  legalBasis: (code: string) => string;
  /** A language by its name ("arabisk"), never its ISO code. */
  language: (code: string) => string;
}

/** A failed constraint in words: "No free place until 2027-01-15", "Not approved by Socialtilsyn". */
export function failureText(t: TFunction, f: Failure, words: FailureWords): string {
  const p = f.params;
  const formatDate = words.date;
  switch (f.code) {
    case 'legal_basis':
      return t('proposals.failures.legal_basis', { wanted: words.legalBasis(String(p.wanted)) });
    case 'languages':
      return t('proposals.failures.languages', { language: words.language(String(p.language)) });
    case 'capacity':
      return typeof p.until === 'string'
        ? t('proposals.failures.capacityUntil', { until: formatDate(p.until) })
        : t('proposals.failures.capacity');
    case 'approval':
      return p.status === 'pending'
        ? t('proposals.failures.approvalPending', { authority: p.authority })
        : t('proposals.failures.approval', { authority: p.authority });
    case 'not_blocked':
      return t(`proposals.failures.not_blocked.${String(p.reason)}`, {
        defaultValue: t('proposals.constraints.not_blocked'),
      });
    case 'tariff':
      return t('proposals.failures.tariff', {
        currency: p.currency,
        startOn: typeof p.startOn === 'string' ? formatDate(p.startOn) : '',
      });
    default:
      return t(`proposals.failures.${f.code}`, { ...p });
  }
}
