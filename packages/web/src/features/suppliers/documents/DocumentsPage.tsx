import { useState } from 'react';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { PERMISSIONS } from '../../../lib/types';
import { Page } from '../../../components/Page';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { DocumentsList } from './DocumentsList';
import { UploadDialog } from './UploadDialog';

/** A supplier's own compliance documents, with upload. */
export function DocumentsPage() {
  const { t } = useTranslation();
  const { activeMembership, hasPermission } = useAuth();
  const org = activeMembership!.organisation;
  const canUpload = hasPermission(PERMISSIONS.supplierProfileManage);
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Page
      title={t('documents.title')}
      description={t('documents.description')}
      actions={
        canUpload && <Button onClick={() => setOpen(true)}>{t('documents.upload.open')}</Button>
      }
    >
      {notice && <SuccessNotice message={notice} onClose={() => setNotice(null)} />}
      <DocumentsList
        orgId={org.id}
        supplierId={null}
        caption={t('documents.caption', { name: org.name })}
      />
      {open && (
        <UploadDialog
          orgId={org.id}
          onClose={() => setOpen(false)}
          onUploaded={(d) => {
            setOpen(false);
            setNotice(t('documents.upload.done', { title: d.title }));
          }}
        />
      )}
    </Page>
  );
}
