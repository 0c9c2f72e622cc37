// The OCDS part's routes and the permission each must declare (merged in access-matrix.test.ts).
import type { RoutePermission } from '../../src/platform/access.ts';

export const OCDS_ROUTES: Record<string, RoutePermission> = {
  'GET /api/organisations/:orgId/ocds/agreements/:agreementId/releases': 'insights.read',
  'GET /api/organisations/:orgId/ocds/agreements/:agreementId/record': 'insights.read',
  'GET /api/organisations/:orgId/ocds/dps/:dpsId/releases': 'insights.read',
  'GET /api/organisations/:orgId/ocds/dps/:dpsId/record': 'insights.read',
  'GET /api/organisations/:orgId/ocds/calloffs/:calloffId/releases': 'insights.read',
  'GET /api/organisations/:orgId/ocds/calloffs/:calloffId/record': 'insights.read',
  'GET /api/organisations/:orgId/ocds/publishing': 'organisation.read',
  'PUT /api/organisations/:orgId/ocds/publishing': 'ocds.publish',
  // Open data: answered 404 unless the owner publishes and the procurement is awarded.
  'GET /api/public/ocds/:orgId/agreements/:agreementId': 'public',
  'GET /api/public/ocds/:orgId/dps/:dpsId': 'public',
  'GET /api/public/ocds/:orgId/calloffs/:calloffId': 'public',
};
