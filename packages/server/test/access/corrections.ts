// The corrections area's routes and the permission each must declare (merged in access-matrix.test.ts).
import type { RoutePermission } from '../../src/platform/access.ts';

export const CORRECTION_ROUTES: Record<string, RoutePermission> = {
  // The body's officers.
  'POST /api/organisations/:orgId/corrections': 'followup.manage',
  'GET /api/organisations/:orgId/corrections': 'followup.read',
  'GET /api/organisations/:orgId/corrections/export': 'followup.read',
  'GET /api/organisations/:orgId/corrections/choices': 'followup.manage',
  'GET /api/organisations/:orgId/corrections/choices/suppliers': 'followup.manage',
  'GET /api/organisations/:orgId/corrections/:requestId': 'followup.read',
  'POST /api/organisations/:orgId/corrections/:requestId/decision': 'followup.manage',
  'GET /api/organisations/:orgId/corrections/:requestId/letter.pdf': 'followup.read',
  'GET /api/organisations/:orgId/corrections/:requestId/evidence/:fileId': 'followup.read',
  // The supplier (its own requests only).
  'GET /api/organisations/:orgId/supplier-corrections': 'followup.respond',
  'GET /api/organisations/:orgId/supplier-corrections/export': 'followup.respond',
  'GET /api/organisations/:orgId/supplier-corrections/:requestId': 'followup.respond',
  'POST /api/organisations/:orgId/supplier-corrections/:requestId/answer': 'followup.respond',
  'GET /api/organisations/:orgId/supplier-corrections/:requestId/letter.pdf': 'followup.respond',
  'GET /api/organisations/:orgId/supplier-corrections/:requestId/evidence/:fileId':
    'followup.respond',
};
