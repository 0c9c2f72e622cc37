import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown while the app finds out who is signed in. */
export function FullPageLoader() {
  const { t } = useTranslation();
  return (
    <main>
      <Center h="100vh" role="status" aria-live="polite">
        <Loader aria-hidden="true" />
        <span className="tildel-visually-hidden">{t('common.loading')}</span>
      </Center>
    </main>
  );
}
