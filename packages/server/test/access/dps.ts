// The dps area's routes and the permission each must declare (merged in access-matrix.test.ts).
import type { RoutePermission } from '../../src/platform/access.ts';

export const DPS_ROUTES: Record<string, RoutePermission> = {
  // The owner's side; participating municipalities read.
  'GET /api/organisations/:orgId/dps': 'dps.read',
  'GET /api/organisations/:orgId/dps/export': 'dps.read',
  'POST /api/organisations/:orgId/dps': 'dps.manage',
  'GET /api/organisations/:orgId/dps-setup': 'dps.manage',
  'GET /api/organisations/:orgId/dps/:dpsId': 'dps.read',
  'POST /api/organisations/:orgId/dps/:dpsId/open': 'dps.manage',
  'POST /api/organisations/:orgId/dps/:dpsId/validity': 'dps.manage',
  'POST /api/organisations/:orgId/dps/:dpsId/close': 'dps.manage',
  'GET /api/organisations/:orgId/dps/:dpsId/applications': 'dps.read',
  'GET /api/organisations/:orgId/dps/:dpsId/applications/export': 'dps.read',
  'GET /api/organisations/:orgId/dps/:dpsId/applications/:applicationId': 'dps.read',
  'POST /api/organisations/:orgId/dps/:dpsId/applications/:applicationId/approve': 'dps.manage',
  'POST /api/organisations/:orgId/dps/:dpsId/applications/:applicationId/reject': 'dps.manage',
  'POST /api/organisations/:orgId/dps/:dpsId/applications/:applicationId/exclude': 'dps.manage',
  'POST /api/organisations/:orgId/dps/:dpsId/applications/:applicationId/extend': 'dps.manage',
  'GET /api/organisations/:orgId/dps/:dpsId/suppliers': 'dps.read',
  'GET /api/organisations/:orgId/dps/:dpsId/declaration-requests': 'dps.read',
  'GET /api/organisations/:orgId/dps/:dpsId/declaration-requests/export': 'dps.read',
  'POST /api/organisations/:orgId/dps/:dpsId/declaration-requests': 'dps.manage',
  // The supplier's side.
  'GET /api/organisations/:orgId/dps-market': 'dps.apply',
  'POST /api/organisations/:orgId/dps-market/:dpsId/applications': 'dps.apply',
  'GET /api/organisations/:orgId/dps-market/:dpsId/suppliers': 'dps.apply',
  'GET /api/organisations/:orgId/dps-applications': 'dps.apply',
  'GET /api/organisations/:orgId/dps-applications/export': 'dps.apply',
  'GET /api/organisations/:orgId/dps-applications/:applicationId': 'dps.apply',
  'POST /api/organisations/:orgId/dps-applications/:applicationId/withdraw': 'dps.apply',
  'GET /api/organisations/:orgId/dps-declaration-requests': 'dps.apply',
  'GET /api/organisations/:orgId/dps-declaration-requests/export': 'dps.apply',
  'POST /api/organisations/:orgId/dps-declaration-requests/:requestId/answer': 'dps.apply',
};
