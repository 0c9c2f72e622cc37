// The survey documents' routes and the permission each must declare (merged in
// access-matrix.test.ts).
import type { RoutePermission } from '../../src/platform/access.ts';

export const MATCHING_DOCUMENT_ROUTES: Record<string, RoutePermission> = {
  'GET /api/organisations/:orgId/orders/:orderId/contract.pdf': 'orders.read',
  'GET /api/organisations/:orgId/orders/:orderId/service-specification.pdf': 'orders.read',
  'GET /api/organisations/:orgId/referrals/:referralId/evidence.pdf': 'matching.manage',
  'POST /api/organisations/:orgId/orders/:orderId/supervisor-consent': 'matching.manage',
};
