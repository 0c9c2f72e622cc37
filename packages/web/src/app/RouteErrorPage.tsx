import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { useDocumentTitle } from '../components/Page';

/** Last resort when a page fails to render. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  useDocumentTitle(t('errors.pageTitle'));
  if (error) console.error(error);
  return (
    <>
      <header>
        <Container size="sm" pt="md">
          <a href="/" className="tildel-brand">
            Tildel
          </a>
        </Container>
      </header>
      <main>
        <Container size="sm" py="xl">
          <Stack gap="md" align="flex-start">
            <Title order={1}>{t('errors.pageTitle')}</Title>
            <Text>{t('errors.pageText')}</Text>
            <Button onClick={() => window.location.reload()}>{t('common.reload')}</Button>
          </Stack>
        </Container>
      </main>
    </>
  );
}
