// Declining to bid, with a reason the buyer reads after the deadline.
import { useState } from 'react';
import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ApiError } from '../../../lib/api';
import { useDecline } from './api';

export function DeclineDialog({
  orgId,
  calloffId,
  onClose,
}: {
  orgId: string;
  calloffId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const decline = useDecline(orgId, calloffId);
  const [reason, setReason] = useState('');
  const error = decline.error instanceof ApiError ? decline.error : null;
  return (
    <ConfirmDialog
      title={t('tenders.decline.title')}
      question={t('tenders.decline.question')}
      confirmLabel={t('tenders.decline.confirm')}
      pending={decline.isPending}
      error={decline.error}
      shownFields={['reason']}
      onConfirm={() => decline.mutate({ reason }, { onSuccess: onClose })}
      onClose={onClose}
    >
      <Textarea
        label={t('tenders.decline.reason')}
        required
        autosize
        minRows={2}
        maxLength={1000}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={error?.fieldError('reason')}
        data-autofocus
      />
    </ConfirmDialog>
  );
}
