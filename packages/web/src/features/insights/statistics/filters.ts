// The statistics filters live in the URL so that a view can be shared and reloaded.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { CALLOFF_PROCEDURES } from '@tildel/domain/procedures/vocabulary';
import type { StatisticsFilter } from './api';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function useStatisticsFilter() {
  const [search, setSearch] = useSearchParams();
  const filter = useMemo<StatisticsFilter>(() => {
    const date = (key: string) => {
      const value = search.get(key);
      return value && DATE.test(value) ? value : undefined;
    };
    const id = (key: string) => {
      const value = search.get(key);
      return value && UUID.test(value) ? value : undefined;
    };
    const procedure = CALLOFF_PROCEDURES.find((p) => p === search.get('procedure'));
    return {
      from: date('from'),
      to: date('to'),
      municipalityId: id('municipalityId'),
      agreementId: id('agreementId'),
      dpsId: id('dpsId'),
      procedure,
    };
  }, [search]);
  const setFilter = useCallback(
    (changes: Partial<Record<keyof StatisticsFilter, string | undefined>>) =>
      setSearch(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      ),
    [setSearch],
  );
  return { filter, setFilter, search: search.toString() };
}
