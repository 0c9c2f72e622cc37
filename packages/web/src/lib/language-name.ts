// Languages are stored as ISO 639 codes ("ar", "so"); people read their names. The browser's own
// language names (Intl.DisplayNames) give them in the user's language without a table of ours.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { INTL_LOCALE } from '../i18n';
import { isLocale } from './types';

/** The name of a language in the user's language; the code itself if the browser has none. */
export function useLanguageName(): (code: string) => string {
  const { i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'en';
  return useCallback(
    (code: string) => {
      try {
        return new Intl.DisplayNames([INTL_LOCALE[locale]], { type: 'language' }).of(code) ?? code;
      } catch {
        return code; // not a well-formed language tag
      }
    },
    [locale],
  );
}
