// Server texts of the header's search in sv, da and en.
import type { Texts } from '../../../platform/i18n.ts';

export const SEARCH_MESSAGES = {
  'search.too_short': {
    sv: 'Skriv minst {min} tecken som inte är blanksteg.',
    da: 'Skriv mindst {min} tegn, der ikke er mellemrum.',
    en: 'Type at least {min} characters that are not spaces.',
  },
} satisfies Record<string, Texts>;

declare module '../../../platform/i18n.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this part's keys
  interface ServerTexts extends Readonly<typeof SEARCH_MESSAGES> {}
}
