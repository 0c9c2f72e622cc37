// The dps pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';
import { DpsListPage } from './DpsListPage';
import { DpsPage } from './DpsPage';
import { SupplierApplicationsPage } from './SupplierApplicationsPage';

export const dpsRoutes: RouteObject[] = [
  {
    path: 'dps',
    element: (
      <RequirePermission permission={PERMISSIONS.dpsRead}>
        <DpsListPage />
      </RequirePermission>
    ),
  },
  {
    path: 'dps/:dpsId',
    element: (
      <RequirePermission permission={PERMISSIONS.dpsRead}>
        <DpsPage />
      </RequirePermission>
    ),
  },
  {
    // The DPS page with one application open: an address for the application itself.
    path: 'dps/:dpsId/applications/:applicationId',
    element: (
      <RequirePermission permission={PERMISSIONS.dpsRead}>
        <DpsPage />
      </RequirePermission>
    ),
  },
  {
    path: 'company/applications',
    element: (
      <RequirePermission permission={PERMISSIONS.dpsApply}>
        <SupplierApplicationsPage />
      </RequirePermission>
    ),
  },
];
