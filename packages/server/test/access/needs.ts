// The needs area's routes and the permission each must declare (merged in access-matrix.test.ts).
import type { RoutePermission } from '../../src/platform/access.ts';

export const NEED_ROUTES: Record<string, RoutePermission> = {
  'GET /api/organisations/:orgId/needs': 'needs.read',
  'GET /api/organisations/:orgId/needs/export': 'needs.read',
  'POST /api/organisations/:orgId/needs': 'needs.manage',
  'GET /api/organisations/:orgId/needs/:needId': 'needs.read',
  'GET /api/organisations/:orgId/needs/:needId/calloff-options': 'needs.read',
  'PUT /api/organisations/:orgId/needs/:needId': 'needs.manage',
  'POST /api/organisations/:orgId/needs/:needId/submit': 'needs.manage',
  'POST /api/organisations/:orgId/needs/:needId/withdraw': 'needs.manage',
};
