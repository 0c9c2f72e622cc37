// An order's values in the reader's language: its amounts by the one money formatter, volumes
// (decimal strings) by Intl without floating point, and each recorded change as "field: before →
// after".
import type { Currency } from '@tildel/domain/money';
import { useTranslation } from 'react-i18next';
import { INTL_LOCALE } from '../../../i18n';
import { useFormatters } from '../../../lib/format';
import { useMoney } from '../../../lib/money';
import type { OrderChange } from './api';

export function useOrderFormat(currency: Currency) {
  const { t } = useTranslation();
  const f = useFormatters();
  const formatMoney = useMoney();
  const money = (minor: number) => formatMoney(minor, currency);
  const volume = (decimal: string) =>
    new Intl.NumberFormat(INTL_LOCALE[f.locale], { maximumFractionDigits: 2 }).format(
      decimal as Intl.StringNumericLiteral,
    );
  const changeValue = (field: string, value: string | number | null) => {
    if (value === null) return '–';
    // A changed unit price comes as minor units; every other change as text.
    if (typeof value === 'number') return field === 'unitPriceMinor' ? money(value) : String(value);
    if (field === 'endDate') return f.date(value);
    if (field === 'expectedVolume') return volume(value);
    if (field === 'status') return t(`orders.status.${value}`);
    return value;
  };
  const change = (c: OrderChange) =>
    `${t(`orders.fields.${c.field}`)}: ${changeValue(c.field, c.before)} → ${changeValue(c.field, c.after)}`;
  return { money, volume, change, date: f.date, dateTime: f.dateTime, locale: f.locale };
}
