// The header search's route and the permission it must declare (merged in access-matrix.test.ts).
// Which kinds each role finds is tested in search.test.ts.
import type { RoutePermission } from '../../src/platform/access.ts';

export const SEARCH_ROUTES: Record<string, RoutePermission> = {
  'GET /api/organisations/:orgId/search': 'organisation.read',
};
