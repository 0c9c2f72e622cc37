// The bids area's routes and the permission each must declare (merged in access-matrix.test.ts).
import type { RoutePermission } from '../../src/platform/access.ts';

export const BID_ROUTES: Record<string, RoutePermission> = {
  'GET /api/organisations/:orgId/tenders/:calloffId/bid': 'tenders.read',
  'GET /api/organisations/:orgId/tenders/:calloffId/bid/receipt.pdf': 'tenders.read',
  'PUT /api/organisations/:orgId/tenders/:calloffId/bid': 'tenders.respond',
  'DELETE /api/organisations/:orgId/tenders/:calloffId/bid': 'tenders.respond',
  'GET /api/organisations/:orgId/calloffs/:calloffId/opening': 'calloffs.read',
  'POST /api/organisations/:orgId/calloffs/:calloffId/opening': 'calloffs.manage',
};
