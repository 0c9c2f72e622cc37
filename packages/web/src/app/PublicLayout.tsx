import type { ReactNode } from 'react';
import { Anchor, Box, Container, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSelect } from '../components/LanguageSelect';
import { MAIN_ID, SkipLink } from '../components/SkipLink';
import { currentLocale, setUiLocale } from '../i18n';
import { GLOSSARY_PATH } from '../lib/glossary';
import type { Locale } from '../lib/types';

/** Layout of the pages reached without signing in (sign-in, accepting an invitation, glossary). */
export function PublicLayout({
  children,
  languagePicker = true,
  size = 'xs',
}: {
  children: ReactNode;
  languagePicker?: boolean;
  /** The width of the content: narrow for a form, wider for reading. */
  size?: 'xs' | 'md';
}) {
  const { t, i18n } = useTranslation();
  const value = (i18n.resolvedLanguage as Locale | undefined) ?? currentLocale();
  return (
    <Box bg="gray.0" mih="100vh">
      <SkipLink />
      <Box
        component="header"
        bg="white"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Container size="md" py="sm">
          <Group justify="space-between">
            <Link to="/login" className="tildel-brand">
              Tildel
            </Link>
            <Group gap="md" wrap="nowrap">
              <Anchor component={Link} to={GLOSSARY_PATH} size="sm">
                {t('nav.glossary')}
              </Anchor>
              {languagePicker && (
                <LanguageSelect
                  aria-label={t('header.language')}
                  size="sm"
                  value={value}
                  onChange={(locale) => void setUiLocale(locale)}
                />
              )}
            </Group>
          </Group>
        </Container>
      </Box>
      <Box component="main" id={MAIN_ID} tabIndex={-1}>
        <Container size={size} py={48}>
          {children}
        </Container>
      </Box>
    </Box>
  );
}
