// The awards area's routes and the permission each must declare (merged in access-matrix.test.ts).
import type { RoutePermission } from '../../src/platform/access.ts';

const CALLOFF = '/api/organisations/:orgId/calloffs/:calloffId';
const TENDER = '/api/organisations/:orgId/tenders/:calloffId';

export const AWARD_ROUTES: Record<string, RoutePermission> = {
  [`GET ${CALLOFF}/evaluation`]: 'calloffs.read',
  [`PUT ${CALLOFF}/bids/:bidId/set-aside`]: 'calloffs.manage',
  [`DELETE ${CALLOFF}/bids/:bidId/set-aside`]: 'calloffs.manage',
  [`POST ${CALLOFF}/award`]: 'calloffs.manage',
  [`GET ${CALLOFF}/award-decision.pdf`]: 'calloffs.read',
  [`POST ${CALLOFF}/order`]: 'calloffs.manage',
  [`GET ${CALLOFF}/timeline`]: 'calloffs.read',
  [`GET ${TENDER}/award-decision`]: 'tenders.read',
  [`GET ${TENDER}/award-decision.pdf`]: 'tenders.read',
};
