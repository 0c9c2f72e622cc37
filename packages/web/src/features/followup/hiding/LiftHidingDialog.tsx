import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ApiError } from '../../../lib/api';
import { useEstablishmentHidingChange, type EstablishmentHiding } from './api';

/** Lift an establishment's hiding, with the reason (typically: the correction was accepted). */
export function LiftHidingDialog({
  orgId,
  agreementId,
  hiding,
  onClose,
  onDone,
}: {
  orgId: string;
  agreementId: string;
  hiding: EstablishmentHiding;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useEstablishmentHidingChange(orgId, agreementId);
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const [reason, setReason] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(
      { establishmentId: hiding.establishmentId, action: 'lift', reason },
      { onSuccess: onDone },
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('hiding.liftDialog.title', { name: hiding.establishmentName })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {mutation.isError && <ErrorAlert error={mutation.error} shownFields={['reason']} />}
          <Textarea
            label={t('hiding.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={apiError?.fieldError('reason')}
            required
            autosize
            minRows={2}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('hiding.liftDialog.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
