// The logbook reads that pages outside the logbook show too: a note's text (a sensitive note read
// one at a time, the read recorded, and who read it) and each supplier's signals beside it in lists.
import { useQuery } from '@tanstack/react-query';
import { legacyApi, enc } from './api';
import type { ItemList } from './types';

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

export const logbookBase = (orgId: string) => `/api/organisations/${enc(orgId)}/logbook`;
/** Every logbook read sits under this key: writing a note refreshes them all. */
export const logbookKey = (orgId: string) => ['organisations', orgId, 'logbook'] as const;

/** Reads one note with its text. Not cached: every read of a sensitive note is recorded. */
export function useNote(orgId: string, noteId: string) {
  return useQuery({
    queryKey: [...logbookKey(orgId), 'note', noteId],
    queryFn: ({ signal }) =>
      legacyApi.get<LogbookNote>(`${logbookBase(orgId)}/${enc(noteId)}`, { signal }),
    gcTime: 0,
    staleTime: Infinity,
    retry: false,
  });
}

export function useNoteReads(orgId: string, noteId: string) {
  return useQuery({
    queryKey: [...logbookKey(orgId), 'reads', noteId],
    queryFn: ({ signal }) =>
      legacyApi.get<ItemList<NoteRead>>(`${logbookBase(orgId)}/${enc(noteId)}/reads`, { signal }),
  });
}

/**
 * The latest notes and open requests for correction of a batch of suppliers. Every row of a list
 * passes the same batch, so the rows share one request.
 */
export function useSupplierSignals(orgId: string, supplierIds: readonly string[], enabled = true) {
  const ids = [...new Set(supplierIds)].sort();
  return useQuery({
    queryKey: [...logbookKey(orgId), 'summary', ids],
    queryFn: ({ signal }) =>
      legacyApi.get<ItemList<SupplierSignal>>(
        `${logbookBase(orgId)}/summary?${ids.map((id) => `supplierIds=${enc(id)}`).join('&')}`,
        { signal },
      ),
    enabled: enabled && ids.length > 0,
  });
}
