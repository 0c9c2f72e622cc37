// The dps pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../../lib/lazy-page';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';

export const dpsRoutes: RouteObject[] = [
  {
    path: 'dps',
    ...lazyPage(async () => {
      const { DpsListPage } = await import('./DpsListPage');
      return (
        <RequirePermission permission={PERMISSIONS.dpsRead}>
          <DpsListPage />
        </RequirePermission>
      );
    }),
  },
  {
    path: 'dps/:dpsId',
    ...lazyPage(async () => {
      const { DpsPage } = await import('./DpsPage');
      return (
        <RequirePermission permission={PERMISSIONS.dpsRead}>
          <DpsPage />
        </RequirePermission>
      );
    }),
  },
  {
    // The DPS page with one application open: an address for the application itself.
    path: 'dps/:dpsId/applications/:applicationId',
    ...lazyPage(async () => {
      const { DpsPage } = await import('./DpsPage');
      return (
        <RequirePermission permission={PERMISSIONS.dpsRead}>
          <DpsPage />
        </RequirePermission>
      );
    }),
  },
  {
    path: 'company/applications',
    ...lazyPage(async () => {
      const { SupplierApplicationsPage } = await import('./SupplierApplicationsPage');
      return (
        <RequirePermission permission={PERMISSIONS.dpsApply}>
          <SupplierApplicationsPage />
        </RequirePermission>
      );
    }),
  },
];
