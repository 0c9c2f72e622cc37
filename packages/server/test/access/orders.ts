// The orders area's routes and the permission each must declare (merged in access-matrix.test.ts).
import type { RoutePermission } from '../../src/platform/access.ts';

export const ORDER_ROUTES: Record<string, RoutePermission> = {
  'GET /api/organisations/:orgId/orders': 'orders.read',
  'GET /api/organisations/:orgId/orders/export': 'orders.read',
  'GET /api/organisations/:orgId/orders/:orderId': 'orders.read',
  'POST /api/organisations/:orgId/orders/:orderId/adjustments': 'orders.manage',
  'GET /api/organisations/:orgId/orders/:orderId/pdf': 'orders.read',
};
