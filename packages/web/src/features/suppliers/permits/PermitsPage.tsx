import { useState } from 'react';
import { Group, Select, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { Page } from '../../../components/Page';
import { Loading } from '../../../components/Loading';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { EmptyState } from '../../../components/EmptyState';
import { PERMIT_STATUSES, usePermitList, type PermitStatus } from './api';
import { PermitImport } from './PermitImport';
import { PermitsTable } from './PermitsTable';

/** Procurement and quality officers: import permit files and review every permit. */
export function PermitsPage() {
  const { t } = useTranslation();
  const { activeMembership } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const [status, setStatus] = useState<PermitStatus | null>(null);
  const [checkedBefore, setCheckedBefore] = useState('');
  const [q, setQ] = useState('');
  const permits = usePermitList(orgId, {
    status: status ?? undefined,
    checkedBefore: checkedBefore || undefined,
    q: q.trim() || undefined,
  });

  return (
    <Page title={t('permits.title')} description={t('permits.description')}>
      <PermitImport orgId={orgId} />
      <section aria-labelledby="permits-heading">
        <Title order={2} size="h3" id="permits-heading" mb="sm">
          {t('permits.listHeading')}
        </Title>
        <Group gap="sm" mb="sm" align="flex-end" wrap="wrap">
          <Select
            label={t('permits.filter.status')}
            placeholder={t('permits.filter.anyStatus')}
            data={PERMIT_STATUSES.map((s) => ({ value: s, label: t(`permits.status.${s}`) }))}
            value={status}
            onChange={(v) => setStatus(PERMIT_STATUSES.find((s) => s === v) ?? null)}
            clearable
          />
          <TextInput
            type="date"
            label={t('permits.filter.checkedBefore')}
            value={checkedBefore}
            onChange={(e) => setCheckedBefore(e.currentTarget.value)}
          />
          <TextInput
            label={t('permits.filter.search')}
            value={q}
            maxLength={100}
            onChange={(e) => setQ(e.currentTarget.value)}
          />
        </Group>
        {permits.isPending ? (
          <Loading />
        ) : permits.isError ? (
          <ErrorAlert error={permits.error} onRetry={() => void permits.refetch()} />
        ) : permits.data.items.length === 0 ? (
          <EmptyState title={t('permits.none')} />
        ) : (
          <PermitsTable
            caption={
              permits.data.truncated
                ? t('permits.captionTruncated', { count: permits.data.items.length })
                : t('permits.caption', { count: permits.data.items.length })
            }
            permits={permits.data.items}
            showSupplier
          />
        )}
      </section>
    </Page>
  );
}
