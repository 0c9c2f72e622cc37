// The insights area's routes and the permission each must declare (merged in access-matrix.test.ts).
import type { RoutePermission } from '../../src/platform/access.ts';

export const INSIGHT_ROUTES: Record<string, RoutePermission> = {
  'GET /api/organisations/:orgId/insights/spend': 'insights.read',
  'GET /api/organisations/:orgId/insights/spend/years': 'insights.read',
  'GET /api/organisations/:orgId/insights/prices': 'insights.read',
  'GET /api/organisations/:orgId/insights/spend/export': 'insights.read',
  'GET /api/organisations/:orgId/insights/spend/years/export': 'insights.read',
  'GET /api/organisations/:orgId/insights/prices/export': 'insights.read',
};
