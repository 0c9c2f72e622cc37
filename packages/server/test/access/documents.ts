// The documents area's routes and the permission each must declare (merged in access-matrix.test.ts).
import type { RoutePermission } from '../../src/platform/access.ts';

export const DOCUMENT_ROUTES: Record<string, RoutePermission> = {
  'GET /api/organisations/:orgId/company/documents': 'supplier_profile.read',
  'GET /api/organisations/:orgId/company/documents/export': 'supplier_profile.read',
  'POST /api/organisations/:orgId/company/documents': 'supplier_profile.manage',
  'GET /api/organisations/:orgId/company/documents/:documentId/file': 'supplier_profile.read',
  'GET /api/organisations/:orgId/suppliers/:supplierId/documents': 'suppliers.read',
  'GET /api/organisations/:orgId/suppliers/:supplierId/documents/export': 'suppliers.read',
  'GET /api/organisations/:orgId/suppliers/:supplierId/documents/:documentId/file':
    'suppliers.read',
};
