import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { LANGUAGE_NAMES } from '../i18n';
import { isLocale, LOCALES, type Locale } from '../lib/types';

interface LanguageSelectProps extends Omit<
  NativeSelectProps,
  'value' | 'onChange' | 'data' | 'children'
> {
  value: Locale;
  onChange: (locale: Locale) => void;
}

/** A picker of the three UI languages, each named in its own language. */
export function LanguageSelect({ value, onChange, ...props }: LanguageSelectProps) {
  return (
    <NativeSelect
      {...props}
      value={value}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (isLocale(next)) onChange(next);
      }}
    >
      {LOCALES.map((locale) => (
        <option key={locale} value={locale} lang={locale}>
          {LANGUAGE_NAMES[locale]}
        </option>
      ))}
    </NativeSelect>
  );
}
