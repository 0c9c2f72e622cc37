// The header's search: the caller's own suppliers, agreements, DPSs, call-offs, tenders, orders
// and needs by name or reference. Each kind is searched by its own area with the rule of that
// area's list, and only when the caller's roles hold the permission that list asks for; bids are
// never searched. Reading is not audited.
import { hasPermission, type Permission, type Role } from '@tildel/domain/permissions';
import type { Deps } from '../../../platform/deps.ts';
import { fieldProblem } from '../../../platform/problem.ts';
import type { SearchMatch } from '../../../platform/search.ts';
import { searchAgreements } from '../../agreements/agreements/reading.ts';
import { searchSystems } from '../../agreements/dps/service.ts';
import { searchCalloffs } from '../../calloffs/calloffs/service.ts';
import { searchTenders } from '../../calloffs/invitations/tenders.ts';
import { searchNeeds } from '../../calloffs/needs/service.ts';
import { searchOrders } from '../../calloffs/orders/service.ts';
import { searchRegistry } from '../../suppliers/suppliers/registry.ts';
import {
  PER_KIND,
  SEARCH_KINDS,
  SEARCH_TEXT,
  type SearchAnswer,
  type SearchKind,
  type SearchQuery,
} from './schemas.ts';

type Searcher = (deps: Deps, orgId: string, q: string, limit: number) => Promise<SearchMatch[]>;

/** Each kind: the permission of its list route, and its area's search. */
const KINDS: Record<SearchKind, { permission: Permission; search: Searcher }> = {
  need: { permission: 'needs.read', search: searchNeeds },
  calloff: { permission: 'calloffs.read', search: searchCalloffs },
  tender: { permission: 'tenders.read', search: searchTenders },
  order: { permission: 'orders.read', search: searchOrders },
  agreement: { permission: 'agreements.read', search: searchAgreements },
  dps: { permission: 'dps.read', search: searchSystems },
  // The registry is the same for everyone who may read it.
  supplier: {
    permission: 'suppliers.read',
    search: (deps, _org, q, n) => searchRegistry(deps, q, n),
  },
};

export async function search(
  deps: Deps,
  orgId: string,
  roles: readonly Role[],
  query: SearchQuery,
): Promise<SearchAnswer> {
  const q = query.q.trim();
  if (q.length < SEARCH_TEXT.minLength)
    throw fieldProblem('q', 'search.too_short', { min: SEARCH_TEXT.minLength });
  const limit = query.limit ?? PER_KIND.default;
  const kinds = SEARCH_KINDS.filter((kind) => hasPermission(roles, KINDS[kind].permission));
  // One more than shown tells whether there are more.
  const found = await Promise.all(
    kinds.map((kind) => KINDS[kind].search(deps, orgId, q, limit + 1)),
  );
  return {
    groups: kinds
      .map((kind, i) => ({
        kind,
        items: found[i]!.slice(0, limit),
        more: found[i]!.length > limit,
      }))
      .filter((group) => group.items.length > 0),
  };
}
