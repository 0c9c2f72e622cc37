// The statistics views of insights and the permission each must declare (merged in
// access-matrix.test.ts).
import type { RoutePermission } from '../../src/platform/access.ts';

const VIEWS = ['procedures', 'deviations', 'suppliers', 'lead-times', 'dps-decisions', 'followup'];
/** Each view's table under its chart, and a second table of a view that has two. */
const DOWNLOADS = [...VIEWS, 'deviations/reasons', 'lead-times/procedures', 'followup/corrections'];

export const STATISTICS_ROUTES: Record<string, RoutePermission> = Object.fromEntries([
  ...VIEWS.map((view) => [
    `GET /api/organisations/:orgId/insights/statistics/${view}`,
    'insights.read',
  ]),
  ...DOWNLOADS.map((table) => [
    `GET /api/organisations/:orgId/insights/statistics/${table}/export`,
    'insights.read',
  ]),
]);
