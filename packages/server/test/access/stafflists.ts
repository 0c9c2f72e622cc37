// The stafflists area's routes and the permission each must declare (merged in access-matrix.test.ts).
import type { RoutePermission } from '../../src/platform/access.ts';

export const STAFF_LIST_ROUTES: Record<string, RoutePermission> = {
  'GET /api/organisations/:orgId/staff-lists': 'followup.read',
  'GET /api/organisations/:orgId/staff-lists/export': 'followup.read',
  'GET /api/organisations/:orgId/staff-lists/choices': 'followup.manage',
  'GET /api/organisations/:orgId/staff-lists/choices/establishments': 'followup.manage',
  'POST /api/organisations/:orgId/staff-lists': 'followup.manage',
  'GET /api/organisations/:orgId/staff-lists/:requestId': 'followup.read',
  'GET /api/organisations/:orgId/supplier-staff-lists': 'followup.respond',
  'GET /api/organisations/:orgId/supplier-staff-lists/export': 'followup.respond',
  'GET /api/organisations/:orgId/supplier-staff-lists/template.csv': 'followup.respond',
  'GET /api/organisations/:orgId/supplier-staff-lists/template.xlsx': 'followup.respond',
  'GET /api/organisations/:orgId/supplier-staff-lists/:requestId': 'followup.respond',
  'POST /api/organisations/:orgId/supplier-staff-lists/:requestId/file': 'followup.respond',
  'POST /api/organisations/:orgId/supplier-staff-lists/:requestId/rows': 'followup.respond',
};
