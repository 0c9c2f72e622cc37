import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from './StatusBadge';
import { useAuth } from '../lib/auth';
import { useFormatters } from '../lib/format';
import { PERMISSIONS } from '../lib/types';
import { useSupplierSignals } from '../lib/logbook';
import { NoteText } from './NoteText';

/**
 * Beside a supplier in a list (catalogue results, call-off screens): its open requests for
 * correction and latest logbook notes. Pass the whole list's supplier ids as `batch` so that
 * every row shares one request; without it the row asks for its supplier alone.
 */
export function SupplierSignals(props: {
  orgId: string;
  supplierId: string;
  batch?: readonly string[];
}) {
  const { orgId, supplierId, batch } = props;
  const { t } = useTranslation();
  const f = useFormatters();
  const { hasPermission } = useAuth();
  const signals = useSupplierSignals(
    orgId,
    batch ?? [supplierId],
    hasPermission(PERMISSIONS.logbookRead),
  );
  const signal = signals.data?.items.find((s) => s.supplierId === supplierId);
  if (!signal || (signal.openCorrections === 0 && signal.notes.length === 0)) return null;
  return (
    <Stack gap={4} align="flex-start">
      {signal.openCorrections > 0 && (
        <StatusBadge tone="negative">
          {t('supplierSignals.openCorrections', { count: signal.openCorrections })}
        </StatusBadge>
      )}
      {signal.notes.map((note) => (
        <div key={note.id}>
          <Text size="xs" c="dimmed">
            {t('supplierSignals.noteOf', { date: f.date(note.createdAt) })}
          </Text>
          <NoteText orgId={orgId} note={note} lineClamp={2} />
        </div>
      ))}
    </Stack>
  );
}
