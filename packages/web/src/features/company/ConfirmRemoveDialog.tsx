import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';

interface ConfirmRemoveDialogProps {
  title: string;
  question: string;
  /** The confirming button; "Remove" unless the step is another (closing, say). */
  confirmLabel?: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** "Remove this?" with cancel first: removing a contact or consultant cannot be undone here. */
export function ConfirmRemoveDialog({
  title,
  question,
  confirmLabel,
  pending,
  error,
  onConfirm,
  onClose,
}: ConfirmRemoveDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text>{question}</Text>
        {error ? <ErrorAlert error={error} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red.9" loading={pending} onClick={onConfirm}>
            {confirmLabel ?? t('company.remove')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
