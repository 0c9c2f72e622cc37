// The invitations area's routes and the permission each must declare (merged in access-matrix.test.ts).
import type { RoutePermission } from '../../src/platform/access.ts';

export const INVITATION_ROUTES: Record<string, RoutePermission> = {
  'GET /api/organisations/:orgId/calloffs/:calloffId/publication': 'calloffs.read',
  'POST /api/organisations/:orgId/calloffs/:calloffId/publish': 'calloffs.manage',
  'POST /api/organisations/:orgId/calloffs/:calloffId/changes': 'calloffs.manage',
  'GET /api/organisations/:orgId/calloffs/:calloffId/questions': 'calloffs.read',
  'POST /api/organisations/:orgId/calloffs/:calloffId/questions/:questionId/answer':
    'calloffs.manage',
  'GET /api/organisations/:orgId/tenders': 'tenders.read',
  'GET /api/organisations/:orgId/tenders/export': 'tenders.read',
  'GET /api/organisations/:orgId/tenders/:calloffId': 'tenders.read',
  'POST /api/organisations/:orgId/tenders/:calloffId/questions': 'tenders.respond',
  'POST /api/organisations/:orgId/tenders/:calloffId/decline': 'tenders.respond',
};
