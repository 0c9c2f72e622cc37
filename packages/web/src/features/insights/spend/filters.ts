// The selection of a spend or price view, kept in the URL so that a view can be shared: each
// filter is a search parameter of the same name as the route's query parameter.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** The parameters a view reads; anything else in the URL (page, sort) is the table's. */
export const FILTER_NAMES = [
  'by',
  'interval',
  'from',
  'to',
  'municipalityId',
  'serviceId',
  'supplierId',
  'agreementId',
  'dpsId',
  'procedure',
  'unit',
] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export function useUrlFilters() {
  const [search, setSearch] = useSearchParams();
  const values = useMemo(() => {
    const given: Partial<Record<FilterName, string>> = {};
    for (const name of FILTER_NAMES) {
      const value = search.get(name);
      if (value) given[name] = value;
    }
    return given;
  }, [search]);
  const set = useCallback(
    (changes: Partial<Record<FilterName, string | null>>) =>
      setSearch(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [name, value] of Object.entries(changes)) {
            if (value) next.set(name, value);
            else next.delete(name);
          }
          next.delete('page');
          return next;
        },
        { replace: true },
      ),
    [setSearch],
  );
  const clear = useCallback(() => setSearch(new URLSearchParams(), { replace: true }), [setSearch]);
  return { values, set, clear };
}

/** The first and last day of a period key (2026-03, 2026-Q1, 2026), for drilling down. */
export function periodBounds(key: string): { startFrom: string; startTo: string } | null {
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) {
    const [, y, m] = month;
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return { startFrom: `${y}-${m}-01`, startTo: `${y}-${m}-${String(last).padStart(2, '0')}` };
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) {
    const [, y, q] = quarter;
    const first = (Number(q) - 1) * 3 + 1;
    const lastMonth = first + 2;
    const last = new Date(Date.UTC(Number(y), lastMonth, 0)).getUTCDate();
    const mm = (n: number) => String(n).padStart(2, '0');
    return { startFrom: `${y}-${mm(first)}-01`, startTo: `${y}-${mm(lastMonth)}-${last}` };
  }
  const year = /^(\d{4})$/.exec(key);
  if (year) return { startFrom: `${year[1]}-01-01`, startTo: `${year[1]}-12-31` };
  return null;
}
