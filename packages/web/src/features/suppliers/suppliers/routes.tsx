// The suppliers pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../../lib/lazy-page';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';
import type { SupplierPageSlots } from './SupplierPage';

/** The supplier page shows other areas' tabs: app/router.tsx passes them in as `slots`. */
export const supplierRoutes = (slots: SupplierPageSlots): RouteObject[] => [
  {
    path: 'suppliers',
    ...lazyPage(async () => {
      const { SuppliersPage } = await import('./SuppliersPage');
      return (
        <RequirePermission permission={PERMISSIONS.suppliersRead}>
          <SuppliersPage />
        </RequirePermission>
      );
    }),
  },
  {
    path: 'suppliers/:supplierId',
    ...lazyPage(async () => {
      const { SupplierPage } = await import('./SupplierPage');
      return (
        <RequirePermission permission={PERMISSIONS.suppliersRead}>
          <SupplierPage {...slots} />
        </RequirePermission>
      );
    }),
  },
];
