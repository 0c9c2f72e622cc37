import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, enc, query } from '../../lib/api';
import type { ItemList } from '../../lib/types';

export interface LogbookNote {
  id: string;
  agreement: { id: string; reference: string; title: string };
  supplier: { id: string; name: string };
  establishment: { id: string; name: string } | null;
  author: { name: string; organisation: string };
  createdAt: string;
  sensitive: boolean;
  concern: boolean;
  /** Null in lists when the note is sensitive: read it one at a time (the read is recorded). */
  text: string | null;
  /** The caller's organisation owns the agreement (its officers may see who read it). */
  ownNote: boolean;
}

export interface NoteRead {
  at: string;
  user: string;
  organisation: string;
}

export interface SupplierSignal {
  supplierId: string;
  notes: LogbookNote[];
  openCorrections: number;
}

export interface NewNote {
  agreementId: string;
  supplierId: string;
  establishmentId: string | null;
  text: string;
  sensitive: boolean;
  concern: boolean;
}

const base = (orgId: string) => `/api/organisations/${enc(orgId)}/logbook`;
const key = (orgId: string) => ['organisations', orgId, 'logbook'] as const;

export function useNotes(orgId: string, filter: { supplierId?: string; agreementId?: string }) {
  return useQuery({
    queryKey: [...key(orgId), 'list', filter],
    queryFn: ({ signal }) =>
      api.get<ItemList<LogbookNote>>(`${base(orgId)}${query(filter)}`, { signal }),
  });
}

/** Reads one note with its text. Not cached: every read of a sensitive note is recorded. */
export function useNote(orgId: string, noteId: string) {
  return useQuery({
    queryKey: [...key(orgId), 'note', noteId],
    queryFn: ({ signal }) => api.get<LogbookNote>(`${base(orgId)}/${enc(noteId)}`, { signal }),
    gcTime: 0,
    staleTime: Infinity,
    retry: false,
  });
}

export function useNoteReads(orgId: string, noteId: string) {
  return useQuery({
    queryKey: [...key(orgId), 'reads', noteId],
    queryFn: ({ signal }) =>
      api.get<ItemList<NoteRead>>(`${base(orgId)}/${enc(noteId)}/reads`, { signal }),
  });
}

/**
 * The latest notes and open requests for correction of a batch of suppliers. Every row of a list
 * passes the same batch, so the rows share one request.
 */
export function useSupplierSignals(orgId: string, supplierIds: readonly string[], enabled = true) {
  const ids = [...new Set(supplierIds)].sort();
  return useQuery({
    queryKey: [...key(orgId), 'summary', ids],
    queryFn: ({ signal }) =>
      api.get<ItemList<SupplierSignal>>(
        `${base(orgId)}/summary?${ids.map((id) => `supplierIds=${enc(id)}`).join('&')}`,
        { signal },
      ),
    enabled: enabled && ids.length > 0,
  });
}

export function useWriteNote(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (note: NewNote) => api.post<LogbookNote>(base(orgId), note),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(orgId) }),
  });
}
