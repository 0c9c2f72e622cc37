// Sign-in through an organisation's identity provider, and its settings: the routes and the
// permissions they must declare (merged in access-matrix.test.ts). The flow itself is tested in
// oidc-sign-in.test.ts, the settings in identity-provider.test.ts.
import type { RoutePermission } from '../../src/platform/access.ts';

export const IDENTITY_PROVIDER_ROUTES: Record<string, RoutePermission> = {
  'GET /api/oidc/provider': 'public',
  'GET /api/oidc/start': 'public',
  'GET /api/oidc/callback': 'public',
  'GET /api/organisations/:orgId/identity-provider': 'members.manage',
  'PUT /api/organisations/:orgId/identity-provider': 'members.manage',
  'DELETE /api/organisations/:orgId/identity-provider': 'members.manage',
};
