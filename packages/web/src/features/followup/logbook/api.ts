import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { legacyApi, query } from '../../../lib/api';
import { logbookBase as base, logbookKey as key, type LogbookNote } from '../../../lib/logbook';
import type { ItemList } from '../../../lib/types';

export interface NewNote {
  agreementId: string;
  supplierId: string;
  establishmentId: string | null;
  text: string;
  sensitive: boolean;
  concern: boolean;
}

export function useNotes(orgId: string, filter: { supplierId?: string; agreementId?: string }) {
  return useQuery({
    queryKey: [...key(orgId), 'list', filter],
    queryFn: ({ signal }) =>
      legacyApi.get<ItemList<LogbookNote>>(`${base(orgId)}${query(filter)}`, { signal }),
  });
}

export function useWriteNote(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (note: NewNote) => legacyApi.post<LogbookNote>(base(orgId), note),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(orgId) }),
  });
}
