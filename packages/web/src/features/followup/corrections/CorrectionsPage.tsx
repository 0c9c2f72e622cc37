import { useState } from 'react';
import { Button } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { useAuth } from '../../../lib/auth';
import { PERMISSIONS } from '../../../lib/types';
import { useCorrections } from './api';
import { CorrectionsTable } from './CorrectionsTable';
import { CreateCorrectionDialog } from './CreateCorrectionDialog';

/** The body's requests for correction, overdue ones marked, and a new one. */
export function CorrectionsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { activeMembership, hasPermission } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const list = useCorrections(orgId, 'officer');
  const [creating, setCreating] = useState(false);
  return (
    <Page
      title={t('corrections.list.title')}
      description={t('corrections.list.description')}
      actions={
        hasPermission(PERMISSIONS.followupManage) && (
          <Button onClick={() => setCreating(true)}>{t('corrections.create.open')}</Button>
        )
      }
    >
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={t('corrections.list.empty')} />
      ) : (
        <CorrectionsTable
          items={list.data.items}
          basePath="/followup/corrections"
          counterpart="supplier"
        />
      )}
      {creating && (
        <CreateCorrectionDialog
          orgId={orgId}
          onClose={() => setCreating(false)}
          onCreated={(request) => void navigate(`/followup/corrections/${request.id}`)}
        />
      )}
    </Page>
  );
}
