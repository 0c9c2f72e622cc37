// The permits area's routes and the permission each must declare (merged in access-matrix.test.ts).
import type { RoutePermission } from '../../src/platform/access.ts';

export const PERMIT_ROUTES: Record<string, RoutePermission> = {
  'GET /api/organisations/:orgId/company/permits': 'supplier_profile.read',
  'GET /api/organisations/:orgId/suppliers/:supplierId/permits': 'suppliers.read',
  'POST /api/organisations/:orgId/suppliers/:supplierId/permits': 'permits.manage',
  'PUT /api/organisations/:orgId/suppliers/:supplierId/permits/:permitId': 'permits.manage',
  'GET /api/organisations/:orgId/permits': 'permits.manage',
  'GET /api/organisations/:orgId/permits/export': 'permits.manage',
  'POST /api/organisations/:orgId/permits/import/preview': 'permits.manage',
  'POST /api/organisations/:orgId/permits/import': 'permits.manage',
};
