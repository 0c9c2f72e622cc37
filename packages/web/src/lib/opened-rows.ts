// Which rows of a list have their detail opened below them (DataTable's `detail`).
import { useCallback, useMemo, useState } from 'react';

export function useOpenedRows() {
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback(
    (id: string) =>
      setOpened((current) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  return useMemo(() => ({ isOpen: (id: string) => opened.has(id), toggle }), [opened, toggle]);
}
