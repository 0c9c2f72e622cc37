// The prices pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';
import { PricesPage } from './PricesPage';

export const priceRoutes: RouteObject[] = [
  {
    path: 'company/prices',
    element: (
      <RequirePermission permission={PERMISSIONS.supplierProfileRead}>
        <PricesPage />
      </RequirePermission>
    ),
  },
];
