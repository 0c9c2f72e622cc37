import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/StatusBadge';

const DAY_MS = 86_400_000;

/** Whole days since an instant (today is 0). */
export function daysSince(iso: string, now = Date.now()): number {
  return Math.max(0, Math.floor((now - new Date(iso).getTime()) / DAY_MS));
}

/** "Confirmed 12 days ago by Anna", and a stale mark when it is older than the limit. */
export function FreshnessText({
  confirmedAt,
  confirmedBy,
  stale,
}: {
  confirmedAt: string | null;
  confirmedBy: { name: string } | null;
  stale: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm">
        {confirmedAt
          ? t('offers.freshness.confirmed', {
              count: daysSince(confirmedAt),
              name: confirmedBy?.name ?? '—',
            })
          : t('offers.freshness.never')}
      </Text>
      {stale && <StatusBadge tone="negative">{t('offers.freshness.stale')}</StatusBadge>}
    </>
  );
}
