// The catalogue area's routes and the permission each must declare (merged in access-matrix.test.ts).
import type { RoutePermission } from '../../src/platform/access.ts';

export const CATALOGUE_ROUTES: Record<string, RoutePermission> = {
  'GET /api/organisations/:orgId/catalogue': 'catalogue.read',
  'GET /api/organisations/:orgId/catalogue/filters': 'catalogue.read',
};
