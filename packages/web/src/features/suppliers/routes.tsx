// The suppliers pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../app/guards';
import { PERMISSIONS } from '../../lib/types';
import { SupplierPage } from './SupplierPage';
import { SuppliersPage } from './SuppliersPage';

export const supplierRoutes: RouteObject[] = [
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
        <SupplierPage />
      </RequirePermission>
    ),
  },
];
