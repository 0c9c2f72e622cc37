import type { TFunction } from 'i18next';
import type { Failure } from './api';

/** A failed constraint in words: "No free place until 2027-01-15", "Not approved by Socialtilsyn". */
export function failureText(t: TFunction, f: Failure, formatDate: (d: string) => string): string {
  const p = f.params;
  switch (f.code) {
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
