// Money on screen, the one way: amounts arrive as integer minor units with their currency and are
// written in the user's language by the domain's formatter; amounts typed into a form are read by
// the domain's parser, and what is not an amount is refused with a message, never guessed at.
import {
  formatMoney,
  MAX_UNIT_PRICE_MINOR,
  money,
  MoneyError,
  moneyToTypedText,
  parsePrice,
  type Currency,
  type MoneyErrorCode,
} from '@tildel/domain/money';
import type { TFunction } from 'i18next';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from './format';
import type { Locale } from './types';

/** Formats minor units of a currency in the user's language: "1 234,50 kr", "SEK 1,234.50". */
export function useMoney(): (amountMinor: number, currency: Currency) => string {
  const { locale } = useFormatters();
  return useCallback(
    (amountMinor, currency) => formatMoney(money(amountMinor, currency), locale),
    [locale],
  );
}

/** A typed price: its minor units, or the message that says what to type instead. */
export type PriceReading =
  { amountMinor: number; error: null } | { amountMinor: null; error: string };

/** Which text explains each refusal of the domain's parser. */
const REFUSAL: Record<MoneyErrorCode, string> = {
  invalid_format: 'money.notAnAmount',
  unknown_currency: 'money.notAnAmount',
  invalid_argument: 'money.notAnAmount',
  currency_mismatch: 'money.otherCurrency',
  too_many_decimals: 'money.tooManyDecimals',
  negative_price: 'money.negative',
  price_too_large: 'money.tooLarge',
  not_safe_integer: 'money.tooLarge',
};

/** Reads a price as typed in `locale` ("1 234,50", "1234.50"); see parsePrice for the rules. */
export function readPrice(
  text: string,
  currency: Currency,
  locale: Locale,
  t: TFunction,
): PriceReading {
  try {
    return { amountMinor: parsePrice(text, currency, locale).amount, error: null };
  } catch (e) {
    if (!(e instanceof MoneyError)) throw e;
    const max = formatMoney(money(MAX_UNIT_PRICE_MINOR, currency), locale);
    return { amountMinor: null, error: t(REFUSAL[e.code], { currency, max }) };
  }
}

/** readPrice in the user's language, and how a stored amount is written back into a field. */
export function usePriceField() {
  const { t } = useTranslation();
  const { locale } = useFormatters();
  return useMemo(
    () => ({
      read: (text: string, currency: Currency) => readPrice(text, currency, locale, t),
      textOf: (amountMinor: number, currency: Currency) =>
        moneyToTypedText(money(amountMinor, currency), locale),
    }),
    [locale, t],
  );
}
