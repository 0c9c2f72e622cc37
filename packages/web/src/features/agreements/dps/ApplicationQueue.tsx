import { useState } from 'react';
import { Button, Select, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import { usePageState } from '../../../lib/paging';
import { DataTable, type DataColumn } from '../../../components/DataTable';
import { ExportLinks } from '../../../components/ExportLinks';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { ApplicationModal } from './ApplicationModal';
import { ApplicationStatusBadge } from './ApplicationStatusBadge';
import { DecisionClock } from './DecisionClock';
import { APPLICATION_SORTS, useQueue, type ApplicationSort } from './api';
import { APPLICATION_STATUSES, type Application, type ApplicationStatus } from './types';

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
  const page = usePageState(
    APPLICATION_SORTS,
    { sort: 'decisionDue', order: 'asc' },
    {
      prefix: 'queue',
    },
  );
  const queue = useQueue(orgId, dpsId, status, page);
  const [notice, setNotice] = useState<string | null>(null);
  const columns: DataColumn<Application, ApplicationSort>[] = [
    {
      key: 'supplier',
      title: t('dps.queue.supplier'),
      sort: 'supplier',
      rowHeader: true,
      render: (a) => (
        <Text size="sm" fw={500}>
          {a.supplier.name}
        </Text>
      ),
    },
    {
      key: 'categories',
      title: t('dps.fields.categories'),
      render: (a) => <Text size="sm">{a.categories.map((c) => c.name).join(', ')}</Text>,
    },
    {
      key: 'received',
      title: t('dps.queue.received'),
      sort: 'received',
      render: (a) => <Text size="sm">{f.dateTime(a.receivedAt)}</Text>,
    },
    {
      key: 'decisionDue',
      title: t('dps.queue.decisionDue'),
      sort: 'decisionDue',
      render: (a) => <DecisionClock application={a} />,
    },
    {
      key: 'status',
      title: t('dps.fields.status'),
      render: (a) => <ApplicationStatusBadge status={a.status} />,
    },
    {
      key: 'open',
      title: t('common.actions'),
      hiddenTitle: true,
      render: (a) => (
        <Button size="xs" variant="light" onClick={() => onOpen(a.id)}>
          {t('dps.queue.open')}
          <VisuallyHidden>
            {' '}
            {t('dps.queue.openContext', { supplier: a.supplier.name })}
          </VisuallyHidden>
        </Button>
      ),
    },
  ];
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
        onChange={(v) => {
          setStatus(!v || v === 'all' ? null : (v as ApplicationStatus));
          page.setPage(1);
        }}
        allowDeselect={false}
      />
      <DataTable
        caption={t('dps.queue.caption')}
        columns={columns}
        list={queue}
        state={page}
        rowKey={(a) => a.id}
        empty={t('dps.queue.empty')}
        toolbar={
          <ExportLinks
            path={`/api/organisations/${orgId}/dps/${dpsId}/applications/export`}
            params={{ ...page.params, status }}
          />
        }
        minWidth={760}
        urgent={(a) => a.status === 'pending' && a.overdue}
      />
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
