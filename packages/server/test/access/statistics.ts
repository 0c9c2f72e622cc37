// The statistics views of insights and the permission each must declare (merged in
// access-matrix.test.ts).
import type { RoutePermission } from '../../src/platform/access.ts';

export const STATISTICS_ROUTES: Record<string, RoutePermission> = Object.fromEntries(
  ['procedures', 'deviations', 'suppliers', 'lead-times', 'dps-decisions', 'followup'].map(
    (view) => [`GET /api/organisations/:orgId/insights/statistics/${view}`, 'insights.read'],
  ),
);
