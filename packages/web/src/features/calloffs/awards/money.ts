// Amounts of the evaluation in the reader's language.
import { formatMoney, isCurrency } from '@tildel/domain/money';
import type { Locale } from '../../../lib/types';

export function amount(amountMinor: number, currency: string, locale: Locale): string {
  return isCurrency(currency)
    ? formatMoney({ amount: amountMinor, currency }, locale)
    : `${amountMinor / 100} ${currency}`;
}
