import { Alert, Button, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage, type FieldError } from '../lib/api';

interface ErrorAlertProps {
  error: unknown;
  /** Field errors already shown next to inputs are left out here. */
  shownFields?: readonly string[];
  onRetry?: () => void;
  title?: string;
}

/** The server's problem detail (and any field errors not shown elsewhere), as given. */
export function ErrorAlert({ error, shownFields = [], onRetry, title }: ErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  const others: FieldError[] = error instanceof ApiError ? error.otherErrors(shownFields) : [];
  // Every message already stands next to its field: say nothing twice.
  if (error instanceof ApiError && error.errors.length > 0 && others.length === 0) return null;
  const detail = errorMessage(error);
  return (
    <Alert color="red" variant="light" title={title ?? t('errors.title')} role="alert">
      {detail}
      {others.length > 0 && (
        <List size="sm" mt="xs">
          {others.map((e, i) => (
            <List.Item key={`${e.field}-${i}`}>{e.message}</List.Item>
          ))}
        </List>
      )}
      {onRetry && (
        <Button variant="white" color="red" size="xs" mt="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}
