// The referral routes and the permission each must declare (merged in access-matrix.test.ts).
import type { RoutePermission } from '../../src/platform/access.ts';

export const MATCHING_REFERRAL_ROUTES: Record<string, RoutePermission> = {
  'GET /api/organisations/:orgId/referrals': 'referrals.read',
  'POST /api/organisations/:orgId/referrals': 'referrals.send',
  'GET /api/organisations/:orgId/referrals/order-choices': 'referrals.send',
  'GET /api/organisations/:orgId/referrals/:referralId': 'referrals.read',
  'GET /api/organisations/:orgId/referrals/:referralId/cannot-live-with': 'matching.manage',
  'PATCH /api/organisations/:orgId/referrals/:referralId': 'matching.manage',
};
