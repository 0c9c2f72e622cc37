// An order's amounts in the reader's language, exactly: minor units arrive as integer strings and
// volumes as decimal strings, and Intl formats decimal strings without floating point.
import { formatMoney, isCurrency } from '@tildel/domain/money';
import { useTranslation } from 'react-i18next';
import { INTL_LOCALE } from '../../../i18n';
import { useFormatters } from '../../../lib/format';
import type { OrderChange } from './api';

export function useOrderFormat(currency: string) {
  const { t } = useTranslation();
  const f = useFormatters();
  const money = (minor: string) =>
    isCurrency(currency) ? formatMoney({ amount: Number(minor), currency }, f.locale) : minor;
  const volume = (decimal: string) =>
    new Intl.NumberFormat(INTL_LOCALE[f.locale], { maximumFractionDigits: 2 }).format(
      decimal as Intl.StringNumericLiteral,
    );
  const changeValue = (field: string, value: string | null) => {
    if (value === null) return '–';
    if (field === 'endDate') return f.date(value);
    if (field === 'unitPriceMinor') return money(value);
    if (field === 'expectedVolume') return volume(value);
    if (field === 'status') return t(`orders.status.${value}`);
    return value;
  };
  const change = (c: OrderChange) =>
    `${t(`orders.fields.${c.field}`)}: ${changeValue(c.field, c.before)} → ${changeValue(c.field, c.after)}`;
  return { money, volume, change, date: f.date, dateTime: f.dateTime, locale: f.locale };
}
