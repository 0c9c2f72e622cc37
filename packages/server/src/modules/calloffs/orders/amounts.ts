// An order's amounts, exactly: the unit price is bigint minor units (a string from the driver) and
// the expected volume a decimal (numeric, also a string). Their product is the domain's
// priceTimesVolume, the same rule the evaluation prices an expected total by.
import { formatMoney, money, priceTimesVolume, type Currency } from '@tildel/domain/money';
import type { Locale } from '../../../platform/i18n.ts';
import { ORDER_MESSAGES } from './messages.ts';

/** The volumes an order may carry: whole or with up to two decimals. */
export const VOLUME_PATTERN = /^\d{1,6}(\.\d{1,2})?$/;

/** A numeric volume as PostgreSQL gives it ("112.50") in its shortest decimal form ("112.5"). */
export function normalVolume(volume: string | number): string {
  const [whole = '0', fraction = ''] = String(volume).split('.');
  const digits = fraction.replace(/0+$/, '');
  const integer = whole.replace(/^0+(?=\d)/, '');
  return digits ? `${integer}.${digits}` : integer;
}

/** Unit price × expected volume in the order's minor units, by the domain's rule. */
export function expectedTotalMinor(
  unitPriceMinor: string | number,
  volume: string,
  currency: string,
): number {
  return priceTimesVolume(money(Number(unitPriceMinor), currency as Currency), volume).amount;
}

/** "650,00 kr" / "650,00 kr." / "SEK 650.00" from minor units, without floating point. */
export function formatMinor(
  amountMinor: string | bigint | number,
  currency: string,
  locale: Locale,
): string {
  return formatMoney(money(Number(amountMinor), currency as Currency), locale);
}

const TAG: Record<Locale, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };

/** A volume in the reader's language ("112,5"), formatted from its decimal string. */
export function formatVolume(volume: string, locale: Locale): string {
  return new Intl.NumberFormat(TAG[locale], { maximumFractionDigits: 2 }).format(
    normalVolume(volume) as Intl.StringNumericLiteral,
  );
}

/** The name of a price unit ("timme", "døgn") in the reader's language. */
export function unitName(unit: string, locale: Locale): string {
  const key = `order.unit.${unit}`;
  return key in ORDER_MESSAGES ? ORDER_MESSAGES[key as keyof typeof ORDER_MESSAGES][locale] : unit;
}
