// The cascade area's routes and the permission each must declare (merged in access-matrix.test.ts).
import type { RoutePermission } from '../../src/platform/access.ts';

export const CASCADE_ROUTES: Record<string, RoutePermission> = {
  // The buyer's side.
  'POST /api/organisations/:orgId/calloffs/:calloffId/cascade': 'calloffs.manage',
  'GET /api/organisations/:orgId/calloffs/:calloffId/cascade': 'calloffs.read',
  'POST /api/organisations/:orgId/calloffs/:calloffId/cascade/skip': 'calloffs.manage',
  'GET /api/organisations/:orgId/agreements/:agreementId/deviations': 'agreements.read',
  'GET /api/organisations/:orgId/agreements/:agreementId/deviations/export': 'agreements.read',
  // The offered supplier's side.
  'GET /api/organisations/:orgId/tenders/:calloffId/offer': 'tenders.read',
  'POST /api/organisations/:orgId/tenders/:calloffId/offer/accept': 'tenders.respond',
  'POST /api/organisations/:orgId/tenders/:calloffId/offer/decline': 'tenders.respond',
};
