// The hiding area's routes and the permission each must declare (merged in access-matrix.test.ts).
import type { RoutePermission } from '../../src/platform/access.ts';

const A = '/api/organisations/:orgId/agreements/:agreementId';

export const HIDING_ROUTES: Record<string, RoutePermission> = {
  [`GET ${A}/establishment-hidings`]: 'agreements.read',
  [`GET ${A}/establishment-hidings/choices`]: 'followup.manage',
  [`POST ${A}/establishments/:establishmentId/hide`]: 'followup.manage',
  [`POST ${A}/establishments/:establishmentId/lift`]: 'followup.manage',
  'GET /api/organisations/:orgId/suppliers/:supplierId/timeline': 'followup.read',
};
