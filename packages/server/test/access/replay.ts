// The evaluation-model replay's routes and the permission each must declare (merged in
// access-matrix.test.ts). Supplier organisations are turned away by the service (replay.test.ts).
import type { RoutePermission } from '../../src/platform/access.ts';

export const REPLAY_ROUTES: Record<string, RoutePermission> = {
  'GET /api/organisations/:orgId/insights/replay': 'insights.read',
  'GET /api/organisations/:orgId/insights/replay/export': 'insights.read',
};
