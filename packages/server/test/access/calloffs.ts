// The call-offs area's routes and the permission each must declare (merged in access-matrix.test.ts).
import type { RoutePermission } from '../../src/platform/access.ts';

export const CALLOFF_ROUTES: Record<string, RoutePermission> = {
  'GET /api/organisations/:orgId/calloffs': 'calloffs.read',
  'GET /api/organisations/:orgId/calloffs/export': 'calloffs.read',
  'POST /api/organisations/:orgId/calloffs': 'calloffs.manage',
  'GET /api/organisations/:orgId/calloffs/:calloffId': 'calloffs.read',
  'PUT /api/organisations/:orgId/calloffs/:calloffId/evaluation': 'calloffs.manage',
  'POST /api/organisations/:orgId/calloffs/:calloffId/cancel': 'calloffs.manage',
};
