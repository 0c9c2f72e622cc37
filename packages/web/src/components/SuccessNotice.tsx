import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A dismissible confirmation after an action, announced to screen readers as a status. */
export function SuccessNotice({ message, onClose }: { message: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="teal"
      variant="light"
      role="status"
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={onClose}
    >
      {message}
    </Alert>
  );
}
