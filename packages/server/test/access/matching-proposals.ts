// The proposals part's routes and the permission each must declare (merged in access-matrix.test.ts).
import type { RoutePermission } from '../../src/platform/access.ts';

export const MATCHING_PROPOSALS_ROUTES: Record<string, RoutePermission> = {
  'GET /api/organisations/:orgId/referrals/:referralId/proposals': 'matching.manage',
  'GET /api/organisations/:orgId/matching/price-corridor': 'matching.manage',
};
