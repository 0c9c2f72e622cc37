// The routes of matching's offers, meeting notes and settings and the permission each must
// declare (merged in access-matrix.test.ts).
import type { RoutePermission } from '../../src/platform/access.ts';

export const MATCHING_OFFER_ROUTES: Record<string, RoutePermission> = {
  'GET /api/organisations/:orgId/offers': 'supplier_profile.read',
  'POST /api/organisations/:orgId/offers/confirm': 'supplier_profile.manage',
  'POST /api/organisations/:orgId/offers/import/preview': 'supplier_profile.manage',
  'POST /api/organisations/:orgId/offers/import': 'supplier_profile.manage',
  'GET /api/organisations/:orgId/offers/:establishmentId': 'supplier_profile.read',
  'PUT /api/organisations/:orgId/offers/:establishmentId': 'supplier_profile.manage',
  'POST /api/organisations/:orgId/offers/:establishmentId/tariffs': 'supplier_profile.manage',
  'POST /api/organisations/:orgId/offers/:establishmentId/assessments': 'supplier_profile.manage',
  'GET /api/organisations/:orgId/matching/freshness': 'matching.manage',
  'GET /api/organisations/:orgId/suppliers/:supplierId/meeting-notes': 'matching.manage',
  'POST /api/organisations/:orgId/suppliers/:supplierId/meeting-notes': 'matching.manage',
  'GET /api/organisations/:orgId/matching/settings': 'matching.configure',
  'PUT /api/organisations/:orgId/matching/settings': 'matching.configure',
};
