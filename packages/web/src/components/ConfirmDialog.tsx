import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

/**
 * "Remove this?" (or close, delete, withdraw, approve) naming what it concerns. Cancel has the
 * focus unless the dialog asks for something more (`children`, e.g. a reason, which then takes
 * it). The confirm button is red unless `confirmColor` says otherwise (a step that is not
 * destructive, such as approving).
 */
export function ConfirmDialog({
  title,
  question,
  confirmLabel,
  pending,
  error,
  onConfirm,
  onClose,
  children,
  confirmColor = 'red.9',
  shownFields = [],
  returnFocus = true,
}: {
  title: string;
  question: string;
  confirmLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
  /** Fields the step needs besides the question (they show their own field errors). */
  children?: ReactNode;
  /** A Mantine colour; null gives the theme's primary colour (a step that is not destructive). */
  confirmColor?: string | null;
  /** Fields shown in `children`, whose errors are not repeated in the alert. */
  shownFields?: string[];
  /** False when the dialog opens over another that is hidden meanwhile. */
  returnFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened
      onClose={onClose}
      returnFocus={returnFocus}
      title={title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          onConfirm();
        }}
      >
        <Stack gap="md">
          <Text>{question}</Text>
          {error ? <ErrorAlert error={error} shownFields={shownFields} /> : null}
          {children}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} data-autofocus={!children || undefined}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={confirmColor ?? undefined} loading={pending}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
