// A list that stopped counting (the catalogue above 1 000 matches) says "more than" the number,
// written as each language writes numbers, in the footer, the table's caption and the status line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInstance, type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { mergeTexts, type Texts } from '../src/i18n/merge';
import type { Locale } from '../src/lib/types';
import da from '../src/i18n/texts-da';
import en from '../src/i18n/texts-en';
import sv from '../src/i18n/texts-sv';

const SHARED = { sv, da, en };
const CATALOGUE = join(import.meta.dirname, '..', 'src', 'features', 'matching', 'catalogue');

/** The shared texts and the catalogue's, as the app joins them. */
async function tIn(locale: Locale): Promise<TFunction> {
  const catalogue = JSON.parse(
    readFileSync(join(CATALOGUE, 'i18n', `${locale}.json`), 'utf8'),
  ) as Texts;
  const i18n = createInstance();
  await i18n.init({
    lng: locale,
    resources: { [locale]: { translation: mergeTexts(SHARED[locale], { catalogue }) } },
  });
  return i18n.t;
}

/** Spaces of any width as plain spaces: Intl groups Swedish thousands with a no-break space. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('a total the list stopped counting at', () => {
  it.each([
    ['sv', '1 001–1 025 av fler än 1 025', 'Fler än 1 000 verksamheter hittades, visar 1–25.'],
    ['da', '1.001–1.025 af flere end 1.025', 'Flere end 1.000 tilbud fundet, viser 1–25.'],
    ['en', '1,001–1,025 of more than 1,025', 'More than 1,000 establishments found, showing 1–25.'],
  ] as const)('reads in %s as more than the number', async (locale, range, count) => {
    const t = await tIn(locale);
    expect(plain(t('table.rangeMore', { from: 1001, to: 1025, total: 1025 }))).toBe(range);
    expect(plain(t('catalogue.countMore', { count: 1000, from: 1, to: 25 }))).toBe(count);
    expect(plain(t('catalogue.captionMore', { count: 1000 }))).toMatch(/1[ .,]000/);
  });
});
