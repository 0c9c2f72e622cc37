// The suppliers area's routes and the permission each must declare (merged in access-matrix.test.ts).
import type { RoutePermission } from '../../src/platform/access.ts';

const company = '/api/organisations/:orgId/company';

export const SUPPLIER_ROUTES: Record<string, RoutePermission> = {
  [`GET ${company}`]: 'supplier_profile.read',
  [`PUT ${company}`]: 'supplier_profile.manage',
  [`GET ${company}/contacts`]: 'supplier_profile.read',
  [`POST ${company}/contacts`]: 'supplier_profile.manage',
  [`PUT ${company}/contacts/:contactId`]: 'supplier_profile.manage',
  [`DELETE ${company}/contacts/:contactId`]: 'supplier_profile.manage',
  [`GET ${company}/establishments`]: 'supplier_profile.read',
  [`GET ${company}/establishments/export`]: 'supplier_profile.read',
  [`POST ${company}/establishments`]: 'supplier_profile.manage',
  [`GET ${company}/establishments/:establishmentId`]: 'supplier_profile.read',
  [`PUT ${company}/establishments/:establishmentId`]: 'supplier_profile.manage',
  [`PUT ${company}/establishments/:establishmentId/places`]: 'supplier_profile.manage',
  [`POST ${company}/establishments/:establishmentId/close`]: 'supplier_profile.manage',
  [`POST ${company}/establishments/:establishmentId/reopen`]: 'supplier_profile.manage',
  [`GET ${company}/consultants`]: 'supplier_profile.read',
  [`GET ${company}/consultants/export`]: 'supplier_profile.read',
  [`POST ${company}/consultants`]: 'supplier_profile.manage',
  [`PUT ${company}/consultants/:consultantId`]: 'supplier_profile.manage',
  [`DELETE ${company}/consultants/:consultantId`]: 'supplier_profile.manage',
  'GET /api/organisations/:orgId/suppliers': 'suppliers.read',
  'GET /api/organisations/:orgId/suppliers/export': 'suppliers.read',
  'POST /api/organisations/:orgId/suppliers': 'suppliers.register',
  'GET /api/organisations/:orgId/suppliers/:supplierId': 'suppliers.read',
};
