// Shares and days as the statistics show them, in the user's language; a dash when there is
// nothing to measure.
import { useMemo } from 'react';
import { useFormatters } from '../../../lib/format';

export function useStatFormat() {
  const f = useFormatters();
  return useMemo(() => {
    const percent = new Intl.NumberFormat(f.locale, {
      style: 'percent',
      maximumFractionDigits: 1,
    });
    const decimal = new Intl.NumberFormat(f.locale, { maximumFractionDigits: 1 });
    return {
      share: (value: number | null) => (value === null ? '–' : percent.format(value)),
      days: (value: number | null) => (value === null ? '–' : decimal.format(value)),
      number: f.number,
      date: f.date,
    };
  }, [f]);
}
