import { useState } from 'react';
import { Anchor, Button, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn } from '../../../components/DataTable';
import { ExportLinks } from '../../../components/ExportLinks';
import { Page } from '../../../components/Page';
import { useFormatters } from '../../../lib/format';
import { usePageState } from '../../../lib/paging';
import { useAuth } from '../../../lib/auth';
import { PERMISSIONS } from '../../../lib/types';
import { AGREEMENT_SORTS, useAgreements, type AgreementSort } from './api';
import { CreateAgreementDialog } from './CreateAgreementDialog';
import { AgreementStatusBadge } from './StatusBadges';
import type { AgreementSummary } from './types';

export function AgreementsPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const navigate = useNavigate();
  const { activeMembership, hasPermission } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const canManage = hasPermission(PERMISSIONS.agreementsManage);
  const page = usePageState(AGREEMENT_SORTS, { sort: 'startsOn', order: 'desc' });
  const agreements = useAgreements(orgId, page);
  const [creating, setCreating] = useState(false);

  const columns: DataColumn<AgreementSummary, AgreementSort>[] = [
    {
      key: 'reference',
      title: t('agreements.reference'),
      sort: 'reference',
      render: (a) => a.reference,
    },
    {
      key: 'title',
      title: t('agreements.agreementTitle'),
      sort: 'title',
      rowHeader: true,
      render: (a) => (
        <>
          <Anchor component={Link} to={`/agreements/${a.id}`}>
            {a.title}
          </Anchor>
          {a.longPeriodReason && (
            <Text size="sm" c="dimmed">
              {t('agreements.longPeriodFlag', { reason: a.longPeriodReason })}
            </Text>
          )}
        </>
      ),
    },
    {
      key: 'status',
      title: t('agreements.statusLabel'),
      render: (a) => <AgreementStatusBadge status={a.status} />,
    },
    {
      key: 'period',
      title: t('agreements.period'),
      sort: 'startsOn',
      render: (a) => (
        <>
          {t('agreements.periodValue', { from: f.date(a.startsOn), to: f.date(a.currentEndsOn) })}
          <Text size="sm" c="dimmed">
            {t('agreements.latestEnd', { date: f.date(a.latestPossibleEnd) })}
          </Text>
        </>
      ),
    },
    { key: 'owner', title: t('agreements.owner'), sort: 'owner', render: (a) => a.ownerName },
  ];

  return (
    <Page
      title={t('agreements.title')}
      description={t('agreements.intro')}
      actions={
        canManage && (
          <Button onClick={() => setCreating(true)}>{t('agreements.create.open')}</Button>
        )
      }
    >
      <DataTable
        caption={t('agreements.listCaption')}
        columns={columns}
        list={agreements}
        state={page}
        rowKey={(a) => a.id}
        empty={t('agreements.empty')}
        toolbar={
          <ExportLinks
            path={`/api/organisations/${orgId}/agreements/export`}
            params={page.params}
          />
        }
        minWidth={800}
      />
      {creating && (
        <CreateAgreementDialog
          orgId={orgId}
          onClose={() => setCreating(false)}
          onCreated={(id) => navigate(`/agreements/${id}`)}
        />
      )}
    </Page>
  );
}
