import { useState } from 'react';
import { Button, Select, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { EmptyState } from '../../../components/EmptyState';
import { Loading } from '../../../components/Loading';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { ApplicationModal } from './ApplicationModal';
import { ApplicationStatusBadge } from './ApplicationStatusBadge';
import { DecisionClock } from './DecisionClock';
import { useQueue } from './api';
import { APPLICATION_STATUSES, type ApplicationStatus } from './types';

/**
 * The procurement officer's queue: applications by status with their decision clocks. The open
 * application is the page's (its address is /dps/:dpsId/applications/:applicationId).
 */
export function ApplicationQueue({
  orgId,
  dpsId,
  openId,
  onOpen,
  onClose,
}: {
  orgId: string;
  dpsId: string;
  openId: string | null;
  onOpen: (applicationId: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const [status, setStatus] = useState<ApplicationStatus | null>('pending');
  const queue = useQueue(orgId, dpsId, status, true);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Stack gap="md">
      {notice && <SuccessNotice message={notice} onClose={() => setNotice(null)} />}
      <Select
        label={t('dps.queue.filter')}
        maw={280}
        data={[
          { value: 'all', label: t('dps.queue.all') },
          ...APPLICATION_STATUSES.map((s) => ({ value: s, label: t(`dps.status.${s}`) })),
        ]}
        value={status ?? 'all'}
        onChange={(v) => setStatus(!v || v === 'all' ? null : (v as ApplicationStatus))}
        allowDeselect={false}
      />
      {queue.isPending ? (
        <Loading />
      ) : queue.isError ? (
        <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />
      ) : queue.data.items.length === 0 ? (
        <EmptyState title={t('dps.queue.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table>
            <Table.Caption>
              <VisuallyHidden>{t('dps.queue.caption')}</VisuallyHidden>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('dps.queue.supplier')}</Table.Th>
                <Table.Th scope="col">{t('dps.fields.categories')}</Table.Th>
                <Table.Th scope="col">{t('dps.queue.received')}</Table.Th>
                <Table.Th scope="col">{t('dps.queue.decisionDue')}</Table.Th>
                <Table.Th scope="col">{t('dps.fields.status')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {queue.data.items.map((a) => (
                <Table.Tr key={a.id} bg={a.overdue ? 'red.0' : undefined}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {a.supplier.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{a.categories.map((c) => c.name).join(', ')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{f.dateTime(a.receivedAt)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <DecisionClock application={a} />
                  </Table.Td>
                  <Table.Td>
                    <ApplicationStatusBadge status={a.status} />
                  </Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="light" onClick={() => onOpen(a.id)}>
                      {t('dps.queue.open')}
                      <VisuallyHidden>
                        {' '}
                        {t('dps.queue.openContext', { supplier: a.supplier.name })}
                      </VisuallyHidden>
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {openId && (
        <ApplicationModal
          orgId={orgId}
          dpsId={dpsId}
          applicationId={openId}
          onClose={onClose}
          onDone={(message) => {
            onClose();
            setNotice(message);
          }}
        />
      )}
    </Stack>
  );
}
