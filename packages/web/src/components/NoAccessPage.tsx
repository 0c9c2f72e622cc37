import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from './Page';

/** Shown on a page the user's roles in the active organisation do not allow. */
export function NoAccessPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('noAccess.title')}>
      <Text>{t('noAccess.text')}</Text>
      <Anchor component={Link} to="/">
        {t('notFound.home')}
      </Anchor>
    </Page>
  );
}
