import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Radio, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ApiError } from '../../../lib/api';
import { useDecide, type CorrectionDetail } from './api';

/** Accept the answer awaiting decision, or reject it saying why. */
export function DecisionDialog(props: {
  orgId: string;
  request: CorrectionDetail;
  onClose: () => void;
}) {
  const { orgId, request, onClose } = props;
  const { t } = useTranslation();
  const mutation = useDecide(orgId, request.id);
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const [decision, setDecision] = useState<'accepted' | 'rejected'>('accepted');
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const reasonMissing = decision === 'rejected' && !reason.trim();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (reasonMissing) return;
    mutation.mutate(
      { version: request.version, decision, reason: reason.trim() },
      { onSuccess: onClose },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('corrections.decision.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {mutation.isError && (
            <ErrorAlert error={mutation.error} shownFields={['decision', 'reason']} />
          )}
          <Radio.Group
            label={t('corrections.decision.label')}
            value={decision}
            onChange={(v) => setDecision(v === 'rejected' ? 'rejected' : 'accepted')}
            required
          >
            <Group gap="lg" mt={6}>
              <Radio value="accepted" label={t('corrections.decision.accept')} />
              <Radio value="rejected" label={t('corrections.decision.reject')} />
            </Group>
          </Radio.Group>
          <Textarea
            label={t('corrections.decision.reason')}
            description={t('corrections.decision.reasonHelp')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={4000}
            required={decision === 'rejected'}
            error={
              (checked && reasonMissing ? t('corrections.decision.reasonRequired') : undefined) ??
              apiError?.fieldError('reason')
            }
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('corrections.decision.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
