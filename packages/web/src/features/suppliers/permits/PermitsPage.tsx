import { useState } from 'react';
import { Group, Select, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { usePageState } from '../../../lib/paging';
import { ExportLinks } from '../../../components/ExportLinks';
import { Page } from '../../../components/Page';
import { PERMIT_SORTS, PERMIT_STATUSES, usePermitList, type PermitStatus } from './api';
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
  const page = usePageState(PERMIT_SORTS, { sort: 'lastChecked', order: 'asc' });
  const filter = {
    status: status ?? undefined,
    checkedBefore: checkedBefore || undefined,
    q: q.trim() || undefined,
  };
  const permits = usePermitList(orgId, filter, page);

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
            onChange={(v) => {
              setStatus(PERMIT_STATUSES.find((s) => s === v) ?? null);
              page.setPage(1);
            }}
            clearable
          />
          <TextInput
            type="date"
            label={t('permits.filter.checkedBefore')}
            value={checkedBefore}
            onChange={(e) => {
              setCheckedBefore(e.currentTarget.value);
              page.setPage(1);
            }}
          />
          <TextInput
            label={t('permits.filter.search')}
            value={q}
            maxLength={100}
            onChange={(e) => {
              setQ(e.currentTarget.value);
              page.setPage(1);
            }}
          />
        </Group>
        <PermitsTable
          caption={t('permits.caption')}
          list={permits}
          state={page}
          showSupplier
          toolbar={
            <ExportLinks
              path={`/api/organisations/${orgId}/permits/export`}
              params={{ ...filter, ...page.params }}
            />
          }
        />
      </section>
    </Page>
  );
}
