// The offer survey's routes and the permission each must declare (merged in access-matrix.test.ts).
import type { RoutePermission } from '../../src/platform/access.ts';

export const MATCHING_SURVEY_ROUTES: Record<string, RoutePermission> = {
  'GET /api/organisations/:orgId/referrals/:referralId/survey': 'matching.manage',
  'POST /api/organisations/:orgId/referrals/:referralId/survey': 'matching.manage',
  'POST /api/organisations/:orgId/referrals/:referralId/survey/acute': 'matching.manage',
  'POST /api/organisations/:orgId/survey-requests/:requestId/negotiation': 'matching.manage',
  'POST /api/organisations/:orgId/referrals/:referralId/choice': 'matching.manage',
  'GET /api/organisations/:orgId/offer-requests': 'tenders.read',
  'GET /api/organisations/:orgId/offer-requests/:requestId': 'tenders.read',
  'PUT /api/organisations/:orgId/offer-requests/:requestId': 'tenders.respond',
};
