import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Answer, type Body } from '../../../lib/api';

const categories = '/api/organisations/{orgId}/taxonomy/categories';
const targetGroups = '/api/organisations/{orgId}/taxonomy/target-groups';

export type Taxonomy = Answer<'/api/organisations/{orgId}/taxonomy'>;
export type Category = Taxonomy['categories'][number];
export type TargetGroup = Taxonomy['targetGroups'][number];
export type Names = TargetGroup['names'];

/** Which list an entry belongs to: its path segment in the API. */
export type EntryKind = 'categories' | 'target-groups';

type NewCategory = Body<typeof categories, 'post'>;
export type NewEntry = NewCategory | Body<typeof targetGroups, 'post'>;

const key = (orgId: string) => ['organisations', orgId, 'taxonomy'] as const;

export function useTaxonomy(orgId: string) {
  return useQuery({
    queryKey: key(orgId),
    queryFn: ({ signal }) =>
      api.get('/api/organisations/{orgId}/taxonomy', { path: { orgId } }, { signal }),
  });
}

function useTaxonomyChange<Input>(orgId: string, send: (input: Input) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['organisations', orgId] }),
  });
}

export function useCreateEntry(orgId: string, kind: EntryKind) {
  return useTaxonomyChange(orgId, (input: NewEntry) =>
    kind === 'categories'
      ? api.post(categories, { path: { orgId }, body: input as NewCategory })
      : api.post(targetGroups, { path: { orgId }, body: input }),
  );
}

export function useRenameEntry(orgId: string, kind: EntryKind) {
  return useTaxonomyChange(orgId, ({ id, names }: { id: string; names: Names }) =>
    kind === 'categories'
      ? api.put('/api/organisations/{orgId}/taxonomy/categories/{categoryId}', {
          path: { orgId, categoryId: id },
          body: { names },
        })
      : api.put('/api/organisations/{orgId}/taxonomy/target-groups/{targetGroupId}', {
          path: { orgId, targetGroupId: id },
          body: { names },
        }),
  );
}

export function useRetireEntry(orgId: string, kind: EntryKind) {
  return useTaxonomyChange(orgId, (id: string) =>
    kind === 'categories'
      ? api.post('/api/organisations/{orgId}/taxonomy/categories/{categoryId}/retire', {
          path: { orgId, categoryId: id },
          body: {},
        })
      : api.post('/api/organisations/{orgId}/taxonomy/target-groups/{targetGroupId}/retire', {
          path: { orgId, targetGroupId: id },
          body: {},
        }),
  );
}
