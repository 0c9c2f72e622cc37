// A price typed into any form of the app is read by readPrice: what a Swedish, Danish or English
// user types is taken in whole minor units, and what is not an amount is refused with the text that
// says what to type, in the user's language, instead of being read as some other number.
import { createInstance, type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { readPrice } from '../src/lib/money';
import type { Locale } from '../src/lib/types';
import da from '../src/i18n/texts-da';
import en from '../src/i18n/texts-en';
import sv from '../src/i18n/texts-sv';

const TEXTS = { sv, da, en };

async function tIn(locale: Locale): Promise<TFunction> {
  const i18n = createInstance();
  await i18n.init({ lng: locale, resources: { [locale]: { translation: TEXTS[locale] } } });
  return i18n.t;
}

const t = { sv: await tIn('sv'), da: await tIn('da'), en: await tIn('en') };

describe('a typed price', () => {
  it.each([
    ['1 234,50', 'sv', 123_450],
    ['1\u00a0234,50', 'sv', 123_450],
    ['1\u202f234,50', 'sv', 123_450],
    ['1234.50', 'en', 123_450],
    ['1,234.50', 'en', 123_450],
    ['1.234,50', 'da', 123_450],
    ['650', 'da', 65_000],
  ] as const)('reads "%s" in %s as %i minor units', (text, locale, amountMinor) => {
    expect(readPrice(text, 'SEK', locale, t[locale])).toEqual({ amountMinor, error: null });
  });

  it('refuses "8a5O,50" with a message in the reader\'s language, never as 85.5', () => {
    expect(readPrice('8a5O,50', 'SEK', 'sv', t.sv)).toEqual({
      amountMinor: null,
      error: 'Skriv ett belopp, t.ex. 1 234,50',
    });
    expect(readPrice('8a5O,50', 'DKK', 'da', t.da).error).toBe('Skriv et beløb, f.eks. 1.234,50');
    expect(readPrice('8a5O,50', 'SEK', 'en', t.en).error).toBe('Enter an amount, e.g. 1,234.50');
  });

  it('says why a number is not a price: decimals, currency, sign, size', () => {
    expect(readPrice('12,345', 'SEK', 'sv', t.sv).error).toBe(
      'Skriv högst två decimaler, t.ex. 1 234,50',
    );
    expect(readPrice('100 DKK', 'SEK', 'sv', t.sv).error).toBe('Beloppet ska vara i SEK');
    expect(readPrice('-5', 'SEK', 'en', t.en).error).toBe('A price cannot be negative');
    expect(readPrice('100 000 001', 'SEK', 'sv', t.sv).error?.replace(/\s/g, ' ')).toBe(
      'Ett pris per enhet är högst 100 000 000,00 kr',
    );
  });
});
