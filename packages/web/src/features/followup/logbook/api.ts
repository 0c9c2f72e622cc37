import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Body, type Query } from '../../../lib/api';
import { logbookKey as key } from '../../../lib/logbook';

export type NewNote = Body<'/api/organisations/{orgId}/logbook', 'post'>;
type NoteFilter = Pick<Query<'/api/organisations/{orgId}/logbook'>, 'supplierId' | 'agreementId'>;

export function useNotes(orgId: string, filter: NoteFilter) {
  return useQuery({
    queryKey: [...key(orgId), 'list', filter],
    queryFn: ({ signal }) =>
      api.get('/api/organisations/{orgId}/logbook', { path: { orgId }, query: filter }, { signal }),
  });
}

export function useWriteNote(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (note: NewNote) =>
      api.post('/api/organisations/{orgId}/logbook', { path: { orgId }, body: note }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(orgId) }),
  });
}
