import { useState } from 'react';
import { Button } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ExportLinks } from '../../../components/ExportLinks';
import { Page } from '../../../components/Page';
import { useAuth } from '../../../lib/auth';
import { usePageState } from '../../../lib/paging';
import { PERMISSIONS } from '../../../lib/types';
import { CORRECTION_SORTS, useCorrections } from './api';
import { CorrectionsTable } from './CorrectionsTable';
import { CreateCorrectionDialog } from './CreateCorrectionDialog';

/** The body's requests for correction, overdue ones marked, and a new one. */
export function CorrectionsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { activeMembership, hasPermission } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const page = usePageState(CORRECTION_SORTS, { sort: 'deadline', order: 'asc' });
  const list = useCorrections(orgId, 'officer', page);
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
      <CorrectionsTable
        list={list}
        state={page}
        basePath="/followup/corrections"
        counterpart="supplier"
        empty={t('corrections.list.empty')}
        toolbar={
          <ExportLinks
            path={`/api/organisations/${orgId}/corrections/export`}
            params={page.params}
          />
        }
      />
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
