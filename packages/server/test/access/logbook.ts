// The logbook area's routes and the permission each must declare (merged in access-matrix.test.ts).
import type { RoutePermission } from '../../src/platform/access.ts';

export const LOGBOOK_ROUTES: Record<string, RoutePermission> = {
  'POST /api/organisations/:orgId/logbook': 'logbook.write',
  'GET /api/organisations/:orgId/logbook': 'logbook.read',
  'GET /api/organisations/:orgId/logbook/export': 'logbook.read',
  'GET /api/organisations/:orgId/logbook/summary': 'logbook.read',
  'GET /api/organisations/:orgId/logbook/:noteId': 'logbook.read',
  'GET /api/organisations/:orgId/logbook/:noteId/reads': 'followup.read',
};
