// The followup area's routes and the permission each must declare (merged in access-matrix.test.ts).
import type { RoutePermission } from '../../src/platform/access.ts';

export const FOLLOWUP_ROUTES: Record<string, RoutePermission> = {
  'GET /api/organisations/:orgId/followup/plans/:year': 'followup.read',
  'PUT /api/organisations/:orgId/followup/plans/:year': 'followup.manage',
  'POST /api/organisations/:orgId/followup/plans/:year/visits': 'followup.manage',
  'PATCH /api/organisations/:orgId/followup/plans/:year/visits/:plannedVisitId': 'followup.manage',
  'GET /api/organisations/:orgId/followup/candidates': 'followup.read',
  'GET /api/organisations/:orgId/followup/establishments/:establishmentId/checklist':
    'followup.read',
  'POST /api/organisations/:orgId/followup/establishments/:establishmentId/permit-checks':
    'followup.manage',
  'POST /api/organisations/:orgId/followup/visits': 'followup.manage',
  'GET /api/organisations/:orgId/followup/visits': 'followup.read',
  'GET /api/organisations/:orgId/followup/visits/export': 'followup.read',
  'GET /api/organisations/:orgId/followup/candidates/export': 'followup.read',
  'GET /api/organisations/:orgId/followup/visits/:visitId': 'followup.read',
  'GET /api/organisations/:orgId/followup/visits/:visitId/documents/:fileId': 'followup.read',
};
