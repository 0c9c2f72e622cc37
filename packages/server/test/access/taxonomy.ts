// The taxonomy area's routes and the permission each must declare (merged in access-matrix.test.ts).
import type { RoutePermission } from '../../src/platform/access.ts';

export const TAXONOMY_ROUTES: Record<string, RoutePermission> = {
  'GET /api/taxonomy/:bodyId': 'authenticated',
  'GET /api/organisations/:orgId/taxonomy': 'taxonomy.manage',
  'POST /api/organisations/:orgId/taxonomy/categories': 'taxonomy.manage',
  'PUT /api/organisations/:orgId/taxonomy/categories/:categoryId': 'taxonomy.manage',
  'POST /api/organisations/:orgId/taxonomy/categories/:categoryId/retire': 'taxonomy.manage',
  'POST /api/organisations/:orgId/taxonomy/target-groups': 'taxonomy.manage',
  'PUT /api/organisations/:orgId/taxonomy/target-groups/:targetGroupId': 'taxonomy.manage',
  'POST /api/organisations/:orgId/taxonomy/target-groups/:targetGroupId/retire': 'taxonomy.manage',
};
