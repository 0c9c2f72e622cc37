import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/api';
import { useDocumentTitle } from '../components/Page';

/** Shown when the server cannot be reached at start. */
export function ServiceUnavailable({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  useDocumentTitle(t('errors.unavailableTitle'));
  return (
    <>
      <header>
        <Container size="sm" pt="md">
          <Text className="tildel-brand" component="span">
            Tildel
          </Text>
        </Container>
      </header>
      <main>
        <Container size="sm" py="xl">
          <Stack gap="md" align="flex-start">
            <Title order={1}>{t('errors.unavailableTitle')}</Title>
            <Text>{t('errors.unavailableText')}</Text>
            <Text c="dimmed" size="sm">
              {errorMessage(error)}
            </Text>
            <Button onClick={onRetry}>{t('common.retry')}</Button>
          </Stack>
        </Container>
      </main>
    </>
  );
}
