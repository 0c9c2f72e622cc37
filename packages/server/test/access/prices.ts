// The prices area's routes and the permission each must declare (merged in access-matrix.test.ts).
import type { RoutePermission } from '../../src/platform/access.ts';

export const PRICE_ROUTES: Record<string, RoutePermission> = {
  'GET /api/organisations/:orgId/company/prices': 'supplier_profile.read',
  'POST /api/organisations/:orgId/company/prices': 'supplier_profile.manage',
  'GET /api/organisations/:orgId/suppliers/:supplierId/prices': 'suppliers.read',
  'POST /api/organisations/:orgId/suppliers/:supplierId/prices': 'prices.negotiate',
};
