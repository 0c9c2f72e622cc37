import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLocale, type Locale } from '../lib/types';
import type { Texts } from './merge';

const STORAGE_KEY = 'tildel.locale';

/** BCP 47 tags used with Intl for each UI language. */
export const INTL_LOCALE: Record<Locale, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };

/** Each language's name written in that language, for language pickers. */
export const LANGUAGE_NAMES: Record<Locale, string> = { sv: 'svenska', da: 'dansk', en: 'English' };

function readStoredLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this page only.
  }
}

/** The browser's preferred language among ours; Norwegian readers get Danish. */
function browserLocale(): Locale {
  const preferred =
    typeof navigator !== 'undefined' ? (navigator.languages ?? [navigator.language]) : [];
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'sv') return 'sv';
    if (base === 'da' || base === 'nb' || base === 'nn' || base === 'no') return 'da';
    if (base === 'en') return 'en';
  }
  return 'en';
}

export function initialLocale(): Locale {
  return readStoredLocale() ?? browserLocale();
}

export function currentLocale(): Locale {
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return isLocale(lng) ? lng : 'en';
}

function syncDocumentLanguage(lng: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

i18n.on('languageChanged', syncDocumentLanguage);

// One language's texts are fetched when it is used (its own chunk, texts-<locale>.ts): the first
// load carries only the language the page opens in.
const TEXTS: Record<Locale, () => Promise<{ default: Texts }>> = {
  sv: () => import('./texts-sv'),
  da: () => import('./texts-da'),
  en: () => import('./texts-en'),
};

async function loadTexts(locale: Locale): Promise<void> {
  if (!i18n.hasResourceBundle(locale, 'translation')) {
    const { default: texts } = await TEXTS[locale]();
    i18n.addResourceBundle(locale, 'translation', texts, true);
  }
  await loadTextParts([...wantedParts], locale);
}

// Each part's texts (features/<area>/<part>/i18n/<locale>.json) are a chunk of their own, fetched
// with the pages that use them (app/route-texts.ts), so a first load carries only its page's.
const PART_TEXTS = import.meta.glob<Texts>('../features/*/*/i18n/*.json', { import: 'default' });
/** Parts asked for so far: a change of language fetches them in the new one. */
const wantedParts = new Set<string>();

/**
 * Fetches the texts of parts ("calloffs/needs") or whole areas ("calloffs") in the language, and
 * keeps them wanted so that a change of language brings them too.
 */
export async function loadTextParts(
  parts: readonly string[],
  locale: Locale = currentLocale(),
): Promise<void> {
  for (const part of parts) wantedParts.add(part);
  const files = Object.entries(PART_TEXTS).filter(
    ([path]) =>
      path.endsWith(`/i18n/${locale}.json`) &&
      parts.some((part) => path.startsWith(`../features/${part}/`)),
  );
  const texts = await Promise.all(files.map(([, load]) => load()));
  for (const part of texts) i18n.addResourceBundle(locale, 'translation', part, true);
}

const firstLocale = initialLocale();

await i18n.use(initReactI18next).init({
  resources: {
    [firstLocale]: { translation: (await TEXTS[firstLocale]()).default },
  },
  lng: firstLocale,
  // Every text exists in every language (test/i18n.test.ts), so English is never needed as a
  // fallback and is not fetched for it.
  fallbackLng: false,
  supportedLngs: ['sv', 'da', 'en'],
  interpolation: { escapeValue: false },
  // Parts fetched after a page showed (the background fetch in main.tsx) render when they come.
  react: { bindI18nStore: 'added' },
  returnNull: false,
  initAsync: false,
});

syncDocumentLanguage(currentLocale());

/** The language asked for last: texts that come after a later choice must not undo it. */
let chosenLocale: Locale | null = null;

/** Switch the UI language and remember it in this browser. */
export async function setUiLocale(locale: Locale): Promise<void> {
  storeLocale(locale);
  chosenLocale = locale;
  if (currentLocale() !== locale) {
    await loadTexts(locale);
    if (chosenLocale === locale) await i18n.changeLanguage(locale);
  }
}

export default i18n;
