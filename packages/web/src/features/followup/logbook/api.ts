import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Answer, type Body, type Query } from '../../../lib/api';
import { logbookKey as key } from '../../../lib/logbook';
import { sortsOf, type PageState } from '../../../lib/paging';

const NOTES = '/api/organisations/{orgId}/logbook';

export type NewNote = Body<typeof NOTES, 'post'>;
export type ListedNote = Answer<typeof NOTES>['items'][number];
type NoteFilter = Pick<Query<typeof NOTES>, 'supplierId' | 'agreementId'>;

export type NoteSort = NonNullable<Query<typeof NOTES>['sort']>;
export const NOTE_SORTS = sortsOf<NoteSort>({ created: true, agreement: true, supplier: true });
export const NOTE_PAGE_DEFAULTS = { sort: 'created', order: 'desc' } as const;

/** One page of the notes, as the list's URL asks. */
export function useNotes(orgId: string, filter: NoteFilter, page: PageState<NoteSort>) {
  return useQuery({
    queryKey: [...key(orgId), 'list', filter, page.params],
    queryFn: ({ signal }) =>
      api.get(NOTES, { path: { orgId }, query: { ...filter, ...page.params } }, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useWriteNote(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (note: NewNote) => api.post(NOTES, { path: { orgId }, body: note }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(orgId) }),
  });
}
