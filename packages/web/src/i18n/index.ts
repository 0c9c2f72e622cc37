import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLocale, type Locale } from '../lib/types';
import sv from './sv.json';
import da from './da.json';
import en from './en.json';

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

type Texts = Record<string, unknown>;

// Each part of an area keeps its texts beside it in features/<area>/<part>/i18n/<locale>.json,
// under one top-level key of its own (for example { "dps": { ... } }); they join the shared texts.
const featureTexts = import.meta.glob<Texts>('../features/*/*/i18n/*.json', {
  eager: true,
  import: 'default',
});

function textsFor(locale: Locale, shared: Texts): Texts {
  const merged: Texts = { ...shared };
  for (const [path, texts] of Object.entries(featureTexts)) {
    if (path.endsWith(`/${locale}.json`)) Object.assign(merged, texts);
  }
  return merged;
}

void i18n.use(initReactI18next).init({
  resources: {
    sv: { translation: textsFor('sv', sv) },
    da: { translation: textsFor('da', da) },
    en: { translation: textsFor('en', en) },
  },
  lng: initialLocale(),
  fallbackLng: 'en',
  supportedLngs: ['sv', 'da', 'en'],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

syncDocumentLanguage(currentLocale());

/** Switch the UI language and remember it in this browser. */
export async function setUiLocale(locale: Locale): Promise<void> {
  storeLocale(locale);
  if (currentLocale() !== locale) await i18n.changeLanguage(locale);
}

export default i18n;
