import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ApiError } from '../../../lib/api';
import { useTerminateAgreement } from './api';

export function TerminateDialog({
  orgId,
  agreementId,
  version,
  today,
  onClose,
}: {
  orgId: string;
  agreementId: string;
  version: number;
  today: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useTerminateAgreement(orgId, agreementId);
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const [reason, setReason] = useState('');
  const [terminatedOn, setTerminatedOn] = useState(today);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate({ version, reason, terminatedOn }, { onSuccess: onClose });
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('agreements.terminate.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {mutation.isError && (
            <ErrorAlert error={mutation.error} shownFields={['reason', 'terminatedOn']} />
          )}
          <Textarea
            label={t('agreements.terminate.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={apiError?.fieldError('reason')}
            required
            autosize
            minRows={2}
            data-autofocus
          />
          <TextInput
            type="date"
            label={t('agreements.terminate.date')}
            value={terminatedOn}
            onChange={(e) => setTerminatedOn(e.currentTarget.value)}
            error={apiError?.fieldError('terminatedOn')}
            required
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={mutation.isPending}>
              {t('agreements.terminate.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
