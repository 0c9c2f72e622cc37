// Where each kind of hit opens. The search feature names the pages of other areas by their paths
// only (the areas' own routes define them).
import type { SearchKind } from './api';

const PATHS: Record<SearchKind, string> = {
  need: '/needs',
  calloff: '/calloffs',
  tender: '/tenders',
  order: '/orders',
  agreement: '/agreements',
  dps: '/dps',
  supplier: '/suppliers',
};

export const hitPath = (kind: SearchKind, id: string) => `${PATHS[kind]}/${id}`;

export const searchPagePath = (q: string) => `/search?q=${encodeURIComponent(q.trim())}`;
