// The suppliers pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';
import { SupplierPage, type SupplierPageSlots } from './SupplierPage';
import { SuppliersPage } from './SuppliersPage';

/** The supplier page shows other areas' tabs: app/router.tsx passes them in as `slots`. */
export const supplierRoutes = (slots: SupplierPageSlots): RouteObject[] => [
  {
    path: 'suppliers',
    element: (
      <RequirePermission permission={PERMISSIONS.suppliersRead}>
        <SuppliersPage />
      </RequirePermission>
    ),
  },
  {
    path: 'suppliers/:supplierId',
    element: (
      <RequirePermission permission={PERMISSIONS.suppliersRead}>
        <SupplierPage {...slots} />
      </RequirePermission>
    ),
  },
];
