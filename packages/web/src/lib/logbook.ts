// The logbook reads that pages outside the logbook show too: a note's text (a sensitive note read
// one at a time, the read recorded, and who read it) and each supplier's signals beside it in lists.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Answer } from './api';

/**
 * A note; in lists `text` is null when the note is sensitive: read it one at a time (the read is
 * recorded). `ownNote`: the caller's organisation owns the agreement (its officers may see who
 * read it).
 */
export type LogbookNote = Answer<'/api/organisations/{orgId}/logbook/{noteId}'>;
export type NoteRead = Answer<'/api/organisations/{orgId}/logbook/{noteId}/reads'>['items'][number];
export type SupplierSignal = Answer<'/api/organisations/{orgId}/logbook/summary'>['items'][number];

/** Every logbook read sits under this key: writing a note refreshes them all. */
export const logbookKey = (orgId: string) => ['organisations', orgId, 'logbook'] as const;

/** Reads one note with its text. Not cached: every read of a sensitive note is recorded. */
export function useNote(orgId: string, noteId: string) {
  return useQuery({
    queryKey: [...logbookKey(orgId), 'note', noteId],
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/logbook/{noteId}',
        { path: { orgId, noteId } },
        { signal },
      ),
    gcTime: 0,
    staleTime: Infinity,
    retry: false,
  });
}

/** Reads of a note shown at a time in its dialog. */
export const NOTE_READS_PAGE_SIZE = 20;

/** One page (from 1) of who read a note, newest first, with the total. */
export function useNoteReads(orgId: string, noteId: string, page: number) {
  const offset = (page - 1) * NOTE_READS_PAGE_SIZE;
  return useQuery({
    queryKey: [...logbookKey(orgId), 'reads', noteId, page],
    queryFn: ({ signal }) =>
      api.get(
        '/api/organisations/{orgId}/logbook/{noteId}/reads',
        { path: { orgId, noteId }, query: { limit: NOTE_READS_PAGE_SIZE, offset } },
        { signal },
      ),
    placeholderData: keepPreviousData,
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
      api.get(
        '/api/organisations/{orgId}/logbook/summary',
        { path: { orgId }, query: { supplierIds: ids } },
        { signal },
      ),
    enabled: enabled && ids.length > 0,
  });
}
