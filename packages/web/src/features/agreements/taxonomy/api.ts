import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { legacyApi, enc } from '../../../lib/api';

export interface Names {
  sv: string;
  da: string;
  en: string;
}

export interface TargetGroup {
  id: string;
  code: string;
  names: Names;
  retiredAt: string | null;
}

export interface Category extends TargetGroup {
  serviceKind: string;
  area: string | null;
  defaultUnit: string;
}

export interface Taxonomy {
  categories: Category[];
  targetGroups: TargetGroup[];
}

/** Which list an entry belongs to: its path segment in the API. */
export type EntryKind = 'categories' | 'target-groups';

export interface NewEntry {
  code: string;
  names: Names;
  serviceKind?: string;
  defaultUnit?: string;
}

const key = (orgId: string) => ['organisations', orgId, 'taxonomy'] as const;
const base = (orgId: string) => `/api/organisations/${enc(orgId)}/taxonomy`;

export function useTaxonomy(orgId: string) {
  return useQuery({
    queryKey: key(orgId),
    queryFn: ({ signal }) => legacyApi.get<Taxonomy>(base(orgId), { signal }),
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
    legacyApi.post<TargetGroup>(`${base(orgId)}/${kind}`, input),
  );
}

export function useRenameEntry(orgId: string, kind: EntryKind) {
  return useTaxonomyChange(orgId, ({ id, names }: { id: string; names: Names }) =>
    legacyApi.put<TargetGroup>(`${base(orgId)}/${kind}/${enc(id)}`, { names }),
  );
}

export function useRetireEntry(orgId: string, kind: EntryKind) {
  return useTaxonomyChange(orgId, (id: string) =>
    legacyApi.post<TargetGroup>(`${base(orgId)}/${kind}/${enc(id)}/retire`, {}),
  );
}
