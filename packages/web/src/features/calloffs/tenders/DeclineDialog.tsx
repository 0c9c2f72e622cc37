// Declining to bid, with a reason the buyer reads after the deadline.
import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
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
    <Modal
      opened
      onClose={onClose}
      title={t('tenders.decline.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack
        gap="md"
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          decline.mutate({ reason }, { onSuccess: onClose });
        }}
      >
        <Text>{t('tenders.decline.question')}</Text>
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
        <ErrorAlert error={decline.error} shownFields={['reason']} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red.9" loading={decline.isPending}>
            {t('tenders.decline.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
