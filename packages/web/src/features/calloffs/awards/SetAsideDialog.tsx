// The buyer sets a bid aside: the reason is required and is shown in the report and the decision.
import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useSetAside, type EvaluatedBid } from './api';

interface Props {
  orgId: string;
  calloffId: string;
  bid: EvaluatedBid;
  onClose: () => void;
}

export function SetAsideDialog({ orgId, calloffId, bid, onClose }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const mutation = useSetAside(orgId, calloffId);
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const blank = reason.trim() === '';
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (blank) return;
    mutation.mutate({ bidId: bid.bidId, reason: reason.trim() }, { onSuccess: onClose });
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('awards.setAside.title', { supplier: bid.supplierName })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {mutation.isError && <ErrorAlert error={mutation.error} shownFields={['reason']} />}
          <Textarea
            label={t('awards.setAside.reason')}
            description={t('awards.setAside.reasonHelp')}
            required
            autosize
            minRows={3}
            maxLength={1000}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={
              (checked && blank ? t('awards.reasonRequired') : undefined) ??
              apiError?.fieldError('reason')
            }
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('awards.setAside.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
