import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/StatusBadge';

const DAY_MS = 86_400_000;

/** How long a document stays valid, in words: expired, expiring within 30 days, or valid. */
export function ExpiryBadge({ validUntil, today }: { validUntil: string | null; today: string }) {
  const { t } = useTranslation();
  if (!validUntil) return <StatusBadge tone="neutral">{t('documents.expiry.none')}</StatusBadge>;
  const days = Math.round((Date.parse(validUntil) - Date.parse(today)) / DAY_MS);
  if (days < 0) return <StatusBadge tone="negative">{t('documents.expiry.expired')}</StatusBadge>;
  if (days <= 30)
    return <StatusBadge tone="waiting">{t('documents.expiry.soon', { count: days })}</StatusBadge>;
  return <StatusBadge tone="positive">{t('documents.expiry.valid')}</StatusBadge>;
}
