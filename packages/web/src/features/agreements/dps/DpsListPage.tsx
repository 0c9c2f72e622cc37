import { useState } from 'react';
import { Anchor, Button } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { usePageState } from '../../../lib/paging';
import { PERMISSIONS } from '../../../lib/types';
import { DataTable, type DataColumn } from '../../../components/DataTable';
import { ExportLinks } from '../../../components/ExportLinks';
import { Page } from '../../../components/Page';
import { StatusBadge } from '../../../components/StatusBadge';
import { CreateDpsModal } from './CreateDpsModal';
import { SYSTEM_SORTS, useDpsList, type SystemSort } from './api';
import type { DpsSummary } from './types';

/** The dynamic purchasing systems the organisation owns, or participates in (read-only). */
export function DpsListPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const navigate = useNavigate();
  const { activeMembership, hasPermission } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const canManage = hasPermission(PERMISSIONS.dpsManage);
  const page = usePageState(SYSTEM_SORTS, { sort: 'created', order: 'desc' });
  const list = useDpsList(orgId, page);
  const [creating, setCreating] = useState(false);

  const columns: DataColumn<DpsSummary, SystemSort>[] = [
    {
      key: 'title',
      title: t('dps.fields.title'),
      sort: 'title',
      rowHeader: true,
      render: (d) => (
        <Anchor component={Link} to={`/dps/${d.id}`}>
          {d.title}
        </Anchor>
      ),
    },
    {
      key: 'reference',
      title: t('dps.fields.reference'),
      sort: 'reference',
      render: (d) => d.reference,
    },
    {
      key: 'owner',
      title: t('dps.fields.owner'),
      render: (d) => `${d.owner.name}${d.isOwner ? '' : ` (${t('dps.list.participating')})`}`,
    },
    {
      key: 'validity',
      title: t('dps.fields.validity'),
      sort: 'validTo',
      render: (d) => `${f.date(d.validFrom)} – ${f.date(d.validTo)}`,
    },
    {
      key: 'status',
      title: t('dps.fields.status'),
      render: (d) => (
        <StatusBadge tone={d.status === 'open' ? 'positive' : 'neutral'}>
          {t(`dps.systemStatus.${d.status}`)}
        </StatusBadge>
      ),
    },
  ];

  return (
    <Page
      title={t('dps.list.title')}
      description={t('dps.list.description')}
      actions={
        canManage && <Button onClick={() => setCreating(true)}>{t('dps.create.open')}</Button>
      }
    >
      <DataTable
        caption={t('dps.list.caption')}
        columns={columns}
        list={list}
        state={page}
        rowKey={(d) => d.id}
        empty={t('dps.list.empty')}
        toolbar={
          <ExportLinks path={`/api/organisations/${orgId}/dps/export`} params={page.params} />
        }
        minWidth={720}
      />
      {creating && (
        <CreateDpsModal
          orgId={orgId}
          defaultCountry={activeMembership!.organisation.country}
          onClose={() => setCreating(false)}
          onCreated={(id) => navigate(`/dps/${id}`)}
        />
      )}
    </Page>
  );
}
